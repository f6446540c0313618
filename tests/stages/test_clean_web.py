"""Cleaning what extraction leaves around a web article, in en, fr, de and es: inbox and
app pitches, "Related:" lines, comment headers, gallery furniture, reprint notices,
layout names; each with a close body sentence that must stay. Lines written by us."""

from __future__ import annotations

import pytest

from tests.stages.cleaning import rules_removing


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Get the latest updates right in your inbox. Subscribe to The Morning Ledger",
            "newsletter",
        ),
        ("Let our news meet your inbox.", "newsletter"),
        ("Recevez l'essentiel de l'actualité dans votre boîte mail chaque matin", "newsletter"),
        ("Der Newsletter der Redaktion direkt in Ihr Postfach", "newsletter"),
        ("Recibe las noticias del día en tu correo", "newsletter"),
        ("CLICK HERE TO GET THE EASTBAY COURIER APP", "app_pitch"),
        ("Téléchargez l'application Le Courrier du Sud", "app_pitch"),
        ("Laden Sie unsere Buchtkurier-App kostenlos herunter", "app_pitch"),
        ("Descarga la app de El Heraldo", "app_pitch"),
        ("Related: Harbour bridge to reopen next month", "see_also"),
        ("À lire aussi : Le pont rouvrira le mois prochain", "see_also"),
        ("Lesen Sie auch: Hafenbrücke bald wieder offen", "see_also"),
        ("Lee también: El puente reabrirá el mes que viene", "see_also"),
        ("Comments", "comment_count"),
        ("Commentaires", "comment_count"),
        ("Kommentare", "comment_count"),
        ("Comentarios", "comment_count"),
        ("Image 1 of 8", "gallery"),
        ("Back to Gallery", "gallery"),
        ("Photo 2 sur 9", "gallery"),
        ("Bild 3 von 12", "gallery"),
        ("Foto 1 de 5", "gallery"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "reprint"),
        ("Reproduction interdite sans autorisation de la rédaction", "reprint"),
        ("Nachdruck nur mit Genehmigung der Redaktion", "reprint"),
        ("Queda prohibida la reproducción total o parcial", "reprint"),
        ("xs sm md lg xl", "layout"),
        ("Last updated: 12 May 2021", "date_stamp"),
        ("Mis à jour le 3 mars 2023 à 10h12", "date_stamp"),
        ("Aktualisiert am 12.03.2022, 14:05", "date_stamp"),
        ("Weitere Informationen:", "see_also"),
        ("Auch lesen:", "see_also"),
        ("MIRA: Vecinos bloquean la carretera por segundo día", "see_also"),
        ("Keine Kommentare", "comment_count"),
        ("Aucun commentaire", "comment_count"),
        ("Sin comentarios", "comment_count"),
    ],
)
def test_what_extraction_leaves_is_removed(line: str, rule: str) -> None:
    assert rules_removing(line) == [rule]


@pytest.mark.parametrize(
    "line",
    [
        "The bulletin lands in your inbox at 6 a.m., the editor said, and readers like it.",
        "The app was downloaded a million times in its first week, the company said.",
        "Close to 300 people gathered in front of the town hall on Monday.",
        "Next year the council will vote again on the bridge.",
        "Les nouvelles arrivaient dans votre boîte aux lettres chaque lundi, raconte-t-elle.",
        "Die Nachricht kam direkt in ihr Postfach, sagte die Sprecherin.",
        # Guillemets inside a sentence (no final period, as in captions) are not a trail.
        "Pour le maire, « la digue tiendra » et « personne ne sera évacué » selon la préfecture",
        "Er nannte das Urteil »falsch« und die Begründung »dünn« vor der Presse",
        "The reprint of the 1954 novel sold out in a week.",
        "Comments made by the minister on Monday drew criticism.",
        "Published: the report said the figures rose again in May 2021 and kept rising.",
        "Credit Suisse reported a loss for the third quarter on Monday.",
        "Weitere Informationen gab die Polizei am Abend nicht bekannt.",
    ],
)
def test_body_sentences_close_to_the_rules_stay(line: str) -> None:
    assert rules_removing(line) == []


def test_a_breadcrumb_with_guillemets_is_still_removed() -> None:
    assert rules_removing("Accueil » Politique » Monde") == ["breadcrumb"]

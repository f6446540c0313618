"""Furniture that real plain text and pages keep around the body (issue 17), in en, fr, de
and es: cue lines with a bar or colon, citations of another site, "read the full story in
…" teasers, audio-player labels, a campaign's call-to-action block, an editor's initials,
a byline with a time stamp, section labels above the headline and a reporter's name
closing the body. Each class has a close body line that must stay. Lines written by us."""

# Fixture lines are written out whole, so some run long.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from sourcetrace.capabilities.clean.stage import clean_text
from tests.stages.cleaning import rulebook, rules_removing


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("MIRA | Alcalde de Puerto Lindo renuncia tras la auditoría", "see_also"),
        ("Mire: La banda del pueblo gana el concurso regional", "see_also"),
        ("Lea: El consejo aborda el cierre del muelle este jueves", "see_also"),
        ("Read | Harbour council splits over the ferry pier", "see_also"),
        ("See Ferry fares to rise in spring, Harbourwatch.org, March 3, 2024.", "see_also"),
        ("Previously, on this case, at Harbourwatch.org:", "see_also"),
        ("Read the full interview in our spring print edition, on sale now.", "see_also"),
        ("Den kompletten Beitrag lesen Sie in der neuen Mai-Ausgabe unseres Hafenmagazins.", "see_also"),
        ("Retrouvez l'intégralité de cet article dans notre édition du samedi", "see_also"),
        ("Lea la nota completa en nuestra edición impresa", "see_also"),
        ("Escucha esta nota aquí", "audio_player"),
        ("Listen to this article", "audio_player"),
        ("Artikel anhören", "audio_player"),
        ("Écouter cet article", "audio_player"),
        ("(grh)", "editor_initials"),
        ("Marta Ruiz Peña 3/5/2022 22:41", "byline"),
        ("An Exclusive You Have To See: The Harbour Files Are Out!", "promo_headline"),
        # What extraction leaves on web pages.
        ("Figure 3: water levels at the old pier since 1990", "photo_caption"),
        ("Abbildung 4: Pegelstand am alten Anleger seit 1990", "photo_caption"),
        ("(Credit: Lena Holt / Harbourwatch)", "photo_credit"),
        ("Quelle: Hafenamt", "source_credit"),
        ("Source : préfecture maritime", "source_credit"),
        ("Fuente: Autoridad Portuaria", "source_credit"),
        ("Weitere Informationen zum Hafenumbau in Puerto Lindo:", "see_also"),
        ("Ansprechpartnerin zum Thema:", "see_also"),
        ("Auch lesen: Neue Fähre für den Osthafen", "see_also"),
        ("Originalpublikation", "see_also"),
        ("Inhaltsverzeichnis", "contents"),
        ("Table of contents", "contents"),
        ("Sommaire", "contents"),
        ("Índice", "contents"),
        ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "comment_count"),
        ("(Alle Angaben ohne Gewähr)", "disclaimer"),
        ("Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern.", "newsletter"),
        ("Unterstütze den Hafenboten bereits mit 2,50!", "donation"),
        ("| We need your help Help us keep the harbour news free Donate |", "donation"),
        ("Klicken Sie auf den unteren Button, um den Inhalt von www.hafenkarte.example zu laden.", "embed_consent"),
        ("Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links", "affiliate"),
        ("Hafenbote jetzt auch digital! Einfach hier klicken und registrieren!", "call_to_action"),
        ("Puede escribirnos a redaccion@elfaro.example o seguirnos en redes.", "contact_pitch"),
        (">> Neue Fähre: Der Osthafen bekommt ein zweites Boot <<", "see_also"),
        ("Jahresbericht 2023 PDF | 38 KB | Datei ist nicht barrierefrei", "download"),
        ("Merkblatt vom 14. Mai 2024PDF | 120 KB", "download"),
        ("2021-10-16 | Hafen", "date_stamp"),
    ],
)
def test_furniture_line_is_removed(line: str, rule: str) -> None:
    assert rules_removing(line) == [rule]


@pytest.mark.parametrize(
    "line",
    [
        "Mira, no sabemos qué pasará con el muelle, dijo el alcalde.",
        "Lea Müller leitet seit Mai das Hafenamt.",
        "See you at the harbour festival, the mayor told the crowd at harbourwatch.org's stand.",
        "Previously, the pier was owned by the rail company.",
        "Read the report before the vote, the opposition urged councillors.",
        "Den kompletten Bericht will die Stadt im Mai vorlegen.",
        "Listen to the residents, the councillor said.",
        "Die Anwohner wollen den Plan anhören, bevor sie entscheiden.",
        "(iv)",
        "Marta Ruiz Peña dijo el 3/5/2022 que el muelle cerraría.",
        "An exclusive interview with the mayor: the pier will close in May.",
        "Escucha a los vecinos, pidió la concejala.",
        "Figure skating returns to the harbour rink in May.",
        "Quellen im Rathaus sagten, der Plan sei längst beschlossen.",
        "Sources: the council had known of the cracks for years, two officials said.",
        "Weitere Informationen gab die Stadt am Abend nicht bekannt.",
        "Der Inhalt des Gutachtens blieb geheim.",
        "Die Nachricht kam direkt in ihr Postfach, sagte die Sprecherin.",
        "Unterstütze die Initiative, rief die Sprecherin der Menge zu.",
        "The report, a PDF of 38 pages, was published on Monday.",
        "The index of harbour fees rose by 4% in May.",
    ],
)
def test_close_body_line_stays(line: str) -> None:
    assert rules_removing(line) == []


BODY = (
    "The harbour council voted on Monday to close the old ferry pier, a decision that split "
    "the town and drew a crowd of two hundred people to the town hall.\n\n"
    "Councillors said the repairs would cost more than the town could raise in a decade."
)


@pytest.mark.parametrize(
    ("header", "rule"),
    [
        ("What you can do!", "call_to_action"),
        ("Das kannst du tun!", "call_to_action"),
        ("Ce que vous pouvez faire !", "call_to_action"),
        ("¡Qué puedes hacer!", "call_to_action"),
    ],
)
def test_a_call_to_action_block_goes_to_the_end(header: str, rule: str) -> None:
    raw = f"{BODY}\n\n{header}\n\n- Write to your councillor.\n\n- Sign the petition.\n\nSave the pier!"
    result = clean_text(raw, rulebook())
    assert result.text == BODY
    assert [r.rule for r in result.removed] == [rule]


def test_a_service_section_without_exclamation_stays() -> None:
    raw = f"{BODY}\n\nWhat you can do\n\nResidents can still object to the plan until June."
    assert clean_text(raw, rulebook()).text == raw


def test_section_labels_above_the_headline_go() -> None:
    raw = f"Puerto Lindo\n\nPUERTO LINDO\n\nEl concejo cierra el muelle viejo\n\n{BODY}"
    result = clean_text(raw, rulebook(), title="El concejo cierra el muelle viejo | El Faro")
    # The title's line stays in the body (as on pages whose gold counts it as body).
    assert result.text == f"El concejo cierra el muelle viejo\n\n{BODY}"
    assert [r.rule for r in result.removed] == ["section_label", "section_label"]


def test_lines_before_a_late_title_that_are_sentences_stay() -> None:
    raw = f"The vote came late.\n\nEl concejo cierra el muelle viejo\n\n{BODY}"
    result = clean_text(raw, rulebook(), title="El concejo cierra el muelle viejo")
    assert result.headline is None
    assert result.text.startswith("The vote came late.")


@pytest.mark.parametrize("name", ["Leïla de Comarmond", "Jan van der Berg", "Ana Ruiz"])
def test_a_reporter_name_closing_the_body_goes(name: str) -> None:
    result = clean_text(f"{BODY}\n\n{name}", rulebook())
    assert result.text == BODY
    assert [(r.rule, r.text) for r in result.removed] == [("signature", name)]


@pytest.mark.parametrize(
    "last",
    [
        "Ana Ruiz signed the letter.",
        "Thanks to Ana Ruiz",
        "Harbour Council Votes Again On Pier Today",
        "HAFENRAT VON PUERTO LINDO",
        "Euer HafenTeam",
    ],
)
def test_a_closing_sentence_or_heading_with_a_name_stays(last: str) -> None:
    raw = f"{BODY}\n\n{last}"
    assert clean_text(raw, rulebook()).text == raw


HEADLINES = (
    "Neue Fähre für den Osthafen bestellt\n"
    "Bürgerinitiative sammelt Unterschriften\n"
    "Streit um die Brücke geht weiter\n"
    "Wie der Hafen seine Zukunft plant"
)


def test_a_paragraph_of_other_articles_headlines_goes() -> None:
    first, second = BODY.split("\n\n")
    result = clean_text(f"{first}\n\n{HEADLINES}\n\n{second}", rulebook())
    assert result.text == BODY
    assert [r.rule for r in result.removed] == ["headline_list"] * 4


@pytest.mark.parametrize(
    "block",
    [
        # Three lines are a short list, not a teaser block.
        "\n".join(HEADLINES.split("\n")[:3]),
        # A numbered or bulleted list is the article's own.
        "1 Neue Fähre für den Osthafen\n2 Kleinere Boote im Winter\n3 Mehr Personal am Kai\n4 Ein neuer Fahrplan",
        # One line reads as a sentence: a paragraph of prose.
        HEADLINES + ".",
    ],
)
def test_short_lists_and_prose_paragraphs_stay(block: str) -> None:
    first, second = BODY.split("\n\n")
    raw = f"{first}\n\n{block}\n\n{second}"
    assert clean_text(raw, rulebook()).text == raw

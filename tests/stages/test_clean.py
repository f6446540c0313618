"""The clean stage: boilerplate out (with rule and exact offsets), body and paragraphs kept,
headline apart. Fixtures are articles we wrote in the style of real news pages."""

# Fixture articles are written out whole, so some lines run long.
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.clean import stage as clean_module
from sourcetrace.capabilities.clean.boilerplate import Rulebook, compile_rulebook
from sourcetrace.capabilities.clean.stage import STAGE, clean, clean_text
from sourcetrace.core.pipeline import Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.lang import all_packs
from sourcetrace.model import Document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "clean"


@pytest.fixture(scope="module")
def book() -> Rulebook:
    return compile_rulebook(all_packs())


def _doc(raw: str, **fields: object) -> Document:
    return Document(id="t", origin="test.txt", fmt="txt", raw_text=raw, **fields)  # type: ignore[arg-type]


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# (rule, removed text) in order of position, for each fixture.
EXPECTED_REMOVALS = {
    "en_wordpress.txt": [
        ("breadcrumb", "Home > World > Europe"),
        ("headline", "Police arrest three suspects over Brussels station attack plot"),
        ("photo_credit", "Photo: AFP"),
        ("photo_credit", "Photo: AFP"),
        ("photo_credit", "(Photo by Marc Dupont/Getty Images)"),
        ("see_also", "Read more: Belgium raises threat level after Paris shootings"),
        ("share", "Share on Facebook"),
        ("share", "Tweet"),
        ("tags", "Tags: Belgium, terrorism, Brussels"),
        ("posted_in", "Posted in World, Europe"),
        ("author_box", "About the author\nJane Miller is a correspondent covering security "
                       "and justice in the Benelux countries."),
        ("comment_count", "12 comments"),
        ("comment_form", "Leave a Reply Cancel reply\n"
                         "Your email address will not be published. Required fields are marked *\n"
                         "Comment *\nName * Email * Website\n"
                         "Save my name, email, and website in this browser for the next time I comment.\n"
                         "Post Comment\nΔ\n"
                         "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
    ],
    "fr_blog.txt": [
        ("breadcrumb", "Accueil » International » Proche-Orient"),
        ("photo_credit", "Photo : AFP"),
        ("photo_credit", "Crédit photo : Reuters/Yves Herman"),
        ("headline", "Syrie : au moins 85 morts dans une frappe aérienne près d'Idleb"),
        ("see_also", "Lire aussi : Syrie, dix ans de guerre en cartes"),
        ("see_also", "À lire aussi Le régime accuse les rebelles d'avoir stocké des armes dans la ville"),
        ("share", "Partager sur Facebook"),
        ("share", "Partager sur Twitter"),
        ("feed_footer", "Cet article Syrie : au moins 85 morts dans une frappe aérienne près d'Idleb "
                        "est apparu en premier sur Le Courrier du Levant."),
        ("newsletter", "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité "
                       "internationale."),
        ("tags", "Mots-clés : Syrie, Idleb, OSDH"),
        ("author_box", "À propos de l'auteur\n\nClaire Martin est journaliste au service "
                       "International, spécialiste du Proche-Orient."),
        ("comment_count", "Commentaires (3)"),
        ("discussion", "Rejoignez la discussion"),
        ("comment_form", "Laisser un commentaire Annuler la réponse\n"
                         "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont "
                         "indiqués avec *\nCommentaire * Nom * E-mail * Site web\n"
                         "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon "
                         "prochain commentaire.\nCe site utilise Akismet pour réduire les "
                         "indésirables. En savoir plus sur comment les données de vos commentaires "
                         "sont utilisées."),
    ],
    "de_portal.txt": [
        ("breadcrumb", "Startseite > Politik > Deutschland"),
        ("photo_credit", "Bild: picture alliance / dpa"),
        ("headline", "Bundesregierung verschärft Kontrollen an den Grenzen"),
        ("photo_credit", "Foto: dpa"),
        ("see_also", "Mehr zum Thema: Was die Grenzkontrollen für Pendler bedeuten"),
        ("see_also", "Lesen Sie auch: Opposition kritisiert Pläne als Symbolpolitik"),
        ("share", "Teilen"),
        ("share", "Drucken"),
        ("newsletter", "Jetzt abonnieren: Der Newsletter mit den wichtigsten Nachrichten des Tages"),
        ("tags", "Schlagwörter: Grenzkontrollen, Bundespolizei, Migration"),
        ("author_box", "Über den Autor\nMax Becker ist Korrespondent im Hauptstadtbüro und "
                       "berichtet über Innenpolitik."),
        ("comment_count", "3 Kommentare"),
        ("comment_form", "Schreibe einen Kommentar Antworten abbrechen\n"
                         "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind "
                         "mit * markiert\nKommentar * Name * E-Mail * Website\n"
                         "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für "
                         "die nächste Kommentierung speichern.\nKommentar abschicken\n"
                         "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr "
                         "darüber, wie deine Kommentardaten verarbeitet werden."),
    ],
    "es_diario.txt": [
        ("breadcrumb", "Inicio / Internacional / Europa"),
        ("photo_credit", "Imagen: EFE"),
        ("headline", "El Gobierno aprueba un plan de 4.500 millones contra la sequía"),
        ("photo_credit", "Foto: EFE"),
        ("photo_credit", "Foto: EFE"),
        ("photo_credit", "(Foto: Juan Pérez)"),
        ("see_also", "Lee también: Los embalses catalanes, al 15 % de su capacidad"),
        ("see_also", "Te puede interesar: La sequía dispara el precio del aceite"),
        ("share", "Compartir en Facebook"),
        ("share", "Compartir en WhatsApp"),
        ("feed_footer", "La entrada El Gobierno aprueba un plan de 4.500 millones contra la sequía "
                        "se publicó primero en Diario del Sur."),
        ("newsletter", "Suscríbete a nuestro boletín y recibe las noticias más importantes del día."),
        ("discussion", "Únete a la conversación"),
        ("comment_count", "5 comentarios"),
        ("author_box", "Sobre el autor\n\nLuis García es redactor de la sección de Economía y "
                       "cubre medio ambiente y energía."),
        ("comment_form", "Deja una respuesta Cancelar la respuesta\n"
                         "Tu dirección de correo electrónico no será publicada. Los campos "
                         "obligatorios están marcados con *\n"
                         "Comentario * Nombre * Correo electrónico * Web\n"
                         "Guarda mi nombre, correo electrónico y web en este navegador para la "
                         "próxima vez que comente.\nEste sitio usa Akismet para reducir el spam. "
                         "Aprende cómo se procesan los datos de tus comentarios."),
    ],
}

# Whole body paragraphs that must come out exactly so, close counter-examples included
# (running text that mentions a photo, a newsletter, comments, sharing, "see also", …).
EXPECTED_BODY = {
    "en_wordpress.txt": [
        "BRUSSELS, March 24 (Reuters) - Belgian police arrested three men on Tuesday suspected of "
        "planning an attack on a central Brussels railway station, federal prosecutors said.",
        "The suspects, aged between 19 and 27, were detained in overnight raids in Molenbeek and "
        "Schaerbeek, a spokesman for the prosecutor's office told reporters.",
        'Investigators seized a laptop and "a significant sum of cash", he said, without giving a '
        "figure.",
        "A photo of one of the suspects posing with a rifle had circulated on social media, "
        "according to the public broadcaster.",
        "The interior minister said she would share details of the investigation with parliament "
        "on Thursday. See also the statement published by the prosecutor's office, which gave no "
        "names.",
        "Related charges were filed against a fourth man in Antwerp in January, the court said.",
        "Read more than 300 pages of evidence before you judge, the defence lawyer told "
        "journalists outside the court.",
        "Readers who signed up for the ministry's newsletter received a warning last week, "
        'officials said. Comments by the mayor, who called the plot "cowardly", were widely '
        "shared.",
    ],
    "fr_blog.txt": [
        "DAMAS, 12 mars (AFP) - Au moins 85 personnes, dont six enfants, ont été tuées mardi dans "
        "une frappe aérienne sur un marché de la province d'Idleb, selon l'Observatoire syrien des "
        "droits de l'homme (OSDH).",
        "« C'est un massacre », a déclaré à l'AFP un secouriste joint par téléphone. Les images "
        "diffusées par les secouristes montrent des bâtiments effondrés.",
        "Une photo publiée par l'OSDH montre le marché détruit. Le ministre a promis de partager "
        "« toutes les informations disponibles » avec les enquêteurs de l'ONU.",
        "Lire aussi le rapport de la commission d'enquête, qui recense plus de 3 500 victimes "
        "civiles depuis janvier, a conseillé le porte-parole.",
        "Les commentaires du ministre ont été vivement critiqués par l'opposition, qui réclame une "
        "enquête indépendante. Plus de 3 500 abonnés de la chaîne ont relayé la vidéo.",
    ],
    "de_portal.txt": [
        "BERLIN (dpa) – Die Bundesregierung hat am Mittwoch schärfere Kontrollen an allen deutschen "
        "Landgrenzen beschlossen. Das teilte das Bundesinnenministerium in Berlin mit.",
        "Die Innenministerin sagte, die Maßnahme gelte zunächst für sechs Monate. Rund 1.200 "
        "zusätzliche Beamte der Bundespolizei sollen eingesetzt werden.",
        "Ein Foto der Kontrollstelle bei Frankfurt (Oder) zeigte lange Staus am Morgen. Die "
        "Gewerkschaft der Polizei will ihre Bedenken mit dem Ministerium teilen, wie ein Sprecher "
        "sagte.",
        "Mehr zum Thema Migration äußerte sich am Abend auch der Kanzler in einer "
        "Fernsehansprache.",
    ],
    "es_diario.txt": [
        "MADRID, 5 abr (EFE).- El Consejo de Ministros aprobó este martes un plan de 4.500 millones "
        "de euros para hacer frente a la sequía que afecta a Cataluña y Andalucía, según informó "
        "la portavoz del Gobierno.",
        "La ministra de Transición Ecológica explicó que las ayudas llegarán a más de 3.000 "
        "municipios.",
        "Leer más de cien páginas del informe técnico llevó semanas a los expertos, reconoció la "
        "ministra.",
        "Una foto difundida por el Ministerio muestra el embalse de Sau casi vacío. Los "
        "agricultores compartirán sus propuestas con el Gobierno en una reunión el próximo lunes.",
        "Los comentarios de la ministra fueron criticados por la oposición, que pidió su "
        "comparecencia en el Congreso.",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_REMOVALS))
def test_fixture_removals_are_exactly_the_boilerplate(name: str, book: Rulebook) -> None:
    raw = _read(name)
    result = clean_text(raw, book)
    assert [(r.rule, r.text) for r in result.removed] == EXPECTED_REMOVALS[name]
    for removal in result.removed:
        assert raw[removal.start : removal.end] == removal.text


@pytest.mark.parametrize("name", sorted(EXPECTED_BODY))
def test_fixture_body_is_kept_paragraph_by_paragraph(name: str, book: Rulebook) -> None:
    result = clean_text(_read(name), book)
    assert result.text.split("\n\n") == EXPECTED_BODY[name]


@pytest.mark.parametrize(
    "body",
    [
        # English: cue words in running text, at the start of a paragraph or inside it.
        "Photo agencies said the images were taken on Monday.\n\n"
        "Read more than 300 pages of the report, the judge said.\n\n"
        "Related charges were dropped in May.\n\n"
        "Subscribers to the newsletter were warned in advance, the company said.\n\n"
        "Comments made by the minister on Sunday angered the opposition.\n\n"
        "Share prices fell 4% after the announcement.\n\n"
        "See also how the ministry changed its figures, the auditor wrote in his report.\n\n"
        "Posted in 2019, the video was viewed three million times.\n\n"
        "About the authorities, he said nothing.\n\n"
        "Home Secretary Yvette Cooper said the threat was real.",
        # French
        "Les photos de l'attaque ont circulé sur les réseaux sociaux.\n\n"
        "Lire aussi entre les lignes n'est pas toujours facile, a reconnu le juge.\n\n"
        "Partager les renseignements reste difficile entre les services, selon le rapport.\n\n"
        "Les abonnés de la newsletter du ministère ont reçu l'alerte lundi.\n\n"
        "Accueil des réfugiés : le maire a promis des moyens supplémentaires.",
        # German
        "Fotos des Tatorts wurden im Internet geteilt.\n\n"
        "Teilen wollte der Minister diese Einschätzung nicht.\n\n"
        "Lesen Sie auch das Kleingedruckte, riet der Verbraucherschützer den Kunden.\n\n"
        "Kommentare des Kanzlers sorgten für Empörung in der Opposition.",
        # Spanish
        "Las fotos del atentado circularon por las redes sociales.\n\n"
        "Compartir información sigue siendo difícil entre los servicios, según el informe.\n\n"
        "Los suscriptores del boletín recibieron la alerta el lunes.\n\n"
        "Inicio de las obras: el alcalde prometió más medios.",
    ],
)
def test_running_text_that_mentions_boilerplate_words_survives(body: str, book: Rulebook) -> None:
    result = clean_text("A headline that is not taken because a title is given\n\n" + body, book,
                        title="Another title")
    assert result.removed == ()
    assert result.text.endswith(body)


def test_headline_is_stripped_when_the_text_starts_with_the_title(book: Rulebook) -> None:
    raw = _read("en_wordpress.txt")
    doc = clean(_doc(raw, title="Police arrest three suspects over Brussels station attack plot "
                                "| Daily Courier"), Resources())
    assert doc.headline == "Police arrest three suspects over Brussels station attack plot"
    assert doc.title.endswith("| Daily Courier")  # the input's title is kept as given
    assert "title" not in doc.provenance
    assert doc.text.startswith("BRUSSELS, March 24 (Reuters) - Belgian police")


def test_headline_without_title_becomes_the_title_with_provenance() -> None:
    doc = clean(_doc(_read("fr_blog.txt")), Resources())
    assert doc.title == doc.headline == "Syrie : au moins 85 morts dans une frappe aérienne près d'Idleb"
    assert doc.provenance["title"] == "text"
    assert doc.text.startswith("DAMAS, 12 mars (AFP) -")


def test_a_title_that_differs_from_the_first_line_strips_nothing(book: Rulebook) -> None:
    raw = "Border checks extended\n\nBERLIN (dpa) – The government extended checks on Wednesday."
    result = clean_text(raw, book, title="Germany tightens border controls")
    assert result.headline is None
    assert result.text.startswith("Border checks extended\n\n")


def test_headline_followed_by_a_dateline_on_the_next_line(book: Rulebook) -> None:
    raw = "Bundesregierung verschärft Kontrollen\nBERLIN (dpa) – Die Regierung hat entschieden."
    result = clean_text(raw, book)
    assert result.headline == "Bundesregierung verschärft Kontrollen"
    assert result.text == "BERLIN (dpa) – Die Regierung hat entschieden."


@pytest.mark.parametrize(
    "first_line",
    ["March 24, 2024", "The minister resigned on Tuesday.",
     "PARIS, March 24 (Reuters) - The minister resigned"],
)
def test_lines_that_are_not_headlines(first_line: str, book: Rulebook) -> None:
    raw = f"{first_line}\n\nThe rest of the article follows here, in a second paragraph."
    result = clean_text(raw, book)
    assert result.headline is None
    assert result.text.startswith(first_line)


def test_a_byline_is_furniture_not_a_headline(book: Rulebook) -> None:
    raw = "By Jane Miller\n\nThe rest of the article follows here, in a second paragraph."
    result = clean_text(raw, book)
    assert result.headline is None
    assert [(r.rule, r.text) for r in result.removed] == [("byline", "By Jane Miller")]


def test_one_line_per_paragraph_becomes_blank_line_separated(book: Rulebook) -> None:
    raw = ("Minister quits over spending row\nLONDON (AP) - The minister quit on Friday.\n"
           "Photo: AFP\nShe said she had no regrets.\nRead more: Who could replace her")
    result = clean_text(raw, book)
    assert result.headline == "Minister quits over spending row"
    assert result.text == "LONDON (AP) - The minister quit on Friday.\n\nShe said she had no regrets."


def test_spaces_are_collapsed_and_paragraph_breaks_normalised(book: Rulebook) -> None:
    raw = ("A first   paragraph\twith  odd spacing.\n\n\n\n  A second one, with a line\r\n"
           "break kept inside it.\n \nLe 12\u00a0mars, tout a changé.")
    result = clean_text(raw, book, title="Unrelated")
    assert result.text == ("A first paragraph with odd spacing.\n\nA second one, with a line\n"
                           "break kept inside it.\n\nLe 12\u00a0mars, tout a changé.")


def test_a_comment_link_before_the_body_does_not_swallow_the_article(book: Rulebook) -> None:
    raw = ("Leave a comment\n\nThe minister resigned on Tuesday after a row over spending, "
           "officials said. She had been in office for less than a year.\n\n"
           "Her deputy will take over until a successor is named, the government said.")
    result = clean_text(raw, book, title="x")
    assert [(r.rule, r.text) for r in result.removed] == [("comment_form", "Leave a comment")]
    assert result.text.startswith("The minister resigned on Tuesday")
    assert result.text.endswith("the government said.")


def test_related_block_takes_its_titles_but_stops_at_the_body(book: Rulebook) -> None:
    raw = ("The summit ended without a deal, diplomats said.\n\nRelated articles\n\n"
           "Why the talks failed\n\nWho is the new envoy?\n\n"
           "The next round is due in May, the envoy told reporters.")
    result = clean_text(raw, book, title="x")
    assert [r.rule for r in result.removed] == ["see_also"]
    assert result.removed[0].text == "Related articles\n\nWhy the talks failed\n\nWho is the new envoy?"
    assert result.text.split("\n\n") == [
        "The summit ended without a deal, diplomats said.",
        "The next round is due in May, the envoy told reporters.",
    ]


def test_trailing_site_name_goes_when_it_is_the_source(book: Rulebook) -> None:
    raw = ("The minister resigned on Tuesday.\n\nHer deputy takes over.\n\nDaily Courier\n"
           "dailycourier.example.com")
    result = clean_text(raw, book, title="Minister resigns", source="Daily Courier")
    assert [(r.rule, r.text) for r in result.removed] == [
        ("site_name", "Daily Courier"),
        ("site_name", "dailycourier.example.com"),
    ]
    assert result.text == "The minister resigned on Tuesday.\n\nHer deputy takes over."


def test_glued_credits_and_copyright(book: Rulebook) -> None:
    raw = ("© Reuters The convoy reached the border on Sunday.\n\n"
           "Cookies: We use cookies to improve your experience.\n\n"
           "We use cookies to improve your experience. By continuing you accept our policy.\n\n"
           "© 2024 Daily Courier. All rights reserved.")
    result = clean_text(raw, book, title="x")
    assert [(r.rule, r.text) for r in result.removed] == [
        ("photo_credit", "© Reuters"),
        ("cookie_notice", "We use cookies to improve your experience. By continuing you accept "
                          "our policy."),
        ("copyright", "© 2024 Daily Courier. All rights reserved."),
    ]
    assert result.text.split("\n\n") == [
        "The convoy reached the border on Sunday.",
        "Cookies: We use cookies to improve your experience.",
    ]


def test_empty_text(book: Rulebook) -> None:
    result = clean_text("", book)
    assert (result.text, result.removed, result.headline) == ("", (), None)
    assert clean_text(" \n\n \t\n", book).text == ""


def test_stage_declaration_and_cached_rulebook() -> None:
    assert {"raw_text", "title"} <= STAGE.requires
    assert STAGE.assigns == {"text", "removed", "headline", "title", "provenance"}
    Pipeline.from_modules(("sourcetrace.capabilities.clean.stage",))
    resources = Resources()
    clean(_doc("Some text here."), resources)
    first = resources.cached("clean.rulebook", lambda: None)
    clean(_doc("More text here."), resources)
    assert resources.cached("clean.rulebook", lambda: None) is first
    assert isinstance(first, Rulebook)
    assert clean_module.STAGE is STAGE


def test_every_pack_has_boilerplate_and_patterns_compile() -> None:
    packs = {pack.code: pack for pack in all_packs()}
    for code in ("en", "fr", "de", "es", "xx"):
        assert packs[code].boilerplate, code
    compile_rulebook(packs.values())

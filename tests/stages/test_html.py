"""The html stage: main text and metadata from pages, input values winning."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sourcetrace.capabilities.extract.stage import STAGE, extract_html, lead_paragraph
from sourcetrace.config import Settings
from sourcetrace.core.pipeline import Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.errors import EmptyInputError, TooLargeError
from sourcetrace.model import Document

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "html"


def _doc(name: str, **fields: object) -> Document:
    html = (PAGES / name).read_text(encoding="utf-8")
    return Document(id="d1", origin=str(PAGES / name), fmt="html", html=html, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources(Settings())


def test_main_text_keeps_paragraphs_and_drops_nav_comments_footer(resources: Resources) -> None:
    doc = extract_html(_doc("courrier-gard.html"), resources)
    paragraphs = doc.raw_text.split("\n\n")
    assert any(p.startswith("De violents orages ont frappé le Gard") for p in paragraphs)
    assert "« La situation reste très préoccupante », a déclaré le préfet" in doc.raw_text
    assert paragraphs[-1].startswith("Plus de 1 200 foyers")
    for absent in ("Accueil", "Faits divers", "Jean-Pierre", "Tous droits réservés"):
        assert absent not in doc.raw_text


def test_metadata_from_meta_tags_with_provenance(resources: Resources) -> None:
    doc = extract_html(_doc("courrier-gard.html"), resources)
    assert doc.title == "Inondations : trois morts dans le Gard"
    assert doc.author == "Claire Dumas"
    assert doc.published == "2024-03-22"
    assert doc.source == "Le Courrier du Sud"
    assert doc.url == "https://www.courrierdusud.example/gard/inondations-trois-morts"
    assert doc.provenance == {f: "html" for f in ("title", "author", "published", "source", "url")}


def test_metadata_from_json_ld(resources: Resources) -> None:
    doc = extract_html(_doc("nordkurier-jsonld.html"), resources)
    assert doc.title == "Festnahme nach Messerangriff in Berlin"
    assert doc.author == "Jana Weber"
    assert doc.published == "2024-04-09"
    assert doc.source == "Nordkurier Online"
    assert doc.raw_text.startswith("Die Berliner Polizei hat am Dienstagabend")


def test_input_values_always_win(resources: Resources) -> None:
    given = _doc(
        "courrier-gard.html",
        title="Gard : le bilan s'alourdit",
        published="2024-03-23",
        source="CDS",
        provenance={"title": "input"},
    )
    doc = extract_html(given, resources)
    assert doc.title == "Gard : le bilan s'alourdit"
    assert doc.published == "2024-03-23"
    assert doc.source == "CDS"
    assert doc.author == "Claire Dumas"  # the input had none
    assert doc.provenance == {"title": "input", "author": "html", "url": "html"}


def test_site_name_that_is_only_the_domain_is_left_for_the_metadata_stage(
    resources: Resources,
) -> None:
    page = (
        "<html><head><title>Two arrested after raid</title>"
        '<link rel="canonical" href="https://www.leedsdaily.example/news/raid"></head>'
        "<body><article><p>Police arrested two men in Leeds on Tuesday after a raid on a "
        "flat in the city centre, officers said.</p></article></body></html>"
    )
    doc = extract_html(Document(id="d", origin="x", fmt="html", html=page), resources)
    assert doc.url == "https://www.leedsdaily.example/news/raid"
    assert doc.source is None and "source" not in doc.provenance


def test_a_page_without_main_text_is_rejected(resources: Resources) -> None:
    with pytest.raises(EmptyInputError, match="no main text"):
        extract_html(_doc("menu-only.html"), resources)
    (outcome,) = Pipeline([STAGE]).run_batch([_doc("menu-only.html")], resources)
    assert outcome.document is None and outcome.rejected is not None
    assert outcome.rejected.where == str(PAGES / "menu-only.html")


def test_main_text_over_the_limit_is_rejected() -> None:
    with pytest.raises(TooLargeError):
        extract_html(_doc("courrier-gard.html"), Resources(Settings(max_text_bytes=100)))


def test_text_already_given_is_kept_and_metadata_still_filled(resources: Resources) -> None:
    given = _doc("nordkurier-jsonld.html", raw_text="Kurzmeldung: Festnahme in Berlin.")
    doc = extract_html(given, resources)
    assert doc.raw_text == "Kurzmeldung: Festnahme in Berlin."
    assert doc.author == "Jana Weber"


def test_documents_without_html_pass_unchanged(resources: Resources) -> None:
    doc = Document(id="d", origin="x.txt", fmt="txt", raw_text="Plain text.")
    assert extract_html(doc, resources) is doc


def test_declaration_covers_every_field_the_stage_changes(resources: Resources) -> None:
    Pipeline([STAGE])  # requires only input fields
    before = _doc("courrier-gard.html")
    after = extract_html(before, resources)
    changed = {
        f.name
        for f in dataclasses.fields(Document)
        if getattr(before, f.name) != getattr(after, f.name)
    }
    assert changed and changed <= STAGE.assigns
    read = {"html", "raw_text", "title", "author", "published", "url", "source"}
    assert read <= STAGE.requires


LEAD_PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "extract" / "hafenbote-lead.html"
LEAD = (
    "Nach einer fünfstündigen Sitzung hat der Hafenrat am Montagabend beschlossen, den alten "
    "Fähranleger im Sommer zu schließen. Die Reparatur wäre zu teuer gewesen."
)


def _lead_doc() -> Document:
    return Document(
        id="d1", origin=str(LEAD_PAGE), fmt="html", html=LEAD_PAGE.read_text(encoding="utf-8")
    )


def test_a_lead_printed_between_headline_and_body_is_put_back(resources: Resources) -> None:
    doc = extract_html(_lead_doc(), resources)
    paragraphs = doc.raw_text.split("\n\n")
    assert paragraphs[0] == LEAD
    assert paragraphs[1].startswith("Die Entscheidung fiel mit neun zu vier Stimmen.")
    assert doc.raw_text.count("Nach einer fünfstündigen Sitzung") == 1
    # Neither the picture's caption after the headline nor the teaser after the body.
    assert "bei Nebel" not in doc.raw_text
    assert "Neue Ampel" not in doc.raw_text


def test_a_lead_the_body_already_holds_is_not_repeated(resources: Resources) -> None:
    html = LEAD_PAGE.read_text(encoding="utf-8")
    body = extract_html(_lead_doc(), resources).raw_text
    assert lead_paragraph(html, body) is None
    assert lead_paragraph(html, body.split("\n\n", 1)[1]) == LEAD


def test_no_lead_without_a_marked_element_after_the_headline(resources: Resources) -> None:
    page = _lead_doc()
    html = (page.html or "").replace('class="story-lead"', 'class="story-text"')
    unmarked = page.evolve(html=html)
    doc = extract_html(unmarked, resources)
    assert doc.raw_text.startswith("Die Entscheidung fiel mit neun zu vier Stimmen.")
    assert "Neue Ampel" not in doc.raw_text

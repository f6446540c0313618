"""Companies from the bundled knowledge base (``kb/data/companies.jsonl``), end to end:
found and typed in running text, common-word names left alone, linked under one entity."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.linking.linker import link_mentions
from sourcetrace.capabilities.linking.records import LinkMention, LinkResult
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.core.resources import Resources
from sourcetrace.kb import load_kb
from sourcetrace.model import Document, Mention

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).parent.parent / "fixtures" / "entities"
ARTICLES = {"en_companies.txt": "en", "fr_companies.txt": "fr"}


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[str, tuple[Mention, ...]]]:
    resources = Resources()
    out = {}
    for name, language in ARTICLES.items():
        text = (FIXTURES / name).read_text(encoding="utf-8").strip()
        doc = Document(id=name, origin=name, fmt="txt", text=text, language=language)
        doc = entities.extract_entities(parse.parse(doc, resources), resources)
        out[name] = (text, doc.mentions)
    return out


def _labels(mentions: tuple[Mention, ...], surface: str) -> list[str]:
    return [m.label for m in mentions if m.text == surface]


@pytest.mark.parametrize(
    ("name", "surface"),
    [
        ("en_companies.txt", "Rheinmetall"),  # the model reads it as a person or nothing
        ("en_companies.txt", "Hensoldt"),
        ("en_companies.txt", "Krauss-Maffei Wegmann"),
        ("en_companies.txt", "KMW"),
        ("en_companies.txt", "Goldman Sachs"),
        ("fr_companies.txt", "Nexter"),
        ("fr_companies.txt", "KNDS France"),
        ("fr_companies.txt", "Électricité de France"),
        ("fr_companies.txt", "EDF"),
    ],
)
def test_company_names_are_found_as_companies(
    analysed: dict[str, tuple[str, tuple[Mention, ...]]], name: str, surface: str
) -> None:
    _text, mentions = analysed[name]
    labels = _labels(mentions, surface)
    assert labels and set(labels) == {"COMPANY"}, (surface, labels)


@pytest.mark.parametrize(
    ("name", "surface"),
    [
        ("en_companies.txt", "Rheinmetall"),
        ("en_companies.txt", "Hensoldt"),
        ("en_companies.txt", "Krauss-Maffei Wegmann"),
        ("en_companies.txt", "Thales"),
        ("fr_companies.txt", "KNDS France"),
        ("fr_companies.txt", "Thales"),
    ],
)
def test_names_the_model_misses_or_mistypes_are_companies_through_the_kb(
    analysed: dict[str, tuple[str, tuple[Mention, ...]]], name: str, surface: str
) -> None:
    """The case the KB is for: the bare spaCy model reads these as a person, a place or
    nothing; the entities stage types them COMPANY."""
    text, mentions = analysed[name]
    model = Resources().spacy(ARTICLES[name])(text)
    assert not [e for e in model.ents if e.text == surface and e.label_ == "ORG"]
    assert set(_labels(mentions, surface)) == {"COMPANY"}


def test_common_word_company_names_opening_a_sentence_are_words(
    analysed: dict[str, tuple[str, tuple[Mention, ...]]],
) -> None:
    for name in ARTICLES:
        _text, mentions = analysed[name]
        for word in ("Shell", "Total"):
            assert not [m for m in mentions if m.text == word], (name, word)


def test_a_common_word_name_written_as_a_name_elsewhere_is_kept() -> None:
    resources = Resources()
    text = "Shell shares rose on Monday. Analysts said a Shell spokesman declined to comment."
    doc = Document(id="shell", origin="shell", fmt="txt", text=text, language="en")
    doc = entities.extract_entities(parse.parse(doc, resources), resources)
    assert {m.label for m in doc.mentions if m.text == "Shell"} <= {"COMPANY", "ORG"}
    assert len([m for m in doc.mentions if m.text == "Shell"]) >= 1


def _link(
    analysed: dict[str, tuple[str, tuple[Mention, ...]]],
) -> tuple[LinkResult, dict[str, str]]:
    links, texts = [], {}
    for name, (_text, mentions) in analysed.items():
        for n, m in enumerate(mentions):
            mention_id = f"{name}:mention:{n}"
            texts[mention_id] = m.text
            links.append(
                LinkMention(
                    id=mention_id,
                    article_id=name,
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    label=m.label,
                    entity_key=m.entity_key,
                    language=ARTICLES[name],
                    published="2026-03-03",
                )
            )
    return link_mentions(links, load_kb()), texts


def test_aliases_and_canonical_names_link_to_one_company(
    analysed: dict[str, tuple[str, tuple[Mention, ...]]],
) -> None:
    result, texts = _link(analysed)
    by_entity: dict[str, set[str]] = {}
    for mention_id, entity_id in result.assignment.items():
        by_entity.setdefault(entity_id, set()).add(texts[mention_id])
    expected = {
        "st:company/krauss-maffei-wegmann": {"Krauss-Maffei Wegmann", "KMW"},
        "st:company/exxonmobil": {"ExxonMobil", "Exxon Mobil Corporation", "Exxon"},
        "st:company/edf": {"Électricité de France", "EDF"},
        "st:company/thales-group": {"Thales"},  # across the English and the French article
    }
    entries = {e.id: e.kb_entry for e in result.entities}
    for kb_id, surfaces in expected.items():
        linked = [eid for eid, kb in entries.items() if kb == kb_id]
        assert len(linked) == 1, (kb_id, linked)
        assert by_entity[linked[0]] == surfaces, (kb_id, by_entity[linked[0]])
    thales = next(e for e in result.entities if e.kb_entry == "st:company/thales-group")
    assert set(thales.article_ids) == set(ARTICLES)

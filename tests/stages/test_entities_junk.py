"""No entity without a name in it: function words, common nouns, capitalised sentence or
quotation openers, demonyms, single letters, lower-case words and page furniture are not
mentions; the real names beside them still are. Short articles we wrote, in the style of
the news (en, fr, es, de)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, Mention

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).parent.parent / "fixtures" / "entities"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def analyse(name: str, language: str, resources: Resources) -> tuple[str, tuple[Mention, ...]]:
    text = (FIXTURES / name).read_text(encoding="utf-8").strip()
    doc = Document(id=name, origin=name, fmt="txt", text=text, language=language)
    return text, entities.extract_entities(parse.parse(doc, resources), resources).mentions


def found(mentions: tuple[Mention, ...]) -> dict[str, str]:
    return {m.text: m.label for m in mentions}


def in_line(text: str, mentions: tuple[Mention, ...], line_start: str) -> list[str]:
    start = text.index(line_start)
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return [m.text for m in mentions if start <= m.start < end]


def test_english_furniture_and_demonyms(resources: Resources) -> None:
    text, ms = analyse("en_junk.txt", "en", resources)
    names = found(ms)
    assert names["Clare Holloway"] == "PERSON" and names["Kabul"] == "GPE"
    assert names["Afghanistan"] == "GPE"
    # "Facebook" acting in the body is the company; on the share buttons' line it is furniture
    assert "Facebook" in in_line(text, ms, "The Afghans")
    assert in_line(text, ms, "Share on Facebook") == []
    assert in_line(text, ms, "Sign up to") == []
    assert not {"Afghans", "Repatriate", "Facebook Share"} & set(names)


def test_french_quotation_opener_demonyms_and_single_letter(resources: Resources) -> None:
    text, ms = analyse("fr_junk.txt", "fr", resources)
    names = found(ms)
    assert names["Claire Vautrin"] == "PERSON" and names["Rennes"] == "GPE"
    # a surname opening a quotation is still a name: it is written inside a sentence too
    assert text.index("« Vautrin") + 2 in {m.start for m in ms}
    assert names["France"] == "GPE"
    assert not {"Rapatrier", "Allemands", "Syriens", "S"} & set(names)
    assert in_line(text, ms, "Pour soutenir") == []


def test_spanish_lower_case_spans_and_newsletter_line(resources: Resources) -> None:
    text, ms = analyse("es_junk.txt", "es", resources)
    names = found(ms)
    assert names["Ignacio Barberá"] == "PERSON" and names["Marcos Iriarte"] == "PERSON"
    assert names["Damasco"] == "GPE" and names["Madrid"] == "GPE"
    assert text.index("«Barberá") + 1 in {m.start for m in ms}
    assert not {"Declaramos", "había sangre", "días", "Newsletter"} & set(names)
    assert in_line(text, ms, "Newsletter:") == []


def test_german_pronouns_and_adverbs_are_no_names(resources: Resources) -> None:
    _text, ms = analyse("de_junk.txt", "de", resources)
    names = found(ms)
    # German runs on the GermEval-trained model, which misses "Solingen" after a weekday
    # here; adding the rule tagger's places would find it but lowered GermEval dev LOC F1
    # (0.748 -> 0.735), so that town is a known recall gap, not asserted.
    assert names["Nancy Faeser"] == "PERSON"
    assert names["Dortmund"] == "GPE"  # a town, not the adverb "Dort"
    assert not {"Er", "Dort", "Insgesamt", "Sie"} & set(names)

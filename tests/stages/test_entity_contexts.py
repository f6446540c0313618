"""Context votes and the German given-name rules on short articles we wrote.

Each rule has a must-find case and a must-not-find case: a team named after a city is an
organisation in a sports article but the city stays a place after "in"/"en"; countries are
never turned into teams; company contexts make organisations; German given names start a
person even after a capitalised noun; speech verbs give a person but not an institution.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.entities.context_votes import is_sports_article
from sourcetrace.capabilities.entities.lexicon import compile_lexicon
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


def label_at(text: str, mentions: tuple[Mention, ...], surface: str, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    found = [m for m in mentions if (m.start, m.end) == (start, start + len(surface))]
    assert found, f"no mention {surface!r} at {start}; got {[(m.text, m.start) for m in mentions]}"
    return found[0].label


def test_city_named_teams_are_organisations_in_sport(resources: Resources) -> None:
    text, ms = analyse("en_sports.txt", "en", resources)
    prose = text.index("Leicester beat")
    assert [m.label for m in ms if m.start == prose] == ["ORG"]  # "Leicester beat Chelsea"
    assert label_at(text, ms, "Chelsea", 0) == "ORG"  # "beat Chelsea 2-1"
    assert label_at(text, ms, "Chelsea", 1) == "ORG"  # "Chelsea's manager"
    # tables: both teams of a result line, the team of a standings row
    for line in ("Middlesbrough 0 Sunderland 3", "Newcastle 5 4 1 0 12 4 13"):
        base = text.index(line)
        names = [m for m in ms if base <= m.start < base + len(line)]
        assert names and all(m.label == "ORG" for m in names), names
    assert label_at(text, ms, "Sunderland") == "ORG"
    assert label_at(text, ms, "Arsenal") == "ORG"


def test_places_and_countries_stay_places_in_sport(resources: Resources) -> None:
    text, ms = analyse("en_sports.txt", "en", resources)
    assert label_at(text, ms, "London", 0) == "GPE"  # "in London"
    assert label_at(text, ms, "Russia") == "GPE"  # a national side is read as its country
    assert label_at(text, ms, "Ukraine") == "GPE"
    played_in = text.index("played in Leicester") + len("played in ")
    assert [m.label for m in ms if m.start == played_in] == ["GPE"]
    assert label_at(text, ms, "Tom Avery") == "PERSON"  # people are never made teams


def test_company_contexts_make_organisations(resources: Resources) -> None:
    text, ms = analyse("en_markets.txt", "en", resources)
    assert label_at(text, ms, "Barclays") in {"ORG", "COMPANY"}
    assert label_at(text, ms, "Barclays", 1) in {"ORG", "COMPANY"}
    assert label_at(text, ms, "Dresdner") in {"ORG", "COMPANY"}
    assert label_at(text, ms, "Kleinwort Benson") in {"ORG", "COMPANY"}
    # must not: a city speaking is its government (a place), a trader stays a person
    assert label_at(text, ms, "Moscow") == "GPE"
    assert label_at(text, ms, "Frankfurt") == "GPE"
    assert label_at(text, ms, "Julia Hart") == "PERSON"


def test_sports_article_needs_two_sports_words_or_a_table() -> None:
    lex = compile_lexicon("en")
    assert is_sports_article("The striker scored a penalty in the league.", lex)
    assert is_sports_article("Results:\nLeicester 2 Chelsea 1\n", lex)
    assert not is_sports_article("The minister won the vote against Moscow.", lex)


def test_german_given_names_speech_verbs_and_company_context(resources: Resources) -> None:
    text, ms = analyse("de_people.txt", "de", resources)
    assert label_at(text, ms, "Jürgen Trittin") == "PERSON"  # after "Grünen-Politiker"
    assert label_at(text, ms, "Ulla Schmidt") == "PERSON"  # after sentence-initial "Auch"
    assert label_at(text, ms, "Trittin", 1) == "PERSON"  # ", sagte Trittin"
    assert label_at(text, ms, "Siemens") in {"ORG", "COMPANY"}  # "Die Aktien von Siemens"
    assert label_at(text, ms, "Berlin") == "GPE"
    # must not: a common noun before "sagte", the role noun of "sagte Innenminister X"
    assert not [m for m in ms if m.text in {"Kritik", "Innenminister", "Auch"}]
    assert not [m for m in ms if "Regierung" in m.text and m.label == "PERSON"]


def test_spanish_clubs_institutions_and_companies(resources: Resources) -> None:
    text, ms = analyse("es_deportes.txt", "es", resources)
    assert label_at(text, ms, "Barcelona") == "ORG"  # "El Barcelona ganó"
    assert label_at(text, ms, "Valencia") == "ORG"  # "al Valencia"
    assert label_at(text, ms, "Barcelona", 1) == "ORG"  # "del Barcelona"
    assert label_at(text, ms, "Fiscalía") == "ORG"  # trailing adjective trimmed
    # must not: "el Gobierno", a common noun for the government, is no entity of its own
    assert not [m for m in ms if m.text == "Gobierno"]
    assert label_at(text, ms, "Telefónica") in {"ORG", "COMPANY"}
    assert label_at(text, ms, "FC BARCELONA") == "ORG"  # a whole table cell
    assert label_at(text, ms, "TAU VITORIA") == "ORG"
    # must not: the city after "en" stays a place; "extremeña" is not part of the name
    assert label_at(text, ms, "Valencia", 1) == "GPE"
    assert not [m for m in ms if "extremeñ" in m.text]

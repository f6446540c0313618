"""Figure classes seen on real news (issue 12): a rate anywhere in the figure's clause,
tolls that count the dead, and vague plurals as ranges. Each with a must-find and a
close must-not-find case, on sentences we wrote in en, fr, de and es."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.capabilities.figures.stage import extract_figures, patterns_for
from sourcetrace.core.resources import Resources

RESOURCES = Resources()


def one(language: str, text: str, number: str) -> Any:
    nlp = RESOURCES.spacy(language, required=False)
    parsed = nlp(text) if nlp is not None else None
    found = [
        f for f in extract_figures(text, patterns_for(language, RESOURCES), parsed)
        if number in f.text
    ]
    assert len(found) == 1, found
    return found[0]


RATES = [
    ("en", "About 60 migrants cross the border every day, the police chief said.", "60"),
    ("en", "Each day, around 60 people are brought over the river.", "60"),
    ("fr", "Chaque jour, environ 60 personnes traversent la rivière.", "60"),
    ("fr", "Environ 60 migrants traversent la frontière chaque jour.", "60"),
    ("es", "Cada día, unas 60 personas cruzan la frontera.", "60"),
    ("de", "Jeden Tag kommen rund 60 Menschen über den Fluss.", "60"),
]


@pytest.mark.parametrize(("language", "text", "number"), RATES, ids=[r[1][:40] for r in RATES])
def test_rate_anywhere_in_the_clause(language: str, text: str, number: str) -> None:
    assert one(language, text, number).per == "day"


NO_RATES = [
    # The rate belongs to another clause (after a full stop or a semicolon).
    ("en", "About 60 migrants crossed the border. Patrols run every day.", "60"),
    ("fr", "Environ 60 migrants ont traversé la frontière ; les patrouilles passent chaque "
           "jour.", "60"),
    ("es", "Unas 60 personas cruzaron la frontera. Las patrullas pasan cada día.", "60"),
    # A duration is not a rate of itself.
    ("en", "Every day for three weeks the shelling went on.", "three"),
]


@pytest.mark.parametrize(("language", "text", "number"), NO_RATES,
                         ids=[r[1][:40] for r in NO_RATES])
def test_rate_of_another_clause_is_not_taken(language: str, text: str, number: str) -> None:
    assert one(language, text, number).per is None


def test_toll_counts_the_dead() -> None:
    assert one("en", "The death toll rose to 133 on Sunday.", "133").counted == "dead"
    assert one("fr", "Le bilan s'est alourdi à 133 dans la nuit.", "133").counted in {
        "mort", "morts"}
    assert one("es", "El balance de muertos subió a 133.", "133").counted in {
        "muerto", "muertos"}
    # Must not: a bare figure with no toll before it counts nothing.
    assert one("en", "The index rose to 133 on Sunday.", "133").counted is None
    # Must not: a counted noun of its own wins over the toll.
    assert one("en", "The death toll rose to 133 people.", "133").counted in {"people", "person"}


def test_vague_plurals_are_ranges() -> None:
    hundreds = one("en", "Hundreds of people gathered at the station.", "Hundreds")
    assert (hundreds.value, hundreds.low, hundreds.high) == (None, 200.0, 999.0)
    cientos = one("es", "Cientos de personas se reunieron en la plaza.", "Cientos")
    assert (cientos.value, cientos.low, cientos.high) == (None, 200.0, 999.0)
    thousands = one("en", "Thousands of residents fled the city.", "Thousands")
    assert (thousands.low, thousands.high) == (2000.0, 9999.0)
    # Must not: "hundreds of billions" scales the next number; it is no range of its own.
    scaled = one("en", "They trade hundreds of billions of dollars a year.", "hundreds")
    assert scaled.low is None
    # Must not: an exact "a hundred" stays a single value.
    exact = one("en", "A hundred people gathered at the station.", "hundred")
    assert exact.value == 100.0 and exact.low is None

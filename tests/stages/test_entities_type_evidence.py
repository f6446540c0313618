"""The entities stage says why an organisation is one where its own article shows it (a
results line, "X beat Y", a sports article), so that cross-document linking keeps a club
named after its town apart from the town. Fixtures are short articles we wrote."""

from __future__ import annotations

import pytest

from sourcetrace.core.resources import Resources
from tests.stages.test_entities import analyse, at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def test_english_clubs_carry_their_evidence_and_the_town_does_not(resources: Resources) -> None:
    text, ms = analyse("en_sports.txt", "en", resources)
    club = at(text, ms, "Leicester", 0)  # "Leicester beat Chelsea 2-1"
    assert (club.label, club.type_evidence) == ("ORG", "context")
    assert at(text, ms, "Chelsea", 0).type_evidence in {"context", "sports article"}
    # must-not: the town itself, in the same article ("played in Leicester")
    town = at(text, ms, "Leicester", 1)
    assert (town.label, town.type_evidence) == ("GPE", None)
    assert at(text, ms, "London").type_evidence is None
    assert all(m.type_evidence is None for m in ms if m.label != "ORG")


def test_french_clubs_carry_their_evidence_and_the_dateline_does_not(
    resources: Resources,
) -> None:
    text, ms = analyse("fr_sports.txt", "fr", resources)
    club = at(text, ms, "Marseille", 0)  # "Marseille a battu Lyon 3-1"
    assert club.label == "ORG" and club.type_evidence is not None
    assert at(text, ms, "Lyon", 0).type_evidence is not None
    # must-not: the dateline is the town, and a person is never given organisation evidence
    dateline = at(text, ms, "MARSEILLE", 1)
    assert (dateline.label, dateline.type_evidence) == ("GPE", None)
    assert at(text, ms, "Karim Dulac").type_evidence is None


def test_outside_sport_a_town_and_an_agency_carry_no_evidence(resources: Resources) -> None:
    text, ms = analyse("fr_maire_gare.txt", "fr", resources)
    assert at(text, ms, "Lille").label == "GPE"
    assert all(m.type_evidence is None for m in ms)

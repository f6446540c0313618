"""End to end, events: articles in, events out of the JSON export.

Three wire-style reports we wrote (``tests/fixtures/e2e/events``: text plus sidecar
metadata) go through ``ingest_paths``, so the per-document ``events`` stage feeds the
``events`` corpus stage. A car bombing in Mosul reported in English and in French (two
outlets, one of them naming the district too) is one event; a shooting in Kirkuk the
same day is another.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.capabilities.events.taxonomy import TYPES
from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.outputs import export
from sourcetrace.storage import open_store

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "e2e" / "events"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("events")
    out = folder / "case.json"
    with open_store(folder / "case.db") as store:
        ingest_paths([FIXTURES], store, Settings())
        export(store, "json", out)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _attacks(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in data["events"] if TYPES[e["subtype"]].group == "attacks"]


def test_one_attack_in_two_languages_is_one_event(exported: dict[str, Any]) -> None:
    (bombing,) = [e for e in _attacks(exported) if "ev-mosul-en" in e["article_ids"]]
    assert bombing["subtype"] == "bombing"
    assert sorted(bombing["article_ids"]) == ["ev-mosul-en", "ev-mosul-fr"]
    assert sorted(bombing["sources"]) == ["Agence Riviera", "Northgate Wire"]
    assert bombing["date"] == {"value": "2025-03-10", "precision": "day"}
    assert (bombing["place"]["name"], bombing["place"]["country"]) == ("Mosul", "IQ")
    assert bombing["fatalities"]["value"] == 7
    assert bombing["injured"]["value"] == 15
    # "the blast" and "l'explosion" in the district are the same bombing, not events.
    assert {m["text"] for m in bombing["mentions"]} >= {"blast", "explosion"}


def test_attacks_in_two_cities_the_same_day_are_two_events(exported: dict[str, Any]) -> None:
    attacks = _attacks(exported)
    assert len(attacks) == 2, [(e["subtype"], e["article_ids"]) for e in attacks]
    (shooting,) = [e for e in attacks if e["article_ids"] == ["ev-kirkuk-en"]]
    assert shooting["subtype"] == "shooting"
    assert shooting["date"]["value"] == "2025-03-10"
    assert (shooting["place"]["name"], shooting["place"]["country"]) == ("Kirkuk", "IQ")
    assert shooting["fatalities"]["value"] == 3


def test_an_unclaimed_attack_makes_no_claim(exported: dict[str, Any]) -> None:
    # "No group immediately claimed responsibility" is denied, so it is no event.
    assert not [e for e in exported["events"] if e["subtype"] == "claim_of_responsibility"]

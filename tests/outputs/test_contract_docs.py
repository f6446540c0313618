"""The export contract is stated three times (schema, TypedDicts, docs); they must agree."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.outputs import SCHEMA_PATH, contract, load_schema

DOCS = Path(__file__).resolve().parents[2] / "docs" / "export.md"

RECORDS = {
    "article": contract.ArticleRecord,
    "entity": contract.EntityRecord,
    "quote": contract.QuoteRecord,
    "figure": contract.FigureRecord,
    "date": contract.DateRecord,
    "story": contract.StoryRecord,
    "signal": contract.SignalRecord,
    "check": contract.CheckRecord,
    "event": contract.EventRecord,
    "event_date": contract.EventDate,
    "event_place": contract.EventPlace,
    "event_party": contract.EventParty,
    "event_toll": contract.EventToll,
    "event_report": contract.EventReport,
    "speaker": contract.Speaker,
    "evidence": contract.EvidenceRecord,
    "mention": contract.MentionRef,
}


def _property_names(node: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties":
                names |= set(value)
            names |= _property_names(value)
    elif isinstance(node, list):
        for value in node:
            names |= _property_names(value)
    return names


def test_schema_ships_inside_the_package() -> None:
    import sourcetrace.outputs

    assert SCHEMA_PATH.is_relative_to(Path(sourcetrace.outputs.__file__).parent)


def test_every_schema_field_is_documented() -> None:
    documented = set(re.findall(r"`([a-z_0-9]+)`", DOCS.read_text(encoding="utf-8")))
    missing = sorted(_property_names(load_schema()) - documented)
    assert missing == [], f"fields missing from docs/export.md: {missing}"


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_typed_dicts_match_the_schema(name: str) -> None:
    definition = load_schema()["$defs"][name]
    assert set(RECORDS[name].__annotations__) == set(definition["properties"])
    assert set(definition["required"]) <= set(definition["properties"])


def test_top_level_keys_follow_the_contract_order() -> None:
    schema = load_schema()
    assert schema["required"] == list(contract.KEYS.values())
    assert list(schema["properties"]) == list(contract.KEYS.values())

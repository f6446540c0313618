"""FollowTheMoney export read back and validated with the followthemoney library."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from sourcetrace.outputs import export
from sourcetrace.outputs.ftm_export import FtmExporter, article_entity_id
from sourcetrace.storage import Store
from tests.outputs.export_cases import (
    LINKED,
    all_items,
    case_db,
    case_store,
    linked_db,
    linked_store,
)

__all__ = ["case_db", "case_store", "linked_db", "linked_store"]


def _validated(line: str) -> EntityProxy:
    data: dict[str, Any] = json.loads(line)
    proxy = model.get_proxy(data, cleaned=False)
    schema = proxy.schema
    # validate() checks values; it skips unknown properties and absent required ones.
    assert set(data["properties"]) <= set(schema.properties), data
    assert set(schema.required) <= set(data["properties"]), data
    assert schema.validate(data) is None
    assert proxy.to_dict()["properties"] == data["properties"]
    return proxy


def _entities(store: Store) -> list[EntityProxy]:
    stream = io.StringIO()
    exporter = FtmExporter(stream)
    for item in all_items(store):
        exporter.write(item)
    exporter.finalize()
    return [_validated(line) for line in stream.getvalue().splitlines()]


def test_every_line_is_a_valid_entity_of_the_mapped_schema(case_store: Store) -> None:
    entities = _entities(case_store)
    by_schema: dict[str, list[EntityProxy]] = {}
    for proxy in entities:
        by_schema.setdefault(proxy.schema.name, []).append(proxy)
    assert {k: len(v) for k, v in by_schema.items()} == {
        "Article": 3, "Person": 1, "Organization": 3, "Address": 3,
        # one per hand-built mention: 2 + 2 + 2 + 4 + 1 + 1
        "Mention": 12,
    }
    assert len({p.id for p in entities}) == len(entities)


def test_article_properties_come_from_the_record(case_store: Store) -> None:
    articles = {p.first("title"): p for p in _entities(case_store) if p.schema.name == "Article"}
    strike = articles["Port strike halts grain shipments in Rotterdam"]
    assert strike.id == article_entity_id("exp-001")
    assert strike.get("publishedAt") == ["2024-03-12"]
    assert strike.get("language") == ["eng"]
    assert strike.get("publisher") == ["Harbour Ledger"]
    assert strike.first("bodyText").startswith("Dock workers in Rotterdam")
    bare = articles[None]
    assert bare.get("publishedAt") == [] and bare.get("publisher") == []


def test_entities_and_mentions_link_up(case_store: Store) -> None:
    entities = _entities(case_store)
    by_id = {p.id: p for p in entities}
    orgs = {p.first("name"): p for p in entities if p.schema.name == "Organization"}
    assert orgs["Port of Rotterdam Authority"].get("classification") == ["AGENCY"]
    assert orgs["Dockside Brigade"].get("classification") == ["ARMED_GROUP"]
    assert orgs["Maersk"].get("wikidataId") == ["Q1141523"]
    assert orgs["Maersk"].get("classification") == []
    places = {p.first("full"): p for p in entities if p.schema.name == "Address"}
    assert places["Rotterdam"].get("country") == ["nl"]
    assert places["Egypt"].get("country") == ["eg"]
    assert places["the coast"].get("country") == []
    mentions = [p for p in entities if p.schema.name == "Mention"]
    jansen = [m for m in mentions if m.first("name") == "Marieke Jansen"]
    assert {by_id[m.first("document")].first("publisher") for m in jansen} == {
        "Harbour Ledger", "Continental Wire"}
    assert {by_id[m.first("resolved")].schema.name for m in jansen} == {"Person"}
    rotterdam = [m for m in mentions if m.first("name") == "Rotterdam"]
    assert all(m.get("resolved") == [] and m.get("contextCountry") == ["nl"] for m in rotterdam)


def test_ids_are_stable_across_exports(case_store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ftm.json", tmp_path / "b.ftm.json"
    export(case_store, "ftm", first)
    export(case_store, "ftm", second)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert len(first.read_text(encoding="utf-8").splitlines()) == 3


def test_linked_entities_become_people_organisations_and_addresses(
    linked_store: Store, tmp_path: Path
) -> None:
    """The case as ingest leaves it: the linking stage's entities, read back and validated."""
    out = tmp_path / "linked.ftm.json"
    summary = export(linked_store, "ftm", out)
    assert summary.counts["entity"] == len(LINKED)
    entities = [_validated(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_schema: dict[str, dict[str, EntityProxy]] = {}
    for proxy in entities:
        name = proxy.first("full" if proxy.schema.name == "Address" else "name")
        by_schema.setdefault(proxy.schema.name, {})[str(name)] = proxy
    assert set(by_schema["Person"]) == {"Marieke Jansen"}
    assert by_schema["Person"]["Marieke Jansen"].get("position") == ["leader"]
    assert set(by_schema["Organization"]) == {"Port of Rotterdam Authority",
                                               "European Commission", "A.P. Moller-Maersk"}
    # "Maersk" in the text is the knowledge base's company, under its canonical name
    assert by_schema["Organization"]["A.P. Moller-Maersk"].get("alias") == ["Maersk"]
    assert by_schema["Organization"]["European Commission"].get("classification") == ["IGO"]
    # The only name seen is the canonical one, so it is not repeated as an alias.
    assert by_schema["Organization"]["Port of Rotterdam Authority"].get("alias") == []
    places = {n: p.get("country") for n, p in by_schema["Address"].items()}
    assert places == {"Rotterdam": ["nl"], "Brussels": ["be"], "Antwerp": ["be"],
                      "Egypt": ["eg"]}
    # One Mention per linked mention; a person's resolve to their Person.
    mentions = [p for p in entities if p.schema.name == "Mention"]
    assert len(mentions) == sum(n for _, _, n in LINKED.values()) == 12
    jansen = by_schema["Person"]["Marieke Jansen"]
    assert sorted(m.first("document") for m in mentions if m.first("resolved") == jansen.id) == \
        sorted(article_entity_id(a) for a in ("exp-001", "exp-002"))

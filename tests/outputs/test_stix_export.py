"""STIX 2.1 export parsed back strictly with the stix2 library."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import stix2

from sourcetrace.outputs import export
from sourcetrace.outputs.stix_export import StixExporter, stix_id
from sourcetrace.storage import Store
from tests.outputs.export_cases import (
    all_items,
    case_db,
    case_store,
    linked_db,
    linked_store,
)

__all__ = ["case_db", "case_store", "linked_db", "linked_store"]

NOW = datetime(2024, 3, 20, 9, 0, tzinfo=UTC)


def _bundle(store: Store) -> tuple[Any, StixExporter]:
    stream = io.StringIO()
    exporter = StixExporter(stream, now=NOW)
    for item in all_items(store):
        exporter.write(item)
    exporter.finalize()
    return stix2.parse(json.loads(stream.getvalue()), allow_custom=False), exporter


def _named(bundle: Any, stix_type: str) -> dict[str, Any]:
    return {o.get("name") or o.get("abstract"): o for o in bundle.objects if o.type == stix_type}


def test_the_bundle_parses_strictly_with_the_mapped_types(case_store: Store) -> None:
    bundle, exporter = _bundle(case_store)
    types: dict[str, int] = {}
    for obj in bundle.objects:
        types[obj.type] = types.get(obj.type, 0) + 1
    # identities: sourcetrace + 2 outlets + Jansen, Port Authority, Maersk; the coast has
    # no known country, so 2 of 3 places are locations.
    assert types == {"identity": 6, "threat-actor": 1, "location": 2, "note": 1, "report": 2}
    assert exporter.skipped_places == 1
    ids = {o.id for o in bundle.objects}
    assert len(ids) == len(bundle.objects)
    for obj in bundle.objects:
        for ref in obj.get("object_refs", ()):
            assert ref in ids, (obj.id, ref)


def test_entities_map_to_identity_threat_actor_and_location(case_store: Store) -> None:
    bundle, _ = _bundle(case_store)
    identities = _named(bundle, "identity")
    assert identities["Marieke Jansen"].identity_class == "individual"
    assert identities["Port of Rotterdam Authority"].identity_class == "organization"
    assert identities["Port of Rotterdam Authority"].roles == ["agency"]
    assert identities["Harbour Ledger"].roles == ["media outlet"]
    assert identities["sourcetrace"].identity_class == "system"
    maersk = identities["Maersk"].external_references[0]
    assert (maersk.source_name, maersk.external_id) == ("wikidata", "Q1141523")
    assert _named(bundle, "threat-actor")["Dockside Brigade"].id == stix_id(
        "threat-actor", "ent-front")
    locations = _named(bundle, "location")
    assert (locations["Rotterdam"].country, locations["Egypt"].country) == ("NL", "EG")


def test_reports_carry_the_articles_and_notes_the_checks(case_store: Store) -> None:
    bundle, _ = _bundle(case_store)
    reports = _named(bundle, "report")
    story = reports["Rotterdam port strike"]
    assert [r.external_id for r in story.external_references] == ["exp-001", "exp-002"]
    assert story.external_references[0].url.startswith("https://harbour-ledger.example/")
    refs = set(story.object_refs)
    identities = _named(bundle, "identity")
    assert identities["Marieke Jansen"].id in refs and identities["Harbour Ledger"].id in refs
    assert _named(bundle, "location")["Egypt"].id in refs
    whole = reports["sourcetrace export"]
    assert [r.external_id for r in whole.external_references] == ["exp-001", "exp-002", "exp-003"]
    assert whole.external_references[2].source_name == "sourcetrace"  # outlet unknown
    assert story.id in whole.object_refs and whole.published == NOW
    note = bundle.objects[[o.type for o in bundle.objects].index("note")]
    assert note.abstract == "figure check: updated" and "later count" in note.content
    assert note.object_refs == [whole.id]
    assert [r.external_id for r in note.external_references] == [
        "exp-001:figure:0", "exp-002:figure:0"]


def test_ids_are_stable_across_exports(case_store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "a.stix.json", tmp_path / "b.stix.json"
    export(case_store, "stix", first)
    export(case_store, "stix", second)
    ids = [[o["id"] for o in json.loads(p.read_text(encoding="utf-8"))["objects"]]
           for p in (first, second)]
    assert ids[0] == ids[1] and len(ids[0]) == 4  # sourcetrace, 2 outlets, the report
    stix2.parse(json.loads(first.read_text(encoding="utf-8")), allow_custom=False)


def test_linked_entities_become_identities_and_locations(
    linked_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "linked.stix.json"
    export(linked_store, "stix", out)
    bundle = stix2.parse(json.loads(out.read_text(encoding="utf-8")), allow_custom=False)
    identities = _named(bundle, "identity")
    jansen = identities["Marieke Jansen"]
    assert jansen.identity_class == "individual"
    assert jansen.id == stix_id("identity", "x:person/marieke-jansen")
    commission = identities["European Commission"]
    assert (commission.identity_class, commission.roles) == ("organization", ["igo"])
    kb = commission.external_references[0]
    assert (kb.source_name, kb.external_id) == ("sourcetrace-kb", "st:igo/european-commission")
    assert identities["Port of Rotterdam Authority"].get("external_references") is None
    locations = {n: o.country for n, o in _named(bundle, "location").items()}
    assert locations == {"Rotterdam": "NL", "Brussels": "BE", "Antwerp": "BE", "Egypt": "EG"}
    # No armed group in these articles: no threat-actor is invented.
    assert _named(bundle, "threat-actor") == {}
    whole = _named(bundle, "report")["sourcetrace export"]
    assert {jansen.id, commission.id} <= set(whole.object_refs)

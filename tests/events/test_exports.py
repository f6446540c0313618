"""Events in every export: the contract's ``events`` list (schema-validated), csv, parquet,
acled, ftm (validated with followthemoney), stix (parsed strictly by stix2), graphml."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow.parquet as pq
import pytest
import stix2
from followthemoney import model
from jsonschema import Draft202012Validator

from sourcetrace.outputs import export, load_schema
from sourcetrace.outputs.acled_export import COLUMNS
from sourcetrace.outputs.contract import iter_items
from sourcetrace.outputs.stix_export import StixExporter
from sourcetrace.storage import Store
from tests.events.case import count, report, store_with

KABUL = ("Islamic State said it carried out the bombing that killed 20 people at a market in "
         "Kabul on Monday, the interior ministry said.")
KABUL_FR = ("L'État islamique a revendiqué l'attentat qui a fait 31 morts sur un marché de "
            "Kaboul lundi.")
TALKS = "Delegations met in Geneva on Monday for talks on the ceasefire."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    docs = [
        report("k1", KABUL, trigger="bombing", type="bombing", source="wire",
               published="2024-03-04", date="2024-03-04", precision="day", places=["Kabul"],
               actors=["Islamic State"], targets=["people at a market"],
               fatalities=count(KABUL, "20 people", 20), reported_by="the interior ministry"),
        report("k2", KABUL_FR, trigger="attentat", type="bombing", language="fr",
               source="journal", published="2024-03-04", date="2024-03-04", precision="day",
               places=["Kaboul"], actors=["État islamique"],
               fatalities=count(KABUL_FR, "31 morts", 31)),
        report("g1", TALKS, trigger="talks", type="talks", source="wire",
               published="2024-03-05", date="2024-03-04", precision="day", places=["Geneva"]),
    ]
    with store_with(tmp_path_factory.mktemp("events"), docs) as opened:
        yield opened


def _events(store: Store) -> list[dict[str, Any]]:
    return [dict(i.data) for i in iter_items(store) if i.kind == "event"]


def test_the_json_export_lists_the_events_and_validates(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.json"
    export(store, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    errors = [e.message for e in Draft202012Validator(load_schema()).iter_errors(data)]
    assert errors == []
    assert sorted(e["subtype"] for e in data["events"]) == ["bombing", "talks"]
    (bombing,) = [e for e in data["events"] if e["subtype"] == "bombing"]
    # The two outlets disagree on the day's toll: a conflicting check; the value is the
    # attributed one ("the interior ministry said").
    assert bombing["fatalities"]["value"] == 20
    checks = {c["id"]: c for c in data["checks"]}
    assert [checks[i]["verdict"] for i in bombing["check_ids"]] == ["conflicting"]
    assert bombing["actors"][0]["role"] == "actor" and bombing["actors"][0]["entity_id"]


def test_csv_and_parquet_carry_the_events(store: Store, tmp_path: Path) -> None:
    export(store, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["subtype"] for r in rows} == {"bombing", "talks"}
    assert {"date_value", "place_country", "fatalities_low"} <= set(rows[0])
    with open(tmp_path / "csv" / "event_mentions.csv", encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == 3
    export(store, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert sorted(r["subtype"] for r in table) == ["bombing", "talks"]


def test_the_acled_export_has_acled_columns_and_only_acled_types(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    summary = export(store, "acled", out)
    with open(out, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    for column in ("event_date", "year", "time_precision", "event_type", "sub_event_type",
                   "actor1", "actor2", "country", "admin1", "location", "latitude",
                   "longitude", "geo_precision", "source", "notes", "fatalities"):
        assert column in COLUMNS
    # Talks have no ACLED code: one row, the bombing.
    assert summary.counts["event"] == 1 and len(rows) == 1
    row = rows[0]
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["event_date"] == "2024-03-04" and row["time_precision"] == "1"
    assert row["country"] == "Afghanistan" and row["geo_precision"] == "1"
    assert row["fatalities"] == "20"
    assert row["actor2"] == "people at a market"


def test_ftm_events_are_valid_and_link_their_articles(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.ftm.json"
    export(store, "ftm", out)
    proxies = []
    for line in out.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.validate(data) is None
        proxies.append(proxy)
    ids = {p.id for p in proxies}
    events = [p for p in proxies if p.schema.name == "Event"]
    assert len(events) == 2
    bombing = next(p for p in events if "bombing" in p.get("name")[0])
    assert bombing.get("country") == ["af"] and bombing.get("date") == ["2024-03-04"]
    assert set(bombing.get("proof")) <= ids and len(bombing.get("proof")) == 2
    assert bombing.get("organizer") and set(bombing.get("organizer")) <= ids


def test_stix_incidents_relate_to_threat_actors_and_locations(store: Store) -> None:
    stream = io.StringIO()
    exporter = StixExporter(stream, now=datetime(2024, 3, 20, tzinfo=UTC))
    for item in iter_items(store):
        exporter.write(item)
    exporter.finalize()
    bundle = stix2.parse(json.loads(stream.getvalue()), allow_custom=False)
    objects = {o.id: o for o in bundle.objects}
    incidents = [o for o in bundle.objects if o.type == "incident"]
    assert len(incidents) == 2
    links = {(objects[r.target_ref].type, r.relationship_type) for r in bundle.objects
             if r.type == "relationship" and r.source_ref in {i.id for i in incidents}}
    assert ("threat-actor", "attributed-to") in links
    assert ("location", "located-at") in links


def test_graphml_has_event_nodes_joined_to_their_entities(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.graphml"
    export(store, "graphml", out)
    graph = nx.read_graphml(out)
    events = [n for n, a in graph.nodes(data=True) if a.get("type") == "EVENT"]
    assert len(events) == 2
    roles = {graph.edges[e, n].get("role") for e in events for n in graph.neighbors(e)}
    assert {"actor", "place"} <= roles

"""GraphML export read back with networkx: entities co-occurring in articles."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from sourcetrace.outputs import export
from sourcetrace.outputs.graphml_export import GraphmlExporter
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


def test_entity_records_make_the_graph(case_store: Store, tmp_path: Path) -> None:
    stream = io.StringIO()
    exporter = GraphmlExporter(stream)
    items = all_items(case_store)
    # The per-article mentions come too, as export() appends them; entities win.
    items += list(GraphmlExporter.supplement(case_store))
    for item in items:
        exporter.write(item)
    exporter.finalize()
    path = tmp_path / "case.graphml"
    path.write_text(stream.getvalue(), encoding="utf-8")
    graph = nx.read_graphml(path)

    assert set(graph.nodes) == {"ent-jansen", "ent-port", "ent-maersk", "ent-rotterdam",
                                "ent-egypt", "ent-coast", "ent-front"}
    jansen = graph.nodes["ent-jansen"]
    assert (jansen["name"], jansen["type"], jansen["articles"]) == ("Marieke Jansen", "PERSON", 2)
    assert jansen["label"] == "Marieke Jansen"  # Gephi shows a node's ``label``
    assert graph.nodes["ent-maersk"]["kb_id"] == "Q1141523"
    assert "kb_id" not in graph.nodes["ent-jansen"]
    # Both strike articles name Jansen and Rotterdam; only the first names Egypt.
    assert graph.edges["ent-jansen", "ent-rotterdam"]["weight"] == 2
    assert graph.edges["ent-egypt", "ent-maersk"]["weight"] == 1
    assert not graph.has_edge("ent-egypt", "ent-coast")
    assert graph.degree("ent-front") == 0
    assert exporter.counts["entity"] == 7 and exporter.counts["quote"] == 0


def test_without_entities_mentions_are_grouped_by_entity_key(
    case_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "case.graphml"
    export(case_store, "graphml", out)
    graph = nx.read_graphml(out)
    assert "person:marieke jansen" in graph.nodes
    node = graph.nodes["place:rotterdam"]
    assert (node["name"], node["type"], node["articles"]) == ("Rotterdam", "GPE", 2)
    assert node["label"] == "Rotterdam"
    assert graph.edges["person:marieke jansen", "place:rotterdam"]["weight"] == 2
    assert graph.edges["org:european commission", "place:brussels"]["weight"] == 1
    assert not graph.has_edge("place:brussels", "place:rotterdam")


def test_linked_entities_make_the_graph_with_their_kb_entries(
    linked_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "linked.graphml"
    export(linked_store, "graphml", out)
    graph = nx.read_graphml(out)
    # The entities are the nodes that are not events (the events stage adds those).
    entities = {n for n, data in graph.nodes(data=True) if data["type"] != "EVENT"}
    assert entities == set(LINKED)
    for node_id, (name, kind, articles) in LINKED.items():
        node = graph.nodes[node_id]
        assert (node["name"], node["type"], node["articles"]) == (name, kind, articles), node_id
        assert node["label"] == name
    assert all(data["label"] for _, data in graph.nodes(data=True))  # events too
    assert graph.nodes["geo:2747891"]["kb_entry"] == "geo:2747891"
    assert graph.nodes["st:igo/european-commission"]["kb_entry"] == "st:igo/european-commission"
    assert "kb_entry" not in graph.nodes["x:person/marieke-jansen"]
    assert graph.edges["x:person/marieke-jansen", "geo:2747891"]["weight"] == 2
    assert graph.edges["geo:2800866", "st:igo/european-commission"]["weight"] == 1
    assert not graph.has_edge("geo:2800866", "geo:2747891")

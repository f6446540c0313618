"""GraphML export: the entity co-occurrence graph, for Gephi, Cytoscape or networkx.

Nodes are entities, keyed by their entity id (attributes ``name``, ``label`` (the same,
the attribute Gephi shows), ``type``, ``kb_id``
(Wikidata QID) and ``kb_entry`` (knowledge-base entry, ``geo:…``, ``st:…``) when known,
``articles``: the number of articles naming it); an undirected edge joins two entities named in the
same article, its ``weight`` the number of articles naming both.

Nodes come from the ``entity`` records (cross-document linking). A store without them
still gives a graph: the exporter's ``supplement`` appends each article's own mentions
(``mention`` items, outside the contract), grouped by their ``entity_key`` when the
entity stage set one, else by label and case-folded text; such a node is named by its
most frequent surface form and typed by its most frequent label, and has no ``kb_id``.
When entity records are present the per-article mentions are ignored.

Each event is a node too, keyed by its event id (``type`` "EVENT", ``name`` its type and
place, ``subtype``, ``date``, ``fatalities`` when known, ``articles``), joined to the
entities it involves by edges with a ``role`` ("actor", "claimed_by", "target", "place";
``weight`` 1).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from itertools import combinations
from typing import Any, TextIO

import networkx as nx

from sourcetrace.outputs.contract import KINDS, ExportItem
from sourcetrace.storage import Store

__all__ = ["GraphmlExporter", "article_mentions"]


def article_mentions(store: Store) -> Iterator[ExportItem]:
    """Every article's mentions as ``mention`` items (the fallback when no entities exist)."""
    for stored in store.iter_articles():
        doc = stored.document
        for m in doc.mentions:
            yield ExportItem("mention", {
                "article_id": doc.id, "start": m.start, "end": m.end, "text": m.text,
                "label": m.label, "entity_key": m.entity_key,
            })


class _Node:
    __slots__ = ("articles", "kb_entry", "kb_id", "labels", "name", "names")

    def __init__(self) -> None:
        self.name: str | None = None
        self.kb_id: str | None = None
        self.kb_entry: str | None = None
        self.names: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.articles: set[str] = set()


class GraphmlExporter:
    supplement = staticmethod(article_mentions)

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        self._entities: dict[str, _Node] = {}
        self._fallback: dict[str, _Node] = defaultdict(_Node)
        self._events: list[Mapping[str, Any]] = []

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        data = item.data
        if item.kind == "entity":
            node = _Node()
            node.name, node.kb_id = str(data["name"]), data.get("kb_id")
            node.kb_entry = data.get("kb_entry")
            node.labels[str(data["type"])] += 1
            node.articles = {str(m["article_id"]) for m in data.get("mentions") or ()}
            self._entities[str(data["id"])] = node
        elif item.kind == "mention" and not self._entities:
            key = data.get("entity_key") or f"{data['label']}:{str(data['text']).casefold()}"
            node = self._fallback[str(key)]
            node.names[str(data["text"])] += 1
            node.labels[str(data["label"])] += 1
            node.articles.add(str(data["article_id"]))
        elif item.kind == "event":
            self._events.append(data)
        # The graph is made of entities and events, over the articles read.
        if item.kind in ("article", "entity", "event"):
            self._counts[item.kind] += 1

    def graph(self) -> nx.Graph:
        """The co-occurrence graph of what was written so far."""
        nodes = self._entities or self._fallback
        graph = nx.Graph()
        by_article: dict[str, list[str]] = defaultdict(list)
        for key in sorted(nodes):
            node = nodes[key]
            name = node.name or node.names.most_common(1)[0][0]
            attrs: dict[str, Any] = {
                "name": name,
                "label": name,  # what Gephi shows on a node
                "type": node.labels.most_common(1)[0][0],
                "articles": len(node.articles),
            }
            if node.kb_id:
                attrs["kb_id"] = node.kb_id
            if node.kb_entry:
                attrs["kb_entry"] = node.kb_entry
            graph.add_node(key, **attrs)
            for article in node.articles:
                by_article[article].append(key)
        for keys in by_article.values():
            for a, b in combinations(sorted(keys), 2):
                weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
                graph.add_edge(a, b, weight=weight)
        for event in self._events:
            self._add_event(graph, event)
        return graph

    @staticmethod
    def _add_event(graph: nx.Graph, event: Mapping[str, Any]) -> None:
        place = event.get("place") or {}
        name = f"{event['subtype']} in {place.get('name') or 'unknown place'}"
        attrs: dict[str, Any] = {
            "name": name, "label": name,
            "type": "EVENT", "subtype": str(event["subtype"]),
            "articles": len(event.get("article_ids") or ()),
        }
        date = (event.get("date") or {}).get("value")
        if date:
            attrs["date"] = str(date)
        toll = event.get("fatalities") or {}
        killed = toll.get("value") if toll.get("value") is not None else toll.get("low")
        if killed is not None:
            attrs["fatalities"] = float(killed)
        key = str(event["id"])
        graph.add_node(key, **attrs)
        ends = [(str(p.get("entity_id")), str(p.get("role") or "actor"))
                for p in [*(event.get("actors") or ()), *(event.get("targets") or ())]]
        ends.append((str(place.get("entity_id")), "place"))
        for entity_id, role in ends:
            if entity_id in graph and entity_id != key and not graph.has_edge(key, entity_id):
                graph.add_edge(key, entity_id, weight=1, role=role)
        return None

    def finalize(self) -> None:
        for line in nx.generate_graphml(self.graph(), encoding="utf-8", prettyprint=True):
            self._stream.write(line + "\n")
        self._stream.flush()

    def close(self) -> None:
        """Nothing to release: the graph lives in memory until ``finalize``."""

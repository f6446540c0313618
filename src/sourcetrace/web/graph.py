"""The entity co-occurrence graph: which entities appear in the same articles.

Nodes are the entities in most articles (optionally of one type, within one story); an
edge joins two that share articles, weighted by how many. The layout is a force layout
(networkx's Fruchterman-Reingold, seeded, so the same case draws the same way) computed
here: the page is plain SVG, and ``static/app.js`` only pans and zooms it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from itertools import combinations
from typing import Any

import networkx as nx

from sourcetrace.web.records import entity_articles

__all__ = ["cooccurrence", "layout"]

#: The drawing's size grows with the square root of the node count, from this base.
BASE_WIDTH = 900
BASE_HEIGHT = 640
LABEL_CHARS = 24
#: Above this many edges per node the drawing becomes a hairball: weaker edges are dropped.
MAX_EDGES_PER_NODE = 3
#: Labels always drawn for this many nodes (most articles first); the others' labels are
#: "minor": shown once the reader zooms in (``app.js``), and always in the node's title.
MAJOR_LABELS = 60
SEED = 7


def cooccurrence(
    entities: Sequence[Mapping[str, Any]],
    *,
    max_nodes: int = 40,
    min_weight: int = 1,
    type: str | None = None,
    article_ids: Collection[str] | None = None,
) -> dict[str, Any]:
    """``{"nodes", "edges", "min_weight"}`` for the ``max_nodes`` entities in most articles.

    ``type`` keeps entities of that type; ``article_ids`` (a story's) counts only those
    articles. ``min_weight`` is the fewest shared articles an edge needs; it is raised
    when the edges would be more than ``MAX_EDGES_PER_NODE`` per node (the answer says
    which threshold was used).
    """
    keep = set(article_ids) if article_ids is not None else None

    def articles(entity: Mapping[str, Any]) -> list[str]:
        ids = entity_articles(entity)
        return ids if keep is None else [i for i in ids if i in keep]

    counted = [(e, articles(e)) for e in entities if not type or e["type"] == type]
    ranked = sorted((pair for pair in counted if pair[1]),
                    key=lambda pair: (-len(pair[1]), str(pair[0]["name"]).casefold()))
    ranked = ranked[:max_nodes]
    by_article: dict[str, list[str]] = {}
    for entity, ids in ranked:
        for article_id in ids:
            by_article.setdefault(article_id, []).append(entity["id"])
    weights: Counter[tuple[str, str]] = Counter()
    for members in by_article.values():
        for a, b in combinations(sorted(set(members)), 2):
            weights[(a, b)] += 1
    nodes = [{"id": e["id"], "name": e["name"], "type": e["type"], "articles": len(ids)}
             for e, ids in ranked]
    # Raise the threshold until the drawing stays readable; the JSON says which was used.
    budget = MAX_EDGES_PER_NODE * max(len(nodes), 1)
    while sum(w >= min_weight for w in weights.values()) > budget:
        min_weight += 1
    edges = [
        {"source": a, "target": b, "weight": w}
        for (a, b), w in sorted(weights.items())
        if w >= min_weight
    ]
    return {"nodes": nodes, "edges": edges, "min_weight": min_weight}


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "\u2026"


def layout(graph: Mapping[str, Any]) -> dict[str, Any]:
    """Positions for an SVG drawing: a force layout where shared articles pull entities
    together (heavier edges pull harder), nodes sized by article count, each labelled."""
    nodes = list(graph["nodes"])
    n = max(len(nodes), 1)
    scale = max(1.0, math.sqrt(n / 40))
    width, height = round(BASE_WIDTH * scale), round(BASE_HEIGHT * scale)
    g = nx.Graph()
    g.add_nodes_from(node["id"] for node in nodes)
    g.add_weighted_edges_from((e["source"], e["target"], e["weight"]) for e in graph["edges"])
    # k: the ideal distance between nodes; a little above 1/sqrt(n) spreads the
    # unconnected ones without flinging them to the border.
    positions = nx.spring_layout(g, k=1.6 / math.sqrt(n), iterations=120, seed=SEED,
                                 weight="weight") if nodes else {}
    xs = [float(p[0]) for p in positions.values()] or [0.0]
    ys = [float(p[1]) for p in positions.values()] or [0.0]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    margin = 90  # room for the labels at the edges
    most = max((node["articles"] for node in nodes), default=1) or 1
    major = {node["id"] for node in sorted(nodes, key=lambda x: -x["articles"])[:MAJOR_LABELS]}
    placed: dict[str, dict[str, Any]] = {}
    for node in nodes:
        px, py = positions[node["id"]]
        x = margin + (float(px) - min(xs)) / span_x * (width - 2 * margin)
        y = margin + (float(py) - min(ys)) / span_y * (height - 2 * margin)
        r = 4 + 10 * math.sqrt(node["articles"] / most)
        placed[node["id"]] = {
            **node,
            "x": round(x, 1),
            "y": round(y, 1),
            "r": round(r, 1),
            "lx": round(x + r + 3, 1),
            "ly": round(y, 1),
            "label": _short(str(node["name"])),
            "major": node["id"] in major,
        }
    heaviest = max((e["weight"] for e in graph["edges"]), default=1) or 1
    edges = [
        {
            **edge,
            "x1": placed[edge["source"]]["x"],
            "y1": placed[edge["source"]]["y"],
            "x2": placed[edge["target"]]["x"],
            "y2": placed[edge["target"]]["y"],
            "width": round(0.6 + 3.4 * edge["weight"] / heaviest, 2),
        }
        for edge in graph["edges"]
        if edge["source"] in placed and edge["target"] in placed
    ]
    return {"width": width, "height": height, "nodes": list(placed.values()), "edges": edges}

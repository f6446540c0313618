"""The entity co-occurrence graph: which entities appear in the same articles.

Nodes are the most-mentioned entities; an edge joins two that share articles, weighted
by how many. Layout is a circle (stable, readable for a few dozen nodes, no physics to
tune), computed here so the page is plain SVG with no script.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

from sourcetrace.web.records import entity_articles

__all__ = ["cooccurrence", "layout"]

WIDTH = 900
HEIGHT = 820
#: The circle's radius; labels (at most ``LABEL_CHARS``) fit in the room around it.
RADIUS = 230
LABEL_CHARS = 24
#: Above this many edges per node the drawing becomes a hairball: weaker edges are dropped.
MAX_EDGES_PER_NODE = 3


def cooccurrence(
    entities: Sequence[Mapping[str, Any]], *, max_nodes: int = 40, min_weight: int = 1
) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...]}`` for the ``max_nodes`` entities in most articles."""
    ranked = sorted(entities, key=lambda e: -len(entity_articles(e)))[:max_nodes]
    by_article: dict[str, list[str]] = {}
    for entity in ranked:
        for article_id in entity_articles(entity):
            by_article.setdefault(article_id, []).append(entity["id"])
    weights: Counter[tuple[str, str]] = Counter()
    for ids in by_article.values():
        for a, b in combinations(sorted(set(ids)), 2):
            weights[(a, b)] += 1
    nodes = [
        {"id": e["id"], "name": e["name"], "type": e["type"], "articles": len(entity_articles(e))}
        for e in ranked
    ]
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


def layout(graph: Mapping[str, Any]) -> dict[str, Any]:
    """Positions for an SVG drawing: nodes on a circle, sized by article count, with
    labels radiating outwards (rotated), so neighbours' labels never run into each other."""
    nodes = list(graph["nodes"])
    n = max(len(nodes), 1)
    cx, cy = WIDTH / 2, HEIGHT / 2
    radius = RADIUS
    most = max((node["articles"] for node in nodes), default=1) or 1
    placed: dict[str, dict[str, Any]] = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / n - math.pi / 2
        x = cx + radius * math.cos(angle)
        y = cy + radius * math.sin(angle)
        right = math.cos(angle) >= -1e-9
        degrees = math.degrees(angle) if right else math.degrees(angle) + 180
        r = 5 + 11 * math.sqrt(node["articles"] / most)
        lx = cx + (radius + r + 6) * math.cos(angle)
        ly = cy + (radius + r + 6) * math.sin(angle)
        placed[node["id"]] = {
            **node,
            "x": round(x, 1),
            "y": round(y, 1),
            "r": round(r, 1),
            "lx": round(lx, 1),
            "ly": round(ly, 1),
            "rotate": round(degrees, 1),
            "anchor": "start" if right else "end",
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
    return {"width": WIDTH, "height": HEIGHT, "nodes": list(placed.values()), "edges": edges}

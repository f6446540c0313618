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
import numpy as np

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


#: Label text: 12 px, about 7 px a character; a label box is this tall.
CHAR_PX = 7.0
LABEL_PX = 16.0
#: Passes of pushing overlapping node-and-label boxes apart.
SPREAD_PASSES = 80


def _spread(xy: np.ndarray, left: np.ndarray, right: np.ndarray, half: np.ndarray) -> None:
    """Push apart, in place, boxes that overlap: box i spans ``xy[i, 0] - left[i]`` to
    ``xy[i, 0] + right[i]`` across and ``xy[i, 1] ± half[i]`` down; each overlapping pair
    moves apart along the axis where the overlap is smaller, half the overlap each."""
    n = len(xy)
    if n < 2:
        return
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(SPREAD_PASSES):
        x, y = xy[:, 0], xy[:, 1]
        over_x = (np.minimum((x + right)[:, None], (x + right)[None, :])
                  - np.maximum((x - left)[:, None], (x - left)[None, :]))
        over_y = (np.minimum((y + half)[:, None], (y + half)[None, :])
                  - np.maximum((y - half)[:, None], (y - half)[None, :]))
        clash = (over_x > 0) & (over_y > 0) & upper
        if not clash.any():
            return
        i, j = np.nonzero(clash)
        along_y = over_y[i, j] <= over_x[i, j]
        push = np.where(along_y, over_y[i, j], over_x[i, j]) / 2 + 0.5
        axis = np.where(along_y, 1, 0)
        sign = np.where(xy[i, axis] <= xy[j, axis], -1.0, 1.0)
        delta = np.zeros_like(xy)
        np.add.at(delta, (i, axis), sign * push)
        np.add.at(delta, (j, axis), -sign * push)
        xy += delta


def layout(graph: Mapping[str, Any]) -> dict[str, Any]:
    """Positions for an SVG drawing: a force layout where shared articles pull entities
    together (heavier edges harder, on a log scale so that one dense group does not
    collapse into a point), then boxes of each node and its label pushed apart until none
    overlap; nodes are sized by article count, and every node is labelled."""
    nodes = list(graph["nodes"])
    n = max(len(nodes), 1)
    scale = max(1.0, math.sqrt(n / 40))
    width, height = BASE_WIDTH * scale, BASE_HEIGHT * scale
    g = nx.Graph()
    g.add_nodes_from(node["id"] for node in nodes)
    g.add_weighted_edges_from((e["source"], e["target"], 1 + math.log(e["weight"]))
                              for e in graph["edges"])
    # k: the ideal distance between nodes; above 1/sqrt(n) spreads the unconnected ones
    # without flinging them to the border.
    positions = nx.spring_layout(g, k=2.0 / math.sqrt(n), iterations=50, seed=SEED,
                                 weight="weight") if nodes else {}
    margin = 40
    most = max((node["articles"] for node in nodes), default=1) or 1
    major = {node["id"] for node in sorted(nodes, key=lambda x: -x["articles"])[:MAJOR_LABELS]}
    labels = [_short(str(node["name"])) for node in nodes]
    radii = np.array([4 + 10 * math.sqrt(node["articles"] / most) for node in nodes])
    xy = np.array([[float(positions[node["id"]][0]), float(positions[node["id"]][1])]
                   for node in nodes]) if nodes else np.zeros((0, 2))
    if len(xy):
        low, high = xy.min(axis=0), xy.max(axis=0)
        span = np.where(high - low > 0, high - low, 1.0)
        xy = (xy - low) / span * np.array([width - 2 * margin, height - 2 * margin]) + margin
        right = np.array([r + 3 + (CHAR_PX * len(label) if node["id"] in major else r)
                          for node, label, r in zip(nodes, labels, radii, strict=True)])
        half = np.maximum(radii, LABEL_PX / 2) + 1
        _spread(xy, radii + 2, right, half)
        # The drawing grows to hold what was pushed out, never shrinks (that would
        # bring the overlaps back).
        low = (xy - np.stack([radii + 2, half], axis=1)).min(axis=0)
        xy -= low - margin
        width = max(width, float((xy[:, 0] + right).max()) + margin)
        height = max(height, float((xy[:, 1] + half).max()) + margin)
    placed: dict[str, dict[str, Any]] = {}
    for k, node in enumerate(nodes):
        x, y, r = float(xy[k, 0]), float(xy[k, 1]), float(radii[k])
        placed[node["id"]] = {
            **node,
            "x": round(x, 1),
            "y": round(y, 1),
            "r": round(r, 1),
            "lx": round(x + r + 3, 1),
            "ly": round(y, 1),
            "label": labels[k],
            "major": node["id"] in major,
        }
    width, height = round(width), round(height)
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

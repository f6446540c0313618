"""Time the entity graph's force layout, and measure how readable it stays, up to 300 nodes.

    PYTHONPATH=src:. python benchmarks/graph_layout.py --sizes 36 100 300

The entities are generated here (nothing is read): ``n`` entities in ``n // 10`` groups,
each entity named in 3 of its group's 8 articles, so the truth is known. The baseline,
measured in the same run, is the circle the page drew before (nodes on one circle, in
rank order). Reported per size: the time of ``cooccurrence`` + ``layout`` and its ratio to
the baseline's, the share of node pairs that overlap, the share of labelled nodes whose
label box (12 px text, about 7 px a character) overlaps another, and how much closer
entities of a group sit than strangers (mean distance ratio; lower means the groups show).
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections.abc import Callable
from itertools import combinations
from typing import Any

from sourcetrace.web.graph import cooccurrence, layout


def _entities(n: int) -> list[dict[str, Any]]:
    rng = random.Random(5)
    groups = max(n // 10, 1)
    found = []
    for i in range(n):
        group = i % groups
        articles = [f"g{group}-a{k}" for k in rng.sample(range(8), 3)]
        found.append({"id": f"e{i}", "name": f"Entity {i} of group {group}", "type": "PERSON",
                      "mentions": [{"article_id": a} for a in articles]})
    return found


def _circle(graph: dict[str, Any]) -> dict[str, Any]:
    """The page's former layout: every node on one circle of radius 230 in a 900 x 820 box."""
    nodes = graph["nodes"]
    n = max(len(nodes), 1)
    placed = []
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / n - math.pi / 2
        x, y = 450 + 230 * math.cos(angle), 410 + 230 * math.sin(angle)
        placed.append({**node, "x": x, "y": y, "r": 5.0, "lx": x + 8, "ly": y,
                       "label": node["name"][:24], "major": True})
    return {"nodes": placed, "width": 900, "height": 820}


def _label_overlaps(nodes: list[dict[str, Any]]) -> float:
    boxes = [(n["lx"], n["ly"] - 7, n["lx"] + 7 * len(n["label"]), n["ly"] + 7)
             for n in nodes if n["major"]]
    hit = set()
    for (i, a), (j, b) in combinations(enumerate(boxes), 2):
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
            hit.update((i, j))
    return len(hit) / max(len(boxes), 1)


def _measure(name: str, n: int, draw: Callable[[dict[str, Any]], dict[str, Any]],
             repeat: int) -> dict[str, float]:
    entities = _entities(n)
    groups = max(n // 10, 1)
    start = time.perf_counter()
    for _ in range(repeat):
        drawn = draw(cooccurrence(entities, max_nodes=n))
    seconds = (time.perf_counter() - start) / repeat
    nodes = drawn["nodes"]
    pairs = list(combinations(nodes, 2))
    overlap = sum(math.dist((a["x"], a["y"]), (b["x"], b["y"])) < a["r"] + b["r"]
                  for a, b in pairs) / max(len(pairs), 1)
    same, other = [], []
    for a, b in pairs:
        d = math.dist((a["x"], a["y"]), (b["x"], b["y"]))
        (same if int(a["id"][1:]) % groups == int(b["id"][1:]) % groups else other).append(d)
    grouping = (sum(same) / len(same)) / (sum(other) / len(other)) if same and other else 1.0
    return {"seconds": seconds, "overlap": overlap, "labels": _label_overlaps(nodes),
            "grouping": grouping}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[36, 100, 300])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'nodes':>5}  {'layout':>8} {'ms':>8} {'x circle':>8}  {'node overlap':>12}  "
          f"{'label overlap':>13}  {'group/stranger':>14}")
    for n in args.sizes:
        base = _measure("circle", n, _circle, args.repeat)
        force = _measure("force", n, layout, args.repeat)
        for name, m in (("circle", base), ("force", force)):
            ratio = m["seconds"] / base["seconds"]
            print(f"{n:>5}  {name:>8} {m['seconds'] * 1000:>8.1f} {ratio:>8.1f}  "
                  f"{m['overlap']:>12.2%}  {m['labels']:>13.1%}  {m['grouping']:>14.2f}")


if __name__ == "__main__":
    main()

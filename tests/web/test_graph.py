"""The entity graph: a force layout from the server, filters, labels, 300 nodes."""

from __future__ import annotations

import math
import random
from itertools import combinations

from fastapi.testclient import TestClient

from sourcetrace.web.graph import MAJOR_LABELS, cooccurrence, layout
from tests.web.corpus import BRANDT, HARBOUR


def _entity(i: int, articles: list[str], type: str = "PERSON") -> dict[str, object]:
    return {"id": f"e{i}", "name": f"Entity number {i} with a long name", "type": type,
            "mentions": [{"article_id": a, "start": 0, "end": 1, "text": "x"} for a in articles]}


def _clusters(n: int) -> list[dict[str, object]]:
    """``n`` entities in ten groups: each group shares its own articles."""
    rng = random.Random(3)
    entities = []
    for i in range(n):
        group = i % 10
        articles = [f"g{group}-a{k}" for k in rng.sample(range(8), 3)]
        entities.append(_entity(i, articles, "PERSON" if i % 2 else "ORG"))
    return entities


def test_shared_articles_pull_entities_together() -> None:
    drawn = layout(cooccurrence(_clusters(60), max_nodes=60))
    at = {n["id"]: (n["x"], n["y"]) for n in drawn["nodes"]}
    same, other = [], []
    for a, b in combinations(at, 2):
        d = math.dist(at[a], at[b])
        (same if int(a[1:]) % 10 == int(b[1:]) % 10 else other).append(d)
    # A force layout, not a circle: a group's members sit closer than strangers.
    assert sum(same) / len(same) < 0.5 * sum(other) / len(other)


def test_three_hundred_nodes_stay_readable() -> None:
    drawn = layout(cooccurrence(_clusters(300), max_nodes=300))
    nodes = drawn["nodes"]
    assert len(nodes) == 300
    assert all(0 <= n["x"] <= drawn["width"] and 0 <= n["y"] <= drawn["height"] for n in nodes)
    # No node sits on another, and no drawn label runs into another node's label.
    for a, b in combinations(nodes, 2):
        assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) >= a["r"] + b["r"], (a, b)
    boxes = [(n["lx"], n["ly"] - 7, n["lx"] + 7 * len(n["label"]), n["ly"] + 7)
             for n in nodes if n["major"]]
    for p, q in combinations(boxes, 2):
        assert not (p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]), (p, q)
    # Labels of the biggest nodes always show; the rest on zoom; none is too long.
    assert sum(n["major"] for n in nodes) == MAJOR_LABELS
    assert all(len(n["label"]) <= 24 and n["label"] for n in nodes)
    assert len(drawn["edges"]) <= 3 * len(nodes)


def test_min_weight_and_type_filters() -> None:
    entities = [_entity(1, ["a", "b", "c"]), _entity(2, ["a", "b", "c"]),
                _entity(3, ["a"]), _entity(4, ["a", "b"], "GPE")]
    graph = cooccurrence(entities, min_weight=2)
    assert {(e["source"], e["target"], e["weight"]) for e in graph["edges"]} == {
        ("e1", "e2", 3), ("e1", "e4", 2), ("e2", "e4", 2)}
    people = cooccurrence(entities, type="PERSON")
    assert {n["id"] for n in people["nodes"]} == {"e1", "e2", "e3"}
    within = cooccurrence(entities, article_ids={"c"})
    assert {n["id"]: n["articles"] for n in within["nodes"]} == {"e1": 1, "e2": 1}


def test_graph_page_filters_by_story_and_type(client: TestClient) -> None:
    whole = client.get("/graph?format=json").json()
    assert whole["nodes"] and all("label" in n and "x" in n for n in whole["nodes"])
    entities = client.get("/api/v1/entities?limit=500").json()["items"]
    everyone = {e["id"] for e in entities}
    narrower = 0
    for story in client.get("/api/v1/stories").json()["items"]:
        within = client.get("/graph", params={"format": "json", "story": story["id"]}).json()
        named = {e["id"] for e in entities
                 if {m["article_id"] for m in e["mentions"]} & set(story["article_ids"])}
        assert {n["id"] for n in within["nodes"]} == named
        if HARBOUR in story["article_ids"]:
            assert BRANDT in named
        narrower += named < everyone
    assert narrower  # some story leaves some entities out
    people = client.get("/graph?format=json&type=PERSON").json()
    assert people["nodes"] and {n["type"] for n in people["nodes"]} == {"PERSON"}
    html = client.get("/graph?type=PERSON").text
    assert 'id="entity-graph"' in html and "<script" not in html.split("</head>")[1]
    assert client.get("/graph?story=nope").status_code == 404
    strict = client.get("/graph?format=json&min_weight=2").json()
    assert all(e["weight"] >= 2 for e in strict["edges"])

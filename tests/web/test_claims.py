"""How a claim travelled, in the web app: the checks page lists one row per claim or
figure group with conflicts first, each group has its page, and ``/api/v1/claims``
serves the same groups.

The checks are written into a copy of the web case with the store's own ``put_checks``
(over the case's real quote and figure ids), so the groups are known: one conflicting
figure pair, and one quote carried by three articles (three pairwise checks).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sourcetrace import Settings, open_store
from sourcetrace.outputs.contract import iter_items
from sourcetrace.web import create_app
from tests.web.corpus import FOLLOWUP, FRENCH, HARBOUR, copy_case


def _first(items: list[dict[str, Any]], article_id: str) -> str:
    return next(str(r["id"]) for r in items if r["article_id"] == article_id)


@pytest.fixture(scope="module")
def claims_client(case_db: Path, tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[tuple[TestClient, dict[str, str]]]:
    db = copy_case(case_db, tmp_path_factory.mktemp("claims"))
    with open_store(db) as store:
        records = list(iter_items(store))
        quotes = [dict(i.data) for i in records if i.kind == "quote"]
        figures = [dict(i.data) for i in records if i.kind == "figure"]
        ids = {"q_harbour": _first(quotes, HARBOUR), "q_followup": _first(quotes, FOLLOWUP),
               "q_french": _first(quotes, FRENCH), "f_harbour": _first(figures, HARBOUR),
               "f_followup": _first(figures, FOLLOWUP)}
        quote_ids = [ids["q_harbour"], ids["q_followup"], ids["q_french"]]
        rows = [
            {"id": f"claim-{n}", "story_id": "test-story", "kind": "claim",
             "verdict": "consistent", "items": [a, b],
             "explanation": f"same quote {n}", "data": {"relation": "same quote"}}
            for n, (a, b) in enumerate([(quote_ids[0], quote_ids[1]),
                                        (quote_ids[0], quote_ids[2]),
                                        (quote_ids[1], quote_ids[2])])
        ]
        rows.append({"id": "fig-1", "story_id": "test-story", "kind": "figure",
                     "verdict": "conflicting", "items": [ids["f_harbour"], ids["f_followup"]],
                     "explanation": "the two tolls do not overlap", "data": {"about": "dead"}})
        store.put_checks(["test-story"], rows)
    with TestClient(create_app(db, Settings.load(env={}))) as client:
        yield client, ids


def test_the_api_lists_one_group_per_claim_conflicts_first(
    claims_client: tuple[TestClient, dict[str, str]],
) -> None:
    client, ids = claims_client
    page = client.get("/api/v1/claims").json()
    groups = [g for g in page["items"] if set(g["check_ids"]) & {"fig-1", "claim-0"}]
    assert [g["verdict"] for g in groups] == ["conflicting", "consistent"]
    figure, claim = groups
    # The case's own check of the same figure joins the group: groups join through items.
    assert "fig-1" in figure["check_ids"] and figure["verdicts"]["conflicting"] >= 1
    assert "the two tolls do not overlap" in figure["disputes"]
    assert {"claim-0", "claim-1", "claim-2"} <= set(claim["check_ids"])
    assert {c["item"] for c in claim["carriers"]} == {ids["q_harbour"], ids["q_followup"],
                                                      ids["q_french"]}
    dates = [c["published"] or "9999" for c in claim["carriers"]]
    assert dates == sorted(dates)
    assert claim["carriers"][0]["verdict"] == "first"
    assert {c["language"] for c in claim["carriers"]} >= {"en", "fr"}
    only = client.get("/api/v1/claims", params={"verdict": "conflicting"}).json()["items"]
    assert figure["id"] in [g["id"] for g in only]
    assert all(g["verdict"] == "conflicting" for g in only)
    one = client.get(f"/api/v1/claims/{claim['id']}").json()
    assert one["id"] == claim["id"] and len(one["checks"]) == len(claim["check_ids"])
    assert {"claim-0", "claim-1", "claim-2"} <= {c["id"] for c in one["checks"]}
    assert client.get("/api/v1/claims/no-such-group").status_code == 404


def test_the_checks_page_has_one_row_per_group_with_conflicts_first(
    claims_client: tuple[TestClient, dict[str, str]],
) -> None:
    client, _ = claims_client
    html = client.get("/checks").text
    urgent = html[html.index('class="grid checks-urgent"'):html.index("checks-consistent")]
    assert "v-conflicting" in urgent and "v-consistent" not in urgent
    folded = html[html.index("checks-consistent"):]
    assert "consistent claims and figures" in folded
    groups = client.get("/api/v1/claims").json()["items"]
    for g in groups:  # each group once, linked to its page
        assert html.count(f'href="/claims/{g["id"]}"') == 1


def test_a_claim_page_shows_how_it_travelled(
    claims_client: tuple[TestClient, dict[str, str]],
) -> None:
    client, _ = claims_client
    claim = next(g for g in client.get("/api/v1/claims").json()["items"]
                 if "claim-0" in g["check_ids"])
    html = client.get(f"/claims/{claim['id']}").text
    assert "How it travelled" in html and "First carried by" in html
    for carrier in claim["carriers"]:
        assert carrier["outlet"] in html
    assert html.count('class="verdict v-consistent">consistent</span> same quote') == 3
    twin = client.get(f"/claims/{claim['id']}", params={"format": "json"}).json()
    assert twin["claim"]["id"] == claim["id"]
    assert client.get("/claims/no-such-group").status_code == 404

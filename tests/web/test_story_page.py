"""The story page: events on a timeline, checks conflicts first, who said what, outlets
and their signals, and the articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sourcetrace import Settings
from sourcetrace.web import create_app
from sourcetrace.web.casepages import item_article, story_checks
from sourcetrace.web.records import CorpusRecords
from tests.web.conflict_case import REPORTS, build_conflict_case
from tests.web.corpus import BRANDT, FRENCH, HARBOUR, WEBB


@pytest.fixture(scope="module")
def conflict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_conflict_case(tmp_path_factory.mktemp("conflict"))
    with TestClient(create_app(db, Settings.load(env={}))) as test_client:
        yield test_client


def _story(client: TestClient, article_id: str) -> dict[str, object]:
    stories = client.get("/api/v1/stories").json()["items"]
    return next(s for s in stories if article_id in s["article_ids"])


def test_checks_are_ordered_conflicts_first() -> None:
    records = CorpusRecords(checks=[
        {"id": "c1", "kind": "figure", "verdict": "consistent", "items": ["a:figure:0"]},
        {"id": "c2", "kind": "claim", "verdict": "unclear", "items": ["a:quote:1"]},
        {"id": "c3", "kind": "figure", "verdict": "conflicting", "items": ["b:figure:2"]},
        {"id": "c4", "kind": "figure", "verdict": "updated", "items": ["a:figure:3"]},
        {"id": "c5", "kind": "figure", "verdict": "conflicting", "items": ["z:figure:0"]},
    ])
    found = story_checks(records, "s", ["a", "b"])
    assert [c["id"] for c in found] == ["c3", "c4", "c2", "c1"]  # c5 is another story's
    assert item_article("https://x.example/?p=1:quote:0") == "https://x.example/?p=1"


def test_story_page_shows_the_conflict_first_with_its_event(conflict: TestClient) -> None:
    story = _story(conflict, REPORTS[0][0])
    data = conflict.get(f"/stories/{story['id']}?format=json").json()
    verdicts = [c["verdict"] for c in data["checks"]]
    assert verdicts[0] == "conflicting" and "consistent" in verdicts
    (event,) = data["events"]
    assert event["subtype"] == "bombing" and event["marks"][0] == "conflicting"
    assert {o["outlet"] for o in data["outlets"]} == {r[2] for r in REPORTS}
    assert [a["id"] for a in data["articles"]] == sorted(r[0] for r in REPORTS)
    html = conflict.get(f"/stories/{story['id']}").text
    first_card = html.index('class="card check')
    assert html.index("conflicting", first_card) < html.index("consistent", first_card)


def test_story_page_groups_quotes_by_speaker(client: TestClient) -> None:
    story = _story(client, HARBOUR)
    data = client.get(f"/stories/{story['id']}?format=json").json()
    brandt = next(g for g in data["speakers"] if g["entity_id"] == BRANDT)
    # Brandt speaks in the English and the French article: one group, both outlets.
    assert {q["article_id"] for q in brandt["quotes"]} == {HARBOUR, FRENCH}
    assert len(brandt["outlets"]) == 2
    assert data["speakers"][0] is brandt  # the most quoted first
    # "Opposition councillor Marcus Webb": the entity mentioned inside the speaker span.
    webb = next(g for g in data["speakers"] if g["entity_id"] == WEBB)
    assert webb["speaker"] == "Marcus Webb"
    # A speaker with no entity inside it stays as written, not forced onto an entity.
    assert any(g["speaker"] and g["entity_id"] is None for g in data["speakers"])
    sizes = [len(g["quotes"]) for g in data["speakers"] if g["speaker"]]
    assert sizes == sorted(sizes, reverse=True)
    courier = next(o for o in data["outlets"] if HARBOUR in {a["id"] for a in data["articles"]
                                                            if a["source"] == o["outlet"]})
    assert courier["signals"] and all(s["evidence"] for s in courier["signals"])
    html = client.get(f"/stories/{story['id']}").text
    for section in ("story-events", "story-checks", "story-speakers", "story-outlets",
                    "story-articles"):
        assert f'id="{section}"' in html


def test_story_page_of_an_unknown_story_is_404(client: TestClient, case_db: Path) -> None:
    assert client.get("/stories/story-nope").status_code == 404

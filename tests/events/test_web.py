"""Events in the REST API and the web app, over a case of hand-built reports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from sourcetrace import Settings
from sourcetrace.web import create_app
from tests.events.case import count, report, store_with

LYON = "A gunman opened fire in Lyon on Saturday, killing two people."
MARSEILLE = "A gunman opened fire in Marseille on Saturday, killing three people."
TOLL = "The death toll from Tuesday's bombing in Brussels rose to {}, officials said."


def _toll(doc_id: str, value: int, source: str) -> object:
    text = TOLL.format(value)
    return report(doc_id, text, trigger="bombing", type="bombing", source=source,
                  published="2024-05-08", date="2024-05-07", precision="day",
                  places=["Brussels"], fatalities=count(text, str(value), value))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("events-web")
    docs = [
        report("lyon", LYON, trigger="opened fire", type="shooting", source="a",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"],
               fatalities=count(LYON, "two people", 2)),
        report("marseille", MARSEILLE, trigger="opened fire", type="shooting", source="b",
               published="2024-05-12", date="2024-05-11", precision="day",
               places=["Marseille"], fatalities=count(MARSEILLE, "three people", 3)),
        _toll("bx1", 9, "c"), _toll("bx2", 15, "d"),
    ]
    store_with(folder, docs).close()
    with TestClient(create_app(folder / "events.db", Settings.load(env={}))) as test_client:
        yield test_client


def test_the_api_lists_events_filtered_then_paged(client: TestClient) -> None:
    page = client.get("/api/v1/events").json()
    assert page["total"] == 3 and len(page["items"]) == 3
    shootings = client.get("/api/v1/events", params={"type": "shooting", "limit": 1}).json()
    assert shootings["total"] == 2 and len(shootings["items"]) == 1
    assert shootings["next_offset"] == 1
    lyon = client.get("/api/v1/events", params={"place": "lyon"}).json()
    assert [e["place"]["name"] for e in lyon["items"]] == ["Lyon"]
    assert client.get("/api/v1/events", params={"since": "2025"}).json()["total"] == 0
    assert client.get("/api/v1/events", params={"since": "May"}).status_code == 422


def test_the_api_gives_one_event_with_its_checks(client: TestClient) -> None:
    (bombing,) = client.get("/api/v1/events", params={"type": "bombing"}).json()["items"]
    detail = client.get(f"/api/v1/events/{bombing['id']}").json()
    assert detail["event"]["id"] == bombing["id"]
    assert [c["verdict"] for c in detail["checks"]] == ["conflicting"]
    assert {a["id"] for a in detail["articles"]} == {"bx1", "bx2"}
    assert client.get("/api/v1/events/ev-none").status_code == 404


def test_the_events_page_lists_and_filters(client: TestClient) -> None:
    html = client.get("/events").text
    assert "Lyon" in html and "Marseille" in html and "Brussels" in html
    assert "disputed" in html  # the Brussels toll: sources disagree on the same day
    filtered = client.get("/events", params={"type": "bombing"}).text
    assert "Brussels" in filtered and "Marseille" not in filtered


def test_the_event_page_shows_fields_reports_and_checks(client: TestClient) -> None:
    (bombing,) = client.get("/api/v1/events", params={"type": "bombing"}).json()["items"]
    page = client.get(f"/events/{bombing['id']}")
    assert page.status_code == 200
    assert "sources disagree" in page.text and "conflicting" in page.text
    assert "/articles/bx1" in page.text
    assert client.get("/events/ev-none").status_code == 404

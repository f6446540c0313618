"""What changed since a date, or since this browser's last visit (a cookie)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from sourcetrace.web.pages import SEEN_COOKIE
from tests.web.corpus import HARBOUR

NEW = {"id": "changes-1", "title": "Barrier works start in Portmere", "source": "Coastline Courier",
       "published": "2024-07-01", "language": "en",
       "text": "Work on the Portmere flood barrier started on Monday, Mayor Elena Brandt said. "
               "\"The first section will be ready in October,\" she said."}


def test_first_visit_shows_all_then_only_what_came_in_since(
    writable: tuple[TestClient, Path], token: str
) -> None:
    client, _ = writable
    first = client.get("/changes?format=json").json()
    assert first["basis"] == "first visit"
    assert HARBOUR in {a["id"] for a in first["articles"]}
    assert first["new_articles"] == len(first["articles"])
    assert client.cookies.get(SEEN_COOKIE)

    second = client.get("/changes?format=json").json()
    assert second["basis"] == "last visit" and second["articles"] == []
    assert second["checks"] == [] and second["events"] == []

    response = client.post("/api/v1/articles", json=[NEW],
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    third = client.get("/changes?format=json").json()
    assert [(a["id"], a["change"]) for a in third["articles"]] == [("changes-1", "new")]
    assert third["new_articles"] == 1 and third["updated_articles"] == 0
    for check in third["checks"]:
        assert any(str(i).startswith("changes-1:") for i in check["items"])
    html = client.get("/changes").text
    assert 'id="changes-summary"' in html


def test_since_a_date(client: TestClient) -> None:
    everything = client.get("/changes", params={"since": "2000-01-01", "format": "json"}).json()
    assert everything["basis"] == "date" and everything["articles"]
    verdicts = [c["verdict"] for c in everything["checks"]]
    assert verdicts == sorted(verdicts, key=["conflicting", "updated", "unclear",
                                             "consistent"].index)
    later = client.get("/changes", params={"since": "2999-01-01", "format": "json"}).json()
    assert later["articles"] == [] and later["checks"] == []
    assert client.get("/changes", params={"since": "last week"}).status_code == 422

"""The entity page: roles over time, quotes by and about it, its events, and the rest."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from tests.web.corpus import BRANDT, FOLLOWUP, FRENCH, HARBOUR, PORTMERE, WEBB


def _page(client: TestClient, entity_id: str) -> dict[str, object]:
    response = client.get(f"/entities/{quote(entity_id, safe='')}?format=json")
    assert response.status_code == 200
    data: dict[str, object] = response.json()
    return data


def test_roles_over_time_with_their_dates_and_articles(client: TestClient) -> None:
    roles = _page(client, BRANDT)["roles_over_time"]
    assert isinstance(roles, list)
    by_role = {r["role"]: r for r in roles}
    assert set(by_role) == {"Mayor", "maire"}
    assert set(by_role["Mayor"]["article_ids"]) == {HARBOUR, FOLLOWUP}
    assert by_role["Mayor"]["first"] < by_role["Mayor"]["last"]
    assert by_role["maire"]["article_ids"] == [FRENCH]
    assert [r["first"] for r in roles] == sorted(r["first"] for r in roles)
    html = client.get(f"/entities/{quote(BRANDT, safe='')}").text
    assert 'id="entity-roles-over-time"' in html


def test_quotes_by_the_entity_and_about_it(client: TestClient) -> None:
    webb = _page(client, WEBB)
    # "Opposition councillor Marcus Webb" speaks: the mention of Webb inside the speaker.
    assert [q["speaker"]["text"] for q in webb["quotes"]] == ["Opposition councillor Marcus Webb"]
    brandt = _page(client, BRANDT)
    assert brandt["quotes"] and all("Brandt" in q["speaker"]["text"] for q in brandt["quotes"])
    assert not {q["id"] for q in brandt["quotes"]} & {q["id"] for q in brandt["quotes_about"]}
    portmere = _page(client, PORTMERE)
    assert portmere["quotes"] == []
    # A quote about Portmere: Portmere is named inside the quoted words.
    for q in portmere["quotes_about"]:
        assert "Portmere" in q["text"]
    assert portmere["quotes_about"]


def test_events_the_entity_took_part_in(client: TestClient) -> None:
    events = _page(client, PORTMERE)["events"]
    assert events and all("place" in e["roles"] for e in events)
    assert _page(client, WEBB)["events"] == []

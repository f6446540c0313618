"""The REST API and the pages' JSON twins, on a real ingested case (FastAPI TestClient)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from sourcetrace import Settings, open_store
from sourcetrace.storage.tokens import create_token, revoke_token
from sourcetrace.web import create_app
from sourcetrace.web.decisions import decision_applier
from tests.web.corpus import FOLLOWUP, FRENCH, HARBOUR, HOSTILE, KNOWN_QUOTE, SLASHED


def ids(payload: dict) -> list[str]:
    return [item["id"] for item in payload["items"]]


def test_articles_are_paged_with_total_and_next_offset(client: TestClient) -> None:
    first = client.get("/api/v1/articles", params={"limit": 2}).json()
    assert first["total"] == 5 and len(first["items"]) == 2 and first["next_offset"] == 2
    last = client.get("/api/v1/articles", params={"limit": 2, "offset": 4}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    everything = ids(client.get("/api/v1/articles", params={"limit": 50}).json())
    assert len(set(everything)) == 5
    # Newest publication first.
    assert everything[0] == SLASHED and everything[-1] == HARBOUR


def test_article_filters(client: TestClient) -> None:
    french = client.get("/api/v1/articles", params={"language": "fr"}).json()
    assert ids(french) == [FRENCH]
    wire = client.get("/api/v1/articles", params={"source": "Northgate Wire"}).json()
    assert ids(wire) == [FOLLOWUP]
    may = client.get("/api/v1/articles", params={"since": "2024-05", "until": "2024-05"}).json()
    assert set(ids(may)) == {HARBOUR, FRENCH, HOSTILE}
    assert client.get("/api/v1/articles", params={"since": "May"}).status_code == 422


@pytest.mark.parametrize("limit", [0, 501])
def test_limits_out_of_range_are_refused(client: TestClient, limit: int) -> None:
    assert client.get("/api/v1/quotes", params={"limit": limit}).status_code == 422


def test_article_detail_has_records_and_faithful_segments(client: TestClient) -> None:
    detail = client.get(f"/api/v1/articles/{HARBOUR}").json()
    text = detail["article"]["text"]
    assert "".join(s["text"] for s in detail["segments"]) == text
    quotes = [q for q in detail["quotes"] if KNOWN_QUOTE.rstrip(",") in q["text"]]
    assert quotes, [q["text"] for q in detail["quotes"]]
    quote = quotes[0]
    assert text[quote["start"]:quote["end"]] == quote["text"]
    assert quote["speaker"]["text"] and "Brandt" in quote["speaker"]["text"]
    assert any(f["currency"] == "EUR" for f in detail["figures"])
    # The quote's first segment carries its anchor and the quote class.
    first = next(s for s in detail["segments"] if "quote-0" in s["anchors"]
                 or any(a.startswith("quote-") for a in s["anchors"]))
    assert "quote" in first["kinds"]


def test_article_ids_with_slashes_and_query_marks_are_reachable(client: TestClient) -> None:
    response = client.get(f"/api/v1/articles/{quote(SLASHED, safe='')}")
    assert response.status_code == 200
    assert response.json()["article"]["id"] == SLASHED
    page = client.get(f"/articles/{quote(SLASHED, safe='')}")
    assert page.status_code == 200 and "Storm season forecast" in page.text


def test_missing_records_are_404_in_json_and_html(client: TestClient) -> None:
    assert client.get("/api/v1/articles/nope").json() == {"detail": "no article 'nope'"}
    page = client.get("/articles/nope")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert client.get("/api/v1/stories/nope").status_code == 404
    assert client.get("/api/v1/entities/nope").status_code == 404


def test_search_finds_and_filters(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "barrier"}).json()
    assert HARBOUR in ids(hits) and FRENCH not in ids(hits)
    assert any(p["hit"] for p in hits["items"][0]["snippet_parts"])
    french = client.get("/api/v1/search", params={"q": "digue"}).json()
    assert ids(french) == [FRENCH]
    filtered = client.get("/api/v1/search", params={"q": "barrier", "source": "Northgate Wire"})
    assert ids(filtered.json()) == [FOLLOWUP]
    # Broken query syntax is searched as words, never an error.
    assert client.get("/api/v1/search", params={"q": 'barrier" OR ('}).status_code == 200


def test_entities_fall_back_to_mention_groups(client: TestClient) -> None:
    listing = client.get("/api/v1/entities", params={"q": "Brandt", "limit": 50}).json()
    if decision_applier() is None:
        assert listing["linked"] is False
    brandt = next(e for e in listing["items"] if e["name"] == "Elena Brandt")
    detail = client.get(f"/api/v1/entities/{brandt['id']}").json()
    article_ids = {a["id"] for a in detail["articles"]}
    assert {HARBOUR, FOLLOWUP} <= article_ids
    assert any("Portmere" in o["name"] for o in detail["cooccurring"])
    # The entity filter narrows search to the entity's articles.
    narrowed = client.get("/api/v1/search", params={"entity": brandt["id"]}).json()
    assert set(ids(narrowed)) == article_ids


def test_record_lists_and_empty_corpus_lists(client: TestClient) -> None:
    quotes = client.get("/api/v1/quotes", params={"article_id": HARBOUR}).json()
    assert quotes["total"] >= 1
    assert all(q["article_id"] == HARBOUR and q["article"]["id"] == HARBOUR
               for q in quotes["items"])
    figures = client.get("/api/v1/figures", params={"q": "million"}).json()
    assert figures["total"] >= 2 and all("million" in f["text"] for f in figures["items"])
    dates = client.get("/api/v1/dates", params={"language": "en"}).json()
    assert dates["total"] >= 1 and all(d["article"]["language"] == "en" for d in dates["items"])
    assert client.get("/api/v1/signals").json()["items"] == []
    assert client.get("/api/v1/stories").json()["total"] == 0
    assert client.get("/api/v1/checks").json()["total"] == 0
    outlets = {o["source"]: o for o in client.get("/api/v1/outlets").json()["items"]}
    assert outlets["Northgate Wire"]["articles"] == 1


def test_every_page_has_a_json_twin(client: TestClient) -> None:
    for path in ["/", "/search?q=barrier", "/entities", "/stories", "/timeline", "/graph",
                 "/outlets", "/quotes", "/figures", "/checks", f"/articles/{HARBOUR}",
                 "/outlets/Northgate%20Wire", "/docs"]:
        page = client.get(path)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"], path
        twin = client.get(path, params={"format": "json"})
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
    search = client.get("/search", params={"q": "barrier", "format": "json"}).json()
    api = client.get("/api/v1/search", params={"q": "barrier"}).json()
    assert ids(search) == ids(api)


def test_docs_page_is_ours_and_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert "/api/v1/articles" in page.text and "/openapi.json" in page.text
    assert "cdn" not in page.text.lower() and "swagger" not in page.text.lower()
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/articles", "/api/v1/search", "/api/v1/entities/merge"} <= set(spec["paths"])
    assert client.get("/redoc").status_code == 404


def test_posting_articles_needs_a_valid_token(client: TestClient, token: str) -> None:
    article = {"text": "Anything at all.", "title": "x"}
    assert client.post("/api/v1/articles", json=article).status_code == 401
    bad = client.post("/api/v1/articles", json=article, headers={"Authorization": "Bearer st_x"})
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    basic = client.post("/api/v1/articles", json=article,
                        headers={"Authorization": f"Basic {token}"})
    assert basic.status_code == 401


def test_entity_decisions_need_a_token_then_linking(client: TestClient, token: str) -> None:
    body = {"entities": ["a", "b"]}
    assert client.post("/api/v1/entities/merge", json=body).status_code == 401
    response = client.post("/api/v1/entities/merge", json=body,
                           headers={"Authorization": f"Bearer {token}"})
    if decision_applier() is None:
        assert response.status_code == 501
        assert response.json() == {"detail": "entity linking not available"}
    else:
        assert response.status_code in (200, 404, 422)
    for action in ("split", "rename"):
        assert client.post(f"/api/v1/entities/{action}", json=body).status_code == 401


@pytest.fixture()
def empty_app(tmp_path: Path) -> Iterator[tuple[TestClient, str, Path]]:
    db = tmp_path / "posted.db"
    with open_store(db) as store:
        _, new_token = create_token(store, "writer")
    with TestClient(create_app(db, Settings.load(env={}, processes=1))) as test_client:
        yield test_client, new_token, db


def test_posting_articles_ingests_them_through_the_pipeline(
    empty_app: tuple[TestClient, str, Path],
) -> None:
    client, new_token, db = empty_app
    auth = {"Authorization": f"Bearer {new_token}"}
    articles = [
        {"id": "api-1", "title": "Ferry strike ends", "source": "Coastline Courier",
         "published": "2024-04-02", "language": "en",
         "text": "The ferry strike in Portmere ended on Monday. \"We have a deal,\" union "
                 "leader Sara Holm said. About 1,200 workers will return on Wednesday."},
        {"title": "no text here"},
    ]
    response = client.post("/api/v1/articles", json=articles, headers=auth)
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["summary"]["ingested"] == 1 and payload["summary"]["rejected"] == 1
    assert {r["outcome"] for r in payload["results"]} == {"ingested", "rejected"}
    stored = client.get("/api/v1/articles/api-1").json()
    assert stored["article"]["source"] == "Coastline Courier"
    assert any("deal" in q["text"] for q in stored["quotes"])
    assert client.get("/api/v1/search", params={"q": "ferry"}).json()["total"] == 1
    # The same article again changes nothing; a revoked token is refused.
    again = client.post("/api/v1/articles", json=articles[0], headers=auth).json()
    assert again["summary"]["unchanged"] == 1
    with open_store(db) as store:
        revoke_token(store, "writer")
    assert client.post("/api/v1/articles", json=articles[0], headers=auth).status_code == 401


def test_private_setting_closes_every_read(case_db: Path, token: str) -> None:
    with TestClient(create_app(case_db, Settings.load(env={}, api_private=True))) as private:
        assert private.get("/api/v1/articles").status_code == 401
        assert private.get("/api/v1/articles",
                           headers={"Authorization": f"Bearer {token}"}).status_code == 200
        page = private.get("/")
        assert page.status_code == 401 and 'action="/login"' in page.text
        assert private.post("/login", data={"token": "st_wrong"}).status_code == 401
        signed_in = private.post("/login", data={"token": token}, follow_redirects=False)
        assert signed_in.status_code == 303
        assert "httponly" in signed_in.headers["set-cookie"].lower()
        assert private.get("/").status_code == 200  # the cookie now reads pages
        # ... but a cookie never authorises a write.
        assert private.post("/api/v1/articles", json={"text": "x"}).status_code == 401


def test_private_setting_reads_from_the_environment() -> None:
    assert Settings.load(env={"SOURCETRACE_API_PRIVATE": "true"}).api_private is True
    assert Settings.load(env={"SOURCETRACE_API_PRIVATE": "0"}).api_private is False


def test_empty_form_fields_mean_no_filter(client: TestClient) -> None:
    response = client.get("/search", params={"q": "barrier", "language": "", "source": "",
                                             "since": "", "until": "", "format": "json"})
    assert response.status_code == 200 and HARBOUR in ids(response.json())

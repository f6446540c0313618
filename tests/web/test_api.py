"""The REST API and the pages' JSON twins, on a real ingested case (FastAPI TestClient)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sourcetrace import Settings, open_store
from sourcetrace.capabilities.linking.corpus import relink
from sourcetrace.cli import app
from sourcetrace.web import create_app
from tests.web.corpus import (
    BRANDT,
    FOLLOWUP,
    FRENCH,
    HARBOUR,
    HOSTILE,
    KNOWN_QUOTE,
    PORTMERE,
    SLASHED,
    WEBB,
    copy_case,
)


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
    assert client.get("/api/v1/articles/nope").json()["detail"] == "no article 'nope'"
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


def test_entities_fall_back_to_mention_groups(unlinked_client: TestClient) -> None:
    """With the corpus stages skipped there are no entity records: names grouped by
    spelling and type stand in, and the pages say so."""
    client = unlinked_client
    listing = client.get("/api/v1/entities", params={"q": "Brandt", "limit": 50}).json()
    assert listing["linked"] is False
    brandt = next(e for e in listing["items"] if e["name"] == "Elena Brandt")
    assert brandt["id"].startswith("m-") and brandt["linked"] is False
    detail = client.get(f"/api/v1/entities/{brandt['id']}").json()
    article_ids = {a["id"] for a in detail["articles"]}
    assert article_ids == {HARBOUR, FOLLOWUP, FRENCH}
    assert detail["evidence"] == []
    assert any("Portmere" in o["name"] for o in detail["cooccurring"])
    # The entity filter narrows search to the entity's articles.
    narrowed = client.get("/api/v1/search", params={"entity": brandt["id"]}).json()
    assert set(ids(narrowed)) == article_ids
    page = client.get(f"/entities/{brandt['id']}").text
    assert "Entity linking has not run" in page and 'id="decisions-unavailable"' in page
    assert 'class="decision"' not in page


def test_linked_entities_have_names_roles_and_evidence(client: TestClient) -> None:
    listing = client.get("/api/v1/entities", params={"q": "Brandt", "limit": 50}).json()
    assert listing["linked"] is True
    assert [e["id"] for e in listing["items"]] == [BRANDT]
    brandt = listing["items"][0]
    assert (brandt["name"], brandt["type"], brandt["articles"]) == ("Elena Brandt", "PERSON", 3)
    assert set(brandt["roles"]) == {"Mayor", "maire"} and brandt["kb_entry"] is None
    detail = client.get(f"/api/v1/entities/{quote(BRANDT, safe='')}").json()
    assert {a["id"] for a in detail["articles"]} == {HARBOUR, FOLLOWUP, FRENCH}
    assert detail["names_by_language"] == [
        {"language": "en", "names": ["Elena Brandt"]},
        {"language": "fr", "names": ["Elena Brandt"]},
    ]
    assert [(a["alias"], a["rule"]) for a in detail["evidence"]] == [("Elena Brandt", "cluster")]
    assert PORTMERE in {o["id"] for o in detail["cooccurring"]}
    assert any(KNOWN_QUOTE.rstrip(",") in q["text"] for q in detail["quotes"])
    narrowed = client.get("/api/v1/search", params={"entity": BRANDT}).json()
    assert set(ids(narrowed)) == {HARBOUR, FOLLOWUP, FRENCH}
    # The page (ids with a slash are reachable) shows what the JSON holds.
    page = client.get(f"/entities/{quote(BRANDT, safe='')}")
    assert page.status_code == 200
    for shown in ("Mayor; maire", "not in the knowledge base", "<code>cluster</code>",
                  f"<code>{BRANDT}</code>", 'data-action="split"'):
        assert shown in page.text, shown
    # The type filter: a fictional town is clustered, not linked, and stays a GPE.
    listing = client.get("/api/v1/entities", params={"type": "GPE"}).json()
    assert {e["id"] for e in listing["items"]} == {PORTMERE}


def test_record_lists_and_corpus_lists(client: TestClient) -> None:
    quotes = client.get("/api/v1/quotes", params={"article_id": HARBOUR}).json()
    assert quotes["total"] >= 1
    assert all(q["article_id"] == HARBOUR and q["article"]["id"] == HARBOUR
               for q in quotes["items"])
    figures = client.get("/api/v1/figures", params={"q": "million"}).json()
    assert figures["total"] >= 2 and all("million" in f["text"] for f in figures["items"])
    dates = client.get("/api/v1/dates", params={"language": "en"}).json()
    assert dates["total"] >= 1 and all(d["article"]["language"] == "en" for d in dates["items"])
    signals = client.get("/api/v1/signals", params={"article_id": HARBOUR}).json()
    assert signals["total"] >= 1
    assert all(s["article_id"] == HARBOUR and s["evidence"] for s in signals["items"])
    assert "corpus_signals" not in signals  # the corpus summary has its own route
    corpus = client.get("/api/v1/signals/corpus").json()
    assert corpus["items"] and all(o["article_id"] is None and o["outlet"]
                                   for o in corpus["items"])
    stories = client.get("/api/v1/stories").json()
    assert stories["total"] >= 1 and all(s["label"] and s["article_ids"] for s in stories["items"])
    checks = client.get("/api/v1/checks").json()["items"]
    assert {c["verdict"] for c in checks} <= {"consistent", "conflicting", "updated", "unclear"}
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


@pytest.mark.parametrize("action", ["merge", "split", "rename"])
def test_entity_decisions_need_a_valid_token(
    writable: tuple[TestClient, Path], action: str
) -> None:
    client, db = writable
    body = {"entities": [BRANDT, WEBB], "alias": "Elena Brandt", "name": "E. Brandt"}
    assert client.post(f"/api/v1/entities/{action}", json=body).status_code == 401
    wrong = client.post(f"/api/v1/entities/{action}", json=body,
                        headers={"Authorization": "Bearer st_wrong"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    with open_store(db) as store:
        assert store.decisions() == []
        assert store.entity_ids() >= {BRANDT, WEBB}


def _post(client: TestClient, token: str, action: str, body: dict) -> dict:
    response = client.post(f"/api/v1/entities/{action}", json=body,
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    payload: dict = response.json()
    return payload


def test_merge_split_rename_through_the_api(writable: tuple[TestClient, Path], token: str) -> None:
    client, db = writable
    merged = _post(client, token, "merge", {"entities": [BRANDT, WEBB]})
    assert merged["entity_id"] == BRANDT
    assert [(d["action"], d["entity"], d["other"]) for d in merged["decisions"]] == [
        ("merge", BRANDT, WEBB)]
    assert client.get(f"/api/v1/entities/{quote(WEBB, safe='')}").status_code == 404
    detail = client.get(f"/api/v1/entities/{quote(BRANDT, safe='')}").json()
    assert set(detail["entity"]["aliases"]) == {"Elena Brandt", "Marcus Webb"}
    assert {a["alias"]: a["rule"] for a in detail["evidence"]} == {
        "Elena Brandt": "cluster", "Marcus Webb": "user"}

    split = _post(client, token, "split", {"entities": [BRANDT], "alias": "Marcus Webb"})
    new_id = split["entity_id"]
    assert new_id == f"{BRANDT}~marcus-webb"
    back = client.get(f"/api/v1/entities/{quote(new_id, safe='')}").json()
    assert back["entity"]["name"] == "Marcus Webb"
    assert [a["id"] for a in back["articles"]] == [HARBOUR]
    detail = client.get(f"/api/v1/entities/{quote(BRANDT, safe='')}").json()
    assert detail["entity"]["aliases"] == ["Elena Brandt"]

    # A split by mention position: the French mention becomes its own entity.
    french = next(m for m in detail["entity"]["mentions"] if m["article_id"] == FRENCH)
    by_span = _post(client, token, "split", {
        "entities": [BRANDT], "name": "Elena Brandt (fr)",
        "mentions": [{k: french[k] for k in ("article_id", "start", "end")}]})
    fr = client.get(f"/api/v1/entities/{quote(by_span['entity_id'], safe='')}").json()
    assert fr["entity"]["name"] == "Elena Brandt (fr)"
    assert [a["id"] for a in fr["articles"]] == [FRENCH]

    renamed = _post(client, token, "rename", {"entities": [BRANDT], "name": "Mayor Brandt"})
    assert renamed["entity_id"] == BRANDT
    with open_store(db) as store:
        stored = store.decisions()
        assert [d.action for d in stored] == ["merge", "split", "split", "rename"]
        assert stored[2].mentions and stored[2].mentions[0].startswith(f"{FRENCH}:mention:")
        # Decisions are replayed by every later linking run (as after an ingest).
        relink(store, Settings.load(env={}))
        assert store.entity_detail(BRANDT)["name"] == "Mayor Brandt"  # type: ignore[index]
    page = client.get(f"/entities/{quote(BRANDT, safe='')}").text
    assert "<h1>Mayor Brandt" in page


def test_web_decisions_equal_the_cli_decisions(
    writable: tuple[TestClient, Path], token: str, case_db: Path, tmp_path: Path
) -> None:
    """The same corrections through the CLI and through the API leave identical cases."""
    client, web_db = writable
    cli_db = copy_case(case_db, tmp_path / "cli")
    _post(client, token, "merge", {"entities": [BRANDT, WEBB]})
    _post(client, token, "split", {"entities": [BRANDT], "alias": "Marcus Webb", "name": "Webb"})
    _post(client, token, "rename", {"entities": [PORTMERE], "name": "Portmere (city)"})
    runner = CliRunner()
    for args in (["merge", BRANDT, WEBB], ["split", BRANDT, "--alias", "Marcus Webb",
                                          "--name", "Webb"],
                 ["rename", PORTMERE, "Portmere (city)"]):
        result = runner.invoke(app, ["entity", *args, "--db", str(cli_db)])
        assert result.exit_code == 0, result.output
    with open_store(web_db) as web, open_store(cli_db) as cli:
        assert web.decisions() == cli.decisions() and len(web.decisions()) == 3
        assert list(web.iter_entities()) == list(cli.iter_entities())


def test_decisions_that_cannot_apply_store_nothing(
    writable: tuple[TestClient, Path], token: str
) -> None:
    client, db = writable
    auth = {"Authorization": f"Bearer {token}"}
    unknown = client.post("/api/v1/entities/merge", json={"entities": [BRANDT, "x:person/nobody"]},
                          headers=auth)
    assert unknown.status_code == 404 and "x:person/nobody" in unknown.json()["detail"]
    for action, body, code in (
        # Malformed: the body model refuses it.
        ("merge", {"entities": [BRANDT]}, 422),
        ("split", {"entities": [BRANDT]}, 422),
        ("rename", {"entities": [BRANDT], "name": "  "}, 422),
        # Well-formed, but it cannot apply to the case as it is.
        ("merge", {"entities": [BRANDT, BRANDT]}, 409),
        ("split", {"entities": [BRANDT], "alias": "Elena Brandt"}, 409),  # every mention
        ("split", {"entities": [BRANDT], "mentions": [{"article_id": HARBOUR, "start": 0,
                                                       "end": 3}]}, 409),
    ):
        response = client.post(f"/api/v1/entities/{action}", json=body, headers=auth)
        assert response.status_code == code, (action, body, response.text)
    with open_store(db) as store:
        assert store.decisions() == []


@pytest.fixture()
def empty_app(tmp_path: Path) -> Iterator[tuple[TestClient, str, Path]]:
    db = tmp_path / "posted.db"
    with open_store(db) as store:
        _, new_token = store.create_token("writer")
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
        store.revoke_token("writer")
    assert client.post("/api/v1/articles", json=articles[0], headers=auth).status_code == 401


def test_private_setting_closes_every_read(case_db: Path, token: str) -> None:
    with TestClient(create_app(case_db, Settings.load(env={}, api_private=True))) as private:
        assert private.get("/api/v1/articles").status_code == 401
        assert private.get("/api/v1/articles",
                           headers={"Authorization": f"Bearer {token}"}).status_code == 200
        page = private.get("/")
        assert page.status_code == 401 and 'action="/login"' in page.text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert csrf is not None
        form = {"csrf_token": csrf.group(1)}
        assert private.post("/login", data={"token": "st_wrong", **form}).status_code == 401
        # Without the form's CSRF token (a forged cross-site form), the token is not read.
        assert private.post("/login", data={"token": token}).status_code == 403
        signed_in = private.post("/login", data={"token": token, **form},
                                 follow_redirects=False)
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


def test_entity_filters_by_type_and_name_on_api_and_page(client: TestClient) -> None:
    people = client.get("/api/v1/entities", params={"type": "PERSON"}).json()["items"]
    assert people and all(e["type"] == "PERSON" for e in people)
    found = client.get("/api/v1/entities", params={"q": "BRANDT"}).json()["items"]
    assert [e["name"] for e in found] == ["Elena Brandt"]
    page = client.get("/entities", params={"q": "brandt", "format": "json"}).json()
    assert [e["name"] for e in page["items"]] == ["Elena Brandt"]

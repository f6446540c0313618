"""The API keeps its contract: filters before paging, limits, enum 422s, the error model,
the OpenAPI document, JSON on request, and the token, CSRF, size and read-only rules."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sourcetrace import Settings, open_store
from sourcetrace.cli import app as cli
from sourcetrace.web import create_app
from sourcetrace.web.auth import MAX_FAILURES
from tests.web.corpus import HARBOUR, copy_case


def test_signal_kind_filters_before_paging(client: TestClient) -> None:
    everything = client.get("/api/v1/signals", params={"limit": 500}).json()
    counts = Counter(s["kind"] for s in everything["items"])
    assert everything["total"] == sum(counts.values()) and len(counts) >= 2
    # The rarest kind: filtering after paging would leave its first page empty.
    kind, n = min(counts.items(), key=lambda item: (item[1], item[0]))
    first = client.get("/api/v1/signals", params={"kind": kind, "limit": 1}).json()
    assert first["total"] == n and len(first["items"]) == 1
    assert first["items"][0]["kind"] == kind
    assert first["next_offset"] == (1 if n > 1 else None)
    every = client.get("/api/v1/signals", params={"kind": kind.upper(), "limit": 500}).json()
    assert [s["kind"] for s in every["items"]] == [kind] * n


def test_outlets_honour_limit_and_offset(client: TestClient) -> None:
    everything = client.get("/api/v1/outlets").json()
    assert everything["total"] >= 3
    one = client.get("/api/v1/outlets", params={"limit": 1, "offset": 1}).json()
    assert one["items"] == everything["items"][1:2] and one["next_offset"] == 2
    assert client.get("/api/v1/outlets", params={"limit": 501}).status_code == 422


def test_enum_values_are_case_insensitive(client: TestClient) -> None:
    upper = client.get("/api/v1/entities", params={"type": "PERSON"}).json()
    lower = client.get("/api/v1/entities", params={"type": "person"}).json()
    assert upper["total"] >= 1 and lower == upper
    page = client.get("/entities", params={"type": "Person", "format": "json"}).json()
    assert page["total"] == upper["total"]
    checks = client.get("/api/v1/checks").json()
    verdicts = Counter(c["verdict"] for c in checks["items"])
    for verdict, n in verdicts.items():
        assert client.get("/api/v1/checks", params={"verdict": verdict.upper()}).json()[
            "total"] == n


@pytest.mark.parametrize(("path", "parameter", "value", "one_allowed"), [
    ("/api/v1/checks", "verdict", "bogus", "conflicting"),
    ("/api/v1/entities", "type", "people", "PERSON"),
    ("/api/v1/signals", "kind", "propaganda", "hedging"),
    ("/api/v1/signals/corpus", "kind", "x", "hedging"),
])
def test_an_unknown_enum_value_is_a_422_naming_parameter_and_values(
        client: TestClient, path: str, parameter: str, value: str, one_allowed: str) -> None:
    response = client.get(path, params={parameter: value})
    assert response.status_code == 422
    body = response.json()
    assert parameter in body["detail"] and one_allowed in body["detail"]
    [error] = body["errors"]
    assert error["parameter"] == parameter and one_allowed in error["allowed"]


def test_validation_errors_use_the_error_model(client: TestClient) -> None:
    for params in ({"limit": "many"}, {"limit": 0}, {"offset": -1}, {"since": "May"}):
        response = client.get("/api/v1/quotes", params=params)
        assert response.status_code == 422, params
        body = response.json()
        assert isinstance(body["detail"], str) and body["detail"]
        assert [e["parameter"] for e in body["errors"]] == list(params), body


def test_accept_json_on_a_page_returns_its_json_twin(client: TestClient) -> None:
    for path in ("/", "/entities", "/outlets", "/checks", f"/articles/{HARBOUR}"):
        twin = client.get(path, params={"format": "json"})
        asked = client.get(path, headers={"Accept": "application/json"})
        assert asked.status_code == 200 and asked.headers["content-type"].startswith(
            "application/json")
        assert asked.json() == twin.json()
    browser = client.get("/", headers={"Accept": "text/html,application/json;q=0.9"})
    assert browser.headers["content-type"].startswith("text/html")
    missing = client.get("/articles/nope", headers={"Accept": "application/json"})
    assert missing.status_code == 404 and missing.json()["detail"] == "no article 'nope'"


def test_openapi_declares_security_responses_and_errors(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["components"]["securitySchemes"]["bearer"] == {
        "type": "http", "scheme": "bearer", "description": doc["components"][
            "securitySchemes"]["bearer"]["description"]}
    assert set(doc["paths"]) and all(p.startswith("/api/v1/") for p in doc["paths"])
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]
            assert "$ref" in ok, (path, method)
            error = op["responses"]["422"]["content"]["application/json"]["schema"]
            assert error["$ref"].endswith("/Error"), (path, method)
            assert op["security"] == ([{"bearer": []}] if method == "post" else []), path
    limit = next(p for p in doc["paths"]["/api/v1/quotes"]["get"]["parameters"]
                 if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500


def test_private_openapi_asks_a_token_for_reads(case_db: Path) -> None:
    with TestClient(create_app(case_db, Settings.load(env={}, api_private=True))) as private:
        doc = private.get("/openapi.json").json()
    assert all(op["security"] == [{"bearer": []}]
               for ops in doc["paths"].values() for op in ops.values())


@pytest.fixture()
def own_case(case_db: Path, tmp_path: Path) -> Path:
    return copy_case(case_db, tmp_path)


def _rename(client: TestClient, token: str | None, **headers: str) -> int:
    if token:
        headers["Authorization"] = f"Bearer {token}"
    response = client.post("/api/v1/entities/rename",
                           json={"entities": ["x:person/elena-brandt"], "name": "E. Brandt"},
                           headers=headers)
    return response.status_code


def test_token_scope_expiry_and_revocation(own_case: Path) -> None:
    with open_store(own_case) as store:
        _, reader = store.create_token("reader", scope="read")
        _, writer = store.create_token("writer", scope="write")
        _, short = store.create_token("short", expires_in=timedelta(microseconds=1))
    with TestClient(create_app(own_case, Settings.load(env={}))) as client:
        assert _rename(client, reader) == 403
        assert _rename(client, short) == 401  # expired
        assert _rename(client, writer) == 200
        result = CliRunner().invoke(cli, ["token", "revoke", "writer", "--db", str(own_case)])
        assert result.exit_code == 0, result.output
        assert _rename(client, writer) == 401


def test_failed_token_attempts_are_rate_limited(own_case: Path) -> None:
    with open_store(own_case) as store:
        _, good = store.create_token("good")
    with TestClient(create_app(own_case, Settings.load(env={}))) as client:
        codes = [_rename(client, f"st_guess{i}") for i in range(MAX_FAILURES)]
        assert codes == [401] * MAX_FAILURES
        limited = client.post("/api/v1/entities/rename", json={"entities": ["x"]},
                              headers={"Authorization": f"Bearer {good}"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1


def test_read_only_app_refuses_writes(own_case: Path) -> None:
    with open_store(own_case) as store:
        _, token = store.create_token("admin", scope="admin")
    with TestClient(create_app(own_case, Settings.load(env={}), read_only=True)) as client:
        assert _rename(client, token) == 403
        assert client.get("/api/v1/entities").status_code == 200


def test_request_bodies_over_the_limit_get_413(own_case: Path) -> None:
    with open_store(own_case) as store:
        _, token = store.create_token("w")
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(own_case, Settings.load(env={}), max_body_bytes=1000)) as client:
        big = client.post("/api/v1/articles", json={"text": "word " * 400}, headers=auth)
        assert big.status_code == 413 and "1000 bytes" in big.json()["detail"]

        def chunks():  # no Content-Length: the streamed size counts
            for _ in range(5):
                yield b"x" * 300

        streamed = client.post("/api/v1/articles", content=chunks(),
                               headers={**auth, "Content-Type": "application/json"})
        assert streamed.status_code == 413
        small = client.post("/api/v1/entities/rename", json={"entities": ["nope"], "name": "n"},
                            headers=auth)
        assert small.status_code == 404  # under the limit, the request goes through


def test_cross_site_writes_are_refused(own_case: Path) -> None:
    with open_store(own_case) as store:
        _, token = store.create_token("w")
    with TestClient(create_app(own_case, Settings.load(env={}))) as client:
        assert _rename(client, token, Origin="https://evil.example") == 403
        assert _rename(client, token, **{"Sec-Fetch-Site": "cross-site"}) == 403
        assert _rename(client, token, Origin="http://testserver") == 200


def test_security_headers_forbid_inline_script_and_framing(client: TestClient) -> None:
    for path in ("/", "/api/v1/articles", "/static/app.js", "/nope"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::"])
def test_serve_refuses_a_public_address_without_a_read_policy(case_db: Path, host: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(case_db), "--host", host])
    assert result.exit_code != 0
    assert "--read-token-required" in result.output and "--public-read" in result.output


def test_token_cli_makes_scoped_expiring_tokens(own_case: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(cli, ["token", "create", "--db", str(own_case), "--name", "ro",
                               "--scope", "read", "--expires-days", "2"])
    assert made.exit_code == 0, made.output
    listed = runner.invoke(cli, ["token", "list", "--db", str(own_case), "--json"])
    row = next(line for line in listed.output.splitlines() if '"ro"' in line)
    assert '"scope": "read"' in row and '"expires_at": null' not in row
    bad = runner.invoke(cli, ["token", "create", "--db", str(own_case), "--scope", "root"])
    assert bad.exit_code != 0

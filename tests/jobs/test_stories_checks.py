"""Stories and checks through the real CLI: ingest, incremental ingest, export, schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.outputs import load_schema
from sourcetrace.storage import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
runner = CliRunner()


def _run(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _export(db: Path, out: Path) -> dict[str, Any]:
    _run("export", "--db", str(db), "--format", "json", "--out", str(out))
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One case ingested in two runs: the first corpus, then a late report."""
    root = tmp_path_factory.mktemp("stories")
    db = root / "case.db"
    first = json.loads(_run("ingest", str(FIXTURES / "corpus.jsonl"), "--db", str(db),
                            "--json").stdout)
    before = _export(db, root / "before.json")
    late = json.loads(_run("ingest", str(FIXTURES / "late.jsonl"), "--db", str(db),
                           "--json").stdout)
    after = _export(db, root / "after.json")
    return {"db": db, "first": first, "late": late, "before": before, "after": after}


def _stories(data: dict[str, Any]) -> dict[frozenset[str], dict[str, Any]]:
    return {frozenset(s["article_ids"]): s for s in data["stories"]}


def test_stories_cluster_across_languages_and_apart_in_time(case: dict[str, Any]) -> None:
    stories = _stories(case["before"])
    assert set(stories) == {
        frozenset({"kirkuk-en-1", "kirkuk-fr-1", "kirkuk-de-1"}),
        frozenset({"bank-en-1"}),
        frozenset({"kirkuk-en-2026"}),
    }
    kirkuk = stories[frozenset({"kirkuk-en-1", "kirkuk-fr-1", "kirkuk-de-1"})]
    titles = {a["title"] for a in case["before"]["articles"]}
    assert kirkuk["label"] in titles


def test_a_later_ingest_joins_the_existing_story(case: dict[str, Any]) -> None:
    (stage,) = [r for r in case["late"]["corpus"] if r["stage"] == "stories"]
    # Only the new article was embedded and placed; nothing else was redone.
    assert stage["counts"] == {"articles": 1, "new stories": 0, "joined": 1, "embedded": 1}
    before = _stories(case["before"])[frozenset({"kirkuk-en-1", "kirkuk-fr-1", "kirkuk-de-1"})]
    after = _stories(case["after"])[
        frozenset({"kirkuk-en-1", "kirkuk-fr-1", "kirkuk-de-1", "kirkuk-en-2"})
    ]
    assert after["id"] == before["id"]


def test_checks_find_the_shared_quote_and_the_rising_toll(case: dict[str, Any]) -> None:
    checks = case["after"]["checks"]
    quotes = {q["id"]: q for q in case["after"]["quotes"]}
    figures = {f["id"]: f for f in case["after"]["figures"]}
    (shared,) = [c for c in checks if c.get("relation") == "same quote"]
    assert shared["verdict"] == "consistent"
    assert {quotes[i]["article_id"] for i in shared["items"]} == {
        "kirkuk-en-1", "kirkuk-fr-1", "kirkuk-de-1"}
    assert shared["first"]["source"] == "Northgate Wire"
    updated = [c for c in checks if c["kind"] == "figure" and c["verdict"] == "updated"]
    assert updated, checks
    assert {figures[i]["value"] for c in updated for i in c["items"]} == {12.0, 18.0}
    events = {e["id"]: e for e in case["after"]["events"]}
    for check in checks:
        if check["kind"] == "event":  # an event's checks compare its mentions
            articles = events[check["event_id"]]["article_ids"]
            assert all(i.split(":event:")[0] in articles for i in check["items"])
            continue
        pool = quotes if check["kind"] == "claim" else figures
        assert all(i in pool for i in check["items"])


def test_export_with_stories_and_checks_validates(case: dict[str, Any]) -> None:
    validator = Draft202012Validator(load_schema())
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in validator.iter_errors(case["after"])]
    assert errors == []
    assert case["after"]["stories"] and case["after"]["checks"]


def test_vectors_are_stored_once(case: dict[str, Any]) -> None:
    with open_store(case["db"]) as store:
        stored = store.vectors_for(store.article_ids())  # type: ignore[arg-type]
    assert len(stored) == 6 and all(len(v.vector) == 1024 for v in stored.values())

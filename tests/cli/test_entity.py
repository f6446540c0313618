"""``sourcetrace entity …`` and ``sourcetrace kb …`` on a real ingested case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from tests.jobs.linked_case import KB_DIR, build_case, copy_case

runner = CliRunner()
VASQUEZ = "x:person/henrik-vasquez"


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_case(tmp_path_factory.mktemp("cli-linked"))


@pytest.fixture
def db(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCETRACE_KB_DIR", str(KB_DIR))
    return copy_case(case, tmp_path)


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_list_shows_top_entities(db: Path) -> None:
    rows = json.loads(_run("entity", "list", "--db", str(db), "--json"))
    assert rows[0]["id"] == VASQUEZ and rows[0]["articles"] == 3
    assert {
        "id": "st:armed_group/islamic-state",
        "name": "Islamic State",
        "type": "ARMED_GROUP",
        "kb_id": "Q2429253",
        "articles": 2,
        "mentions": 4,
    } in rows


def test_show_lists_evidence_per_alias(db: Path) -> None:
    out = _run("entity", "show", "st:person/olaf-scholz", "--db", str(db))
    assert "Olaf Scholz (PERSON)" in out and "Q61053" in out
    assert "'Scholz'  surname-of" in out
    detail = json.loads(_run("entity", "show", "geo:524901", "--db", str(db), "--json"))
    assert {a["alias"]: a["rule"] for a in detail["aliases"]} == {
        "Moscow": "exact-alias",
        "Moscou": "exact-alias",
    }
    assert [a["id"] for a in detail["articles"]] == ["wire-en-1", "wire-fr-1"]


def test_unknown_entity_is_an_error(db: Path) -> None:
    result = runner.invoke(app, ["entity", "show", "x:person/nobody", "--db", str(db)])
    assert result.exit_code == 1 and "no entity" in result.output


def test_merge_split_rename(db: Path) -> None:
    _run("entity", "split", VASQUEZ, "--alias", "Vasquez", "--db", str(db))
    _run("entity", "rename", VASQUEZ, "Henrik Vasquez (analyst)", "--db", str(db))
    _run("entity", "merge", "geo:2643743", "geo:2950159", "--db", str(db))
    detail = json.loads(_run("entity", "show", VASQUEZ, "--db", str(db), "--json"))
    assert detail["name"] == "Henrik Vasquez (analyst)"
    assert [a["alias"] for a in detail["aliases"]] == ["Henrik Vasquez"]
    split = json.loads(_run("entity", "show", f"{VASQUEZ}~vasquez", "--db", str(db), "--json"))
    assert split["aliases"][0]["rule"] == "user"
    result = runner.invoke(app, ["entity", "show", "geo:2950159", "--db", str(db)])
    assert result.exit_code == 1


def test_split_needs_an_alias_or_mention(db: Path) -> None:
    result = runner.invoke(app, ["entity", "split", VASQUEZ, "--db", str(db)])
    assert result.exit_code == 1 and "--alias" in result.output


def test_kb_add_search_list(db: Path) -> None:
    result = runner.invoke(app, ["kb", "add", str(KB_DIR / "mine.jsonl"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added 2 entries; 2 bad" in result.output
    assert "mine.jsonl:3" in result.output  # the bad line, named
    listed = json.loads(_run("kb", "list", "--db", str(db), "--json"))
    assert [e["id"] for e in listed] == [
        "user:company/fjord-analytics",
        "user:person/lena-hoffmann",
    ]
    found = json.loads(_run("kb", "search", "Lena Hofmann", "--db", str(db), "--json"))
    assert found[0]["id"] == "user:person/lena-hoffmann" and found[0]["reason"] != "exact-alias"
    found = json.loads(_run("kb", "search", "Moscou", "--db", str(db), "--json"))
    assert found[0]["name"] == "Moscow"


def test_kb_add_ftm_lines(db: Path) -> None:
    out = _run("kb", "add", str(KB_DIR / "ftm.jsonl"), "--db", str(db))
    assert "added 3 entries; 1 bad, 1 of other kinds skipped" in out

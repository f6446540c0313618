"""End to end through the real CLI: ingest, re-ingest, edits, rejects, search, show, export."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.storage import open_store

runner = CliRunner()

WIRE = """Police raise alert level after Moscow concert hall attack

PARIS, March 24 (Northgate Wire) - France raised its terrorism alert to the highest level on Sunday after the attack on a concert hall near Moscow, the prime minister's office said.

The decision follows a meeting of the defence council at the Elysee Palace on Sunday evening. Extra soldiers will patrol railway stations, airports and places of worship.

Officials said the measures would remain in force at least until the end of the month."""  # noqa: E501 - one line per paragraph

FR = """Le gouvernement a relevé dimanche le plan Vigipirate au niveau « urgence attentat », après l'attaque d'une salle de concert près de Moscou.

La décision a été prise à l'issue d'un conseil de défense réuni à l'Élysée. Des militaires supplémentaires seront déployés dans les gares et les aéroports."""  # noqa: E501 - one line per paragraph


def _run(*args: str) -> object:
    result = runner.invoke(app, list(args))
    return result


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "wire.txt").write_text(WIRE, encoding="utf-8")
    (root / "wire.meta.json").write_text(json.dumps({
        "id": "nw-001", "source": "Northgate Wire", "published": "2024-03-24",
        "url": "https://northgate-wire.example/2024/03/24/alert"}), encoding="utf-8")
    lines = [
        {"id": "fr-1", "title": "Vigipirate relevé", "text": FR, "source": "Le Quotidien",
         "published": "2024-03-24", "language": "fr"},
        {"id": "fr-2", "text": "   "},
    ]
    (root / "batch.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{not json\n",
        encoding="utf-8",
    )
    (root / "broken.bin.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    return root


def test_ingest_reports_and_keeps_going(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    result = _run("ingest", str(corpus), "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["ingested"] == 2
    assert summary["rejected"] == 3  # empty text, malformed line, binary file
    rejects = _run("rejects", "--db", str(db), "--json")
    origins = [json.loads(line)["origin"] for line in rejects.stdout.splitlines()]
    assert any(o.endswith("batch.jsonl#L2") for o in origins)
    assert any(o.endswith("batch.jsonl#L3") for o in origins)
    assert any(o.endswith("broken.bin.txt") for o in origins)


def test_reingest_is_idempotent_and_edit_updates(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    assert _run("ingest", str(corpus), "--db", str(db), "-q").exit_code == 0
    again = json.loads(_run("ingest", str(corpus), "--db", str(db), "--json").stdout)
    assert again["ingested"] == 0 and again["updated"] == 0
    assert again["unchanged"] == 2
    (corpus / "wire.txt").write_text(WIRE + "\n\nThe alert will be reviewed in April.",
                                     encoding="utf-8")
    edited = json.loads(_run("ingest", str(corpus), "--db", str(db), "--json").stdout)
    assert edited["updated"] == 1 and edited["ingested"] == 0
    store = open_store(db, create=False)
    try:
        assert store.count_articles() == 2
        article = store.get_article("nw-001")
        assert article is not None
        assert "reviewed in April" in article.document.text
    finally:
        store.close()


def test_exact_republication_is_linked_same_input_is_skipped(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    records = [
        {"id": "a", "text": WIRE, "source": "Northgate Wire", "url": "https://a.example/1"},
        {"id": "b", "text": WIRE, "source": "Copycat Daily", "url": "https://b.example/9"},
    ]
    (root / "x.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (root / "z-copy.txt").write_text(WIRE, encoding="utf-8")  # read after x.jsonl
    db = tmp_path / "case.db"
    summary = json.loads(_run("ingest", str(root), "--db", str(db), "--json").stdout)
    assert summary["ingested"] == 2
    assert summary["linked"] == 1
    assert summary["duplicates"] == 1  # the bare z-copy.txt says nothing new
    shown = json.loads(_run("show", "b", "--db", str(db), "--json").stdout)
    assert shown["duplicate_of"] == "a"
    assert shown["duplicate_kind"] == "exact"


def test_search_show_and_export(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    assert _run("ingest", str(corpus), "--db", str(db), "-q").exit_code == 0
    hits = [
        json.loads(x)
        for x in _run("search", "Elysee", "--db", str(db), "--json").stdout.splitlines()
    ]
    assert {h["article_id"] for h in hits} == {"nw-001", "fr-1"}  # accents ignored
    assert _run("search", '"unbalanced', "--db", str(db)).exit_code == 0

    out = tmp_path / "export.json"
    result = _run("export", "--db", str(db), "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    schema_path = (
        Path(__file__).resolve().parent.parent
        / "src/sourcetrace/outputs/schema/export-v1.schema.json"
    )
    jsonschema.validate(data, json.loads(schema_path.read_text(encoding="utf-8")))
    by_id = {a["id"]: a for a in data["articles"]}
    assert by_id["nw-001"]["source"] == "Northgate Wire"
    assert by_id["nw-001"]["published"] == "2024-03-24"
    assert by_id["nw-001"]["language"] == "en"
    assert by_id["fr-1"]["title"] == "Vigipirate relevé"
    assert by_id["fr-1"]["language"] == "fr"


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("export", "--db", str(tmp_path / "nope.db"), "--out", str(tmp_path / "x.json"))
    assert result.exit_code != 0
    assert "no such database" in result.stderr


def test_nothing_ingested_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = _run("ingest", str(bad), "--db", str(tmp_path / "c.db"), "-q")
    assert result.exit_code != 0


@pytest.mark.slow
def test_killed_ingest_resumes(tmp_path: Path) -> None:
    """A real process killed mid-ingest: what it stored survives and the next run finishes."""
    root = tmp_path / "in"
    root.mkdir()
    n = 400
    with (root / "many.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"Report number {i}. " + WIRE.replace("Sunday", f"day {i}")
                    + f"\n\nA closing line unique to report {i} about item {i * 7}.")
            fh.write(json.dumps({"id": f"r{i}", "text": text, "language": "en"}) + "\n")
    db = tmp_path / "case.db"
    env = {**os.environ, "SOURCETRACE_PROCESSES": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcetrace", "ingest", str(root), "--db", str(db), "-q"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.5)
        if db.exists():
            try:
                store = open_store(db, create=False)
                stored = store.count_articles()
                store.close()
            except Exception:  # the writer may hold the file briefly
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = open_store(db, create=False)
    try:
        partial = store.count_articles()
    finally:
        store.close()
    assert 20 <= partial < n
    result = _run("ingest", str(root), "--db", str(db), "--json")
    summary = json.loads(result.stdout)
    assert summary["unchanged"] == partial
    assert summary["ingested"] == n - partial
    store = open_store(db, create=False)
    try:
        assert store.count_articles() == n
    finally:
        store.close()

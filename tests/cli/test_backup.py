"""``sourcetrace backup``: a consistent, checked copy of a case, taken while other
connections read and write, and clear errors that leave nothing half-written."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.errors import StoreError
from sourcetrace.outputs import export
from sourcetrace.storage import open_store
from sourcetrace.storage.backup import backup
from tests.web.corpus import build_case, copy_case


def _export(db: Path, out: Path) -> dict[str, object]:
    with open_store(db, create=False) as store:
        export(store, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_copy_exports_what_the_case_exports(tmp_path: Path,
                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    db = copy_case(build_case(tmp_path_factory.mktemp("backup-case")), tmp_path / "case")
    copy = tmp_path / "copy.db"
    result = CliRunner().invoke(app, ["backup", "--db", str(db), "--out", str(copy)])
    assert result.exit_code == 0, result.output
    assert "integrity check ok" in result.output
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    original = _export(db, tmp_path / "a.json")
    copied = _export(copy, tmp_path / "b.json")
    assert original["articles"] and copied == original
    assert not list(tmp_path.glob(".copy.db.partial"))


def test_a_copy_taken_while_another_connection_writes_is_one_committed_state(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    db = copy_case(build_case(tmp_path_factory.mktemp("backup-case")), tmp_path / "case")
    with sqlite3.connect(db) as conn:
        # A copy is in rollback-journal mode; a case the store opens is in WAL mode, where
        # the reader's snapshot below does not block the writer.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE scratch (n INTEGER, pad TEXT)")
    stop = threading.Event()

    def write() -> None:
        conn = sqlite3.connect(db, timeout=30)
        n = 0
        while not stop.is_set() and n < 400:
            with conn:  # each pair of rows is one transaction
                conn.execute("INSERT INTO scratch VALUES (?, ?)", (n, "x" * 4000))
                conn.execute("INSERT INTO scratch VALUES (?, ?)", (-n, "x" * 4000))
            n += 1
        conn.close()

    writer = threading.Thread(target=write)
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM scratch").fetchone()  # a reader holds a snapshot
    writer.start()
    try:
        backup(db, tmp_path / "copy.db", pages_per_step=4)
    finally:
        stop.set()
        writer.join()
        reader.close()
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT count(*), coalesce(sum(n), 0) FROM scratch").fetchone()
    assert rows[0] % 2 == 0 and rows[1] == 0  # never half a transaction


def test_errors_name_the_file_and_leave_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        backup(tmp_path / "missing.db", tmp_path / "copy.db")
    db = tmp_path / "case.db"
    with open_store(db):
        pass
    existing = tmp_path / "copy.db"
    existing.write_bytes(b"keep me")
    result = CliRunner().invoke(app, ["backup", "--db", str(db), "--out", str(existing)])
    assert result.exit_code == 1 and "already exists" in result.output
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(StoreError, match="is the database itself"):
        backup(db, db, overwrite=True)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError, match=r"garbage\.db"):
        backup(garbage, tmp_path / "copy2.db")
    assert not (tmp_path / "copy2.db").exists()
    assert not list(tmp_path.glob(".*.partial"))

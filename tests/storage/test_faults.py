"""Two ingests on one SQLite file at once, and a full disk (issue 16, §5)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.storage.cli_case import ROOT, STEMS, cli, command, copy_articles, env
from tests.storage.consistency import assert_consistent

pytestmark = pytest.mark.slow


def _stored(db: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, title, text FROM articles")}


def _pending(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM corpus_pending").fetchone()[0])


def test_two_ingests_on_one_file_both_finish(tmp_path: Path) -> None:
    first = copy_articles(tmp_path / "first", STEMS[:3])
    second = copy_articles(tmp_path / "second", STEMS[3:])
    db = tmp_path / "case.db"
    procs = [subprocess.Popen(command("ingest", str(folder), "--db", str(db), "--quiet"),
                              env=env(), cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for folder in (first, second)]
    outputs = [p.communicate(timeout=600) for p in procs]
    # Each waits for the other's write lock (busy timeout): both finish, nothing is lost.
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert not any("Traceback" in err for _, err in outputs), outputs
    assert_consistent(db)
    assert len(_stored(db)) == len(STEMS)
    assert _pending(db) == 0  # every article went through the corpus stages
    # A third run over both folders finds nothing to do.
    again = cli("ingest", str(first), str(second), "--db", str(db), "--json")
    summary = json.loads(again.stdout)
    assert (summary["unchanged"], summary["ingested"]) == (len(STEMS), 0)


#: The CLI with SQLite's ``max_page_count`` set on every connection: the database cannot
#: grow past its size now plus ``argv[1]`` pages, as on a disk that is full.
FULL_DISK = textwrap.dedent("""
    import sys
    from sourcetrace.storage import sqlite

    headroom = int(sys.argv.pop(1))
    plain = sqlite._on_connect

    def full(dbapi_conn, record):
        plain(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + headroom}")

    sqlite._on_connect = full
    sys.argv[0] = "sourcetrace"
    from sourcetrace.cli import main
    main()
""")


def test_a_full_disk_is_named_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    first = copy_articles(tmp_path / "first", STEMS[:3])
    cli("ingest", str(first), "--db", str(db), "--quiet")
    before = _stored(db)
    second = copy_articles(tmp_path / "second", STEMS[3:])
    full = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "2", "ingest", str(second),
         "--db", str(db), "--quiet"],
        env=env(), cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert full.returncode == 1, full.stdout + full.stderr
    assert "Traceback" not in full.stderr, full.stderr
    lines = full.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), full.stderr
    assert str(db) in lines[0] and "disk is full" in lines[0], lines[0]
    assert "everything stored before it is kept" in lines[0]

    assert_consistent(db)
    after = _stored(db)
    assert {k: after[k] for k in before} == before  # nothing already stored is lost
    # With room again, the same command goes on where it stopped.
    cli("ingest", str(second), "--db", str(db), "--quiet")
    assert len(_stored(db)) == len(STEMS)
    assert _pending(db) == 0
    assert_consistent(db)

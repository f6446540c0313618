"""A writer killed mid-ingest (a real SIGKILL) loses at most the article in flight."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import sourcetrace.storage
from sourcetrace.storage import open_store
from tests.storage.samples import analysed_document, put

SRC = Path(sourcetrace.storage.__file__).resolve().parents[2]
ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from sourcetrace.storage import open_store
from tests.storage.samples import analysed_document

store = open_store(sys.argv[1])
i = 0
while True:
    store.put_article(analysed_document(f"a{i:05d}"), raw_hash=f"r{i}", content_hash=f"c{i}",
                      minhash=None)
    i += 1
    print(i, flush=True)
"""


@pytest.mark.slow
def test_killed_writer_leaves_a_consistent_database(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(ROOT)])}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    reported = 0
    try:
        for line in proc.stdout:
            reported = int(line)
            if reported >= 25:
                break
    finally:
        proc.kill()
        rest, errors = proc.communicate(timeout=30)
    assert reported >= 25, errors
    # The writer goes on between the line read here and the kill (more so on a busy
    # machine): what it printed after that line counts too. It prints after each commit,
    # so at most one committed article was never reported.
    reported = max([reported, *(int(line) for line in rest.split())])

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Raises if the full-text index disagrees with the articles table.
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")

    with open_store(db) as store:
        stored = list(store.iter_articles())
        assert reported <= len(stored) <= reported + 1
        assert [s.document.id for s in stored] == [f"a{i:05d}" for i in range(len(stored))]
        assert all(len(s.document.quotes) == 1 for s in stored)
        assert len(store.search("gunman", limit=1000)) == len(stored)
        put(store, analysed_document("resumed"))
        assert store.count_articles() == len(stored) + 1

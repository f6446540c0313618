"""The same input gives the same JSON export on SQLite and on PostgreSQL, byte for byte.

The fixture articles are ingested as users ingest them (every per-document and corpus
stage: linking, stories, checks, events) into a SQLite file and into a PostgreSQL
database; the two exports must be identical files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.core.corpus import CORPUS_STAGES
from sourcetrace.outputs import export

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "articles.jsonl"


def _ingest_and_export(db: str, out: Path) -> bytes:
    with open_store(db) as store:
        summary = ingest_paths([FIXTURE], store, Settings.load(env={}),
                               corpus_stages=CORPUS_STAGES)
        assert summary.rejected == 0
        assert all(r["error"] is None for r in summary.corpus), summary.corpus
        export(store, "json", out)
    return out.read_bytes()


@pytest.mark.slow
def test_the_json_export_is_identical_on_sqlite_and_postgresql(
    pg_url: str, tmp_path: Path
) -> None:
    on_sqlite = _ingest_and_export(str(tmp_path / "case.db"), tmp_path / "sqlite.json")
    on_postgresql = _ingest_and_export(pg_url, tmp_path / "postgresql.json")
    assert b'"entities": [' in on_sqlite and b'"stories": [' in on_sqlite
    assert on_postgresql == on_sqlite

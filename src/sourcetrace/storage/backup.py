"""A consistent copy of a case database, safe while the web app or an ingest runs.

SQLite's online backup API copies the database page by page; when another connection
writes to the source in between, the copy restarts from a fresh snapshot, so the result is
always one committed state (with what the write-ahead log holds). The copy is written to a
temporary file beside the target, checked with ``PRAGMA integrity_check`` and only then
renamed into place: a failed or interrupted backup leaves no half-written copy.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sourcetrace.errors import StoreError

__all__ = ["backup"]

#: Pages copied per step; between steps other connections may read and write.
PAGES_PER_STEP = 1024


def backup(source: Path, target: Path, *, overwrite: bool = False,
           pages_per_step: int = PAGES_PER_STEP) -> int:
    """Copy the database at ``source`` to ``target``; returns the copy's size in bytes."""
    if not source.is_file():
        raise StoreError(f"{source}: no such database")
    if target.exists() and not overwrite:
        raise StoreError(f"{target}: already exists (give --force to replace it)")
    if target.exists() and target.resolve() == source.resolve():
        raise StoreError(f"{target}: is the database itself; choose another file")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            copy = sqlite3.connect(partial)
            try:
                src.backup(copy, pages=pages_per_step)
                verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            src.close()
        if verdict != "ok":
            raise StoreError(f"{target}: the copy failed its integrity check ({verdict})")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise StoreError(f"{source}: backup failed: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size

"""The SQLite store: one database file per case, in WAL mode.

Each connection gets ``foreign_keys`` on (annotations follow their article), a busy
timeout (a second process waits for the writer instead of failing at once) and WAL
journaling (readers never block the writer; a killed process loses at most the
transaction in flight). Python's sqlite3 module is told to leave transactions alone and
sourcetrace emits ``BEGIN`` itself, so a transaction covers every statement in it,
reads included, and writes take the lock up front (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from sourcetrace.errors import StoreError
from sourcetrace.storage import migrate
from sourcetrace.storage.fulltext import Fts5FullText
from sourcetrace.storage.sql import SqlStore

__all__ = ["BUSY_TIMEOUT_MS", "DataVersion", "open_sqlite"]

#: How long a connection waits for another process's write lock before giving up.
BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "sourcetrace_begin"
#: Execution options of a write transaction: take the write lock at BEGIN, not at the
#: first write, so a transaction never fails half-way for want of the lock.
_WRITE_OPTIONS = {_BEGIN_OPTION: "BEGIN IMMEDIATE"}


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # no implicit transactions: see _on_begin
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL survives a killed process; only power loss can drop the
        # last commits, which is the trade every SQLite application in WAL makes.
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))


def _engine(path: Path) -> Engine:
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        # The pool hands a connection to one thread at a time, so sqlite3's own
        # same-thread check would only get in the way of a threaded web server.
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class DataVersion:
    """A number that changes whenever any process or connection commits to the database.

    SQLite's ``PRAGMA data_version`` on a connection of its own that never writes: it
    changes with every commit made through any other connection, this process's pool
    included. Cheap enough to ask at every request, so the web app can keep what it
    derived from the whole case until the case changes.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def __call__(self) -> int | None:
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(self._path, check_same_thread=False)
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None  # no marker: callers read the case again

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def open_sqlite(path: str | Path, *, create: bool = True) -> SqlStore:
    """Open (or create) the case database at ``path``, migrated to the current schema."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no such database")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
    engine = _engine(path)
    try:
        migrate.upgrade(engine, where=str(path), write_options=_WRITE_OPTIONS)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        cause = getattr(exc, "orig", None) or exc
        raise StoreError(f"{path}: cannot open as a sourcetrace database: {cause}") from exc
    return SqlStore(
        engine,
        path=str(path),
        fulltext=Fts5FullText(),
        write_options=_WRITE_OPTIONS,
        change_marker=DataVersion(path),
    )

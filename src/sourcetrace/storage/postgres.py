"""The PostgreSQL store: one database per case, shared by a team (psycopg 3).

It is ``SqlStore`` (the same portable Core SQL as SQLite) with three backend parts:

- **Writers take turns.** Every write transaction starts by taking a transaction-level
  advisory lock (``pg_advisory_xact_lock``), released at commit or rollback. This is
  SQLite's ``BEGIN IMMEDIATE``: the query classes read-then-write inside one
  transaction (the next ``seq``, "insert unless present"), which is only safe with one
  writer at a time. Readers never wait. Write transactions are short (one article, one
  corpus stage's batch), so ingesters mostly wait on their own NLP, not on each other.
  A killed writer's transaction is rolled back by the server, lock included.
- **The corpus lock** is a session-level advisory lock (``pg_advisory_lock``) held on a
  connection of its own for as long as the corpus stages run; the server drops it when
  the holder dies, so a killed ingest never leaves the case locked.
- **Full-text search** is a ``tsvector`` with ``unaccent`` (``storage.fulltext_pg``).

The database must sort text bytewise (``LC_COLLATE`` ``C``), so lists and exports come
out in the same order as on SQLite, and classify characters by Unicode (an ``LC_CTYPE``
such as ``C.UTF-8``), so full-text search sees accented letters as letters. Opening a
database set up otherwise is a ``StoreError`` saying how to create one.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from sourcetrace.errors import StoreError
from sourcetrace.storage import migrate, redacted_url
from sourcetrace.storage.fulltext_pg import TsvectorFullText
from sourcetrace.storage.sql import SqlStore

__all__ = ["PostgresStore", "engine_url", "open_postgres"]

#: Advisory lock keys (64-bit, per database): derived from fixed names so that another
#: application's locks in the same database are unlikely to collide with ours.
WRITE_LOCK_KEY = zlib.crc32(b"sourcetrace:write")
CORPUS_LOCK_KEY = zlib.crc32(b"sourcetrace:corpus")
_LOCK_OPTION = "sourcetrace_write_lock"
_WRITE_OPTIONS = {_LOCK_OPTION: True}
#: How long a statement may wait for a row lock held by another process, so a stuck
#: writer shows up as an error rather than a hang (the write lock itself waits on).
_CONNECT_OPTIONS = "-c lock_timeout=60000 -c TimeZone=UTC"

_BYTEWISE = {"C", "POSIX"}


def engine_url(url: str) -> str:
    """``url`` as SQLAlchemy's psycopg 3 URL (``postgresql+psycopg://``), whatever
    spelling the user gave (``postgres://``, ``postgresql://``, or a ``Path``'s
    collapsed ``postgresql:/host/db``). ``postgresql:///db`` (no host: the local
    server's socket) keeps its empty host."""
    rest = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*:(?://|/(?!/))?", "", url)
    return f"postgresql+psycopg://{rest}"


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_LOCK_OPTION):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _engine(url: str) -> Engine:
    engine = create_engine(
        engine_url(url),
        connect_args={"options": _CONNECT_OPTIONS},
        pool_pre_ping=True,  # a server restart between two commands is not an error
    )
    event.listen(engine, "begin", _on_begin)
    return engine


class WalPosition:
    """The server's current write-ahead-log position: it moves with every commit in the
    cluster (and sometimes without one, which only costs the caller a re-read)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()

    def __call__(self) -> str | None:
        with self._lock:
            try:
                with self._engine.connect() as conn:
                    return str(conn.exec_driver_sql("SELECT pg_current_wal_lsn()").scalar())
            except SQLAlchemyError:
                return None  # no marker: callers read the case again


class PostgresStore(SqlStore):
    """A case in a PostgreSQL database."""

    _statement_errors = (SQLAlchemyError, TypeError, ValueError)

    @contextmanager
    def corpus_lock(self) -> Iterator[None]:
        """The case's cross-document lock: a session advisory lock on a connection held
        for the whole block (see ``SqlBase.corpus_lock`` for why it exists)."""
        try:
            conn = self._engine.connect()
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.path}: taking the corpus lock failed: {exc}") from exc
        try:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({CORPUS_LOCK_KEY})")
            conn.commit()  # end the implicit transaction; the session lock stays held
            try:
                yield
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({CORPUS_LOCK_KEY})")
                conn.commit()
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.path}: the corpus lock failed: {exc}") from exc
        finally:
            conn.close()


def _check_locale(conn: Connection, where: str) -> None:
    row = conn.exec_driver_sql(
        "SELECT datcollate, datctype, pg_encoding_to_char(encoding) FROM pg_database "
        "WHERE datname = current_database()").one()
    collate, ctype, encoding = (str(v) for v in row)
    problems = []
    if encoding.upper() != "UTF8":
        problems.append(f"its encoding is {encoding}, not UTF8")
    if collate not in _BYTEWISE:
        problems.append(f"it sorts text by {collate!r}, not bytewise ('C')")
    if ctype in _BYTEWISE:
        problems.append(f"its character classes are {ctype!r}, which sees no accented "
                        "letter as a letter (use 'C.UTF-8')")
    if problems:
        raise StoreError(
            f"{where}: cannot hold a case: {'; '.join(problems)}. Create the database "
            "with: CREATE DATABASE name TEMPLATE template0 ENCODING 'UTF8' "
            "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")


def open_postgres(url: str, *, create: bool = True) -> PostgresStore:
    """Open the case in the PostgreSQL database at ``url``, migrated to the current schema.

    The database itself must exist (sourcetrace creates tables, never databases); its
    owner needs the right to create the ``unaccent`` extension (a trusted extension: a
    database owner may). ``create`` is accepted for symmetry with SQLite: an empty
    database is migrated either way, as a new case.
    """
    del create
    where = redacted_url(url)
    try:
        engine = _engine(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"{where}: not a PostgreSQL URL ({exc})") from exc
    try:
        with engine.connect() as conn:
            _check_locale(conn, where)
        migrate.upgrade(engine, where=where, write_options=_WRITE_OPTIONS)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        cause = str(getattr(exc, "orig", None) or exc).strip()
        raise StoreError(f"{where}: cannot open as a sourcetrace database: {cause}") from exc
    return PostgresStore(
        engine,
        path=where,
        fulltext=TsvectorFullText(),
        write_options=_WRITE_OPTIONS,
        change_marker=WalPosition(engine),
    )


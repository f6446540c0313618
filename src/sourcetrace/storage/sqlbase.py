"""``SqlBase``: the connection plumbing every SQL query class shares.

The backend-specific parts come in from outside: the engine (with its connection
settings), the ``FullText`` strategy, and the execution options that start a write
transaction (SQLite takes its write lock up front with ``BEGIN IMMEDIATE``).

Every public query method uses its own short transaction (``reading``/``writing``), so a
long ``iter_articles`` never holds a read snapshot open across the caller's writes.
Database errors leave as ``StoreError`` naming the database and what was being done.
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from sourcetrace.errors import StoreError
from sourcetrace.storage.fulltext import FullText

__all__ = ["CHUNK", "SqlBase", "chunks", "utc_now"]

CHUNK = 500  # ids per IN (...) clause, under every backend's parameter limit


def chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    """``ids`` in slices of ``CHUNK``, for ``IN (...)`` clauses."""
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def utc_now() -> str:
    """The current UTC time as stored (ISO 8601, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


#: Database errors an operator can act on, by what the driver says: the clear words for each.
_KNOWN_FAILURES = {
    "database or disk is full": (
        "the disk is full (or the database reached its size limit); the transaction was "
        "rolled back and everything stored before it is kept. Free some space and run the "
        "same command again: it goes on where it stopped"),
    "database is locked": (
        "another process kept the database busy for longer than the busy timeout "
        "(database is locked); nothing was written. Run the command again when the other "
        "one is done"),
}


def _failure(path: str, action: str, exc: Exception) -> StoreError:
    """The ``StoreError`` for a database error: clear words where the cause is known."""
    cause = str(getattr(exc, "orig", None) or exc)
    for words, meaning in _KNOWN_FAILURES.items():
        if words in cause:
            return StoreError(f"{path}: {action} failed: {meaning}")
    return StoreError(f"{path}: {action} failed: {exc}")


class SqlBase:
    """A database connection pool with short read and write transactions."""

    #: Errors of a statement that become ``StoreError``. SQLAlchemy wraps the driver's;
    #: psycopg converts JSON values itself, so a value it cannot write leaves as a plain
    #: ``TypeError``/``ValueError`` and the PostgreSQL store adds those.
    _statement_errors: tuple[type[Exception], ...] = (SQLAlchemyError,)

    def __init__(
        self,
        engine: Engine,
        *,
        path: str,
        fulltext: FullText,
        write_options: Mapping[str, Any] | None = None,
        change_marker: Callable[[], object] | None = None,
    ) -> None:
        self.path = path
        self._engine = engine
        self._fulltext = fulltext
        self._write_options = dict(write_options or {})
        self._change_marker = change_marker

    # -- plumbing ---------------------------------------------------------------
    @contextmanager
    def reading(self, action: str) -> Iterator[Connection]:
        """A connection for reads; database errors become ``StoreError`` naming ``action``."""
        try:
            with self._engine.connect() as conn:
                yield conn
        except self._statement_errors as exc:
            raise _failure(self.path, action, exc) from exc

    @contextmanager
    def writing(self, action: str) -> Iterator[Connection]:
        """A connection inside one write transaction (committed on success)."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**self._write_options)
                with conn.begin():
                    yield conn
        except self._statement_errors as exc:
            raise _failure(self.path, action, exc) from exc

    @contextmanager
    def corpus_lock(self) -> Iterator[None]:
        """Hold the case's cross-document lock while the corpus stages run.

        Two processes on one case (two ``ingest`` runs, or ``serve`` taking a POST while an
        ingest runs) would otherwise interleave their corpus stages: one would write checks
        for a story the other has just merged away. The lock is an advisory ``flock`` on a
        file beside the database, so the second process waits for the first to finish its
        corpus stages (its own articles stay pending and are done in its run). A store with
        no file (``:memory:``) has no other process to wait for.
        """
        if not self.path or self.path == ":memory:":
            yield
            return
        with open(f"{self.path}-corpus.lock", "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def change_marker(self) -> object | None:
        """A value that changes whenever anything is committed to the case (by any
        process); ``None`` when the backend cannot tell, and the caller must assume a change."""
        return self._change_marker() if self._change_marker is not None else None

    def close(self) -> None:
        closing = getattr(self._change_marker, "close", None)
        if closing is not None:
            closing()
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"

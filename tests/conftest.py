"""The store fixture every store-backed test shares, parametrised by backend.

``store_url`` is a fresh case per test: an SQLite file in ``tmp_path``, or a fresh
database on one throwaway PostgreSQL cluster per test session (``tests/pg_cluster.py``;
``SOURCETRACE_TEST_PG_URL`` points it at an existing server instead). ``store`` is that
case opened. A test that asks for either runs once per backend: ``[sqlite]`` and
``[postgresql]`` in its id.

Where PostgreSQL cannot run, the ``[postgresql]`` tests FAIL in CI (``CI`` set to true)
and are skipped elsewhere with the reason, and the end of the run says "PostgreSQL tests
NOT RUN" in red: a skipped backend must never pass as a tested one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.storage import Store, open_store
from tests.pg_cluster import Cluster, PgUnavailable, running_cluster

BACKENDS = ["sqlite", "postgresql"]

_not_run: list[str] = []


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def pg_unavailable(reason: str) -> None:
    """Fail in CI, skip loudly elsewhere."""
    if in_ci():
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    _not_run.append(reason)
    pytest.skip(f"PostgreSQL tests NOT RUN: {reason}")


class _Session:
    """The session's cluster, started on first use and stopped at the end."""

    def __init__(self) -> None:
        self.cluster: Cluster | None = None
        self.error: str | None = None
        self._context: Any = None

    def get(self) -> Cluster:
        if self.cluster is None and self.error is None:
            try:
                self._context = running_cluster()
                self.cluster = self._context.__enter__()
            except PgUnavailable as exc:
                self.error = str(exc)
        if self.cluster is None:
            pg_unavailable(self.error or "unknown")
        assert self.cluster is not None
        return self.cluster

    def stop(self) -> None:
        if self._context is not None:
            self._context.__exit__(None, None, None)


@pytest.fixture(scope="session")
def pg_session() -> Iterator[_Session]:
    session = _Session()
    yield session
    session.stop()


@pytest.fixture
def pg_url(pg_session: _Session) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (its URL), dropped after the test."""
    cluster = pg_session.get()
    url = cluster.new_database()
    yield url
    cluster.drop_database(url)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh case's ``--db`` value, once per backend."""
    if request.param == "sqlite":
        return str(tmp_path / "case.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def backend(store_url: str) -> str:
    return "postgresql" if store_url.startswith("postgresql") else "sqlite"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _not_run:
        terminalreporter.write_sep("!", "PostgreSQL tests NOT RUN", red=True, bold=True)
        for reason in sorted(set(_not_run)):
            terminalreporter.write_line(f"  {reason}", red=True)
        terminalreporter.write_line(
            f"  {len(_not_run)} tests skipped; in CI (CI=true) this is a failure.", red=True)

"""Fixtures for the web app tests: the ingested case (linked, and with linking skipped),
clients over them, a private copy for tests that write, and a token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sourcetrace import Settings, open_store
from sourcetrace.web import create_app
from tests.web.corpus import build_case, copy_case


@pytest.fixture(scope="session")
def case_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_case(tmp_path_factory.mktemp("web-case"))


@pytest.fixture(scope="session")
def client(case_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(case_db, Settings.load(env={}))) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def token(case_db: Path) -> str:
    with open_store(case_db) as store:
        return store.create_token("tests")[1]


@pytest.fixture(scope="session")
def unlinked_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The same articles with the corpus stages skipped: no entity records exist."""
    db = build_case(tmp_path_factory.mktemp("web-unlinked"), linked=False)
    with TestClient(create_app(db, Settings.load(env={}))) as test_client:
        yield test_client


@pytest.fixture()
def writable(case_db: Path, token: str, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A client over a private copy of the linked case (the token is in the copy too)."""
    db = copy_case(case_db, tmp_path)
    with TestClient(create_app(db, Settings.load(env={}))) as test_client:
        yield test_client, db

"""Fixtures for the web app tests: one ingested case, a client, and a token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sourcetrace import Settings, open_store
from sourcetrace.storage.tokens import create_token
from sourcetrace.web import create_app
from tests.web.corpus import build_case


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
        return create_token(store, "tests")[1]

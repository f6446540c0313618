"""Fixtures for the store tests: a fresh SQLite case file path in tmp_path.

``store`` (a fresh case on each backend) comes from ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "case.db"

"""--db keeps a URL as written: a PostgreSQL URL with no host is the local server's socket."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.cli.options import db_label
from sourcetrace.storage.postgres import engine_url


@pytest.mark.parametrize(("given", "expected"), [
    ("postgresql:///case", "postgresql+psycopg:///case"),
    ("postgresql://u:pw@db.internal:5433/case", "postgresql+psycopg://u:pw@db.internal:5433/case"),
    ("postgres://db.internal/case", "postgresql+psycopg://db.internal/case"),
    ("postgresql+psycopg://db.internal/case", "postgresql+psycopg://db.internal/case"),
    # What a Path makes of postgresql://db.internal/case.
    ("postgresql:/db.internal/case", "postgresql+psycopg://db.internal/case"),
])
def test_the_engine_url_keeps_the_host_or_its_absence(given: str, expected: str) -> None:
    assert engine_url(given) == expected


def test_labels_keep_the_url_and_hide_the_password() -> None:
    assert db_label("postgresql:///case") == "postgresql:///case"
    assert db_label(Path("postgresql://u:pw@h/case")) == "postgresql://u:***@h/case"
    assert db_label("cases/moscow.db") == "cases/moscow.db"


def test_a_url_without_a_host_is_not_read_as_a_host_name() -> None:
    result = CliRunner().invoke(app, ["search", "--db", "postgresql:///st_no_such_case", "x"])
    assert result.exit_code != 0
    output = result.output
    assert "postgresql:///st_no_such_case" in output
    # Before, the database's name was taken for a server's host name.
    assert "resolve host" not in output

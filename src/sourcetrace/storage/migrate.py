"""Bring a database to the newest schema with the Alembic revisions shipped in the package.

Runs in code at every open, with a ``Config`` built here (no ``alembic.ini``), so an
installed sourcetrace upgrades an older case file the first time it opens it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from sourcetrace.errors import StoreError

__all__ = ["MIGRATIONS", "current_revision", "head_revision", "upgrade"]

#: The folder holding env.py and versions/, inside the installed package.
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def head_revision() -> str:
    """The newest revision this version of sourcetrace knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise StoreError(f"no migrations found in {MIGRATIONS}")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(
    engine: Engine, *, where: str, write_options: Mapping[str, Any] | None = None
) -> None:
    """Apply every revision the database lacks, in one transaction.

    ``where`` names the database in errors; ``write_options`` are the execution options
    that make the backend take its write lock at BEGIN, so two processes opening a new
    file at once migrate it once. A database made by a newer sourcetrace (a revision
    this one does not know) is refused rather than guessed at.
    """
    config = _config()
    scripts = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current == scripts.get_current_head():
        return
    if current is not None:
        try:
            scripts.get_revision(current)
        except CommandError as exc:
            raise StoreError(
                f"{where}: database schema revision {current!r} is newer than this "
                "sourcetrace understands; upgrade sourcetrace to open it"
            ) from exc
    with engine.connect() as conn:
        conn.execution_options(**(write_options or {}))
        with conn.begin():
            # Alembic reads the revision again inside this transaction, so a process
            # that waited for another's migration finds nothing left to do.
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

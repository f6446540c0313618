"""Options and output shared by the commands: the database (path or URL), settings, the console."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sourcetrace.errors import SourcetraceError
from sourcetrace.storage import open_store, redacted_url, store_scheme, store_url
from sourcetrace.storage.base import Store

# A string, not a ``Path``: a Path collapses the ``//`` of a URL, and
# ``postgresql:///case`` (the local server's socket) would read as a host named "case".
DbOption = Annotated[
    str,
    typer.Option("--db", help="The case database: an SQLite file (created by ingest) or a "
                 "PostgreSQL URL, postgresql://user:pass@host:port/db (the database must "
                 "exist; see docs/scale.md).", envvar="SOURCETRACE_DB"),
]

console = Console(highlight=False, soft_wrap=True)
errors = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` as an error and return the exit to raise."""
    errors.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def db_label(db: str | Path) -> str:
    """``db`` as the user wrote it, for messages: a URL keeps its ``//`` (a ``Path``
    collapses it) and loses its password."""
    text = str(db)
    scheme = store_scheme(text)
    if scheme is None:
        return text
    return redacted_url(store_url(text))


def check_exists(db: str | Path) -> None:
    """Fail unless ``db`` is a URL or an existing file."""
    if store_scheme(db) is None and not Path(db).exists():
        raise fail(f"{db}: no such database; create it with `sourcetrace ingest PATH --db {db}`")


def open_existing(db: str | Path) -> Store:
    """Open a database that must already exist (every command but ingest)."""
    check_exists(db)
    try:
        return open_store(db, create=False)
    except SourcetraceError as exc:
        raise fail(str(exc)) from exc


def emit_json(value: object, *, indent: int | None = None) -> None:
    """Machine-readable output on stdout, never wrapped or styled."""
    import json

    typer.echo(json.dumps(value, ensure_ascii=False, indent=indent))

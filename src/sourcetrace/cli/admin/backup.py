"""``sourcetrace backup --db FILE --out COPY``: a consistent copy of a case, safe while the
web app or an ingest is running."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli.options import DbOption, console, db_label, fail
from sourcetrace.errors import SourcetraceError


def backup(
    db: DbOption,
    out: Annotated[Path, typer.Option("--out", help="The copy to write (a new SQLite file).")],
    force: Annotated[
        bool, typer.Option("--force", help="Replace --out if it exists.")
    ] = False,
) -> None:
    """Copy the case with SQLite's online backup: one committed state, checked with
    PRAGMA integrity_check before it replaces --out. Other readers and writers go on."""
    from sourcetrace.storage import backup as copy_case
    from sourcetrace.storage import store_scheme

    if store_scheme(db) is not None:
        raise fail(f"{db_label(db)}: backup copies SQLite files; back up a PostgreSQL case "
                   "with pg_dump (see docs/scale.md)")
    try:
        size = copy_case(Path(db), out, overwrite=force)
    except SourcetraceError as exc:
        raise fail(str(exc)) from exc
    console.print(f"backup written to {out} ({size:,} bytes, integrity check ok)")


def register(app: typer.Typer) -> None:
    app.command()(backup)

"""``sourcetrace export --db FILE --format FORMAT --out FILE`` (or a folder for csv, parquet)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli.options import DbOption, console, fail, open_existing
from sourcetrace.outputs import FORMATS
from sourcetrace.outputs import export as run_export


def export(
    db: DbOption,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The file to write (a folder for csv, parquet).")
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: " + ", ".join(FORMATS) + ".")
    ] = "json",
) -> None:
    """Export everything stored, following the export contract (docs/export.md).

    json: one object with articles, entities, quotes, figures, dates, stories, signals,
    checks. jsonl: one record per line, each with a "kind" field. csv, parquet: a folder
    with one file per record kind. ftm: FollowTheMoney entities (JSON lines). stix: a
    STIX 2.1 bundle. graphml: the entity co-occurrence graph (Gephi).
    """
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    with open_existing(db) as store:
        summary = run_export(store, fmt, out)
    counts = ", ".join(f"{n} {kind}" for kind, n in summary.counts.items())
    console.print(f"wrote {out} ({fmt}): {counts}")


def register(app: typer.Typer) -> None:
    app.command()(export)

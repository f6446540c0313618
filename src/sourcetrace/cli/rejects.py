"""``sourcetrace rejects --db FILE``: the inputs that could not be ingested, and why."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from sourcetrace.cli.options import DbOption, console, emit_json, open_existing


def rejects(
    db: DbOption,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per line.")
    ] = False,
) -> None:
    """List rejected inputs: the file (and line or record), the error code and the reason."""
    with open_existing(db) as store:
        items = store.rejections()
    if as_json:
        for item in items:
            emit_json({"origin": item.origin, "code": item.code,
                                      "reason": item.reason, "at": item.at})
        return
    if not items:
        console.print("no rejected inputs")
        return
    table = Table()
    for name in ("input", "code", "reason", "when"):
        table.add_column(name)
    for item in items:
        table.add_row(item.origin, item.code, item.reason, item.at)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(rejects)

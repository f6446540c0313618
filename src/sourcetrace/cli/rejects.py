"""``sourcetrace rejects --db FILE``: the inputs that could not be ingested, and why."""

from __future__ import annotations

from typing import Annotated

import typer

from sourcetrace.cli.options import DbOption, console, emit_json, open_existing
from sourcetrace.cli.tables import print_table


def rejects(
    db: DbOption,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per line.")
    ] = False,
) -> None:
    """List rejected inputs: the file (and line or record), the error code and the reason.

    Paths are printed in full at any terminal width.
    """
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
    # The input is printed whole (never cut by the terminal's width), to open or re-ingest.
    print_table(console, ("input", "code", "reason", "when"),
                [(item.origin, item.code, item.reason, item.at) for item in items],
                keep=("input",))


def register(app: typer.Typer) -> None:
    app.command()(rejects)

"""``sourcetrace analyze --db FILE``: re-run the analysis over stored articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from sourcetrace.cli.options import DbOption, console, errors, open_existing
from sourcetrace.config import Settings
from sourcetrace.jobs.analyze import analyze_store


def analyze(
    db: DbOption,
    everything: Annotated[
        bool, typer.Option("--all", help="Re-analyse every article, not only outdated ones.")
    ] = False,
    processes: Annotated[
        int | None, typer.Option(help="Worker processes (default: one per core).")
    ] = None,
) -> None:
    """Re-run the per-document analysis over stored articles.

    Only articles analysed by an older version of some stage are redone, unless --all.
    Ids, duplicate links and user decisions are kept.
    """
    settings = Settings.load(processes=processes)
    with open_existing(db) as store:
        total = store.count_articles()
        with Progress(*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=errors, transient=True) as progress:
            task = progress.add_task("analyze", total=total)
            summary = analyze_store(
                store, settings, everything=everything,
                on_article=lambda _id: progress.advance(task),
            )
    console.print(
        f"re-analysed {summary.analysed}, already current {summary.current}, "
        f"failed {summary.failed}"
    )


def register(app: typer.Typer) -> None:
    app.command()(analyze)

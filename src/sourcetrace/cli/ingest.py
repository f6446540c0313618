"""``sourcetrace ingest PATH... --db FILE``: read, analyse and store articles."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from sourcetrace.cli.options import DbOption, console, db_label, emit_json, errors, fail
from sourcetrace.config import Settings
from sourcetrace.errors import SourcetraceError
from sourcetrace.jobs.ingest import IngestEvent, IngestSummary, ingest_paths
from sourcetrace.storage import open_store


class RunnerName(StrEnum):
    local = "local"
    spark = "spark"


_COUNTED = {"ingested", "updated", "duplicate", "unchanged", "rejected"}


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    db: DbOption,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON (for scripts).")
    ] = False,
    processes: Annotated[
        int | None, typer.Option(help="Worker processes (default: one per core).")
    ] = None,
    max_text_bytes: Annotated[
        int | None, typer.Option(help="Reject articles longer than this (default 2 MB).")
    ] = None,
    runner: Annotated[RunnerName, typer.Option(
        help="Where the per-article stages run: local (processes on this machine) or spark "
        "(a Spark job; needs Java 17+). Results are stored through --db either way.")
    ] = RunnerName.local,
    spark_master: Annotated[str | None, typer.Option(
        help="With --runner spark: the Spark master URL (local[N], spark://host:7077, "
        "yarn …); default: the one spark-submit was given, else local[2].")
    ] = None,
) -> None:
    """Ingest articles: .txt (+ NAME.meta.json sidecar), .html, .json, .jsonl, .csv, RSS/Atom, WARC.

    Each article is cleaned, its language identified and its content analysed, then stored.
    Re-running on the same input changes nothing; an edited article is updated in place.
    Bad inputs are reported (and listed later by `sourcetrace rejects`) and the rest goes on.
    Exits non-zero only if nothing at all could be ingested.
    """
    try:
        settings = Settings.load(processes=processes, max_text_bytes=max_text_bytes)
        spark = None
        if runner is RunnerName.spark:
            from sourcetrace.runners.spark import SparkRunner, find_java, java_missing

            if find_java() is None:  # before the store is created: nothing to undo
                raise fail(java_missing())
            spark = SparkRunner(settings, master=spark_master)
        store = open_store(db, create=True)
    except SourcetraceError as exc:
        raise fail(str(exc)) from exc
    show_progress = not quiet and not as_json
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[articles]} articles · {task.fields[current]}"),
        TimeElapsedColumn(),
        console=errors,
        disable=not show_progress,
        transient=True,
    )
    try:
        from sourcetrace.ingest import discover

        # Walked once: the list sizes the progress bar and is what gets ingested.
        files = list(discover(paths))
        with progress:
            task = progress.add_task("ingest", total=len(files), articles=0, current="")
            counted = 0

            def on_event(event: IngestEvent) -> None:
                nonlocal counted
                if event.kind == "file":
                    progress.update(task, advance=1, current=Path(event.origin).name)
                elif event.kind == "stage":
                    progress.update(task, current=f"cross-document: {event.origin}")
                elif event.kind in _COUNTED:
                    counted += 1
                    progress.update(task, articles=counted)
                if event.kind == "rejected" and not as_json:
                    progress.console.print(f"[yellow]rejected[/] {event.origin}: {event.message}")

            summary = ingest_paths(files, store, settings, on_event=on_event, runner=spark)
    finally:
        store.close()
        if spark is not None:
            spark.close()
    if as_json:
        emit_json(summary.as_dict())
    elif not quiet:
        _print_summary(summary, db)
    if not summary.succeeded:
        raise fail(
            "nothing could be ingested" + ("" if summary.files else ": no input files found")
        )


def _print_summary(summary: IngestSummary, db: str) -> None:
    table = Table(title=f"Ingest into {db_label(db)}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("files read", str(summary.files))
    table.add_row("articles ingested", str(summary.ingested))
    table.add_row("  of which republications (linked)", str(summary.linked))
    table.add_row("exact duplicates skipped", str(summary.duplicates))
    table.add_row("updated", str(summary.updated))
    table.add_row("unchanged", str(summary.unchanged))
    table.add_row("rejected", str(summary.rejected))
    if summary.stage_errors:
        table.add_row("with stage errors", str(summary.stage_errors))
    console.print(table)
    for report in summary.corpus:
        if report.get("error"):
            console.print(f"[red]{report['stage']} failed:[/] {report['error']}")
        elif report.get("message"):
            console.print(f"{report['stage']}: {report['message']}")
    if summary.rejected:
        console.print("List rejections with [bold]sourcetrace rejects --db " + db_label(db) + "[/]")


def register(app: typer.Typer) -> None:
    app.command()(ingest)

"""The ``sourcetrace`` command line: one module per command, wired here."""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="sourcetrace",
    help=(
        "Offline news intelligence: ingest multilingual articles, then export or search a "
        "sourced picture of who, what, when, how many and who says so.\n\n"
        "Typical session: `sourcetrace ingest ./articles --db case.db`, then "
        "`sourcetrace export --db case.db --format json --out case.json`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
#: Command modules, each with ``register(app)``; one line per command.
COMMANDS = (
    "sourcetrace.cli.ingest",
    "sourcetrace.cli.analyze",
    "sourcetrace.cli.export",
    "sourcetrace.cli.brief",
    "sourcetrace.cli.search",
    "sourcetrace.cli.rejects",
    "sourcetrace.cli.show",
    "sourcetrace.cli.eval",
    "sourcetrace.cli.serve",
    "sourcetrace.cli.admin.token",
    "sourcetrace.cli.entity",
    "sourcetrace.cli.admin.kb",
    "sourcetrace.cli.sources",
    "sourcetrace.cli.events",
    "sourcetrace.cli.admin.backup",
)
for name in COMMANDS:
    importlib.import_module(name).register(app)


def main() -> None:
    """Run the command line. An error of sourcetrace's own that a command did not report
    (a full disk or a database busy for too long in the middle of a run) ends it with one
    line naming the problem, not a traceback."""
    from sourcetrace.errors import SourcetraceError

    try:
        app()
    except SourcetraceError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None

"""The ``sourcetrace`` command line: one module per command, wired here."""

from __future__ import annotations

import typer

from sourcetrace.cli import analyze, export, ingest, rejects, search, show, sources

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
for module in (ingest, analyze, export, search, rejects, show, sources):
    module.register(app)


def main() -> None:
    app()

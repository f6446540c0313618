"""``sourcetrace brief --db FILE --out brief.html``: the analyst brief of a case."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli.options import DbOption, console, fail, open_existing
from sourcetrace.errors import ConfigError
from sourcetrace.outputs.brief import FORMATS, write_brief


def brief(
    db: DbOption,
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="html (one self-contained page) or md.")
    ] = "html",
    story: Annotated[
        str | None, typer.Option("--story", help="Only the articles of this story id.")
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", help="Only the articles naming this entity id (before "
                                      "linking: an actor key shown in the brief)."),
    ] = None,
    full: Annotated[
        bool, typer.Option("--full", help="Every section and article unfolded, and every "
                                          "actor listed (the default folds them).")
    ] = False,
) -> None:
    """Write a brief of the case: a first screen of what happened, what is disputed and
    what changed, then the overview, stories, timeline, actors, checks (one card per
    claim or figure, conflicts first) and figures, quotes, sources and signals, and every
    article with its findings highlighted.

    The HTML page is self-contained (inline CSS and SVG, no script) and requests nothing
    from the network, so it can be sent and opened offline. Its sections and articles
    are folded (HTML ``details``) unless ``--full`` is given.
    """
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    store = open_existing(db)
    try:
        summary = write_brief(store, out, fmt=fmt, story=story, entity=entity, full=full)
    except (ConfigError, FileNotFoundError) as exc:
        raise fail(str(exc)) from exc
    finally:
        store.close()
    focus = f", focus: {summary.focus}" if summary.focus else ""
    console.print(f"wrote {summary.path} ({fmt}, {summary.articles} articles{focus})")


def register(app: typer.Typer) -> None:
    app.command()(brief)

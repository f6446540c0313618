"""``sourcetrace search --db FILE QUERY``: full-text search over titles and texts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from sourcetrace.cli.options import DbOption, console, emit_json, open_existing


def search(
    query: Annotated[
        str, typer.Argument(help='Words to find; "quoted phrases", OR, NOT and prefix* work.')
    ],
    db: DbOption,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON lines.")] = False,
) -> None:
    """Full-text search over article titles and cleaned texts, best match first.

    Accents are ignored ("Etat" finds "État").
    """
    with open_existing(db) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        for hit in hits:
            emit_json({"article_id": hit.article_id, "title": hit.title,
                                      "source": hit.source, "published": hit.published,
                                      "snippet": hit.snippet, "score": hit.score})
        return
    if not hits:
        console.print(f"no article matches {query!r}")
        return
    table = Table(show_lines=False)
    for name in ("id", "published", "source", "title / snippet"):
        table.add_column(name)
    for hit in hits:
        table.add_row(hit.article_id, hit.published or "", hit.source or "",
                      f"[bold]{hit.title or ''}[/]\n{hit.snippet}")
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(search)

"""``sourcetrace search --db FILE QUERY``: full-text search over titles and texts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from sourcetrace.cli.options import DbOption, console, emit_json, open_existing
from sourcetrace.cli.tables import print_table
from sourcetrace.storage.base import HIT_END, HIT_START


def snippet_text(snippet: str) -> Text:
    """A snippet with its hits in bold, as plain ``Text``: the ``[hit]`` markers are never
    read as console markup (Rich took ``[fire]``, any lower-case hit, for a style tag and
    dropped it)."""
    text = Text()
    rest = snippet
    while rest:
        start = rest.find(HIT_START)
        end = rest.find(HIT_END, start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            text.append(rest)
            break
        text.append(rest[:start])
        text.append(rest[start + 1 : end], style="bold reverse")
        rest = rest[end + 1 :]
    return text


def search(
    query: Annotated[
        str, typer.Argument(help='Words to find; "quoted phrases", OR, NOT and prefix* work.')
    ],
    db: DbOption,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON lines.")] = False,
) -> None:
    """Full-text search over article titles and cleaned texts, best match first.

    Ids are printed whole at any terminal width, for `sourcetrace show ID`.

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
    rows: list[list[str | Text]] = []
    for hit in hits:
        cell = Text(hit.title or "", style="bold")
        cell.append("\n")
        cell.append(snippet_text(hit.snippet))
        rows.append([hit.article_id, hit.published or "", hit.source or "", cell])
    # Ids are printed whole at any width: `sourcetrace show ID` takes them as printed.
    print_table(console, ("id", "published", "source", "title / snippet"), rows)


def register(app: typer.Typer) -> None:
    app.command()(search)

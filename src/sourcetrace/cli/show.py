"""``sourcetrace show ARTICLE_ID --db FILE``: one stored article, and what cleaning removed."""

from __future__ import annotations

from typing import Annotated

import typer

from sourcetrace.cli.options import DbOption, console, db_label, emit_json, fail, open_existing


def show(
    article_id: Annotated[str, typer.Argument(help="The article id (see `sourcetrace search`).")],
    db: DbOption,
    removed: Annotated[bool, typer.Option("--removed", help="List what cleaning removed.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the article as JSON.")] = False,
) -> None:
    """Show a stored article: metadata, cleaned text, language, duplicates, stage errors."""
    with open_existing(db) as store:
        stored = store.get_article(article_id)
    if stored is None:
        raise fail(f"no article with id {article_id!r} in {db_label(db)}")
    doc = stored.document
    if as_json:
        payload = {
            "id": doc.id, "title": doc.title, "headline": doc.headline, "source": doc.source,
            "url": doc.url, "published": doc.published, "author": doc.author,
            "language": doc.language, "language_confidence": doc.language_confidence,
            "origin": doc.origin, "duplicate_of": stored.duplicate_of,
            "duplicate_kind": stored.duplicate_kind, "text": doc.text,
            "removed": [{"start": r.start, "end": r.end, "text": r.text, "rule": r.rule}
                        for r in doc.removed],
            "errors": [{"stage": e.stage, "error": e.error, "message": e.message}
                       for e in doc.errors],
            "provenance": dict(doc.provenance),
        }
        emit_json(payload, indent=2)
        return
    console.print(f"[bold]{doc.title or '(no title)'}[/]")
    meta = [("id", doc.id), ("source", doc.source), ("published", doc.published),
            ("author", doc.author), ("url", doc.url), ("language", doc.language),
            ("origin", doc.origin)]
    if stored.duplicate_of:
        meta.append(("duplicate of", f"{stored.duplicate_of} ({stored.duplicate_kind}, "
                                     f"similarity {stored.similarity:.2f})"))
    for key, value in meta:
        if value:
            console.print(f"[dim]{key}:[/] {value}")
    for error in doc.errors:
        console.print(f"[red]stage {error.stage} failed:[/] {error.error}: {error.message}")
    if removed:
        console.print(f"\n[bold]Removed by cleaning ({len(doc.removed)}):[/]")
        for item in doc.removed:
            console.print(f"  [yellow]{item.rule}[/] {item.start}-{item.end}: {item.text!r}")
    else:
        console.print()
        console.print(doc.text, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command()(show)

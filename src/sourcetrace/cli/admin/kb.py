"""``sourcetrace kb add|list|search``: the knowledge base the linker uses, and the user's
own lists (our JSON/JSONL/YAML format or FollowTheMoney entity lines)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.capabilities.linking.corpus import knowledge_base, relink
from sourcetrace.cli.options import DbOption, console, emit_json, errors, fail, open_existing
from sourcetrace.config import Settings
from sourcetrace.kb import read_list

kb_app = typer.Typer(
    name="kb",
    no_args_is_help=True,
    help="The knowledge base: add your own lists, list and search entries.",
)


@kb_app.command("add")
def add(
    file: Annotated[
        Path,
        typer.Argument(
            help="A list: .jsonl/.json/.yaml in our format, or FollowTheMoney entity JSON lines."
        ),
    ],
    db: DbOption,
) -> None:
    """Add the entries of FILE to the case's knowledge base and re-link the corpus."""
    if not file.is_file():
        raise fail(f"{file}: no such file")
    report = read_list(file)
    for problem in report.errors:
        errors.print(f"[yellow]skipped[/] {problem}")
    with open_existing(db) as store:
        stored = store.add_user_entries(report.entries, str(file))
        relink(store, Settings.load())
    console.print(
        f"{file}: added {stored} entries; {len(report.errors)} bad, "
        f"{report.skipped} of other kinds skipped"
    )
    if not report.entries and report.errors:
        raise typer.Exit(1)


@kb_app.command("list")
def list_entries(
    db: DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The entries you added to this case (the bundled ones: `kb search`)."""
    with open_existing(db) as store:
        items = store.user_entries()
    if as_json:
        emit_json([{"id": e.id, "name": e.name, "type": e.type, "qid": e.qid} for e in items])
        return
    for e in items:
        console.print(f"[bold]{e.name}[/] ({e.type}) [dim]{e.id}[/] {e.qid or ''}")
    console.print(f"[dim]{len(items)} user entries[/]")


@kb_app.command("search")
def search(
    text: Annotated[str, typer.Argument(help="A name in any language or spelling.")],
    db: DbOption,
    limit: Annotated[int, typer.Option(help="How many candidates.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Knowledge-base entries for a name: exact, normalised, near spellings, sound-alikes."""
    with open_existing(db) as store:
        kb = knowledge_base(store, Settings.load())
    found = kb.candidates(text, limit=limit)
    if as_json:
        emit_json(
            [
                {
                    "id": c.entry.id,
                    "name": c.entry.name,
                    "type": c.entry.type,
                    "qid": c.entry.qid,
                    "score": round(c.score, 3),
                    "reason": c.reason,
                }
                for c in found
            ]
        )
        return
    for c in found:
        console.print(
            f"{c.score:.2f} [yellow]{c.reason}[/] [bold]{c.entry.name}[/] "
            f"({c.entry.type}) [dim]{c.entry.id}[/] {c.entry.qid or ''}"
        )
    if not found:
        console.print("no entry")


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app)

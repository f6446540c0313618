"""``sourcetrace entity list|show|merge|split|rename``: the linked entities, why each alias
joined, and the user's corrections (kept in the case and re-applied after every run)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from sourcetrace.capabilities.linking.decide import Action, decide
from sourcetrace.cli.options import DbOption, console, db_label, emit_json, fail, open_existing
from sourcetrace.config import Settings
from sourcetrace.errors import DecisionError

entity_app = typer.Typer(
    name="entity",
    no_args_is_help=True,
    help="Linked entities: list, show the evidence per alias, merge, split, rename.",
)
IdArgument = Annotated[str, typer.Argument(help="An entity id (see `sourcetrace entity list`).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _decide(db: DbOption, action: Action, entity: str, **details: Any) -> str:
    """Store and apply one decision (``capabilities.linking.decide.decide``, as the web app does);
    returns the entity to look at now."""
    store = open_existing(db)
    try:
        outcome = decide(store, Settings.load(), action=action, entity=entity, **details)
    except DecisionError as exc:
        raise fail(str(exc)) from exc
    finally:
        store.close()
    return outcome.entity_id


@entity_app.command("list")
def list_entities(
    db: DbOption,
    limit: Annotated[int, typer.Option(help="How many entities.")] = 30,
    kind: Annotated[
        str | None, typer.Option("--type", help="Only this type (PERSON, ARMED_GROUP …).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The entities cited in the most articles."""
    with open_existing(db) as store:
        rows = store.top_entities(limit=limit, kind=kind)
    if as_json:
        emit_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "type": r.type,
                    "kb_id": r.qid,
                    "articles": r.article_count,
                    "mentions": r.mention_count,
                }
                for r in rows
            ]
        )
        return
    for r in rows:
        kb = f" [dim]{r.qid}[/]" if r.qid else ""
        console.print(
            f"{r.article_count:>4} art. {r.mention_count:>5} ment.  [bold]{r.name}[/] "
            f"({r.type}){kb}  [dim]{r.id}[/]"
        )


@entity_app.command("show")
def show(entity_id: IdArgument, db: DbOption, as_json: JsonOption = False) -> None:
    """An entity: canonical name, type, knowledge-base id, every alias with the evidence
    that joined it, and the articles that mention it."""
    with open_existing(db) as store:
        detail = store.entity_detail(entity_id)
    if detail is None:
        raise fail(f"no entity {entity_id!r} in {db_label(db)} (see `sourcetrace entity list`)")
    if as_json:
        emit_json(detail, indent=2)
        return
    console.print(f"[bold]{detail['name']}[/] ({detail['type']})  [dim]{detail['id']}[/]")
    console.print(f"[dim]knowledge base:[/] {detail['kb_id'] or '-'} / {detail['kb_entry'] or '-'}")
    if detail["roles"]:
        console.print(f"[dim]roles seen:[/] {'; '.join(detail['roles'])}")
    console.print("\n[bold]Aliases and why they joined[/]")
    for a in detail["aliases"]:
        console.print(f"  {a['alias']!r}  [yellow]{a['rule']}[/]  {a['detail']}")
    console.print(f"\n[bold]Articles ({len(detail['articles'])})[/]")
    for art in detail["articles"]:
        console.print(f"  {art['id']}  {art['title'] or ''}  [dim]({art['mentions']} mentions)[/]")


@entity_app.command("merge")
def merge(
    entity_id: IdArgument,
    other: Annotated[str, typer.Argument(help="The entity merged into the first.")],
    db: DbOption,
) -> None:
    """Merge OTHER into ENTITY_ID (kept across re-runs and re-ingests)."""
    _decide(db, "merge", entity_id, other=other)
    console.print(f"merged {other} into {entity_id}")


@entity_app.command("split")
def split(
    entity_id: IdArgument,
    db: DbOption,
    alias: Annotated[
        str | None, typer.Option("--alias", help="The mentions written so become their own entity.")
    ] = None,
    mention: Annotated[
        list[str] | None, typer.Option("--mention", help="A mention id to move (repeatable).")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name of the new entity.")] = None,
) -> None:
    """Split mentions (by --alias or --mention) off an entity into a new one."""
    if not alias and not mention:
        raise fail("give --alias TEXT or --mention ID")
    made = _decide(db, "split", entity_id, alias=alias, mentions=tuple(mention or ()), name=name)
    console.print(f"split {alias or ', '.join(mention or [])} off {entity_id} into {made}")


@entity_app.command("rename")
def rename(
    entity_id: IdArgument,
    name: Annotated[str, typer.Argument(help="The new canonical name.")],
    db: DbOption,
) -> None:
    """Give an entity another canonical name (kept across re-runs)."""
    _decide(db, "rename", entity_id, name=name)
    console.print(f"renamed {entity_id} to {name!r}")


def register(app: typer.Typer) -> None:
    app.add_typer(entity_app)

"""``sourcetrace token create|list|revoke``: bearer tokens for the web API."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from sourcetrace.cli.options import DbOption, console, emit_json, fail, open_existing


class Scope(StrEnum):
    read = "read"
    write = "write"
    admin = "admin"


token_app = typer.Typer(
    help="API tokens: writes over the web API (ingest, entity merge/split) need one.",
    no_args_is_help=True,
)


@token_app.command("create")
def create(
    db: DbOption,
    name: Annotated[str, typer.Option(help="A name to recognise the token by.")] = "default",
    scope: Annotated[Scope, typer.Option(
        help="read: read a private case; write: also ingest and entity decisions; "
        "admin: everything.")] = Scope.write,
    expires_days: Annotated[float | None, typer.Option(
        help="Days the token lives (default: until revoked).", min=0.0001)] = None,
) -> None:
    """Make a token and print it once; only its hash is stored."""
    with open_existing(db) as store:
        info, token = store.create_token(
            name, scope=scope.value,
            expires_in=timedelta(days=expires_days) if expires_days else None)
    until = f", expires {info.expires_at}" if info.expires_at else ""
    console.print(f"token {info.id} ({info.name}, scope {info.scope}{until}) created; "
                  "it is shown only now:", style="bold")
    typer.echo(token)


@token_app.command("list")
def list_(
    db: DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON lines.")] = False,
) -> None:
    """Every token: id, name, when made, when revoked (tokens themselves are not stored)."""
    with open_existing(db) as store:
        tokens = store.list_tokens()
    if as_json:
        for t in tokens:
            emit_json({"id": t.id, "name": t.name, "scope": t.scope,
                       "created_at": t.created_at, "expires_at": t.expires_at,
                       "revoked_at": t.revoked_at})
        return
    if not tokens:
        console.print("no tokens; make one with `sourcetrace token create --db FILE`")
        return
    table = Table()
    for column in ("id", "name", "scope", "created", "expires", "revoked"):
        table.add_column(column)
    for t in tokens:
        table.add_row(str(t.id), t.name, t.scope, t.created_at, t.expires_at or "",
                      t.revoked_at or "")
    console.print(table)


@token_app.command("revoke")
def revoke(
    ref: Annotated[str, typer.Argument(help="The token's id or name.")],
    db: DbOption,
) -> None:
    """Revoke a token (by id, or every live token with that name)."""
    with open_existing(db) as store:
        revoked = store.revoke_token(ref)
    if not revoked:
        raise fail(f"no live token with id or name {ref!r}")
    for t in revoked:
        console.print(f"revoked token {t.id} ({t.name})")


def register(app: typer.Typer) -> None:
    app.add_typer(token_app, name="token")

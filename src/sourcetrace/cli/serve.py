"""``sourcetrace serve --db FILE``: the web app and REST API (FastAPI + uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from sourcetrace.cli.options import DbOption, console, fail
from sourcetrace.config import Settings
from sourcetrace.errors import SourcetraceError


def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    private: Annotated[bool | None, typer.Option(
        "--private/--public",
        help="Require a token for every page and endpoint (default: the api_private setting).",
    )] = None,
) -> None:
    """Serve the web app (search, article reader, entities, stories, timeline, graph,
    outlets) and the REST API under /api/v1 (OpenAPI at /openapi.json, overview at /docs).

    Writes over the API need a token: `sourcetrace token create --db FILE`.
    """
    import uvicorn

    from sourcetrace.web import create_app

    if not db.exists():
        raise fail(f"{db}: no such database; create it with `sourcetrace ingest PATH --db {db}`")
    try:
        settings = Settings.load(api_private=private)
        app = create_app(db, settings)
    except SourcetraceError as exc:
        raise fail(str(exc)) from exc
    console.print(f"sourcetrace serving {db} on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)

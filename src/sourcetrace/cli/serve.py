"""``sourcetrace serve --db FILE|URL``: the web app and REST API (FastAPI + uvicorn)."""

from __future__ import annotations

import ipaddress
import json
import os
from typing import Annotated, Any

import typer

from sourcetrace.cli.options import DbOption, check_exists, console, db_label, fail
from sourcetrace.config import Settings
from sourcetrace.errors import SourcetraceError
from sourcetrace.web.security import MAX_BODY_BYTES


def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    private: Annotated[bool | None, typer.Option(
        "--read-token-required/--public-read",
        "--private/--public",
        help="Require a token for every page and endpoint, or let anyone who can reach "
        "the app read it (default: the api_private setting). One of the two is needed to "
        "listen on an address other than loopback.",
    )] = None,
    read_only: Annotated[bool, typer.Option(
        "--read-only", help="Refuse every write (ingest, entity decisions), token or not.",
    )] = False,
    max_body_mb: Annotated[float, typer.Option(
        help="The largest request body accepted, in MB; larger ones get 413.", min=0.001,
    )] = MAX_BODY_BYTES / (1024 * 1024),
    workers: Annotated[int, typer.Option(
        help="Server processes answering requests (each with its own threads); SQLite and "
        "PostgreSQL let them read at once and write one at a time.", min=1,
    )] = 1,
) -> None:
    """Serve the web app (search, article reader, entities, stories, timeline, graph,
    outlets) and the REST API under /api/v1 (OpenAPI at /openapi.json, overview at /docs).

    Writes over the API need a token: `sourcetrace token create --db FILE`. The app
    listens on 127.0.0.1 unless told otherwise; on any other address it refuses to start
    unless --read-token-required or --public-read says who may read.
    """
    import uvicorn

    from sourcetrace.web import create_app

    if not _loopback(host) and private is None:
        raise fail(f"refusing to listen on {host}: other machines could read the case. "
                   "Say who may read it: --read-token-required (a token for every page and "
                   "endpoint) or --public-read (anyone who can reach the address).")
    check_exists(db)
    max_body_bytes = int(max_body_mb * 1024 * 1024)
    try:
        settings = Settings.load(api_private=private)
        app = create_app(db, settings, read_only=read_only, max_body_bytes=max_body_bytes)
    except SourcetraceError as exc:
        raise fail(str(exc)) from exc
    mode = " read-only" if read_only else ""
    console.print(f"sourcetrace serving {db_label(db)}{mode} on http://{host}:{port}/ "
                  "(Ctrl-C to stop)")
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Each worker process builds its own app from the same options (uvicorn needs an
    # import string to start workers); the app checked above is only a trial.
    app.state.store.close()
    os.environ[SERVE_OPTIONS] = json.dumps({
        "db": str(db), "private": private, "read_only": read_only,
        "max_body_bytes": max_body_bytes})
    # A worker ingesting a posted article runs the NLP pipeline, which can keep the
    # worker's health-check thread from answering for many seconds on a busy machine;
    # uvicorn's 5 s default then kills the worker in the middle of the request.
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, host=host, port=port,
                workers=workers, log_level="warning",
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_S)


#: How long a worker may take to answer uvicorn's health check before it is restarted.
WORKER_HEALTHCHECK_S = 120
#: The environment variable that hands ``serve``'s options to its worker processes.
SERVE_OPTIONS = "SOURCETRACE_SERVE_OPTIONS"


def app_from_environment() -> Any:
    """The app of one ``serve --workers N`` worker, from the options ``serve`` left."""
    from sourcetrace.web import create_app

    options = json.loads(os.environ[SERVE_OPTIONS])
    return create_app(options["db"], Settings.load(api_private=options["private"]),
                      read_only=options["read_only"], max_body_bytes=options["max_body_bytes"])


def _loopback(host: str) -> bool:
    """Whether ``host`` is this machine only (127.0.0.0/8, ::1 or ``localhost``)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    app.command()(serve)

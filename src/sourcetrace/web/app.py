"""The web app factory: wires the store, templates, security headers and routes.

``create_app(db_path, settings)`` opens an existing case database and returns a FastAPI
app serving the pages (``web.pages``), the REST API under ``/api/v1`` (``web.api``), our
own static files and an API page at ``/docs`` (FastAPI's Swagger UI is off: it loads
from a CDN, and the app works offline). The OpenAPI document is at ``/openapi.json``.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Route

import sourcetrace
from sourcetrace.config import Settings
from sourcetrace.errors import SourcetraceError
from sourcetrace.storage import open_store
from sourcetrace.web import api, pages
from sourcetrace.web.auth import FailedAttempts
from sourcetrace.web.contract import ErrorItem, secure_openapi, wants_json
from sourcetrace.web.records import RecordsCache
from sourcetrace.web.security import MAX_BODY_BYTES, RequestGuard, SecurityHeaders, safe_href

__all__ = ["create_app"]

HERE = Path(__file__).resolve().parent


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped; article content is hostile input
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    env.filters["qs"] = lambda params: urlencode({k: v for k, v in params.items() if v})
    env.filters["href"] = safe_href
    env.globals["version"] = sourcetrace.__version__
    return Jinja2Templates(env=env)


def create_app(db_path: str | Path, settings: Settings | None = None, *,
               read_only: bool = False, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """A FastAPI app over the case database at ``db_path`` (which must exist).

    ``read_only`` refuses every write (403); a request body over ``max_body_bytes`` is
    answered 413.
    """
    settings = settings or Settings.load()
    store = open_store(db_path, create=False)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="sourcetrace",
        version=sourcetrace.__version__,
        description="Sourced entities, quotes, figures, dates, stories, checks and signals "
        "from a news corpus. Lists are paged with `limit`/`offset` and answer `total` and "
        "`next_offset`. Writes need `Authorization: Bearer TOKEN` "
        "(`sourcetrace token create`).",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.records = RecordsCache()
    app.state.graphs = {}  # graph layouts by filters (``pages.graph``)
    app.state.settings = settings
    app.state.templates = _templates()
    app.state.write_lock = threading.Lock()
    app.state.read_only = read_only
    app.state.failed_attempts = FailedAttempts()
    app.add_middleware(RequestGuard, max_body_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.public_router)
    app.include_router(pages.router)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((HERE / "static" / "favicon.svg").read_bytes(),
                        media_type="image/svg+xml")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        errors = [e.model_dump() for e in getattr(exc, "errors", [])]
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
        return _error(request, exc.status_code, str(exc.detail), headers, errors)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [_error_item(e) for e in exc.errors()]
        detail = "; ".join(
            f"{e['parameter']}: {e['message']}" if e["parameter"] else e["message"]
            for e in errors) or "invalid request"
        return _error(request, 422, detail, None, errors)

    @app.exception_handler(SourcetraceError)
    async def store_error(request: Request, exc: SourcetraceError) -> Response:
        return _error(request, 500, str(exc), None, [])

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            app.openapi_schema = secure_openapi(schema, reads_need_token=settings.api_private)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _allowed_methods(request: Request) -> list[str]:
    """The methods a path answers: as the OpenAPI document lists them for an API path,
    else those of every route that matches it."""
    path = request.url.path
    documented = request.app.openapi().get("paths", {}).get(path)
    if documented:
        return sorted(m.upper() for m in documented)
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, APIRoute | Route) and route.path_regex.match(path):
            methods |= set(route.methods or ())
    return sorted(methods)


def _error_item(error: Any) -> dict[str, Any]:
    """A pydantic validation error as an ``ErrorItem``: the parameter it is about."""
    loc = [str(part) for part in error.get("loc", ())]
    location = loc[0] if loc else None
    parameter = ".".join(loc[1:]) if len(loc) > 1 else None
    ctx = error.get("ctx") or {}
    allowed = ctx.get("expected")
    return ErrorItem(parameter=parameter, location=location, message=str(error.get("msg")),
                     allowed=[str(allowed)] if allowed else None).model_dump()


def _error(request: Request, code: int, detail: str, headers: dict[str, str] | None,
           errors: list[dict[str, Any]]) -> Response:
    if wants_json(request):
        return JSONResponse({"detail": detail, "errors": errors}, status_code=code,
                            headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    name = "login.html" if code == 401 else "error.html"
    data = {"error": detail, "status": code}
    return templates.TemplateResponse(request, name, {"data": data, "title": f"Error {code}"},
                                      status_code=code, headers=headers)

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
from urllib.parse import quote, urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

import sourcetrace
from sourcetrace.config import Settings
from sourcetrace.errors import SourcetraceError
from sourcetrace.storage import open_store
from sourcetrace.web import api, pages
from sourcetrace.web.security import SecurityHeaders, safe_href

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


def create_app(db_path: str | Path, settings: Settings | None = None) -> FastAPI:
    """A FastAPI app over the case database at ``db_path`` (which must exist)."""
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
    app.state.settings = settings
    app.state.templates = _templates()
    app.state.write_lock = threading.Lock()
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
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return _error(request, 422, "; ".join(str(e.get("msg")) for e in exc.errors()), None)

    @app.exception_handler(SourcetraceError)
    async def store_error(request: Request, exc: SourcetraceError) -> Response:
        return _error(request, 500, str(exc), None)

    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.query_params.get("format") == "json"


def _error(request: Request, code: int, detail: str, headers: dict[str, str] | None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=code, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    name = "login.html" if code == 401 else "error.html"
    data = {"error": detail, "status": code}
    return templates.TemplateResponse(request, name, {"data": data, "title": f"Error {code}"},
                                      status_code=code, headers=headers)



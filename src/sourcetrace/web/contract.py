"""The API's contract: response models, the error model, enum parameters and the
OpenAPI document's security scheme.

Every ``/api/v1`` route declares a response model (lists share ``Page``), and every error
answers ``Error``: a one-line ``detail`` and, for a bad parameter, an ``errors`` item that
names the parameter and, for an enum, the allowed values. Enum parameters accept any case
(``?type=person``) and are checked here rather than by FastAPI, so that the 422 can list
what is allowed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import HTTPException, Request, status
from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "BEARER_SCHEME",
    "ENTITY_TYPES",
    "ERROR_RESPONSES",
    "VERDICTS",
    "Error",
    "ErrorItem",
    "Page",
    "Record",
    "bad_parameter",
    "enum_value",
    "secure_openapi",
    "wants_json",
]

#: Entity types of the export contract (docs/export.md): coarse and finer ones.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "ARMED_GROUP", "AGENCY", "IGO", "MEDIA", "COMPANY", "PARTY",
)
#: Verdicts of a cross-source check (docs/export.md).
VERDICTS: tuple[str, ...] = ("consistent", "conflicting", "updated", "unclear")

BEARER_SCHEME = "bearer"


class ErrorItem(BaseModel):
    """One thing wrong with a request: the parameter (when one is to blame), why, and the
    allowed values when the parameter is an enum."""

    parameter: str | None = None
    location: str | None = None
    message: str
    allowed: list[str] | None = None


class Error(BaseModel):
    """Every error answer of the API: ``detail`` says what went wrong in one line."""

    detail: str
    errors: list[ErrorItem] = Field(default_factory=list)


class Record(BaseModel):
    """A JSON object of the export contract (docs/export.md); its fields depend on the
    route."""

    model_config = ConfigDict(extra="allow")


class Page(BaseModel):
    """One page of a list: ``next_offset`` is null on the last page. Some lists add
    fields of their own (``linked`` on entities, ``query`` on search)."""

    model_config = ConfigDict(extra="allow")

    items: list[dict[str, Any]]
    total: int = Field(ge=0)
    limit: int = Field(ge=1)
    offset: int = Field(ge=0)
    next_offset: int | None


def _error(description: str) -> dict[str, Any]:
    return {"model": Error, "description": description}


#: The error answers every API route may give (declared on the router).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _error("The body is not valid JSON."),
    401: _error("A token is required (writes, or every route of a private case), or the "
                "token is unknown, expired or revoked."),
    403: _error("The token's scope does not allow this, or the app is read-only."),
    404: _error("No such record."),
    413: _error("The request body is larger than the app accepts."),
    422: _error("A parameter or the body is invalid; `errors` names it."),
    429: _error("Too many failed token attempts from this client; retry later."),
}


def bad_parameter(parameter: str, message: str, allowed: Iterable[str] | None = None,
                  location: str = "query") -> HTTPException:
    """A 422 naming ``parameter`` (and its allowed values), answered as ``Error``."""
    allowed_list = list(allowed) if allowed is not None else None
    detail = f"{parameter}: {message}"
    if allowed_list:
        detail += f" (allowed: {', '.join(allowed_list)})"
    exc = HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail)
    exc.errors = [ErrorItem(parameter=parameter, location=location,  # type: ignore[attr-defined]
                            message=message, allowed=allowed_list)]
    return exc


def enum_value(parameter: str, value: str | None, allowed: Iterable[str]) -> str | None:
    """``value`` spelt as in ``allowed`` (any case matches), None when blank; a 422 naming
    the parameter and the allowed values when it is none of them."""
    if value is None or not value.strip():
        return None
    choices = list(allowed)
    by_fold = {choice.casefold(): choice for choice in choices}
    found = by_fold.get(value.strip().casefold())
    if found is None:
        raise bad_parameter(parameter, f"unknown value {value!r}", choices)
    return found


def enum_schema(allowed: Iterable[str]) -> dict[str, Any]:
    """The OpenAPI schema of a case-insensitive enum parameter: every value as written
    and in lower and upper case (the spellings a client is told it may send)."""
    values: list[str] = []
    for choice in allowed:
        for spelling in (choice, choice.lower(), choice.upper()):
            if spelling not in values:
                values.append(spelling)
    return {"enum": values}


def secure_openapi(schema: dict[str, Any], *, reads_need_token: bool) -> dict[str, Any]:
    """Declare the bearer scheme on ``schema``: writes always need it, reads only when
    the case is private."""
    components = schema.setdefault("components", {})
    components.setdefault("securitySchemes", {})[BEARER_SCHEME] = {
        "type": "http",
        "scheme": "bearer",
        "description": "A token made with `sourcetrace token create` (scopes read, write, "
        "admin).",
    }
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            if method.lower() in ("get", "head") and not reads_need_token:
                operation["security"] = []
            else:
                operation["security"] = [{BEARER_SCHEME: []}]
    return schema


def wants_json(request: Request) -> bool:
    """JSON for the API, for ``?format=json`` and for a client that asks for JSON in its
    ``Accept`` header rather than HTML (browsers ask for HTML)."""
    if request.url.path.startswith("/api/") or request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "").lower()
    return "application/json" in accept and "text/html" not in accept

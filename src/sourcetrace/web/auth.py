"""Bearer tokens for the web API.

Writes (``POST /api/v1/articles``, entity merge/split/rename) always need a token sent
as ``Authorization: Bearer TOKEN``. With ``Settings.api_private`` every page and endpoint
needs one; browsers may then present it as the ``sourcetrace_token`` cookie set by
``/login`` (the cookie is accepted for reads only, so a cross-site form cannot write).
Tokens are made with ``sourcetrace token create`` and stored hashed
(``storage.tokens``).
"""

from __future__ import annotations

from fastapi import HTTPException, Request, status

from sourcetrace.config import Settings
from sourcetrace.storage.base import Store
from sourcetrace.storage.tokens import TokenInfo, verify_token

__all__ = ["COOKIE_NAME", "require_read", "require_write", "token_from_header"]

COOKIE_NAME = "sourcetrace_token"
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def token_from_header(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, or None."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def _check(store: Store, token: str | None) -> TokenInfo:
    if token is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a bearer token is required",
                            headers=_CHALLENGE)
    info = verify_token(store, token)
    if info is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked token",
                            headers=_CHALLENGE)
    return info


def require_write(request: Request) -> TokenInfo:
    """Dependency of every endpoint that changes the case: a valid header token."""
    store: Store = request.app.state.store
    return _check(store, token_from_header(request))


def require_read(request: Request) -> TokenInfo | None:
    """Dependency of every reading route: nothing, unless ``api_private`` is set."""
    settings: Settings = request.app.state.settings
    if not settings.api_private:
        return None
    store: Store = request.app.state.store
    token = token_from_header(request) or request.cookies.get(COOKIE_NAME)
    return _check(store, token)

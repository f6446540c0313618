"""Bearer tokens for the web API: scopes, failed-attempt limits and the read-only mode.

Writes (``POST /api/v1/articles``, entity merge/split/rename) always need a token of
scope ``write`` (or ``admin``) sent as ``Authorization: Bearer TOKEN``; a read-only app
(``sourcetrace serve --read-only``) refuses them with 403 whatever the token. With
``Settings.api_private`` every page and endpoint needs a token (any scope); browsers may
then present it as the ``sourcetrace_token`` cookie set by ``/login`` (the cookie is
accepted for reads only, so a cross-site form cannot write). Tokens are made with
``sourcetrace token create`` and stored hashed (``storage.protocols.TokenStore``).

A client that sends ``MAX_FAILURES`` wrong tokens within ``FAILURE_WINDOW_S`` seconds is
answered 429 until the window has passed, before its token is even looked up.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from fastapi import HTTPException, Request, status

from sourcetrace.config import Settings
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import TokenInfo

__all__ = ["COOKIE_NAME", "FAILURE_WINDOW_S", "MAX_FAILURES", "FailedAttempts",
           "check_token", "require_read", "require_write", "token_from_header"]

COOKIE_NAME = "sourcetrace_token"
_CHALLENGE = {"WWW-Authenticate": "Bearer"}
#: Wrong tokens one client may send within ``FAILURE_WINDOW_S`` before it gets 429.
MAX_FAILURES = 10
FAILURE_WINDOW_S = 60.0


class FailedAttempts:
    """Failed token attempts per client address over a sliding window (in memory)."""

    def __init__(self, limit: int = MAX_FAILURES, window_s: float = FAILURE_WINDOW_S) -> None:
        self.limit = limit
        self.window_s = window_s
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._seen.setdefault(client, deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        return times

    def blocked_for(self, client: str) -> float:
        """Seconds ``client`` must wait (0 when it may try)."""
        now = time.monotonic()
        with self._lock:
            times = self._recent(client, now)
            if len(times) < self.limit:
                return 0.0
            return max(0.0, times[0] + self.window_s - now)

    def fail(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent(client, now).append(now)
            if len(self._seen) > 10_000:  # forget idle clients; memory stays bounded
                for key in [k for k, v in self._seen.items() if not v]:
                    del self._seen[key]


def token_from_header(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, or None."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_token(request: Request, token: str | None) -> TokenInfo:
    """The live token ``token``, or 401 (none, unknown, expired, revoked) or 429 (this
    client has failed too often lately)."""
    attempts: FailedAttempts = request.app.state.failed_attempts
    wait = attempts.blocked_for(_client(request))
    if wait:
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS,
                            "too many failed token attempts; retry later",
                            headers={"Retry-After": str(int(wait) + 1)})
    if token is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a bearer token is required",
                            headers=_CHALLENGE)
    store: Store = request.app.state.store
    info = store.verify_token(token)
    if info is None:
        attempts.fail(_client(request))
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown, expired or revoked token",
                            headers=_CHALLENGE)
    return info


def require_write(request: Request) -> TokenInfo:
    """Dependency of every endpoint that changes the case: a valid header token of scope
    ``write`` or more, on an app that is not read-only."""
    if request.app.state.read_only:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "this app is read-only (sourcetrace serve --read-only)")
    info = check_token(request, token_from_header(request))
    if not info.allows("write"):
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"token {info.name!r} has scope {info.scope!r}; this needs write")
    return info


def require_read(request: Request) -> TokenInfo | None:
    """Dependency of every reading route: nothing, unless ``api_private`` is set."""
    settings: Settings = request.app.state.settings
    if not settings.api_private:
        return None
    token = token_from_header(request) or request.cookies.get(COOKIE_NAME)
    return check_token(request, token)

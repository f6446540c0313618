"""Response headers that keep hostile article content inert, and link checking.

Article titles, texts and URLs come from the open web and are treated as hostile:
templates escape everything (Jinja2 autoescape), only ``http``/``https`` URLs become
links (``safe_href``), and every response carries a Content-Security-Policy that forbids
inline script, plugins, ``<base>`` rewriting and framing, so even markup that slipped
through escaping could not run.
"""

from __future__ import annotations

import hmac
import json
import secrets
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONTENT_SECURITY_POLICY", "CSRF_COOKIE", "CSRF_FIELD", "MAX_BODY_BYTES",
           "SECURITY_HEADERS", "RequestGuard", "SecurityHeaders", "csrf_ok", "safe_href"]

#: The largest request body the app reads (``sourcetrace serve --max-body-mb``); larger
#: ones are answered 413 before the app sees them.
MAX_BODY_BYTES = 16 * 1024 * 1024
#: The double-submit CSRF token: a random cookie that every form repeats in this field.
CSRF_COOKIE = "sourcetrace_csrf"
CSRF_FIELD = "csrf_token"
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})

#: Scripts, styles and images only from this server; no inline script or style attributes.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
)


class SecurityHeaders:
    """ASGI middleware adding ``SECURITY_HEADERS`` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS:
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else None (not a link).

    ``javascript:``, ``data:``, protocol-relative and malformed URLs are never linked;
    control characters and whitespace inside the scheme (``java\\tscript:``) are refused
    rather than normalised, because browsers strip them.
    """
    if not url:
        return None
    candidate = url.strip()
    if any(ord(ch) < 32 or ch.isspace() for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return candidate


async def _answer(send: Send, code: int, detail: str) -> None:
    body = json.dumps({"detail": detail, "errors": []}).encode("utf-8")
    await send({"type": "http.response.start", "status": code,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def _cross_site(scope: Scope) -> bool:
    """Whether a browser says this request comes from another site (``Origin`` naming
    another host than ``Host``, or ``Sec-Fetch-Site: cross-site``)."""
    if (_header(scope, b"sec-fetch-site") or "").lower() == "cross-site":
        return True
    origin = _header(scope, b"origin")
    if origin is None:
        return False
    host = (_header(scope, b"host") or "").lower()
    try:
        return urlsplit(origin).netloc.lower() != host
    except ValueError:
        return True


class RequestGuard:
    """ASGI middleware in front of the app:

    - a body over ``max_body_bytes`` (declared or streamed) is answered 413;
    - a state-changing request that a browser marks as cross-site is answered 403 (the
      first CSRF defence; forms also carry a double-submit token, ``csrf_ok``);
    - every visitor gets a random CSRF cookie, and its value in ``request.state.csrf``
      for the forms to repeat.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope.get("method", "GET").upper()
        if method in _UNSAFE:
            if _cross_site(scope):
                await _answer(send, 403, "cross-site request refused")
                return
            declared = _header(scope, b"content-length")
            if declared is not None and (not declared.strip().isdigit()
                                         or int(declared) > self.max_body_bytes):
                await _answer(send, 413, f"request body over {self.max_body_bytes} bytes")
                return
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body_bytes:
                    await _answer(send, 413, f"request body over {self.max_body_bytes} bytes")
                    return
                chunks.append(chunk)
                more = bool(message.get("more_body"))
            body = b"".join(chunks)
            sent = False

            async def replay() -> Message:
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            receive = replay
        cookies: SimpleCookie = SimpleCookie()
        try:
            cookies.load(_header(scope, b"cookie") or "")
        except CookieError:  # a malformed cookie header is no cookie
            cookies = SimpleCookie()
        existing = cookies.get(CSRF_COOKIE)
        token = existing.value if existing and len(existing.value) >= 32 else None
        fresh = token is None
        token = token or secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf"] = token

        async def send_with_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                cookie = (f"{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict")
                message["headers"] = [*message.get("headers", []),
                                      (b"set-cookie", cookie.encode())]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def csrf_ok(cookie_value: str | None, form_value: str | None) -> bool:
    """Whether a form's CSRF field repeats the visitor's CSRF cookie (constant time)."""
    if not cookie_value or not form_value:
        return False
    return hmac.compare_digest(cookie_value.encode(), form_value.encode())

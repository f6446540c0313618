"""Response headers that keep hostile article content inert, and link checking.

Article titles, texts and URLs come from the open web and are treated as hostile:
templates escape everything (Jinja2 autoescape), only ``http``/``https`` URLs become
links (``safe_href``), and every response carries a Content-Security-Policy that forbids
inline script, plugins, ``<base>`` rewriting and framing, so even markup that slipped
through escaping could not run.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONTENT_SECURITY_POLICY", "SECURITY_HEADERS", "SecurityHeaders", "safe_href"]

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

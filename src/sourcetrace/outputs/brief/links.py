"""Which addresses from article metadata may become links.

Article URLs are hostile input. Only absolute ``http``/``https`` addresses without
whitespace or control characters are clickable (browsers drop such characters, which is
how ``java\\tscript:`` sneaks past naive checks); anything else is shown as text.
The href is still escaped by the template like every other value.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["safe_url"]

_ALLOWED = frozenset({"http", "https"})


def safe_url(url: object) -> str | None:
    """``url`` when it may be a link, else ``None``."""
    if not isinstance(url, str) or not url:
        return None
    if any(ord(ch) <= 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _ALLOWED or not parts.netloc:
        return None
    return url

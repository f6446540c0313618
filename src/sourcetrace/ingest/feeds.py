"""Articles from RSS and Atom feed files (feedparser), one per entry.

Per entry: the full content (``content:encoded``, Atom ``content``) becomes ``html`` (or
``text`` when the feed marks it plain), else the summary; ``link`` → ``url``; ``guid``/
``id`` → ``id``; ``published`` (else ``updated``) → ISO 8601 via ``ingest.dates``;
``author``; the entry's ``<source>`` title, else the feed's title → ``source``; the feed's
``language``. Origins are ``path#N``, N counting entries from 1.

feedparser parses a whole document, so a feed file is capped at ``FEED_SIZE_FACTOR``
times the text limit (feeds are rarely over a few megabytes).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.errors import EmptyInputError, FormatError, InputError
from sourcetrace.ingest.dates import normalize_published
from sourcetrace.ingest.decode import check_html, check_text, read_limited
from sourcetrace.model import RawArticle

__all__ = ["FEED_SIZE_FACTOR", "read_feed_file"]

FEED_SIZE_FACTOR = 25
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def read_feed_file(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """One article (or one error) per feed entry."""
    import feedparser

    where = str(path)
    try:
        with path.open("rb") as stream:
            data = read_limited(
                stream, FEED_SIZE_FACTOR * settings.max_text_bytes, where, what="feed file"
            )
    except InputError as exc:
        yield exc
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    del data
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            yield FormatError(
                f"is not a readable RSS/Atom feed ({parsed['bozo_exception']})", where=where
            )
        elif not parsed.get("version"):
            yield FormatError("is not an RSS/Atom feed", where=where)
        else:
            yield EmptyInputError("feed has no entries", where=where)
        return
    feed: Mapping[str, Any] = parsed.get("feed") or {}
    for number, entry in enumerate(entries, start=1):
        origin = f"{where}#{number}"
        try:
            yield _entry(entry, feed, origin, settings)
        except InputError as exc:
            yield exc


def _entry(
    entry: Mapping[str, Any], feed: Mapping[str, Any], origin: str, settings: Settings
) -> RawArticle:
    html, text = _body(entry)
    if html is None and text is None:
        raise EmptyInputError("feed entry has no content or summary", where=origin)
    if html is not None:
        check_html(html, origin, settings)
    if text is not None:
        check_text(text, origin, settings)
    given_date = entry.get("published") or entry.get("updated")
    published = normalize_published(given_date)
    source_info = entry.get("source") or {}
    return RawArticle(
        origin=origin,
        fmt="feed",
        input_id=_str(entry.get("id")),
        title=_str(entry.get("title")),
        text=text,
        html=html,
        url=_str(entry.get("link")),
        source=_str(source_info.get("title")) or _str(feed.get("title")),
        published=published,
        published_raw=given_date if given_date and given_date != published else None,
        author=_str(entry.get("author")),
        language=_str(feed.get("language")),
    )


def _body(entry: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(html, text): the fullest content the entry has, in the form the feed gives it."""
    for content in entry.get("content") or ():
        value = _str(content.get("value"))
        if value is not None:
            return _by_type(value, content.get("type"))
    summary = _str(entry.get("summary"))
    if summary is None:
        return None, None
    detail = entry.get("summary_detail") or {}
    return _by_type(summary, detail.get("type"))


def _by_type(value: str, mime: Any) -> tuple[str | None, str | None]:
    if isinstance(mime, str) and mime.lower() in _HTML_TYPES:
        return value, None
    return None, value


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None

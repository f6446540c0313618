"""Article fields in JSON objects, JSONL lines, CSV rows and sidecar files.

Keys are matched without regard to case, ``_``, ``-`` or spaces (``pubDate``,
``pub_date`` and ``PUB-DATE`` are the same key). For each field the first alias present
with a non-empty value wins:

=============  ===========================================================================
field          keys accepted, in order of preference
=============  ===========================================================================
``id``         id, _id, guid, uuid, article_id, doc_id, document_id
``title``      title, headline
``text``       text, content, body, article, full_text, fulltext, maintext, story
``html``       html, raw_html, content_html, body_html
``url``        url, link, href, uri, canonical_url, source_url
``source``     source, outlet, publisher, site_name, sitename, site, source_name,
               publication, media, domain
``published``  published, published_at, publication_date, date_published,
               datePublished, pubDate, pub_date, publish_date, date, datetime
``language``   language, lang, language_code
``author``     author, authors, byline, creator
=============  ===========================================================================

Values are kept exactly as given (numbers become their ``str``); only ``published`` is
rewritten, to ISO 8601, when it is not ISO already (``sourcetrace.ingest.dates``), and the
given value is then kept in ``published_raw``. A ``source`` or ``author`` given as an
object (``{"name": "BBC"}``) gives its ``name``; a list of authors is joined with ", "; a
``text`` given as a list of paragraphs is joined with blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.errors import EmptyInputError, FormatError
from sourcetrace.ingest.dates import normalize_published
from sourcetrace.ingest.decode import check_html, check_text
from sourcetrace.model import RawArticle
from sourcetrace.model.records import Format

__all__ = ["FIELD_ALIASES", "article_from_mapping", "has_body_field", "metadata_from_mapping"]

#: RawArticle field -> keys that give it, most specific first.
FIELD_ALIASES: Mapping[str, tuple[str, ...]] = {
    "input_id": ("id", "_id", "guid", "uuid", "article_id", "doc_id", "document_id"),
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "article", "full_text", "fulltext", "maintext", "story"),
    "html": ("html", "raw_html", "content_html", "body_html"),
    "url": ("url", "link", "href", "uri", "canonical_url", "source_url"),
    "source": (
        "source",
        "outlet",
        "publisher",
        "site_name",
        "sitename",
        "site",
        "source_name",
        "publication",
        "media",
        "domain",
    ),
    "published": (
        "published",
        "published_at",
        "publication_date",
        "date_published",
        "datePublished",
        "pubDate",
        "pub_date",
        "publish_date",
        "date",
        "datetime",
    ),
    "language": ("language", "lang", "language_code"),
    "author": ("author", "authors", "byline", "creator"),
}
METADATA_FIELDS = ("input_id", "title", "url", "source", "published", "language", "author")

_NOT_KEY_CHARS = re.compile(r"[^a-z0-9]")


def _norm(key: str) -> str:
    return _NOT_KEY_CHARS.sub("", key.lower())


_LOOKUP: Mapping[str, tuple[str, ...]] = {
    name: tuple(dict.fromkeys(_norm(alias) for alias in aliases))
    for name, aliases in FIELD_ALIASES.items()
}


def has_body_field(keys: Iterable[str]) -> bool:
    """True when ``keys`` (CSV columns, JSON keys) include a text or html field."""
    normed = {_norm(k) for k in keys if isinstance(k, str)}
    return any(alias in normed for alias in (*_LOOKUP["text"], *_LOOKUP["html"]))


def metadata_from_mapping(data: Mapping[str, Any], where: str) -> dict[str, str | None]:
    """The metadata fields of ``data`` (no body) as ``RawArticle`` keyword arguments."""
    by_key = {_norm(k): v for k, v in reversed(list(data.items())) if isinstance(k, str)}
    found: dict[str, str | None] = {}
    for name in METADATA_FIELDS:
        key, value = _first(by_key, name)
        found[name] = _value(value, key, name, where)
    _, given = _first(by_key, "published")
    if found["published"] is not None:
        normalized = normalize_published(given)
        found["published"] = normalized
        found["published_raw"] = None if normalized == given else str(given)
    return found


def article_from_mapping(
    data: Mapping[str, Any], *, origin: str, fmt: Format, settings: Settings
) -> RawArticle:
    """A ``RawArticle`` from one JSON object or CSV row; ``InputError`` naming ``origin``."""
    if not isinstance(data, Mapping):
        raise FormatError(
            f"is a JSON {type(data).__name__}, not an object with a 'text' field", where=origin
        )
    meta = metadata_from_mapping(data, origin)
    by_key = {_norm(k): v for k, v in reversed(list(data.items())) if isinstance(k, str)}
    text_key, text_value = _first(by_key, "text")
    html_key, html_value = _first(by_key, "html")
    text = _value(text_value, text_key, "text", origin)
    html = _value(html_value, html_key, "html", origin)
    if text is None and html is None:
        if text_key or html_key:
            raise EmptyInputError(f"field {text_key or html_key!r} is empty", where=origin)
        fields = ", ".join(str(k) for k in data) or "none"
        raise FormatError(
            f"has no article text (fields found: {fields}); put the body in 'text' "
            "(or content, body) or its HTML in 'html'",
            where=origin,
        )
    if text is not None:
        check_text(text, origin, settings)
    if html is not None:
        check_html(html, origin, settings)
    return RawArticle(origin=origin, fmt=fmt, text=text, html=html, **meta)


def _first(by_key: Mapping[str, Any], name: str) -> tuple[str | None, Any]:
    """The first alias of ``name`` present with a non-empty value (or the first present)."""
    present: tuple[str | None, Any] = (None, None)
    for alias in _LOOKUP[name]:
        if alias not in by_key:
            continue
        value = by_key[alias]
        if not _is_empty(value):
            return alias, value
        if present[0] is None:
            present = (alias, value)
    return present


def _is_empty(value: Any) -> bool:
    return value is None or (
        isinstance(value, str | list | dict)
        and not (value.strip() if isinstance(value, str) else value)
    )


def _value(value: Any, key: str | None, name: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value if value and value.strip() else None
    if isinstance(value, bool):
        raise FormatError(f"field {key!r} is true/false, expected text", where=where)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping) and name in ("source", "author"):
        inner = value.get("name") or value.get("title")
        return inner if isinstance(inner, str) and inner.strip() else None
    if isinstance(value, list) and name in ("author", "text"):
        parts = [_value(v, key, name, where) for v in value]
        joined = (", " if name == "author" else "\n\n").join(p for p in parts if p)
        return joined or None
    raise FormatError(f"field {key!r} is a {type(value).__name__}, expected text", where=where)

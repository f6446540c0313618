"""How an input is recognised again: its raw hash and its stable article id.

- ``raw_hash`` covers everything the input gave (text or HTML and every metadata field),
  so re-ingesting the same input is recognised before any analysis runs, and an edited
  input (new text, new title) is not.
- ``derive_id`` gives an article without an input id a stable id from its content hash;
  an edited version of it keeps the id it first got (ingest matches it by URL or origin).
"""

from __future__ import annotations

import hashlib
import json

from sourcetrace.model import Document, RawArticle

__all__ = ["derive_id", "language_code", "new_document", "raw_hash"]

_HASHED_FIELDS = (
    "input_id",
    "title",
    "text",
    "html",
    "url",
    "source",
    "published",
    "author",
    "language",
)


def raw_hash(raw: RawArticle) -> str:
    payload = {name: getattr(raw, name) for name in _HASHED_FIELDS}
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def derive_id(content_hash: str) -> str:
    """A short stable id for an article that came without one."""
    return "a" + content_hash[:15]


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 code of a language tag as inputs give it.

    "en-US", "FR", "de_DE" → en, fr, de.
    """
    if not value or not value.strip():
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else None


def new_document(raw: RawArticle) -> Document:
    """The ``Document`` the stages start from; its id is provisional until stored."""
    provenance = {
        name: "input"
        for name in ("title", "source", "url", "published", "author")
        if getattr(raw, name) is not None
    }
    return Document(
        id=raw.input_id or "",
        origin=raw.origin,
        fmt=raw.fmt,
        input_id=raw.input_id,
        title=raw.title,
        source=raw.source,
        url=raw.url,
        published=raw.published,
        author=raw.author,
        language_given=language_code(raw.language),
        html=raw.html,
        raw_text=raw.text or "",
        provenance=provenance,
    )

"""Converting between model records and table rows (no SQL here, no database access).

An article row holds the document's own fields; its extraction records (mentions,
quotes, figures, dates, signals, events) go to ``annotations`` rows, one per record, with the
full record as JSON in ``data`` and its span and stage copied into columns for queries.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from typing import Any

from sourcetrace.model import (
    ANNOTATION_KINDS,
    Document,
    LanguageSegment,
    Removal,
    StageError,
    record_from_dict,
    record_to_dict,
)
from sourcetrace.storage.base import ArticleRef, StoredArticle, annotation_id

__all__ = [
    "ANNOTATION_FIELDS",
    "annotation_id",
    "annotation_rows",
    "article_values",
    "ref_from_row",
    "stored_from_row",
]

#: Document field holding the records of each annotation kind.
ANNOTATION_FIELDS: Mapping[str, str] = {
    "mention": "mentions",
    "quote": "quotes",
    "figure": "figures",
    "date": "dates",
    "signal": "signals",
    "event": "events",
}


def article_values(
    document: Document,
    *,
    raw_hash: str,
    content_hash: str,
    minhash: bytes | None,
    duplicate_of: str | None,
    duplicate_kind: str | None,
    similarity: float | None,
) -> dict[str, Any]:
    """The ``articles`` columns of a document, except ``seq`` and the timestamps."""
    return {
        "id": document.id,
        "input_id": document.input_id,
        "origin": document.origin,
        "fmt": document.fmt,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published,
        "author": document.author,
        "language_given": document.language_given,
        "language": document.language,
        "language_confidence": document.language_confidence,
        "headline": document.headline,
        "raw_text": document.raw_text,
        "text": document.text,
        "html": zlib.compress(document.html.encode("utf-8")) if document.html is not None else None,
        "removed": [record_to_dict(r) for r in document.removed],
        "segments": [record_to_dict(s) for s in document.segments],
        "errors": [record_to_dict(e) for e in document.errors],
        "stage_versions": dict(document.stage_versions),
        "provenance": dict(document.provenance),
        "raw_hash": raw_hash,
        "content_hash": content_hash,
        "minhash": minhash,
        "duplicate_of": duplicate_of,
        "duplicate_kind": duplicate_kind,
        "similarity": similarity,
    }


def annotation_rows(document: Document) -> list[dict[str, Any]]:
    """One ``annotations`` row per extraction record of the document."""
    rows: list[dict[str, Any]] = []
    for kind, field_name in ANNOTATION_FIELDS.items():
        for n, record in enumerate(getattr(document, field_name)):
            rows.append(
                {
                    "id": annotation_id(document.id, kind, n),
                    "article_id": document.id,
                    "kind": kind,
                    "n": n,
                    "start": getattr(record, "start", None),
                    "end": getattr(record, "end", None),
                    "text": getattr(record, "text", None),
                    "stage": getattr(record, "stage", None),
                    "data": record_to_dict(record),
                }
            )
    return rows


def _records(kind: str, rows: Iterable[Any]) -> tuple[Any, ...]:
    cls = ANNOTATION_KINDS[kind]
    return tuple(record_from_dict(cls, row.data) for row in rows)


def stored_from_row(row: Any, annotations: Iterable[Any]) -> StoredArticle:
    """A ``StoredArticle`` from an ``articles`` row and its ``annotations`` rows."""
    by_kind: dict[str, list[Any]] = {kind: [] for kind in ANNOTATION_FIELDS}
    for ann in sorted(annotations, key=lambda a: (a.kind, a.n)):
        by_kind.setdefault(ann.kind, []).append(ann)
    extracted = {
        field_name: _records(kind, by_kind[kind]) for kind, field_name in ANNOTATION_FIELDS.items()
    }
    document = Document(
        id=row.id,
        origin=row.origin,
        fmt=row.fmt,
        input_id=row.input_id,
        title=row.title,
        source=row.source,
        url=row.url,
        published=row.published,
        author=row.author,
        language_given=row.language_given,
        html=zlib.decompress(row.html).decode("utf-8") if row.html is not None else None,
        raw_text=row.raw_text,
        text=row.text,
        headline=row.headline,
        removed=tuple(record_from_dict(Removal, r) for r in row.removed),
        language=row.language,
        language_confidence=row.language_confidence,
        segments=tuple(record_from_dict(LanguageSegment, s) for s in row.segments),
        errors=tuple(record_from_dict(StageError, e) for e in row.errors),
        stage_versions=dict(row.stage_versions),
        provenance=dict(row.provenance),
        **extracted,
    )
    return StoredArticle(
        document=document,
        raw_hash=row.raw_hash,
        content_hash=row.content_hash,
        duplicate_of=row.duplicate_of,
        duplicate_kind=row.duplicate_kind,
        similarity=row.similarity,
        ingested_at=row.ingested_at,
        updated_at=row.updated_at,
    )


def ref_from_row(row: Any) -> ArticleRef:
    return ArticleRef(
        id=row.id,
        raw_hash=row.raw_hash,
        content_hash=row.content_hash,
        source=row.source,
        url=row.url,
        published=row.published,
        origin=row.origin,
    )

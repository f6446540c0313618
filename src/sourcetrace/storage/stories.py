"""Queries of the stories and checks stages (tables in ``storage/story_tables.py``).

Each function takes a store with ``reading``/``writing`` (``SqlStore``) and runs its
statements in one connection; writes are one transaction per call.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

import numpy as np
from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    cast,
    delete,
    insert,
    or_,
    select,
    update,
)

from sourcetrace.capabilities.checks.figure_checks import listing_rank
from sourcetrace.capabilities.stories.index import Assignment, Story
from sourcetrace.storage.schema import articles
from sourcetrace.storage.story_tables import (
    article_vectors,
    checks,
    stories,
    story_key_counts,
    story_members,
)

__all__ = [
    "Connected",
    "StoredVector",
    "counted_keys",
    "delete_checks",
    "iter_checks",
    "iter_stories",
    "key_counts",
    "load_stories",
    "memberships",
    "put_checks",
    "put_vectors",
    "save_stories",
    "stories_checking",
    "story_members_of",
    "titles_for",
    "vectors_for",
]

_CHUNK = 500  # ids per IN (...) clause, under every backend's parameter limit


class Connected(Protocol):
    """A store with ``reading``/``writing`` connections (``SqlStore``)."""

    def reading(self, action: str) -> Any: ...

    def writing(self, action: str) -> Any: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredVector:
    model: str
    content_hash: str
    vector: bytes


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def vectors_for(store: Connected, ids: Sequence[str]) -> dict[str, StoredVector]:
    found: dict[str, StoredVector] = {}
    with store.reading("reading article vectors") as conn:
        for chunk in _chunks(list(ids)):
            for row in conn.execute(
                select(article_vectors).where(article_vectors.c.article_id.in_(chunk))
            ):
                found[row.article_id] = StoredVector(
                    model=row.model, content_hash=row.content_hash, vector=bytes(row.vector)
                )
    return found


def put_vectors(store: Connected, rows: Mapping[str, StoredVector]) -> None:
    if not rows:
        return
    with store.writing("storing article vectors") as conn:
        ids = list(rows)
        for chunk in _chunks(ids):
            conn.execute(delete(article_vectors).where(article_vectors.c.article_id.in_(chunk)))
        conn.execute(
            insert(article_vectors),
            [
                {"article_id": k, "model": v.model, "content_hash": v.content_hash,
                 "vector": v.vector}
                for k, v in rows.items()
            ],
        )


def memberships(store: Connected, ids: Sequence[str]) -> dict[str, str]:
    """Article id → story id for those of ``ids`` already in a story."""
    found: dict[str, str] = {}
    with store.reading("reading story memberships") as conn:
        for chunk in _chunks(list(ids)):
            for row in conn.execute(
                select(story_members.c.article_id, story_members.c.story_id).where(
                    story_members.c.article_id.in_(chunk)
                )
            ):
                found[row.article_id] = row.story_id
    return found


def counted_keys(store: Connected, ids: Sequence[str]) -> dict[str, frozenset[str] | None]:
    """Article id → the story keys it was counted with, for those of ``ids`` in a story
    (None for a membership stored before the keys were kept)."""
    found: dict[str, frozenset[str] | None] = {}
    with store.reading("reading story member keys") as conn:
        for chunk in _chunks(list(ids)):
            for row in conn.execute(
                select(story_members.c.article_id, story_members.c.counted_keys).where(
                    story_members.c.article_id.in_(chunk)
                )
            ):
                keys = row.counted_keys
                found[row.article_id] = None if keys is None else frozenset(map(str, keys))
    return found


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_stories(
    store: Connected, *, start: date | None, end: date | None, reach_days: int,
    include: Iterable[str] = (),
) -> list[Story]:
    """Stories whose window can reach [start, end], undated ones, and those in ``include``.

    With ``start``/``end`` None (no dated article changed) only undated stories and
    ``include`` load, so an incremental run reads the stories near its articles only.
    """
    with store.reading("reading stories") as conn:
        query = select(stories)
        conds: list[ColumnElement[bool]] = [stories.c.first_date.is_(None)]
        if start is not None and end is not None:
            lo = (start - timedelta(days=reach_days)).isoformat()
            hi = (end + timedelta(days=reach_days)).isoformat()
            conds.append((stories.c.last_date >= lo) & (stories.c.first_date <= hi))
        rows = list(conn.execute(query.where(or_(*conds))).all())
        # The stories of updated articles, wherever their dates lie (every one of them:
        # an article whose story is not loaded could not be taken out of it).
        seen = {r.id for r in rows}
        for chunk in _chunks(sorted(set(include) - seen)):
            rows.extend(conn.execute(query.where(stories.c.id.in_(chunk))).all())
        members: dict[str, list[str]] = defaultdict(list)
        ids = [r.id for r in rows]
        for chunk in _chunks(ids):
            for m in conn.execute(
                select(story_members.c.story_id, story_members.c.article_id)
                .join(articles, articles.c.id == story_members.c.article_id)
                .where(story_members.c.story_id.in_(chunk))
                .order_by(articles.c.seq)
            ):
                members[m.story_id].append(m.article_id)
    return [
        Story(
            id=r.id,
            total=np.frombuffer(r.centroid, dtype=np.float32).copy(),
            size=r.size,
            first=_day(r.first_date),
            last=_day(r.last_date),
            keys=Counter({str(k): int(v) for k, v in (r.keys or {}).items()}),
            members=members.get(r.id, []),
            label=r.label,
        )
        for r in rows
    ]


def key_counts(store: Connected, keys: Iterable[str]) -> tuple[dict[str, int], int]:
    """(articles carrying each of ``keys``, articles counted in all) from the store."""
    wanted = sorted({k for k in keys if k})
    found: dict[str, int] = {}
    with store.reading("reading story key counts") as conn:
        for chunk in _chunks(["", *wanted]):
            for row in conn.execute(
                select(story_key_counts).where(story_key_counts.c.key.in_(chunk))
            ):
                found[row.key] = int(row.articles)
    total = found.pop("", 0)
    return found, total


def _add_key_counts(conn: Connection, delta: Mapping[str, int], articles: int) -> None:
    """Add ``delta`` (and ``articles`` to the total row) to the stored key counts."""
    changes = {k: v for k, v in delta.items() if k and v}
    if articles:
        changes[""] = articles
    if not changes:
        return
    current: dict[str, int] = {}
    for chunk in _chunks(sorted(changes)):
        for row in conn.execute(
            select(story_key_counts).where(story_key_counts.c.key.in_(chunk))
        ):
            current[row.key] = int(row.articles)
    fresh = []
    for key, change in changes.items():
        value = current.get(key, 0) + change
        if key in current and value > 0:
            conn.execute(update(story_key_counts).where(story_key_counts.c.key == key)
                         .values(articles=value))
        elif key in current:
            conn.execute(delete(story_key_counts).where(story_key_counts.c.key == key))
        elif value > 0:
            fresh.append({"key": key, "articles": value})
    if fresh:
        conn.execute(insert(story_key_counts), fresh)


def save_stories(
    store: Connected,
    touched: Sequence[Story],
    removed: Sequence[str],
    assignments: Sequence[Assignment],
    *,
    merged: Mapping[str, str] | None = None,
    key_delta: Mapping[str, int] | None = None,
    article_delta: int = 0,
    keys: Mapping[str, frozenset[str]] | None = None,
) -> None:
    """Write the touched stories, the new memberships (with the keys each article was
    counted with, from ``keys``), the members of stories merged into others
    (``merged``: absorbed id → id) and the key count changes in one transaction."""
    keys = keys or {}
    now = _now()
    with store.writing("storing stories") as conn:
        for old, into in (merged or {}).items():
            conn.execute(update(story_members).where(story_members.c.story_id == old)
                         .values(story_id=into))
        delete_checks(conn, list(merged or {}))
        _add_key_counts(conn, key_delta or {}, article_delta)
        gone = [*removed, *(s.id for s in touched)]
        for chunk in _chunks(gone):
            conn.execute(delete(stories).where(stories.c.id.in_(chunk)))
        moved = [a.article_id for a in assignments]
        for chunk in _chunks(moved):
            conn.execute(delete(story_members).where(story_members.c.article_id.in_(chunk)))
        rows = [
            {
                "id": s.id,
                "label": s.label,
                "size": s.size,
                "first_date": s.first.isoformat() if s.first else None,
                "last_date": s.last.isoformat() if s.last else None,
                "centroid": np.asarray(s.total, dtype=np.float32).tobytes(),
                "keys": dict(s.keys),
                "updated_at": now,
            }
            for s in touched
            if s.size > 0
        ]
        if rows:
            conn.execute(insert(stories), rows)
        if assignments:
            conn.execute(
                insert(story_members),
                [
                    {"article_id": a.article_id, "story_id": a.story_id, "score": a.score,
                     "reason": a.reason,
                     "counted_keys": (sorted(keys[a.article_id])
                                      if a.article_id in keys else None)}
                    for a in assignments
                ],
            )


def story_members_of(store: Connected, story_ids: Sequence[str]) -> dict[str, list[str]]:
    """Story id → its article ids in ingest order."""
    found: dict[str, list[str]] = defaultdict(list)
    with store.reading("reading story members") as conn:
        for chunk in _chunks(list(story_ids)):
            _members_into(conn, chunk, found)
    return dict(found)


def _members_into(conn: Connection, chunk: Sequence[str], into: dict[str, list[str]]) -> None:
    for m in conn.execute(
        select(story_members.c.story_id, story_members.c.article_id)
        .join(articles, articles.c.id == story_members.c.article_id)
        .where(story_members.c.story_id.in_(chunk))
        .order_by(articles.c.seq)
    ):
        into[m.story_id].append(m.article_id)


def iter_stories(store: Connected) -> Iterator[tuple[str, str | None, list[str]]]:
    """(id, label, article ids) of every story, oldest first."""
    with store.reading("reading stories") as conn:
        rows = conn.execute(
            select(stories.c.id, stories.c.label).order_by(
                stories.c.first_date, stories.c.id
            )
        ).all()
        members: dict[str, list[str]] = defaultdict(list)
        for m in conn.execute(
            select(story_members.c.story_id, story_members.c.article_id)
            .join(articles, articles.c.id == story_members.c.article_id)
            .order_by(articles.c.seq)
        ):
            members[m.story_id].append(m.article_id)
    for row in rows:
        if members.get(row.id):
            yield row.id, row.label, members[row.id]


#: The check kind the events stage writes and replaces itself (``storage.events``).
EVENT_CHECK_KIND = "event"


def delete_checks(conn: Connection, story_ids: Sequence[str]) -> None:
    """Delete the figure and claim checks of ``story_ids`` (an event's checks stay: the
    events stage owns them)."""
    for chunk in _chunks(list(story_ids)):
        conn.execute(delete(checks).where(checks.c.story_id.in_(chunk),
                                          checks.c.kind != EVENT_CHECK_KIND))


def stories_checking(store: Connected, article_ids: Sequence[str]) -> set[str]:
    """Stories holding checks on items of ``article_ids`` (an article may have moved)."""
    found: set[str] = set()
    with store.reading("reading checks") as conn:
        for chunk in _chunks(list(article_ids)):
            conds = [cast(checks.c["items"], String).like(f'%"{a}:%') for a in chunk]
            found.update(conn.execute(select(checks.c.story_id).where(or_(*conds))).scalars())
    return found


def put_checks(
    store: Connected, story_ids: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Replace the checks of ``story_ids`` with ``rows`` in one transaction."""
    with store.writing("storing checks") as conn:
        delete_checks(conn, story_ids)
        if rows:
            conn.execute(insert(checks), [dict(r) for r in rows])


def iter_checks(store: Connected) -> Iterator[dict[str, Any]]:
    """Every check, conflicting and updated ones first
    (``capabilities.checks.figure_checks.VERDICT_ORDER``), then by story and id."""
    with store.reading("reading checks") as conn:
        rows = list(conn.execute(select(checks).order_by(checks.c.story_id, checks.c.id)))
    rows.sort(key=lambda row: listing_rank(row.verdict))
    for row in rows:
        yield {
            "id": row.id,
            "kind": row.kind,
            "items": list(row._mapping["items"]),
            "verdict": row.verdict,
            "explanation": row.explanation,
            **dict(row.data or {}),
        }


def titles_for(
    store: Connected, ids: Sequence[str]
) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Article id → (title, source, published) for ``ids``."""
    found: dict[str, tuple[str | None, str | None, str | None]] = {}
    with store.reading("reading article titles") as conn:
        for chunk in _chunks(list(ids)):
            for row in conn.execute(
                select(articles.c.id, articles.c.title, articles.c.source, articles.c.published)
                .where(articles.c.id.in_(chunk))
            ):
                found[row.id] = (row.title, row.source, row.published)
    return found

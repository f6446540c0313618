"""Queries of the stories stage (tables in ``storage/tables/stories.py``).

``StoryQueries`` implements ``storage.protocols.StoryStore``; each method runs its
statements in one connection, and writes are one transaction per call.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta

import numpy as np
from sqlalchemy import ColumnElement, Connection, delete, insert, or_, select, update

from sourcetrace.capabilities.stories.index import Assignment, Story
from sourcetrace.storage.protocols import StoredVector
from sourcetrace.storage.queries.checks import delete_checks
from sourcetrace.storage.schema import articles
from sourcetrace.storage.sqlbase import SqlBase, chunks, utc_now
from sourcetrace.storage.tables.stories import (
    article_vectors,
    stories,
    story_key_counts,
    story_members,
)

__all__ = ["StoryQueries"]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _add_key_counts(conn: Connection, delta: Mapping[str, int], articles: int) -> None:
    """Add ``delta`` (and ``articles`` to the total row) to the stored key counts."""
    changes = {k: v for k, v in delta.items() if k and v}
    if articles:
        changes[""] = articles
    if not changes:
        return
    current: dict[str, int] = {}
    for chunk in chunks(sorted(changes)):
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


def _members_into(conn: Connection, chunk: Sequence[str], into: dict[str, list[str]]) -> None:
    for m in conn.execute(
        select(story_members.c.story_id, story_members.c.article_id)
        .join(articles, articles.c.id == story_members.c.article_id)
        .where(story_members.c.story_id.in_(chunk))
        .order_by(articles.c.seq)
    ):
        into[m.story_id].append(m.article_id)


class StoryQueries(SqlBase):
    """The ``StoryStore`` protocol in SQL."""

    def vectors_for(self, ids: Sequence[str]) -> dict[str, StoredVector]:
        found: dict[str, StoredVector] = {}
        with self.reading("reading article vectors") as conn:
            for chunk in chunks(list(ids)):
                for row in conn.execute(
                    select(article_vectors).where(article_vectors.c.article_id.in_(chunk))
                ):
                    found[row.article_id] = StoredVector(
                        model=row.model, content_hash=row.content_hash, vector=bytes(row.vector)
                    )
        return found

    def put_vectors(self, rows: Mapping[str, StoredVector]) -> None:
        if not rows:
            return
        with self.writing("storing article vectors") as conn:
            ids = list(rows)
            for chunk in chunks(ids):
                conn.execute(delete(article_vectors).where(article_vectors.c.article_id.in_(chunk)))
            conn.execute(
                insert(article_vectors),
                [
                    {"article_id": k, "model": v.model, "content_hash": v.content_hash,
                     "vector": v.vector}
                    for k, v in rows.items()
                ],
            )

    def memberships(self, ids: Sequence[str]) -> dict[str, str]:
        """Article id → story id for those of ``ids`` already in a story."""
        found: dict[str, str] = {}
        with self.reading("reading story memberships") as conn:
            for chunk in chunks(list(ids)):
                for row in conn.execute(
                    select(story_members.c.article_id, story_members.c.story_id).where(
                        story_members.c.article_id.in_(chunk)
                    )
                ):
                    found[row.article_id] = row.story_id
        return found

    def counted_keys(self, ids: Sequence[str]) -> dict[str, frozenset[str] | None]:
        """Article id → the story keys it was counted with, for those of ``ids`` in a story
        (None for a membership stored before the keys were kept)."""
        found: dict[str, frozenset[str] | None] = {}
        with self.reading("reading story member keys") as conn:
            for chunk in chunks(list(ids)):
                for row in conn.execute(
                    select(story_members.c.article_id, story_members.c.counted_keys).where(
                        story_members.c.article_id.in_(chunk)
                    )
                ):
                    keys = row.counted_keys
                    found[row.article_id] = None if keys is None else frozenset(map(str, keys))
        return found

    def load_stories(
        self, *, start: date | None, end: date | None, reach_days: int,
        include: Iterable[str] = (),
    ) -> list[Story]:
        """Stories whose window can reach [start, end], undated ones, and those in ``include``.

        With ``start``/``end`` None (no dated article changed) only undated stories and
        ``include`` load, so an incremental run reads the stories near its articles only.
        """
        with self.reading("reading stories") as conn:
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
            for chunk in chunks(sorted(set(include) - seen)):
                rows.extend(conn.execute(query.where(stories.c.id.in_(chunk))).all())
            members: dict[str, list[str]] = defaultdict(list)
            ids = [r.id for r in rows]
            for chunk in chunks(ids):
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

    def key_counts(self, keys: Iterable[str]) -> tuple[dict[str, int], int]:
        """(articles carrying each of ``keys``, articles counted in all) from the self."""
        wanted = sorted({k for k in keys if k})
        found: dict[str, int] = {}
        with self.reading("reading story key counts") as conn:
            for chunk in chunks(["", *wanted]):
                for row in conn.execute(
                    select(story_key_counts).where(story_key_counts.c.key.in_(chunk))
                ):
                    found[row.key] = int(row.articles)
        total = found.pop("", 0)
        return found, total

    def save_stories(
        self,
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
        now = utc_now()
        with self.writing("storing stories") as conn:
            for old, into in (merged or {}).items():
                conn.execute(update(story_members).where(story_members.c.story_id == old)
                             .values(story_id=into))
            delete_checks(conn, list(merged or {}))
            _add_key_counts(conn, key_delta or {}, article_delta)
            gone = [*removed, *(s.id for s in touched)]
            for chunk in chunks(gone):
                conn.execute(delete(stories).where(stories.c.id.in_(chunk)))
            moved = [a.article_id for a in assignments]
            for chunk in chunks(moved):
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

    def story_members_of(self, story_ids: Sequence[str]) -> dict[str, list[str]]:
        """Story id → its article ids in ingest order."""
        found: dict[str, list[str]] = defaultdict(list)
        with self.reading("reading story members") as conn:
            for chunk in chunks(list(story_ids)):
                _members_into(conn, chunk, found)
        return dict(found)

    def iter_stories(self) -> Iterator[tuple[str, str | None, list[str]]]:
        """(id, label, article ids) of every story, oldest first."""
        with self.reading("reading stories") as conn:
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

    def titles_for(
        self, ids: Sequence[str]
    ) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Article id → (title, source, published) for ``ids``."""
        found: dict[str, tuple[str | None, str | None, str | None]] = {}
        with self.reading("reading article titles") as conn:
            for chunk in chunks(list(ids)):
                for row in conn.execute(
                    select(articles.c.id, articles.c.title, articles.c.source, articles.c.published)
                    .where(articles.c.id.in_(chunk))
                ):
                    found[row.id] = (row.title, row.source, row.published)
        return found

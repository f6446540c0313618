"""Queries of the checks stage (the ``checks`` table in ``storage/tables/stories.py``).

``CheckQueries`` implements ``storage.protocols.CheckStore``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, String, cast, delete, insert, or_, select

from sourcetrace.capabilities.checks.figure_checks import listing_rank
from sourcetrace.storage.sqlbase import SqlBase, chunks
from sourcetrace.storage.tables.stories import checks

__all__ = ["EVENT_CHECK_KIND", "CheckQueries", "delete_checks"]

#: The check kind the events stage writes and replaces itself (``storage.events``).
EVENT_CHECK_KIND = "event"


def delete_checks(conn: Connection, story_ids: Sequence[str]) -> None:
    """Delete the figure and claim checks of ``story_ids`` (an event's checks stay: the
    events stage owns them)."""
    for chunk in chunks(list(story_ids)):
        conn.execute(delete(checks).where(checks.c.story_id.in_(chunk),
                                          checks.c.kind != EVENT_CHECK_KIND))


class CheckQueries(SqlBase):
    """The ``CheckStore`` protocol in SQL."""

    def stories_checking(self, article_ids: Sequence[str]) -> set[str]:
        """Stories holding checks on items of ``article_ids`` (an article may have moved)."""
        found: set[str] = set()
        with self.reading("reading checks") as conn:
            for chunk in chunks(list(article_ids)):
                conds = [cast(checks.c["items"], String).like(f'%"{a}:%') for a in chunk]
                query = select(checks.c.story_id).where(or_(*conds))
                found.update(conn.execute(query).scalars())
        return found

    def put_checks(self, story_ids: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
        """Replace the checks of ``story_ids`` with ``rows`` in one transaction."""
        with self.writing("storing checks") as conn:
            delete_checks(conn, story_ids)
            if rows:
                conn.execute(insert(checks), [dict(r) for r in rows])

    def iter_checks(self) -> Iterator[dict[str, Any]]:
        """Every check, conflicting and updated ones first
        (``capabilities.checks.figure_checks.VERDICT_ORDER``), then by story and id."""
        with self.reading("reading checks") as conn:
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

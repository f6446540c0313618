"""Queries of the checks stage (the ``checks`` table in ``storage/tables/stories.py``).

``CheckQueries`` implements ``storage.protocols.CheckStore``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

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


def _prefixes(item: str) -> set[str]:
    """Every prefix of ``item`` that ends before one of its colons."""
    return {item[:i] for i, ch in enumerate(item) if ch == ":"}


class CheckQueries(SqlBase):
    """The ``CheckStore`` protocol in SQL."""

    def stories_checking(self, article_ids: Sequence[str]) -> set[str]:
        """Stories holding checks on items of ``article_ids`` (an article may have moved).

        An item names its article as its prefix before a colon (``<article>:figure:3``).
        One pass over the checks' items with a set of the ids: a ``LIKE`` per id made the
        run over a whole case cost (articles × checks), the largest part of the checks
        stage on 1,000 articles.
        """
        wanted = set(article_ids)
        found: set[str] = set()
        if not wanted:
            return found
        with self.reading("reading checks") as conn:
            for story_id, items in conn.execute(select(checks.c.story_id, checks.c["items"])):
                if story_id not in found and any(
                    _prefixes(str(item)) & wanted for item in items or ()
                ):
                    found.add(story_id)
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

"""Queries of the events stage (tables in ``storage/tables/events.py``).

``EventQueries`` implements ``storage.protocols.EventStore``; writes are one transaction
per call. Candidate events are found through the indexes on (family, days) and
(family, country), never by reading every event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select

from sourcetrace.storage.protocols import Digests, EventFilter, EventRow
from sourcetrace.storage.queries.checks import EVENT_CHECK_KIND
from sourcetrace.storage.sqlbase import SqlBase, chunks, utc_now
from sourcetrace.storage.tables.entities import entities
from sourcetrace.storage.tables.events import event_mentions, events
from sourcetrace.storage.tables.stories import checks

__all__ = ["EventQueries"]


def _digests(conn: Connection, event_ids: Sequence[str]) -> Digests:
    found: Digests = defaultdict(list)
    for chunk in chunks(list(event_ids)):
        rows = conn.execute(
            select(event_mentions.c.event_id, event_mentions.c.digest)
            .where(event_mentions.c.event_id.in_(chunk))
        ).all()
        for event_id, digest in rows:
            found[event_id].append(dict(digest))
    for digests in found.values():
        digests.sort(key=lambda d: (d.get("published") or "", d["article_id"], d["n"]))
    return dict(found)


class EventQueries(SqlBase):
    """The ``EventStore`` protocol in SQL."""

    def events_of_articles(self, article_ids: Sequence[str]) -> Digests:
        """The events holding mentions of ``article_ids``, with all their mentions' digests."""
        with self.reading("reading events") as conn:
            ids: set[str] = set()
            for chunk in chunks(list(article_ids)):
                ids.update(conn.execute(
                    select(event_mentions.c.event_id)
                    .where(event_mentions.c.article_id.in_(chunk))
                ).scalars())
            return _digests(conn, sorted(ids))

    def candidate_events(self, family: str, window: Sequence[str] | None,
                         country: str | None, *, limit: int = 200) -> Digests:
        """Events of ``family`` that a mention with ``window`` (first and last day) and
        ``country`` could join: windows that overlap, or undated events of the same
        country."""
        conds = []
        if window:
            conds.append(and_(events.c.first_day <= window[1], events.c.last_day >= window[0]))
        if country:
            conds.append(and_(events.c.first_day.is_(None), events.c.country == country))
        if not conds:
            return {}
        query = select(events.c.id).where(events.c.family == family, or_(*conds))
        if country:
            query = query.where(or_(events.c.country.is_(None), events.c.country == country))
        with self.reading("reading events") as conn:
            ids = list(conn.execute(query.order_by(events.c.id).limit(limit)).scalars())
            return _digests(conn, ids)

    def entity_entries(self, entity_ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        """``entity id -> (name, knowledge-base entry id)`` of linked entities."""
        found: dict[str, tuple[str, str | None]] = {}
        with self.reading("reading entities") as conn:
            for chunk in chunks(list(entity_ids)):
                for row in conn.execute(
                    select(entities.c.id, entities.c.name, entities.c.kb_entry)
                    .where(entities.c.id.in_(chunk))
                ):
                    found[row.id] = (row.name, row.kb_entry)
        return found

    def save_events(self, *, articles: Sequence[str], rows: Sequence[EventRow],
                    removed: Sequence[str],
                    mentions: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """In one transaction: forget the mentions of ``articles``, delete the ``removed``
        events, and write each of ``rows`` with its mentions (``mentions``: event id ->
        digests) and its checks, replacing what it had."""
        touched = [r.id for r in rows]
        with self.writing("storing events") as conn:
            for chunk in chunks(list(articles)):
                conn.execute(delete(event_mentions)
                             .where(event_mentions.c.article_id.in_(chunk)))
            gone = list(removed) + touched
            for chunk in chunks(gone):
                conn.execute(delete(events).where(events.c.id.in_(chunk)))
                conn.execute(delete(event_mentions).where(event_mentions.c.event_id.in_(chunk)))
                for event_id in chunk:
                    conn.execute(delete(checks).where(checks.c.kind == EVENT_CHECK_KIND,
                                                      checks.c.id.like(f"{event_id}:%")))
            now = utc_now()
            if rows:
                conn.execute(insert(events), [{
                    "id": r.id, "family": r.family, "type": r.type, "country": r.country,
                    "first_day": r.first_day, "last_day": r.last_day,
                    "event_date": r.event_date, "story_id": r.story_id,
                    "size": len(mentions.get(r.id, ())), "record": dict(r.record),
                    "updated_at": now} for r in rows])
            digest_rows = [{"mention_id": d["id"], "event_id": eid,
                            "article_id": d["article_id"], "digest": dict(d)}
                           for eid in touched for d in mentions.get(eid, ())]
            if digest_rows:
                conn.execute(insert(event_mentions), digest_rows)
            check_rows = [dict(c) for r in rows for c in r.checks]
            if check_rows:
                conn.execute(insert(checks), check_rows)

    def iter_event_records(self, where: EventFilter | None = None
                           ) -> Iterator[dict[str, Any]]:
        """Every event's export record (most recent date first, undated last), filtered."""
        query = select(events.c.record).order_by(
            events.c.event_date.is_(None), events.c.event_date.desc(), events.c.id)
        if where is not None and where.story:
            query = query.where(events.c.story_id == where.story)
        with self.reading("reading events") as conn:
            records = [dict(r) for r in conn.execute(query).scalars()]
        for record in records:
            if where is None or where.keeps(record):
                yield record

    def event_record(self, event_id: str) -> dict[str, Any] | None:
        """One event's export record, or None if unknown."""
        with self.reading("reading an event") as conn:
            record = conn.execute(
                select(events.c.record).where(events.c.id == event_id)).scalar()
        return dict(record) if record is not None else None

    def count_events(self) -> int:
        with self.reading("counting events") as conn:
            return int(conn.execute(select(func.count()).select_from(events)).scalar() or 0)

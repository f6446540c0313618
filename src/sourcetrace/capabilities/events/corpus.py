"""Corpus stage ``events``: merge the articles' event mentions into events.

Runs after ``linking`` and ``stories`` (places, actors and targets are compared by their
linked entities; an event belongs to the story of its first article). Incremental like
stories: the changed articles' mentions leave the events that held them, then each of
their asserted mentions (``capabilities.events.digest``) joins the best event among the
candidates the store finds for it by type family, date window and country
(``EventStore.candidate_events``) and the events of its own article, or starts one
(``capabilities.events.merge``). Only the events touched are recomputed: their values by
the rule of ``capabilities.events.values`` and their ``updated``/``conflicting`` checks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sourcetrace.capabilities.events.digest import Digest, digests
from sourcetrace.capabilities.events.merge import EventSet
from sourcetrace.capabilities.events.values import event_checks, event_record
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CorpusReport, CorpusStage
from sourcetrace.outputs.contract import ExportItem
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import EventRow, EventStore

__all__ = ["CORPUS_STAGE", "event_row", "export", "run", "run_events"]


def event_row(event_id: str, members: Sequence[Digest], story_id: str | None) -> EventRow:
    """The row of one event: its record, its checks and the columns candidates are found by."""
    found = event_checks(event_id, members)
    record = event_record(event_id, members, story_id=story_id, check_ids=[c.id for c in found])
    windows = [d["window"] for d in members if d["window"]]
    place = record["place"] or {}
    countries = {d["place"]["country"] for d in members if d["place"] and d["place"]["country"]}
    return EventRow(
        id=event_id, family=members[0]["family"], type=record["subtype"],
        country=place.get("country") or (next(iter(countries)) if len(countries) == 1 else None),
        first_day=min(w[0] for w in windows) if windows else None,
        last_day=max(w[1] for w in windows) if windows else None,
        event_date=record["date"]["value"], story_id=story_id, record=record,
        checks=[{"id": c.id, "story_id": story_id or "", "kind": c.kind, "verdict": c.verdict,
                 "items": list(c.items), "explanation": c.explanation, "data": c.data}
                for c in found],
    )


def run_events(store: Store, changed: Sequence[str]) -> CorpusReport:
    """Merge the event mentions of ``changed`` articles; write the events they touched."""
    ids = list(dict.fromkeys(changed))
    events = EventSet()
    events.load(store.events_of_articles(ids))
    events.remove_articles(set(ids))
    incoming: list[Digest] = []
    for article_id in ids:
        stored = store.get_article(article_id)
        if stored is None or not stored.document.events:
            continue
        incoming.extend(digests(stored.document, store.linked_mentions(article_id),
                                store.entity_entries))
    incoming.sort(key=lambda d: (d["published"] or "", d["article_id"], d["n"]))
    held = {o["article_id"] for ms in events.members.values() for o in ms}
    events.story_of.update(store.memberships(sorted(held | set(ids))))
    for d in incoming:
        country = d["place"]["country"] if d["place"] else None
        found = store.candidate_events(d["family"], d["window"], country)
        events.load({eid: ms for eid, ms in found.items() if eid not in events.members})
        unknown = {o["article_id"] for ms in found.values() for o in ms} - set(events.story_of)
        if unknown:
            events.story_of.update(store.memberships(sorted(unknown)))
        events.place(d, [*events.of_article(d["article_id"]), *events.nearby(d), *found])
    kept = {eid: ms for eid, ms in events.members.items() if eid in events.touched and ms}
    removed = [eid for eid in events.touched if not events.members.get(eid)]
    # Every article an event holds had its story read above (``events.story_of``).
    rows = [event_row(eid, ms, events.story_of.get(ms[0]["article_id"]))
            for eid, ms in kept.items()]
    store.save_events(articles=ids, rows=rows, removed=removed, mentions=kept)
    checks = sum(len(r.checks) for r in rows)
    return CorpusReport(
        stage="events",
        counts={"mentions": len(incoming), "events": len(rows), "removed": len(removed),
                "checks": checks},
        message=f"{len(incoming)} event mentions in {len(rows)} events ({checks} checks)",
    )


def run(store: Store, settings: Settings, changed: Sequence[str]) -> CorpusReport:
    return run_events(store, changed)


def export(store: Store) -> Iterator[ExportItem]:
    for record in store.iter_event_records():
        yield ExportItem("event", record)


def records(store: EventStore) -> list[dict[str, Any]]:
    return list(store.iter_event_records())


CORPUS_STAGE = CorpusStage(
    name="events", version="2", run=run, export=export,
    requires=frozenset({"events", "mentions", "source", "published", "entities", "stories"}),
    assigns=frozenset({"event_records"}),
)

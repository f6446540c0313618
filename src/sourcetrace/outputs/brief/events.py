"""The brief's timeline of events: one row per event merged across articles, oldest first.

Each row shows the event's date, type, place, tolls, actors, the number of sources and
the articles reporting it; a toll the sources disagree on is shown as a range and marked,
with a link to its ``conflicting`` check, and a rising toll links to its ``updated`` check.
The dated statements stay listed behind it (``view.TimelineRow``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sourcetrace.outputs.brief.anchors import Anchors, ArticleRef
from sourcetrace.outputs.casefile import CaseFile

__all__ = ["EventRow", "event_rows", "toll_text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    id: str
    date: str | None
    precision: str | None
    type: str
    group: str
    place: str | None
    country: str | None
    killed: str | None
    injured: str | None
    actors: tuple[str, ...]
    sources: int
    conflicting: tuple[tuple[str, str], ...]
    updated: tuple[tuple[str, str], ...]
    articles: tuple[ArticleRef, ...]


def toll_text(toll: Mapping[str, Any] | None) -> str | None:
    """A toll in words: "at least 12", "9–15 (sources disagree)"; None when not reported."""
    if not toll:
        return None
    if toll.get("value") is None:
        if toll.get("low") is None:
            return None
        return f"{toll['low']:g}–{toll['high']:g} (sources disagree)"
    return " ".join(p for p in (toll.get("qualifier"), f"{toll['value']:g}") if p)


def event_rows(case: CaseFile, anchors: Anchors,
               check_anchors: Mapping[str, str]) -> list[EventRow]:
    """The events of ``case`` (those reported by its articles), oldest first, undated last.

    ``check_anchors``: check id -> the anchor of its entry in the brief's checks."""
    checks = {str(c.get("id")): c for c in case.checks}
    kept = set(case.article_index)
    rows = []
    for e in case.other.get("event", ()):
        ids: Sequence[str] = [a for a in e.get("article_ids", ()) if a in kept]
        if not ids:
            continue
        place = e.get("place") or {}
        marks: dict[str, list[tuple[str, str]]] = {"conflicting": [], "updated": []}
        for check_id in e.get("check_ids", ()):
            check = checks.get(str(check_id))
            if check is not None and check.get("verdict") in marks:
                marks[str(check["verdict"])].append(
                    (str(check.get("field") or "toll"), check_anchors.get(str(check_id), "")))
        date = e.get("date") or {}
        rows.append(EventRow(
            id=str(e["id"]), date=date.get("value"), precision=date.get("precision"),
            type=str(e.get("subtype")), group=str(e.get("type")), place=place.get("name"),
            country=place.get("country"), killed=toll_text(e.get("fatalities")),
            injured=toll_text(e.get("injured")),
            actors=tuple(str(a["text"]) for a in e.get("actors", ())),
            sources=len(e.get("sources") or ()) or len(ids),
            conflicting=tuple(marks["conflicting"]), updated=tuple(marks["updated"]),
            articles=tuple(anchors.articles(ids)),
        ))
    rows.sort(key=lambda r: (r.date is None, r.date or "", r.id))
    return rows

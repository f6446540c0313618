"""The timeline: dated items of a case and the geometry of its SVG chart.

Three lanes: dates and events the articles mention (placed at the resolved date; a
week or a month is drawn as a bar over the whole period, a year only listed), statements
and figures (placed
at the publication date of the article that carries them: that is when they were said
or reported, which is all we know). Items on the same day in a lane become one bubble
whose area grows with their number. The axis covers the publication dates, with a
margin; older or later mentioned dates are counted at the edges rather than squashing
the chart, and all of them are listed under it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Chart", "Item", "build_chart", "parse_period"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
#: Periods longer than this (a year, a decade) are listed, not drawn.
MAX_BAR_DAYS = 31
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

LANES = (
    ("date", "Dates & events mentioned"),
    ("statement", "Statements (as published)"),
    ("figure", "Figures (as published)"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One dated thing: ``lane`` is a key of ``LANES``; ``href`` where its bubble links."""

    lane: str
    start: date
    end: date
    label: str
    href: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Bubble:
    x: float
    y: float
    r: float
    lane: str
    count: int
    title: str
    href: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    x1: float
    x2: float
    y: float
    lane: str
    title: str
    href: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LaneRow:
    key: str
    label: str
    y: float
    earlier: int
    later: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    lanes: tuple[LaneRow, ...]
    ticks: tuple[Tick, ...]
    bubbles: tuple[Bubble, ...]
    bars: tuple[Bar, ...]
    first: date
    last: date


def parse_period(value: object, precision: object = None) -> tuple[date, date] | None:
    """The first and last day an ISO date value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
    or a longer timestamp) covers; a week or decade precision widens a day or a year."""
    if not isinstance(value, str):
        return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            assert year is not None
            span = 10 if precision == "decade" else 1
            return date(year, 1, 1), date(year + span - 1, 12, 31)
        if day is None:
            first = date(year, month, 1)  # type: ignore[arg-type]
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        first = date(year, month, day)  # type: ignore[arg-type]
    except ValueError:
        return None
    return first, first + timedelta(days=6 if precision == "week" else 0)


def _ticks(first: date, last: date, scale: float, left: int) -> list[Tick]:
    days = (last - first).days
    if days <= 70:
        # A short case: a tick every Monday.
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return [
            Tick(x=left + (day - first).days * scale, label=f"{day.day} {_MONTHS[day.month - 1]}")
            for day in (monday + timedelta(weeks=n) for n in range(days // 7 + 1))
            if day <= last
        ]
    step_months = 1 if days <= 400 else 3 if days <= 1100 else 12
    ticks = []
    cursor = date(first.year, first.month, 1)
    while cursor <= last:
        if cursor >= first and (cursor.month - 1) % step_months == 0:
            label = f"{_MONTHS[cursor.month - 1]} {cursor.year}" if step_months < 12 else str(
                cursor.year
            )
            ticks.append(Tick(x=left + (cursor - first).days * scale, label=label))
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    return ticks


def build_chart(
    items: Sequence[Item], published: Iterable[date], *, width: int = 960
) -> Chart | None:
    """Lay out ``items`` on an axis covering ``published`` (else the items), or None."""
    days = sorted(published) or sorted(i.start for i in items)
    if not days:
        return None
    first, last = days[0] - timedelta(days=14), days[-1] + timedelta(days=7)
    left, right, lane_h, top = 190, 24, 46, 34
    scale = (width - left - right) / max((last - first).days, 1)
    lanes: list[LaneRow] = []
    bubbles: list[Bubble] = []
    bars: list[Bar] = []
    for n, (key, label) in enumerate(LANES):
        y = top + n * lane_h + lane_h / 2
        mine = [i for i in items if i.lane == key]
        earlier = sum(1 for i in mine if i.end < first)
        later = sum(1 for i in mine if i.start > last)
        inside = [i for i in mine if i.end >= first and i.start <= last]
        by_day: dict[date, list[Item]] = defaultdict(list)
        for item in inside:
            if item.start == item.end:
                by_day[item.start].append(item)
            elif (item.end - item.start).days > MAX_BAR_DAYS:
                # A year or a decade would draw a line across the whole chart; such dates
                # are in the list under it.
                continue
            else:
                x1 = left + (max(item.start, first) - first).days * scale
                x2 = left + ((min(item.end, last) - first).days + 1) * scale
                bars.append(Bar(x1=x1, x2=x2, y=y + 12, lane=key, title=item.label,
                                href=item.href))
        for day, group in sorted(by_day.items()):
            shown = "; ".join(i.label for i in group[:3])
            more = f" (+{len(group) - 3} more)" if len(group) > 3 else ""
            bubbles.append(
                Bubble(
                    x=left + ((day - first).days + 0.5) * scale,
                    y=y,
                    r=min(3.0 + 2.2 * math.sqrt(len(group) - 1), 14.0),
                    lane=key,
                    count=len(group),
                    title=f"{day.isoformat()} · {len(group)}: {shown}{more}",
                    href=group[0].href,
                )
            )
        lanes.append(LaneRow(key=key, label=label, y=y, earlier=earlier, later=later))
    height = top + len(LANES) * lane_h + 30
    return Chart(
        width=width, height=height, left=left, right=right, lanes=tuple(lanes),
        ticks=tuple(_ticks(first, last, scale, left)), bubbles=tuple(bubbles),
        bars=tuple(bars), first=first, last=last,
    )

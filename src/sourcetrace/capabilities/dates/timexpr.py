"""Calendar arithmetic for the ``dates`` stage: a detected expression to an ISO value.

Values follow the export contract (ISO 8601 ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and
always name the *first* day, month or year of the period; ``precision`` says how long the
period is:

- ``day``: ``2024-03-22``; ``month``: ``2024-03``; ``year``: ``2024``;
- ``week``: the Monday that opens the ISO week, ``2024-03-18`` ("last week");
- ``quarter``: its first month, ``2009-10`` ("the fourth quarter of 2009");
- ``decade``: its first year, ``1990`` ("the 1990s").

So a consumer that reads ``value`` alone gets the period's start, and one that reads
``precision`` too gets the whole period; ``timeml_value`` gives the TimeML form
(``2024-W12``, ``2009-Q4``, ``199``) for evaluation.

Expressions that need the publication date (``anchor``) resolve to ``None`` without one.
Where the text leaves the direction open (a bare weekday or month), ``future`` decides:
past (the default in news) is the most recent occurrence on or before the anchor, future
the next one after it; "last"/"next" words force the direction, strictly before/after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["Resolved", "Timex", "resolve", "timeml_value"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex:
    """What the span detector read from one expression, language-neutral."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: int | None = None
    count: int | None = None
    unit: str | None = None
    sign: int = -1
    decade: int | None = None
    quarter: int | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    precision: str | None


UNRESOLVED = Resolved(None, None)


def resolve(timex: Timex, anchor: dt.date | None, *, future: bool = False) -> Resolved:
    """The ISO value and precision of ``timex``; ``UNRESOLVED`` when it cannot be known."""
    handler = _HANDLERS.get(timex.kind)
    if handler is None:
        return UNRESOLVED
    try:
        return handler(timex, anchor, future)
    except ValueError:  # an impossible date such as 31 February: not a date at all
        return UNRESOLVED


def _calendar(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    if t.year is not None and t.month is not None and t.day is not None:
        return Resolved(dt.date(t.year, t.month, t.day).isoformat(), "day")
    if t.year is not None and t.month is not None:
        return Resolved(f"{t.year:04d}-{t.month:02d}", "month")
    if t.year is not None and t.month is None and t.day is None:
        return Resolved(f"{t.year:04d}", "year")
    if anchor is None:
        return UNRESOLVED
    if t.month is not None and t.day is not None:
        return Resolved(_nearest_month_day(t.month, t.day, anchor).isoformat(), "day")
    if t.month is not None:
        year = _cycle_year(t.month, anchor.month, anchor.year, t.shift, future)
        return Resolved(f"{year:04d}-{t.month:02d}", "month")
    if t.weekday is not None:
        return Resolved(_weekday(t.weekday, anchor, t.shift, future).isoformat(), "day")
    return UNRESOLVED


def _numeric(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    # The detector already put the two leading numbers in day/month order.
    return _calendar(t, anchor, future)


def _offset(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    if anchor is None or t.count is None or t.unit is None:
        return UNRESOLVED
    return _shifted(anchor, t.unit, t.sign * t.count)


def _unit(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    if anchor is None or t.unit is None:
        return UNRESOLVED
    return _shifted(anchor, t.unit, t.shift or 0)


def _dayword(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    if anchor is None or t.count is None:
        return UNRESOLVED
    return Resolved((anchor + dt.timedelta(days=t.count)).isoformat(), "day")


def _decade(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    if t.decade is None:
        return UNRESOLVED
    return Resolved(f"{t.decade:04d}", "decade")


def _quarter(t: Timex, anchor: dt.date | None, future: bool) -> Resolved:
    if t.quarter is None or not 1 <= t.quarter <= 4:
        return UNRESOLVED
    year = t.year
    if year is None:
        if anchor is None:
            return UNRESOLVED
        year = _cycle_year(t.quarter, (anchor.month - 1) // 3 + 1, anchor.year, t.shift, future)
    return Resolved(f"{year:04d}-{3 * t.quarter - 2:02d}", "quarter")


def _shifted(anchor: dt.date, unit: str, amount: int) -> Resolved:
    if unit == "day":
        return Resolved((anchor + dt.timedelta(days=amount)).isoformat(), "day")
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=amount)
        return Resolved(monday.isoformat(), "week")
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + amount
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    if unit == "year":
        return Resolved(f"{anchor.year + amount:04d}", "year")
    return UNRESOLVED


def _cycle_year(item: int, current: int, year: int, shift: int | None, future: bool) -> int:
    """The year of the ``item``-th month (or quarter) relative to the anchor's ``current``."""
    if shift == -1:
        return year if item < current else year - 1
    if shift == 1:
        return year if item > current else year + 1
    if future:
        return year if item >= current else year + 1
    return year if item <= current else year - 1


def _weekday(weekday: int, anchor: dt.date, shift: int | None, future: bool) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if shift == -1:
        return anchor - dt.timedelta(days=back or 7)
    if shift == 1 or future:
        return anchor + dt.timedelta(days=ahead or 7)
    return anchor - dt.timedelta(days=back)


def _nearest_month_day(month: int, day: int, anchor: dt.date) -> dt.date:
    """A day and month without a year: the year that puts it nearest the anchor."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"no year has day {day} in month {month}")
    return min(candidates, key=lambda d: abs((d - anchor).days))


Handler = Callable[[Timex, dt.date | None, bool], Resolved]

_HANDLERS: Mapping[str, Handler] = {
    "date": _calendar,
    "year": _calendar,
    "numeric": _numeric,
    "offset": _offset,
    "unit": _unit,
    "dayword": _dayword,
    "decade": _decade,
    "quarter": _quarter,
}


def timeml_value(value: str | None, precision: str | None) -> str | None:
    """The TimeML/TIMEX3 form of a value: ``2024-W12``, ``2009-Q4``, ``199`` for a decade."""
    if value is None or precision is None:
        return None
    if precision == "week":
        year, week, _ = dt.date.fromisoformat(value).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "quarter":
        first_year, first_month = value.split("-")
        return f"{first_year}-Q{(int(first_month) - 1) // 3 + 1}"
    if precision == "decade":
        return value[:3]
    return value

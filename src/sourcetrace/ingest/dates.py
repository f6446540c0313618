"""Publication dates as inputs give them, normalised to ISO 8601 without inventing anything.

``normalize_published`` keeps an ISO 8601 value exactly as given and rewrites other
common forms into ISO:

- RSS/e-mail dates (RFC 2822): ``Fri, 22 Mar 2024 10:00:00 GMT`` →
  ``2024-03-22T10:00:00+00:00``;
- numeric dates: ``22/03/2024``, ``22.03.2024``, ``22-03-24`` → ``2024-03-22``. Day first, as
  in most of the world's press, unless the second number cannot be a month
  (``03/22/2024`` → ``2024-03-22``); ``2024/03/22`` and ``2024-3-22`` are read year first.
  A time after the date is kept (``22.03.2024 14:05`` → ``2024-03-22T14:05:00``);
- ISO basic ``20240322`` and Unix timestamps in seconds or milliseconds (UTC);
- written dates in many languages through ``dateparser``, restricted to absolute dates:
  ``22 mars 2024``, ``22. März 2024``, ``March 22, 2024`` → ``2024-03-22``; ``März 2024`` →
  ``2024-03``. Relative expressions ("yesterday", "2 hours ago") are refused: they need a
  reference date the input does not give.

Anything else gives ``None``; callers keep the raw value so the user can see what was
dropped (``RawArticle.published_raw``).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["is_iso_date", "normalize_published"]

_ISO = re.compile(
    r"^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$"
)
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$|^\d{12,13}$")
_NUMERIC = re.compile(
    r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})" r"(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$"
)
_YEAR_FIRST = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$")
_HAS_TIME = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")
_RFC2822_HINT = re.compile(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
#: Timestamps outside these years are more likely ids or counters than dates.
_EPOCH_YEARS = range(1990, 2101)

#: dateparser, limited to absolute dates: its relative parser would date "yesterday" from
#: the moment of ingest, which is invention.
_DATEPARSER_DMY: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "REQUIRE_PARTS": ["day", "month", "year"],
}
_DATEPARSER_MY: dict[str, Any] = {**_DATEPARSER_DMY, "REQUIRE_PARTS": ["month", "year"]}


def is_iso_date(value: str) -> bool:
    """True when ``value`` is an ISO 8601 date or datetime that names a real day."""
    if not _ISO.match(value):
        return False
    if len(value) == 4:
        return True
    if len(value) == 7:
        return 1 <= int(value[5:7]) <= 12
    try:
        datetime.fromisoformat(value.replace(",", "."))
    except ValueError:
        return False
    return True


def normalize_published(value: object) -> str | None:
    """An ISO 8601 form of a publication date, or ``None`` when it cannot be read safely."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if is_iso_date(text):
        return text
    for parse in (_iso_basic, _epoch, _numeric, _year_first, _rfc2822, _written):
        result = parse(text)
        if result is not None:
            return result
    return None


def _iso_basic(text: str) -> str | None:
    match = _ISO_BASIC.match(text)
    if not match:
        return None
    return _date(int(match[1]), int(match[2]), int(match[3]))


def _epoch(text: str) -> str | None:
    return _from_epoch(float(text)) if _EPOCH.match(text) else None


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if moment.year not in _EPOCH_YEARS:
        return None
    return moment.replace(microsecond=0).isoformat()


def _numeric(text: str) -> str | None:
    match = _NUMERIC.match(text)
    if not match:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if len(match[3]) == 2:
        year += 2000 if year < 70 else 1900
    day, month = first, second
    if second > 12 and first <= 12:
        day, month = second, first
    day_iso = _date(year, month, day)
    if day_iso is None or match[4] is None:
        return day_iso
    hour, minute, second_ = int(match[4]), int(match[5]), int(match[6] or 0)
    if hour > 23 or minute > 59 or second_ > 59:
        return day_iso
    return f"{day_iso}T{hour:02d}:{minute:02d}:{second_:02d}"


def _year_first(text: str) -> str | None:
    match = _YEAR_FIRST.match(text)
    return _date(int(match[1]), int(match[2]), int(match[3])) if match else None


def _rfc2822(text: str) -> str | None:
    if not _RFC2822_HINT.search(text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.isoformat()


def _written(text: str) -> str | None:
    if not any(ch.isalpha() for ch in text) or len(text) > 80:
        return None
    import dateparser  # type: ignore[import-untyped]

    moment: datetime | None = dateparser.parse(text, settings=_DATEPARSER_DMY)
    if moment is not None:
        if _HAS_TIME.search(text):
            return moment.replace(microsecond=0).isoformat()
        return moment.date().isoformat()
    moment = dateparser.parse(text, settings=_DATEPARSER_MY)
    if moment is not None:
        return f"{moment.year:04d}-{moment.month:02d}"
    return None


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None

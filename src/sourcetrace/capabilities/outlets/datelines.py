"""Wire datelines: the place, day and agency that open a news agency's copy.

"MOSCOW, March 22 (Northgate Wire) -", "PARIS (Reuters) -", "BERLIN, 12. März (dpa) -",
"MADRID, 8 oct (EFE) -", "PARIS, 24 mars (AFP) –": a place in capitals, optionally a
day and month, optionally the agency in parentheses, then a dash. Month names come from
every language pack's date lexicon (``months`` and ``month_abbreviations``), so a pack
that knows its months reads its datelines.

``read_dateline`` looks at the first lines of a text only; the day gets its year from
``year_hints`` (a date in the URL or file name, a year the input gave) when one fits,
else the nearest date on or before ``today``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

__all__ = ["Dateline", "copyright_holder", "month_table", "read_dateline", "year_hints"]

#: Only this many characters from the start of the text are searched.
HEAD_CHARS = 400

_DATELINE = re.compile(
    r"(?:^|\n)[^\S\n]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,40}?)(?:/[\w .'’-]{1,40})?"
    r"(?:,[^\S\n]*(?:[A-Z][a-zà-ÿ]+,[^\S\n]*)?(?P<when>[^()\n\-–—,]{1,30}?))?"
    r"[^\S\n]*(?:\((?P<agency>[^()\n]{2,40})\))?\.?[^\S\n]*[-–—]{1,2}\s"
)
_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})(?:\.|er)?\s+(?P<month>[^\W\d_]+)\.?$")
_MONTH_DAY = re.compile(r"^(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})$")
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[-/_.]?(0[1-9]|1[0-2])[-/_.]?([0-2]\d|3[01])(?!\d)")
#: "© 2024 Northgate Wire. All rights reserved.", "Copyright (c) dpa": the holder's name.
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<holder>[^\W\d][\w&.'’ -]{1,40}?)\s*(?:[.,;|]|all rights|tous droits|alle rechte|"
    r"todos los derechos|$)",
    re.IGNORECASE,
)
_AGENCY_WORD = re.compile(r"^[A-Z][\w&.'’-]*$|^[a-z]{2,4}$")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    agency: str | None
    #: ISO day (``YYYY-MM-DD``) when the dateline gives day and month, else ``None``
    day: str | None
    start: int
    end: int


def month_table(packs: Iterable[object]) -> dict[str, int]:
    """Lower-case month names and abbreviations of every pack → 1..12."""
    table: dict[str, int] = {}
    for pack in packs:
        lexicon = getattr(pack, "dates", None)
        for name in ("months", "month_abbreviations"):
            table.update(getattr(lexicon, name, None) or {})
    return table


def year_hints(*values: str | None) -> list[date]:
    """Full dates found in URLs, file names or dates the input gave (most precise first)."""
    found: list[date] = []
    for value in values:
        for match in _URL_DATE.finditer(value or ""):
            try:
                found.append(date(int(match[1]), int(match[2]), int(match[3])))
            except ValueError:
                continue
    return found


def read_dateline(
    text: str, months: Mapping[str, int], *, hints: Iterable[date] = (), today: date
) -> Dateline | None:
    """The dateline opening ``text`` (within its first lines), or ``None``."""
    match = _DATELINE.search(text, 0, min(len(text), HEAD_CHARS))
    if match is None:
        return None
    place = match["place"].strip(" .-")
    if len(place) < 2 or not any(ch.isalpha() for ch in place):
        return None
    agency = _agency(match["agency"])
    when = match["when"]
    if when is None and agency is None:
        return None
    day = _day(when.strip(), months, list(hints), today) if when else None
    if when and day is None and not _is_region(when):
        return None
    return Dateline(
        place=place, agency=agency, day=day, start=match.start("place"), end=match.end()
    )


def _is_region(value: str) -> bool:
    """ "SOLINGEN, Germany, Aug 24": a capitalised region name rather than a date."""
    return value.strip()[:1].isupper() and not any(ch.isdigit() for ch in value)


def _agency(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    words = value.split()
    if not 1 <= len(words) <= 5 or not all(_AGENCY_WORD.match(w) for w in words):
        return None
    return value


def _day(value: str, months: Mapping[str, int], hints: list[date], today: date) -> str | None:
    match = _DAY_MONTH.match(value) or _MONTH_DAY.match(value)
    if match is None:
        return None
    month = months.get(match["month"].lower())
    day = int(match["day"])
    if month is None or not 1 <= day <= 31:
        return None
    for hint in hints:
        if (hint.month, hint.day) == (month, day):
            return _iso(hint.year, month, day)
    for hint in hints:  # a nearby date (a story dated a day or two after its dateline)
        candidate = _safe(hint.year, month, day)
        if candidate is not None and abs((candidate - hint).days) <= 31:
            return candidate.isoformat()
    for year in (today.year, today.year - 1):
        candidate = _safe(year, month, day)
        if candidate is not None and candidate <= today:
            return candidate.isoformat()
    return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    found = _safe(year, month, day)
    return found.isoformat() if found else None


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names ("© 2024 Northgate Wire. All rights reserved.")."""
    match = _COPYRIGHT.match(line.strip())
    if match is None:
        return None
    return _agency(match["holder"].strip(" .-"))

"""Date span detection for the ``dates`` stage: a language's patterns over the text.

``compile_lexicon`` fills the placeholders of each ``DatePattern`` with the alternation
of the lexicon's words (compiled once per language through ``Resources.cached``);
``find_dates`` runs every pattern, drops matches their context rules out (a lower-case
"may", "Resolution 2254", "2000 people"), keeps the longest of overlapping matches and
reads each into a language-neutral ``Timex``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sourcetrace.capabilities.dates.timexpr import Timex
from sourcetrace.lang.datelex import DateLexicon, DatePattern

__all__ = ["CompiledLexicon", "Found", "compile_lexicon", "find_dates"]

_WORD_JOINERS = str.maketrans({" ": r"\s+", "'": "['\u2019]", "-": r"[\s-]?"})


@dataclass(frozen=True, slots=True)
class CompiledLexicon:
    lexicon: DateLexicon
    patterns: tuple[tuple[DatePattern, re.Pattern[str]], ...]
    year_context_before: re.Pattern[str] | None
    year_label_before: re.Pattern[str] | None
    year_count_after: re.Pattern[str] | None
    dayword_not_after: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    timex: Timex
    #: True for expressions whose direction in time the text leaves open (bare weekday,
    #: bare month, quarter without a year): the stage asks the tense about them.
    open_direction: bool


def _alternation(words: Iterable[str]) -> str:
    escaped = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped.append(re.escape(word).replace(r"\ ", " ").replace(r"\-", "-")
                       .translate(_WORD_JOINERS))
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"


def _optional(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def compile_lexicon(lexicon: DateLexicon) -> CompiledLexicon:
    """Compile the lexicon's patterns, placeholders filled, bounded by non-word characters."""
    fills = {
        "MONTH": _alternation(lexicon.months),
        "MONTHABBR": _alternation(lexicon.month_abbreviations) or r"(?!)",
        "WEEKDAY": _alternation(lexicon.weekdays),
        "NUM": _alternation(lexicon.numbers),
        "ORD": _alternation(lexicon.ordinals),
        "UNIT": _alternation(lexicon.units),
        "SHIFT": _alternation(lexicon.shifts),
        "DAYWORD": _alternation(lexicon.daywords),
        "DECADE": _alternation(lexicon.decades),
        "TOD": _alternation(lexicon.times_of_day),
        "MOD": _alternation(lexicon.modifiers),
    }
    compiled = []
    for spec in lexicon.patterns:
        body = re.sub(r"\{([A-Z]+)\}", lambda m: fills[m.group(1)], spec.pattern)
        compiled.append((spec, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)))
    return CompiledLexicon(
        lexicon=lexicon,
        patterns=tuple(compiled),
        year_context_before=_optional(lexicon.year_context_before),
        year_label_before=_optional(lexicon.year_label_before),
        year_count_after=_optional(lexicon.year_count_after),
        dayword_not_after=_optional(lexicon.dayword_not_after),
    )


def find_dates(text: str, compiled: CompiledLexicon) -> list[Found]:
    """Non-overlapping date expressions in ``text``, in text order."""
    candidates: list[tuple[int, int, int, Found]] = []
    for order, (spec, regex) in enumerate(compiled.patterns):
        for match in regex.finditer(text):
            found = _read(match, spec, text, compiled)
            if found is not None:
                candidates.append((found.start, found.end, order, found))
    # Longest first; on a tie the pattern listed first in the lexicon wins.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[Found] = []
    for start, end, _, found in candidates:
        if all(end <= t.start or start >= t.end for t in taken):
            taken.append(found)
    return sorted(taken, key=lambda f: f.start)


def _word(match: re.Match[str], name: str) -> str | None:
    groups = match.groupdict()
    value = groups.get(name)
    return value.lower().rstrip(".") if value else None


def _lookup(words: Mapping[str, int], found: str | None) -> int | None:
    if found is None:
        return None
    key = re.sub(r"\s+", " ", found.replace("\u2019", "'"))
    if key in words:
        return words[key]
    # The alternation lets "-" match a space or nothing ("mi-octobre"/"mi octobre").
    for word, value in words.items():
        if re.sub(r"[\s-]", "", word) == re.sub(r"[\s-]", "", key):
            return value
    return None


def _read(
    match: re.Match[str], spec: DatePattern, text: str, compiled: CompiledLexicon
) -> Found | None:
    lex = compiled.lexicon
    groups = match.groupdict()
    start, end = match.span("span") if groups.get("span") else match.span()
    for name in ("month", "weekday"):
        raw = groups.get(name)
        if raw and raw.lower().rstrip(".") in lex.capitalised_only and not raw[0].isupper():
            return None
    if spec.kind == "year" and not _year_context_ok(match, text, compiled):
        return None
    if spec.kind == "dayword" and compiled.dayword_not_after is not None:
        if compiled.dayword_not_after.search(text[max(0, start - 30):start]):
            return None
    timex = _timex(match, spec, lex)
    if timex is None:
        return None
    if text[end - 1] == "." and groups.get("month") and match.end("month") == end - 1:
        if not _is_abbreviation(groups["month"].lower(), lex.months):
            end -= 1  # the full stop ends the sentence, not an abbreviated month
    open_direction = timex.year is None and timex.day is None and (
        timex.month is not None or timex.weekday is not None or timex.quarter is not None
    )
    return Found(start=start, end=end, timex=timex, open_direction=open_direction)


def _is_abbreviation(word: str, months: Mapping[str, int]) -> bool:
    number = months.get(word)
    return number is not None and any(
        len(other) > len(word) for other, n in months.items() if n == number
    )


def _year_context_ok(match: re.Match[str], text: str, compiled: CompiledLexicon) -> bool:
    """A bare four-digit number is a year only where its neighbours say so."""
    start, end = match.span("year")
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if re.search(r"\d[.,]?\s?$|[.,:/]$", before) or re.match(r"^(?:[.,:/]\d|\d|%)", after):
        return False  # part of a larger number, a score, a ratio or an identifier
    if compiled.year_label_before and compiled.year_label_before.search(before):
        return False
    if compiled.year_count_after and compiled.year_count_after.search(after):
        return False
    if match.start() != start:  # a modifier ("early 2019", "mi-2019") is date context
        return True
    if re.match(r"^['\u2019]s\b", after):
        return True
    if re.search(r"\b[A-Z][\w&-]*\s$", before):  # an event's edition: "WWDC 2005", "Euro 2016"
        return True
    context = compiled.year_context_before
    return context is None or bool(context.search(before))


def _number(raw: str | None, words: Mapping[str, int]) -> int | None:
    if raw is None:
        return None
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    return _lookup(words, raw)


def _timex(match: re.Match[str], spec: DatePattern, lex: DateLexicon) -> Timex | None:
    g = match.groupdict()
    year = int(g["year"]) if g.get("year") else None
    if spec.kind == "numeric":
        first, second = int(g["n1"]), int(g["n2"])
        day_first = lex.numeric_order == "dmy"
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            day_first = False
        day_n, month_n = (first, second) if day_first else (second, first)
        return Timex(kind="numeric", year=year, month=month_n, day=day_n)
    if spec.kind == "offset":
        count = _number(_word(match, "num"), lex.numbers)
        unit = lex.units.get(_word(match, "unit") or "")
        return Timex(kind="offset", count=count, unit=unit, sign=spec.sign)
    if spec.kind == "unit":
        return Timex(kind="unit", shift=_lookup(lex.shifts, _word(match, "shift")),
                     unit=lex.units.get(_word(match, "unit") or ""))
    if spec.kind == "dayword":
        return Timex(kind="dayword", count=_lookup(lex.daywords, _word(match, "dayword")))
    if spec.kind == "decade":
        return _decade(_word(match, "decade"), lex)
    if spec.kind == "quarter":
        quarter = _number(_word(match, "ord"), lex.ordinals)
        return Timex(kind="quarter", quarter=quarter, year=year,
                     shift=_lookup(lex.shifts, _word(match, "shift")))
    month = _lookup(lex.months, _word(match, "month"))
    if month is None and g.get("month"):
        month = _lookup(lex.month_abbreviations, _word(match, "month"))
    if g.get("monthnum"):
        month = int(g["monthnum"])
    day = _number(_word(match, "day"), {})
    if day is not None and not 1 <= day <= 31:
        return None
    return Timex(
        kind=spec.kind,
        year=year,
        month=month,
        day=day,
        weekday=_lookup(lex.weekdays, _word(match, "weekday")),
        shift=_lookup(lex.shifts, _word(match, "shift")),
    )


def _decade(raw: str | None, lex: DateLexicon) -> Timex | None:
    if raw is None:
        return None
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 4:
        return Timex(kind="decade", decade=int(digits))
    value = int(digits) if len(digits) == 2 else _lookup(lex.decades, raw)
    if value is None:
        return None
    # Two-digit decades ("the '90s", "los años noventa") are read in the 20th century
    # from the 30s on and in the 21st below that.
    return Timex(kind="decade", decade=(1900 if value >= 30 else 2000) + value)

"""The shape of a language's date data: words and span patterns the ``dates`` stage reads.

A language gives its month, weekday, unit and relative words as mappings, and its date
expressions as regular expressions with placeholders (``{MONTH}``, ``{WEEKDAY}``,
``{NUM}``, ``{UNIT}``, ``{SHIFT}``, ``{DAYWORD}``, ``{TOD}``, ``{MOD}``, ``{ORD}``,
``{DECADE}``) that the stage fills with the alternation of the matching mapping's keys.
Named groups in a pattern say what the resolver reads (see ``DatePattern``), so word
order stays a language's business and the resolver stays language-neutral. A group named
``span`` narrows the reported span to itself, so a pattern can require a preposition
("in May") without reporting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["COMMON_PATTERNS", "YEAR", "DateLexicon", "DatePattern", "PatternKind"]

#: A four-digit year of 1900–2099 as the named group ``year``, used by every language.
YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"

#: How the stage resolves a match:
#: - "date": any of the groups ``year``, ``month`` (name) / ``monthnum``, ``day``,
#:   ``weekday``, ``shift``; what is missing comes from the publication date;
#: - "numeric": ``n1``, ``n2``, ``year`` in the language's ``numeric_order``;
#: - "offset": ``num`` + ``unit`` counted back ("ago", ``sign=-1``) or forward (``sign=1``);
#: - "unit": ``shift`` + ``unit`` ("last week", "le mois dernier", "this year");
#: - "dayword": ``dayword`` ("yesterday", "hier", "gestern", "ayer");
#: - "decade": ``decade`` (four digits, two digits, or a decade word);
#: - "quarter": ``ord`` (+ optional ``year``);
#: - "year": a bare year (``year``), accepted only when its context is date-like.
PatternKind = Literal["date", "numeric", "offset", "unit", "dayword", "decade", "quarter", "year"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DatePattern:
    """One date expression: a regex with placeholders and named groups, and how to read it."""

    name: str
    kind: PatternKind
    pattern: str
    sign: int = -1


@dataclass(frozen=True, slots=True, kw_only=True)
class DateLexicon:
    """Per-language date words and patterns; the empty default detects nothing."""

    #: month names and abbreviations (lower case) -> 1..12
    months: Mapping[str, int] = field(default_factory=dict)
    #: abbreviations that are also ordinary words ("mar" is the sea in Spanish): read as
    #: months only where a pattern names {MONTHABBR}, i.e. right after a day number
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)
    #: weekday names (lower case) -> 0 (Monday) .. 6
    weekdays: Mapping[str, int] = field(default_factory=dict)
    #: number words (lower case) -> value, for "three days ago", "il y a deux jours"
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: ordinal words (lower case) -> value, for "the first quarter"
    ordinals: Mapping[str, int] = field(default_factory=dict)
    #: unit words (lower case) -> "day" | "week" | "month" | "year"
    units: Mapping[str, str] = field(default_factory=dict)
    #: shift words (lower case) -> -1 (last), 0 (this), 1 (next)
    shifts: Mapping[str, int] = field(default_factory=dict)
    #: day words (lower case) -> offset in days ("yesterday" -> -1)
    daywords: Mapping[str, int] = field(default_factory=dict)
    #: decade words (lower case) -> decade within its century ("noventa" -> 90)
    decades: Mapping[str, int] = field(default_factory=dict)
    #: times of day that may extend a span ("evening", "soir", "Abend", "noche")
    times_of_day: tuple[str, ...] = ()
    #: modifiers that may open a span ("early", "début", "Anfang", "principios de")
    modifiers: tuple[str, ...] = ()
    #: words that are months or weekdays only when capitalised ("may", "march")
    capitalised_only: frozenset[str] = frozenset()
    #: regex of words just before a day word that make it something else ("am Morgen" is
    #: "in the morning", not "tomorrow"; "la mañana" is "the morning")
    dayword_not_after: str = ""
    #: order of the two leading numbers in "03/04/2024": "dmy" or "mdy"
    numeric_order: Literal["dmy", "mdy"] = "dmy"
    patterns: tuple[DatePattern, ...] = ()
    #: regex of words just before a bare number that make it a year ("in", "since", "en")
    year_context_before: str = ""
    #: regex of words just before a bare number that make it a label or a quantity, not a
    #: year ("Resolution", "No.", "Flight", "more than", "$")
    year_label_before: str = ""
    #: regex of words just after a bare number that make it a count, not a year
    year_count_after: str = ""
    #: regex of future-tense cues ("will", "va", "wird", "va a") and past-tense cues; the
    #: nearest one in the same sentence decides whether a bare weekday or month looks ahead
    future_cues: str = ""
    past_cues: str = ""


#: Patterns every language shares: ISO dates and all-numeric dates.
COMMON_PATTERNS: tuple[DatePattern, ...] = (
    DatePattern(
        name="iso",
        kind="date",
        pattern=r"(?P<year>(?:19|20)\d\d)-(?P<monthnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
    ),
    DatePattern(
        name="numeric",
        kind="numeric",
        pattern=r"(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)",
    ),
)

"""English date words and patterns for the ``dates`` stage (see ``lang/datelex.py``).

All-numeric dates ("03/04/2024") are read month first, as in US news; a first number
above 12 ("22/03/2024") switches to day first, so UK dates are still read right when
they are unambiguous.
"""

from sourcetrace.lang.datelex import COMMON_PATTERNS, DateLexicon, DatePattern
from sourcetrace.lang.datelex import YEAR as _YEAR

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3,
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "final": 4, "last": 4,
}
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
}
SHIFTS = {"last": -1, "this past": -1, "this": 0, "next": 1, "coming": 1,
          "this coming": 1}
DAYWORDS = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "last night": -1, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

LEXICON = DateLexicon(
    months=MONTHS,
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    ordinals=ORDINALS,
    units=UNITS,
    shifts=SHIFTS,
    daywords=DAYWORDS,
    times_of_day=("morning", "afternoon", "evening", "night", "overnight"),
    modifiers=("early", "earlier", "late", "later", "mid", "the end of", "the beginning of",
               "the start of", "the middle of", "end of", "beginning of", "start of"),
    capitalised_only=frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep",
                                "oct", "nov", "dec", "apr", "feb", "sept"}),
    numeric_order="mdy",
    patterns=(
        # "Tuesday (April 9)": one date, the bracket says which Tuesday.
        DatePattern(
            name="weekday_bracket",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s+{TOD})?\s*\(\s*(?P<month>{MONTH})\.?\s+"
            + _DAY + r"(?:,?\s+" + _YEAR + r")?\s*\)",
        ),
        # "May 3, 2019", "Tuesday, April 9", "February 09, 2007"
        DatePattern(
            name="mdy",
            kind="date",
            pattern=r"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\.?\s+" + _DAY
            + r"(?!\d)(?:,?\s+" + _YEAR + r")?",
        ),
        # "3 May 2019", "the 3rd of May"
        DatePattern(
            name="dmy",
            kind="date",
            pattern=r"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+)?" + _DAY
            + r"\s+(?:of\s+)?(?P<month>{MONTH})\.?(?:,?\s+" + _YEAR + r")?",
        ),
        # "February 2017", "early May 2019"
        DatePattern(
            name="month_year",
            kind="date",
            pattern=r"(?:{MOD}[\s-]*)?(?P<month>{MONTH})\.?,?\s+(?:of\s+)?" + _YEAR,
        ),
        # "last November", "next May"
        DatePattern(
            name="shift_month",
            kind="date",
            pattern=r"(?:{MOD}\s+)?(?P<shift>{SHIFT})\s+(?P<month>{MONTH})",
        ),
        # "in May", "since October": a bare month needs a preposition or a modifier
        DatePattern(
            name="prep_month",
            kind="date",
            pattern=r"(?:in|since|until|till|by|from|during|through|before|after|of|for)\s+"
            r"(?P<span>(?P<month>{MONTH}))(?!\s*\d)",
        ),
        DatePattern(
            name="mod_month",
            kind="date",
            pattern=r"{MOD}[\s-]*(?P<month>{MONTH})(?!\s*\d)",
        ),
        # "last Tuesday", "next Friday evening"
        DatePattern(
            name="shift_weekday",
            kind="date",
            pattern=r"(?P<shift>{SHIFT})\s+(?P<weekday>{WEEKDAY})(?:\s+{TOD})?",
        ),
        # "Thursday", "Thursday evening"
        DatePattern(
            name="weekday",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s+{TOD})?",
        ),
        DatePattern(
            name="dayword",
            kind="dayword",
            pattern=r"(?P<dayword>{DAYWORD})(?:\s+{TOD})?",
        ),
        # "three days ago", "a year ago"
        DatePattern(
            name="ago",
            kind="offset",
            pattern=r"(?P<num>{NUM}|\d{1,3})\s+(?P<unit>{UNIT})\s+ago",
        ),
        # "last week", "earlier this month", "next year"
        DatePattern(
            name="shift_unit",
            kind="unit",
            pattern=r"(?:{MOD}\s+)?(?P<shift>{SHIFT})\s+(?P<unit>week|month|year)",
        ),
        # "the 1990s", "the '90s", "the early 2000s"
        DatePattern(
            name="decade",
            kind="decade",
            pattern=r"(?:{MOD}[\s-]*)?(?P<decade>(?:19|20)\d0|['\u2019]\d0)s",
        ),
        # "the fourth quarter", "the first quarter of 2009", "Q3 2009"
        DatePattern(
            name="quarter",
            kind="quarter",
            pattern=r"(?P<ord>{ORD})[\s-]+quarter(?:\s+(?:of\s+)?" + _YEAR + r")?",
        ),
        DatePattern(
            name="quarter_q",
            kind="quarter",
            pattern=r"Q(?P<ord>[1-4])\s+" + _YEAR,
        ),
        DatePattern(
            name="year",
            kind="year",
            pattern=r"(?:{MOD}[\s-]*)?" + _YEAR,
        ),
        *COMMON_PATTERNS,
    ),
    year_context_before=(
        r"(?:\b(?:in|since|by|until|till|from|of|during|before|after|between|and|to|through|"
        r"around|circa|the|year|fiscal|season|spring|summer|autumn|fall|winter|early|late|mid|"
        r"end|beginning|start|for|on)|[(\u2013\u2014-])\s*$"
    ),
    year_label_before=(
        r"(?:\b(?:resolution|no|nos|number|nr|article|art|flight|route|highway|room|page|"
        r"pp|p|chapter|section|law|bill|code|version|windows|iso|rfc|model|type|class|"
        r"more than|at least|up to|fewer than|less than|nearly|almost|some|about|over|"
        r"roughly|approximately|exactly)\.?|[#$€£¥])\s*$"
    ),
    year_count_after=(
        r"^\s*(?:%|percent|per\s*cent|people|persons|troops|soldiers|workers|jobs|employees|"
        r"dealers|dealerships|cars|vehicles|units|refugees|migrants|civilians|fighters|"
        r"members|homes|houses|km|kilomet|miles|metres|meters|feet|tonnes|tons|dollars|"
        r"euros|pounds|points|votes|deaths|dead|casualties|cases|children|women|men|"
        r"students|times|hectares|acres|barrels|shares|[a-z]+s\s+(?:were|are|have|had)\b)"
    ),
    future_cues=(
        r"\b(?:will|won['\u2019]t|shall|['\u2019]ll|is to|are to|is due|are due|due to|scheduled|"
        r"expected|set to|plans? to|planned|going to|upcoming|next|"
        # reported future ("said the city would hold …"), and calls for what is to come
        r"would(?!\s+have)|(?:was|were) to|call(?:s|ed)? for|urg(?:es|ed) \w+ to)\b"
    ),
    past_cues=(
        r"\b(?:said|says|told|was|were|had|did|ago|last|\w+ed)\b"
    ),
)

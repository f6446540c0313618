"""German date words and patterns for the ``dates`` stage (see ``lang/datelex.py``).

All-numeric dates are day first ("22.03.2024"). Weekday compounds with a time of day
("Donnerstagabend") are one word in German and one date span.
"""

from sourcetrace.lang.datelex import COMMON_PATTERNS, DateLexicon, DatePattern
from sourcetrace.lang.datelex import YEAR as _YEAR

_DAY = r"(?P<day>[0-3]?\d)\."

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
NUMBERS = {
    "ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "wenigen": 3,
    "einigen": 3,
}
ORDINALS = {
    "ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3,
    "dritte": 3, "vierten": 4, "vierte": 4, "letzten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
}
UNITS = {
    "tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week",
    "monat": "month", "monate": "month", "monaten": "month", "monats": "month",
    "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year",
}
SHIFTS = {
    "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1, "vergangene": -1,
    "vergangenen": -1, "vergangener": -1, "vergangenes": -1, "vorige": -1, "vorigen": -1,
    "voriges": -1, "diese": 0, "diesen": 0, "dieser": 0, "dieses": 0, "nächste": 1,
    "nächsten": 1, "nächster": 1, "nächstes": 1, "kommende": 1, "kommenden": 1,
    "kommender": 1, "kommendes": 1,
}
DAYWORDS = {
    "gestern": -1, "heute": 0, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
}

LEXICON = DateLexicon(
    months=MONTHS,
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    ordinals=ORDINALS,
    units=UNITS,
    shifts=SHIFTS,
    daywords=DAYWORDS,
    times_of_day=("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"),
    modifiers=("anfang", "ende", "mitte"),
    numeric_order="dmy",
    # "am Morgen", "jeden Morgen": the morning, not tomorrow
    dayword_not_after=r"\b(?:am|den|jeden|einem|eines|diesen|dem|der|am\s+frühen)\s+$",
    patterns=(
        # "Dienstag, 9. April 2024", "22. März 2024", "am 3. Mai"
        DatePattern(
            name="dmy",
            kind="date",
            pattern=r"(?:(?P<weekday>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?" + _DAY
            + r"\s*(?P<month>{MONTH})\.?(?:\s+" + _YEAR + r")?",
        ),
        # "Dienstag (9. April)"
        DatePattern(
            name="weekday_bracket",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s*{TOD})?\s*\(\s*" + _DAY
            + r"\s*(?P<month>{MONTH})(?:\s+" + _YEAR + r")?\s*\)",
        ),
        # "Februar 2017", "Anfang Mai 2019"
        DatePattern(
            name="month_year",
            kind="date",
            pattern=r"(?:{MOD}\s+)?(?P<month>{MONTH})\.?\s+" + _YEAR,
        ),
        # "im Oktober", "seit März": a bare month needs a preposition or a modifier
        DatePattern(
            name="prep_month",
            kind="date",
            pattern=r"(?:im|seit|bis|ab|vor|nach|zum|bis\s+zum|Monat)\s+(?P<span>(?P<month>{MONTH}))"
            r"(?!\s*\d)",
        ),
        DatePattern(
            name="mod_month",
            kind="date",
            pattern=r"{MOD}\s+(?P<month>{MONTH})(?!\s*\d)",
        ),
        # "im vergangenen November", "letzten Oktober"
        DatePattern(
            name="shift_month",
            kind="date",
            pattern=r"(?P<shift>{SHIFT})\s+(?P<month>{MONTH})",
        ),
        # "am vergangenen Dienstag", "letzten Freitagabend"
        DatePattern(
            name="shift_weekday",
            kind="date",
            pattern=r"(?P<shift>{SHIFT})\s+(?P<weekday>{WEEKDAY})(?:\s*{TOD})?",
        ),
        # "Dienstag", "Donnerstagabend", "Dienstag früh"
        DatePattern(
            name="weekday",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s*{TOD})?",
        ),
        DatePattern(
            name="dayword",
            kind="dayword",
            pattern=r"(?P<dayword>{DAYWORD})(?:\s*{TOD})?",
        ),
        # "vor zwei Tagen", "vor einer Woche"
        DatePattern(
            name="ago",
            kind="offset",
            pattern=r"vor\s+(?P<num>{NUM}|\d{1,3})\s+(?P<unit>{UNIT})",
        ),
        # "letzte Woche", "vergangenes Jahr", "diesen Monat", "nächstes Jahr"
        DatePattern(
            name="shift_unit",
            kind="unit",
            pattern=r"(?P<shift>{SHIFT})\s+(?P<unit>woche|monat|monats|jahr|jahres)",
        ),
        # "die 1990er Jahre", "in den 90er-Jahren"
        DatePattern(
            name="decade",
            kind="decade",
            pattern=r"(?P<decade>(?:19|20)?\d0)er(?:[\s-]*jahren?)?",
        ),
        # "im ersten Quartal 2009"
        DatePattern(
            name="quarter",
            kind="quarter",
            pattern=r"(?P<ord>{ORD})\s*Quartal(?:\s+(?:des\s+Jahres\s+)?" + _YEAR + r")?",
        ),
        DatePattern(
            name="year",
            kind="year",
            pattern=r"(?:{MOD}\s+)?" + _YEAR,
        ),
        *COMMON_PATTERNS,
    ),
    year_context_before=(
        r"(?:\b(?:im|in|jahr|jahre|jahres|seit|bis|ab|von|vom|vor|nach|zwischen|und|um|"
        r"anfang|ende|mitte|frühjahr|sommer|herbst|winter|saison|geschäftsjahr)|[(\u2013\u2014-])\s*$"
    ),
    year_label_before=(
        r"(?:\b(?:resolution|nr|nummer|artikel|art|flug|route|seite|s|kapitel|paragraf|"
        r"gesetz|version|modell|mehr als|mindestens|bis zu|weniger als|rund|etwa|fast|"
        r"knapp|über)\.?|[#$€£¥§])\s*$"
    ),
    year_count_after=(
        r"^\s*(?:%|prozent|menschen|personen|soldaten|tote|verletzte|flüchtlinge|migranten|"
        r"zivilisten|kämpfer|stellen|arbeitsplätze|mitarbeiter|mitglieder|einwohner|euro|"
        r"dollar|km|kilometer|meter|tonnen|stimmen|kinder|frauen|männer|mal|hektar|€|\$)"
    ),
    future_cues=r"\b(?:wird|werden|wirst|werde|soll|sollen|geplant|nächste[nrs]?|kommende[nrs]?)\b",
    past_cues=(
        r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden|sagte|erklärte|teilte|"
        r"ge\w+t|ge\w+en|vergangene[nrs]?|letzte[nrs]?)\b"
    ),
)

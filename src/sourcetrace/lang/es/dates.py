"""Spanish date words and patterns for the ``dates`` stage (see ``lang/datelex.py``).

All-numeric dates are day first ("22/03/2024").
"""

from sourcetrace.lang.datelex import COMMON_PATTERNS, DateLexicon, DatePattern
from sourcetrace.lang.datelex import YEAR as _YEAR

_DAY = r"(?P<day>[0-3]?\d)(?:\.?º)?"

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
#: Wire-style abbreviations ("DAMASCO, 8 oct (EFE)"); only after a day number.
MONTH_ABBREVIATIONS = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
    "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
}
WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
}
NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "treinta": 30, "unos": 3, "unas": 3,
}
ORDINALS = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
    "último": 4, "1er": 1,
}
UNITS = {
    "día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week",
    "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year",
}
SHIFTS = {
    "pasado": -1, "pasada": -1, "último": -1, "última": -1, "próximo": 1, "próxima": 1,
    "que viene": 1, "este": 0, "esta": 0,
}
DAYWORDS = {
    "ayer": -1, "hoy": 0, "mañana": 1, "anteayer": -2, "antier": -2, "antes de ayer": -2,
    "antes de anoche": -2, "pasado mañana": 2, "anoche": -1, "esta mañana": 0,
    "esta tarde": 0, "esta noche": 0,
}

LEXICON = DateLexicon(
    months=MONTHS,
    month_abbreviations=MONTH_ABBREVIATIONS,
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    ordinals=ORDINALS,
    units=UNITS,
    shifts=SHIFTS,
    daywords=DAYWORDS,
    times_of_day=("por la mañana", "por la tarde", "por la noche", "en la mañana",
                  "en la tarde", "en la noche", "a mediodía"),
    modifiers=("principios de", "comienzos de", "inicios de", "mediados de", "finales de",
               "fines de"),
    numeric_order="dmy",
    # "la mañana", "cada mañana": the morning, not tomorrow
    dayword_not_after=r"\b(?:la|una|cada|esa|toda\s+la|por\s+la|en\s+la|de\s+la)\s+$",
    patterns=(
        # "22 de marzo de 2024", "el martes 9 de abril"
        DatePattern(
            name="dmy",
            kind="date",
            pattern=r"(?:(?P<weekday>{WEEKDAY}),?\s+)?" + _DAY + r"\s+de\s+(?P<month>{MONTH})"
            r"(?:\s+(?:de|del)\s+" + _YEAR + r")?",
        ),
        # "8 oct", "8 oct." (the dateline of an agency wire)
        DatePattern(
            name="dmy_abbreviated",
            kind="date",
            pattern=_DAY + r"\s+(?P<month>{MONTHABBR})\.?(?:\s+(?:de\s+)?" + _YEAR + r")?",
        ),
        # "el martes (9 de abril)"
        DatePattern(
            name="weekday_bracket",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s+{TOD})?\s*\(\s*" + _DAY
            + r"\s+de\s+(?P<month>{MONTH})(?:\s+(?:de|del)\s+" + _YEAR + r")?\s*\)",
        ),
        # "febrero de 2017", "a finales de marzo de 2020"
        DatePattern(
            name="month_year",
            kind="date",
            pattern=r"(?:{MOD}\s+)?(?P<month>{MONTH})\s+(?:de|del)\s+" + _YEAR,
        ),
        # "en octubre", "desde marzo": a bare month needs a preposition or a modifier
        DatePattern(
            name="prep_month",
            kind="date",
            pattern=r"(?:en|desde|hasta|para|durante|antes\s+de|después\s+de|el\s+mes\s+de)\s+"
            r"(?P<span>(?P<month>{MONTH}))(?!\s*(?:de\s+)?\d)",
        ),
        DatePattern(
            name="mod_month",
            kind="date",
            pattern=r"{MOD}\s+(?P<month>{MONTH})(?!\s*(?:de\s+)?\d)",
        ),
        # "octubre pasado", "el pasado octubre", "el próximo mes de mayo"
        DatePattern(
            name="month_shift",
            kind="date",
            pattern=r"(?P<month>{MONTH})\s+(?P<shift>pasado|próximo|que\s+viene)",
        ),
        DatePattern(
            name="shift_month",
            kind="date",
            pattern=r"(?:el\s+)?(?P<shift>pasado|próximo)\s+(?:mes\s+de\s+)?(?P<month>{MONTH})",
        ),
        # "el pasado miércoles", "el miércoles pasado", "el próximo viernes", and "este
        # lunes" (this week's Monday: the tense says which side of the date)
        DatePattern(
            name="shift_weekday",
            kind="date",
            pattern=r"(?:el\s+)?(?P<shift>pasado|próximo|último|este)\s+(?P<weekday>{WEEKDAY})"
            r"(?:\s+{TOD})?",
        ),
        DatePattern(
            name="weekday_shift",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})\s+(?P<shift>pasado|próximo|que\s+viene)",
        ),
        # "el jueves", "el jueves por la noche"
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
        # "hace tres días"
        DatePattern(
            name="ago",
            kind="offset",
            pattern=r"hace\s+(?P<num>{NUM}|\d{1,3})\s+(?P<unit>{UNIT})",
        ),
        # "la semana pasada", "el mes pasado", "el año que viene", "este año"
        DatePattern(
            name="unit_shift",
            kind="unit",
            pattern=r"(?:(?:la|el)\s+)?(?P<unit>semana|mes|año)\s+(?P<shift>{SHIFT})",
        ),
        DatePattern(
            name="this_unit",
            kind="unit",
            pattern=r"(?P<shift>este|esta)\s+(?P<unit>semana|mes|año)",
        ),
        # "los años noventa", "los años 90", "la década de 1990"
        DatePattern(
            name="decade",
            kind="decade",
            pattern=r"(?:años|década\s+de(?:\s+los)?)\s+(?P<decade>(?:19|20)?\d0|{DECADE})",
        ),
        # "el primer trimestre de 2009"
        DatePattern(
            name="quarter",
            kind="quarter",
            pattern=r"(?P<ord>{ORD})\s+trimestre(?:\s+(?:de|del)\s+" + _YEAR + r")?",
        ),
        DatePattern(
            name="year",
            kind="year",
            pattern=r"(?:{MOD}\s+)?" + _YEAR,
        ),
        *COMMON_PATTERNS,
    ),
    decades={
        "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90,
    },
    year_context_before=(
        r"(?:\b(?:en|desde|hasta|de|del|año|entre|y|a|para|antes\s+de|después\s+de|hacia|"
        r"principios\s+de|finales\s+de|mediados\s+de|primavera|verano|otoño|invierno|"
        r"temporada|ejercicio)|[(\u2013\u2014-])\s*$"
    ),
    year_label_before=(
        r"(?:\b(?:resolución|n\.º|nº|no|número|artículo|art|vuelo|ruta|página|pág|capítulo|"
        r"ley|código|versión|modelo|más de|al menos|hasta|menos de|cerca de|unos|unas|"
        r"casi)\.?|[#$€£¥])\s*$"
    ),
    year_count_after=(
        r"^\s*(?:%|por\s*ciento|personas|soldados|militares|muertos|heridos|refugiados|"
        r"migrantes|civiles|combatientes|empleos|trabajadores|empleados|miembros|habitantes|"
        r"euros|dólares|km|kilómetros|metros|toneladas|votos|niños|mujeres|hombres|veces|"
        r"hectáreas|€|\$)"
    ),
    future_cues=(
        r"\b(?:va\s+a|van\s+a|\w{2,}(?:ará|erá|irá|arán|erán|irán)|prevé|previsto|prevista|"
        r"próximo|próxima)\b"
    ),
    past_cues=(
        r"\b(?:ha|han|había|habían|fue|fueron|era|eran|dijo|afirmó|\w+ó|\w+aron|\w+ieron|"
        r"pasado|pasada)\b"
    ),
)

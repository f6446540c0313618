"""French date words and patterns for the ``dates`` stage (see ``lang/datelex.py``).

All-numeric dates are day first ("22/03/2024").
"""

from sourcetrace.lang.datelex import COMMON_PATTERNS, DateLexicon, DatePattern
from sourcetrace.lang.datelex import YEAR as _YEAR

_DAY = r"(?P<day>1er|[0-3]?\d)"

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
}
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quelques": 3,
}
ORDINALS = {
    "premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3,
    "quatrième": 4, "4e": 4, "dernier": 4,
}
UNITS = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
}
SHIFTS = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1,
    "prochaine": 1, "ce": 0, "cet": 0, "cette": 0,
}
DAYWORDS = {
    "hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2, "après-demain": 2,
    "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "hier soir": -1, "la veille": -1,
}

LEXICON = DateLexicon(
    months=MONTHS,
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    ordinals=ORDINALS,
    units=UNITS,
    shifts=SHIFTS,
    daywords=DAYWORDS,
    times_of_day=("matin", "après-midi", "soir", "soirée", "nuit", "midi"),
    modifiers=("début", "fin", "mi", "courant", "à la fin", "au début", "à la mi"),
    numeric_order="dmy",
    patterns=(
        # "mardi 9 avril 2024", "22 mars 2024", "le 1er mai"
        DatePattern(
            name="dmy",
            kind="date",
            pattern=r"(?:(?P<weekday>{WEEKDAY})\s+)?" + _DAY + r"\s+(?P<month>{MONTH})\.?"
            r"(?:\s+" + _YEAR + r")?",
        ),
        # "mardi (9 avril)"
        DatePattern(
            name="weekday_bracket",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s+{TOD})?\s*\(\s*" + _DAY
            + r"\s+(?P<month>{MONTH})(?:\s+" + _YEAR + r")?\s*\)",
        ),
        # "février 2017", "début mars 2020"
        DatePattern(
            name="month_year",
            kind="date",
            pattern=r"(?:{MOD}[\s-]*)?(?P<month>{MONTH})\.?\s+(?:de\s+l['\u2019]année\s+)?" + _YEAR,
        ),
        # "en octobre", "depuis mars": a bare month needs a preposition or a modifier
        DatePattern(
            name="prep_month",
            kind="date",
            pattern=r"(?:en|depuis|dès|jusqu['\u2019]en|d['\u2019]ici|avant|après|courant|"
            r"au mois d['\u2019]|au mois de|pour)\s+(?P<span>(?P<month>{MONTH}))(?!\s*\d)",
        ),
        DatePattern(
            name="mod_month",
            kind="date",
            pattern=r"{MOD}[\s-]*(?P<month>{MONTH})(?!\s*\d)",
        ),
        # "octobre dernier", "en novembre prochain"
        DatePattern(
            name="month_shift",
            kind="date",
            pattern=r"(?P<month>{MONTH})\s+(?P<shift>{SHIFT})",
        ),
        # "mercredi dernier", "vendredi prochain"
        DatePattern(
            name="weekday_shift",
            kind="date",
            pattern=r"(?P<weekday>{WEEKDAY})(?:\s+{TOD})?\s+(?P<shift>dernier|prochain|passé)",
        ),
        # "jeudi", "jeudi soir"
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
        # "il y a deux jours"
        DatePattern(
            name="ago",
            kind="offset",
            pattern=r"il\s+y\s+a\s+(?P<num>{NUM}|\d{1,3})\s+(?P<unit>{UNIT})",
        ),
        # "la semaine dernière", "le mois dernier", "l'an passé", "l'année prochaine"
        DatePattern(
            name="unit_shift",
            kind="unit",
            pattern=r"(?:(?:la|le|l['\u2019])\s*)?(?P<unit>semaine|mois|an|année)\s+(?P<shift>{SHIFT})",
        ),
        # "cette semaine", "ce mois-ci", "plus tôt ce mois-ci", "cette année"
        DatePattern(
            name="this_unit",
            kind="unit",
            pattern=r"(?P<shift>ce|cet|cette)\s+(?P<unit>semaine|mois|année)(?:-ci)?",
        ),
        # "les années 1990", "les années 90"
        DatePattern(
            name="decade",
            kind="decade",
            pattern=r"(?:{MOD}\s+des\s+)?années\s+(?P<decade>(?:19|20)?\d0)",
        ),
        # "le premier trimestre 2009", "au troisième trimestre"
        DatePattern(
            name="quarter",
            kind="quarter",
            pattern=r"(?P<ord>{ORD})\s+trimestre(?:\s+(?:de\s+)?" + _YEAR + r")?",
        ),
        DatePattern(
            name="year",
            kind="year",
            pattern=r"(?:{MOD}[\s-]*)?" + _YEAR,
        ),
        *COMMON_PATTERNS,
    ),
    year_context_before=(
        r"(?:\b(?:en|depuis|dès|jusqu['\u2019]en|d['\u2019]ici|avant|après|de|du|l['\u2019]an|l['\u2019]année|"
        r"année|entre|et|à|au|vers|début|fin|mi|printemps|été|automne|hiver|saison|"
        r"exercice)|[(\u2013\u2014-])\s*$"
    ),
    year_label_before=(
        r"(?:\b(?:résolution|n°|no|numéro|article|art|vol|route|page|p|chapitre|loi|code|"
        r"version|modèle|plus de|au moins|jusqu['\u2019]à|moins de|près de|environ|quelque)\.?"
        r"|[#$€£¥])\s*$"
    ),
    year_count_after=(
        r"^\s*(?:%|pour\s*cent|personnes|soldats|militaires|morts|blessés|réfugiés|migrants|"
        r"civils|combattants|emplois|salariés|employés|membres|habitants|euros|dollars|"
        r"km|kilomètres|mètres|tonnes|voix|enfants|femmes|hommes|fois|hectares|€|\$)"
    ),
    future_cues=(
        r"\b(?:va|vont|devra|devront|doit|doivent|prévu|prévue|prochain|prochaine|"
        # a call to what is to come: "a appelé à un rassemblement samedi"
        r"appel\w*\s+à|appel\w*\s+au|appel\w*\s+aux|convoqu\w*|"
        r"\w{2,}(?:era|ira|dra|ra|ront|rons)|aura|sera|fera|ira)\b"
    ),
    past_cues=(
        r"\b(?:a|ont|avait|avaient|était|étaient|fut|\w+é|\w+ée|\w+és|\w+ées|\w+it|dernier|"
        r"dernière)\b"
    ),
)

"""German figure data: number formats, currencies, units, qualifiers, rates, non-figures.

German nouns are capitalised, which lets the stage find the counted noun ("1.200 syrische
Flüchtlinge") without a parser: no German spaCy pipeline is available.
"""

from sourcetrace.lang.de.figures_counted import COUNTED_KEYS
from sourcetrace.lang.figure_lexicon import ContextRule, FigureLexicon
from sourcetrace.lang.xx.figures import CURRENCY_CODES, CURRENCY_SYMBOLS, MASKS, NOT_FIGURES

_LABELS = (
    "artikel|paragraf|paragraph|§|kapitel|abschnitt|absatz|seite|seiten|nr\\.|nummer|"
    "resolution|flug|linie|bundesstraße|autobahn|raum|stufe|phase|staffel|folge|band|"
    "gleis|terminal|tor|bus|airbus|boeing"
)

LEXICON = FigureLexicon(
    text2num="de",
    decimal=",",
    groups=(".", "\u00a0", "\u202f", "'", "\u2019"),
    space_groups=True,
    multipliers={
        "tausend": 1e3, "million": 1e6, "millionen": 1e6, "milliarde": 1e9,
        "milliarden": 1e9, "billion": 1e12, "billionen": 1e12,
    },
    multiplier_symbols={
        "Mio.": 1e6, "Mio": 1e6, "Mrd.": 1e9, "Mrd": 1e9, "Tsd.": 1e3, "Bio.": 1e12, "k": 1e3,
    },
    currency_symbols=CURRENCY_SYMBOLS,
    currency_codes=CURRENCY_CODES,
    currency_links=("an",),
    currency_after={
        "euro": "EUR", "euros": "EUR", "dollar": "USD", "us-dollar": "USD",
        "us-dollars": "USD", "dollars": "USD", "kanadische dollar": "CAD",
        "australische dollar": "AUD", "pfund": "GBP", "britische pfund": "GBP",
        "pfund sterling": "GBP", "syrische pfund": "SYP", "ägyptische pfund": "EGP",
        "rubel": "RUB", "lira": "TRY", "türkische lira": "TRY", "franken": "CHF",
        "schweizer franken": "CHF", "yen": "JPY", "yuan": "CNY", "hrywnja": "UAH",
        "griwna": "UAH", "schekel": "ILS", "rupien": "INR",
    },
    units={
        "kilometer": "km", "kilometern": "km", "kilometers": "km", "quadratkilometer": "km2",
        "quadratkilometern": "km2", "meter": "m", "metern": "m", "zentimeter": "cm",
        "millimeter": "mm", "meilen": "mi", "meile": "mi", "kilogramm": "kg", "kilo": "kg",
        "gramm": "g", "tonnen": "t", "tonne": "t", "liter": "l", "litern": "l",
        "hektar": "ha", "prozent": "%", "prozentpunkte": "pp", "prozentpunkten": "pp",
        "prozentpunkt": "pp", "grad": "°C", "stunden": "h", "stunde": "h", "minuten": "min",
        "minute": "min", "tage": "day", "tagen": "day", "tag": "day", "wochen": "week",
        "woche": "week", "monate": "month", "monaten": "month", "monat": "month",
        "jahre": "year", "jahren": "year", "jahr": "year",
    },
    unit_symbols={
        "%": "%", "km": "km", "km²": "km2", "km2": "km2", "qkm": "km2", "m": "m", "cm": "cm",
        "mm": "mm", "kg": "kg", "t": "t", "ha": "ha", "km/h": "km/h", "MW": "MW", "GW": "GW",
        "°C": "°C",
    },
    qualifiers={
        "mindestens": "at least", "wenigstens": "at least", "zumindest": "at least",
        "nicht weniger als": "at least", "mehr als": "more than", "über": "more than",
        "knapp über": "more than", "weit über": "more than", "weniger als": "less than",
        "nicht einmal": "less than",
        "unter": "less than", "knapp unter": "less than", "rund": "about", "etwa": "about",
        "ungefähr": "about", "circa": "about", "ca.": "about", "zirka": "about",
        "knapp": "about", "fast": "about", "beinahe": "about", "annähernd": "about",
        "nahezu": "about", "schätzungsweise": "about", "bis zu": "up to",
        "höchstens": "up to", "maximal": "up to",
    },
    qualifiers_after={"oder mehr": "at least", "und mehr": "at least"},
    clause_rates={
        "jeden tag": "day", "pro tag": "day", "täglich": "day", "jede woche": "week",
        "pro woche": "week", "jeden monat": "month", "pro monat": "month",
        "jedes jahr": "year", "pro jahr": "year", "wöchentlich": "week",
        "monatlich": "month", "jährlich": "year", "im jahr": "year",
    },
    tolls={"zahl der toten": "Tote", "todeszahl": "Tote", "opferzahl": "Tote"},
    counted_keys=COUNTED_KEYS,
    fraction_joiners=("von",),
    multiplier_nouns=frozenset({"mal"}),
    person_verbs=frozenset({
        "getötet", "verletzt", "verwundet", "gestorben", "starben", "festgenommen",
        "verhaftet", "evakuiert", "gerettet", "entführt", "ermordet", "hingerichtet",
        "ertrunken", "abgeschoben", "inhaftiert"}),
    reference_nouns=("die zahl", "diese zahl", "die schätzung", "die gesamtzahl"),
    number_nouns=("zahl der", "anzahl der", "zahl an", "anzahl an"),
    counted_links=("von",),
    vague_plurals={"hunderte": (100.0, 999.0), "tausende": (1000.0, 9999.0),
                   "dutzende": (24.0, 99.0), "zehntausende": (10000.0, 99999.0),
                   "hunderttausende": (1e5, 1e6 - 1), "millionen": (1e6, 1e7 - 1),
                   "milliarden": (1e9, 1e10 - 1)},
    vague_before=frozenset({"mehrere", "einige", "viele"}),
    rates={
        "pro tag": "day", "am tag": "day", "täglich": "day", "je tag": "day", "/tag": "day",
        "pro woche": "week", "in der woche": "week", "wöchentlich": "week",
        "je woche": "week", "/woche": "week", "pro monat": "month", "im monat": "month",
        "monatlich": "month", "je monat": "month", "/monat": "month", "pro jahr": "year",
        "im jahr": "year", "jährlich": "year", "je jahr": "year", "/jahr": "year",
    },
    range_openers={"zwischen": "und", "von": "bis"},
    range_joiners=("bis", "oder", "-", "\u2013", "\u2014"),
    single_words=frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "eins"}),
    duration_qualifiers=frozenset({"über"}),
    months=(
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun",
        "jul", "aug", "sep", "sept", "okt", "nov", "dez",
    ),
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    not_figures=(
        *NOT_FIGURES,
        ContextRule(name="date", after=r"\.?\s*(?:{MONTH})\.?(?!\w)"),
        ContextRule(name="date", before=r"\b(?:{MONTH})\.?\s+"),
        ContextRule(
            name="ordinal",
            before=r"\b(?:der|die|das|dem|den|des|zum|zur|am|im|vom|beim)\s+",
            after=r"\.(?!\d)",
        ),
        ContextRule(name="time", after=r"\s*uhr\b"),
        ContextRule(name="age", after=r"-?jährige[nrms]?\b"),
        ContextRule(name="age", after=r"\s+jahre\s+alt\b"),
        ContextRule(name="age", before=r"\bim\s+alter\s+von\s+"),
        ContextRule(
            name="relative date",
            before=r"\bvor\s+",
            after=r"\s+(?:tagen|wochen|monaten|jahren|stunden|jahrzehnten)\b",
        ),
        ContextRule(name="name", before=r"(?<!\w)(?:" + _LABELS + r")\s*"),
        ContextRule(
            name="page furniture", after=r"\s+(?:kommentare?|min\.?\s+lesezeit)(?!\w)"
        ),
        ContextRule(name="page furniture", before=r"\b(?:foto|bild)\s+"),
    ),
    masks=MASKS,
    counted_skip=frozenset(
        {
            "der", "die", "das", "den", "dem", "des", "und", "oder", "in", "im", "am", "an",
            "bei", "von", "vom", "mit", "für", "auf", "aus", "nach", "zu", "zum", "zur", "seit",
            "sind", "waren", "wurden", "werden", "haben", "hatten", "sei", "seien", "ist",
            "war", "wurde", "als", "wie", "insgesamt", "mehr", "weitere", "davon", "laut",
            "bis", "um", "gegen", "pro", "je", "durch", "es", "sie", "er", "wir", "man", "nicht",
            "seiner", "seinen", "ihrer", "ihren", "diesen", "dieser",
        }
    ),
    capitalised_nouns=True,
)

"""English figure data: number formats, currencies, units, qualifiers, rates, non-figures."""

from sourcetrace.lang.en.figures_counted import COUNTED_KEYS
from sourcetrace.lang.figure_lexicon import ContextRule, FigureLexicon
from sourcetrace.lang.xx.figures import CURRENCY_CODES, CURRENCY_SYMBOLS, MASKS, NOT_FIGURES

_LABELS = (
    "article|articles|resolution|resolutions|chapter|section|paragraph|clause|page|pages|"
    "no\\.|nos\\.|number|flight|route|highway|interstate|room|level|phase|item|vol\\.|"
    "volume|episode|season|part|round|stage|gate|platform|terminal|bus|line|act|rule|"
    "grade|category|class|block|district|ward|precinct|unit|apollo|windows|boeing|airbus"
)

LEXICON = FigureLexicon(
    text2num="en",
    decimal=".",
    groups=(",", "\u00a0", "\u202f"),
    multipliers={
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "trillions": 1e12,
    },
    # "m" after a number is read as million, the news convention ("£2.5m", "15m people").
    multiplier_symbols={
        "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "Bn": 1e9,
        "BN": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    },
    currency_symbols=CURRENCY_SYMBOLS,
    currency_codes=CURRENCY_CODES,
    currency_links=("of",),
    currency_after={
        "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
        "american dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
        "hong kong dollars": "HKD", "new zealand dollars": "NZD", "euros": "EUR", "euro": "EUR",
        "pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
        "syrian pounds": "SYP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
        "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
        "lira": "TRY", "liras": "TRY", "lire": "TRY", "turkish lira": "TRY", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "swiss francs": "CHF",
        "hryvnias": "UAH", "hryvnia": "UAH", "shekels": "ILS", "riyals": "SAR", "rand": "ZAR",
    },
    units={
        "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
        "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2",
        "miles": "mi", "mile": "mi", "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2",
        "metres": "m", "meters": "m", "metre": "m", "meter": "m", "centimetres": "cm",
        "centimeters": "cm", "millimetres": "mm", "millimeters": "mm", "feet": "ft",
        "foot": "ft", "inches": "in", "inch": "in", "kilograms": "kg", "kilogram": "kg",
        "kilos": "kg", "kilo": "kg", "grams": "g", "gram": "g", "tonnes": "t", "tonne": "t",
        "tons": "t", "ton": "t", "metric tons": "t", "pounds of": "lb", "litres": "l",
        "liters": "l", "litre": "l", "liter": "l", "gallons": "gal", "gallon": "gal",
        "barrels": "bbl", "barrel": "bbl", "hectares": "ha", "hectare": "ha", "acres": "acre",
        "acre": "acre", "per cent": "%", "percent": "%", "pct": "%",
        "percentage points": "pp", "percentage point": "pp", "degrees celsius": "°C",
        "degrees fahrenheit": "°F", "megawatts": "MW", "gigawatts": "GW", "hours": "h",
        "hour": "h", "minutes": "min", "minute": "min", "days": "day", "day": "day",
        "weeks": "week", "week": "week", "months": "month", "month": "month",
        "years": "year", "year": "year",
    },
    unit_symbols={
        "%": "%", "km": "km", "km²": "km2", "km2": "km2", "cm": "cm", "mm": "mm", "kg": "kg",
        "mi": "mi", "ft": "ft", "lb": "lb", "lbs": "lb", "ha": "ha", "mph": "mph",
        "km/h": "km/h", "kph": "km/h", "MW": "MW", "GW": "GW", "kWh": "kWh", "°C": "°C",
        "°F": "°F",
    },
    qualifiers={
        "about": "about", "around": "about", "some": "about", "nearly": "about",
        "almost": "about", "roughly": "about", "approximately": "about", "approx.": "about",
        "an estimated": "about", "estimated": "about", "close to": "about", "circa": "about",
        "more or less": "about", "at least": "at least", "no fewer than": "at least",
        "no less than": "at least", "a minimum of": "at least", "more than": "more than",
        "over": "more than", "above": "more than", "upwards of": "more than",
        "in excess of": "more than", "just over": "more than", "well over": "more than",
        "fewer than": "less than", "not even": "less than", "less than": "less than",
        "under": "less than",
        "below": "less than", "just under": "less than", "up to": "up to",
        "as many as": "up to", "as much as": "up to", "at most": "up to",
        "a maximum of": "up to", "no more than": "up to",
    },
    qualifiers_after={"or more": "at least", "or so": "about", "-plus": "more than"},
    clause_rates={
        "each day": "day", "every day": "day", "per day": "day", "each week": "week",
        "every week": "week", "per week": "week", "each month": "month",
        "every month": "month", "per month": "month", "each year": "year",
        "every year": "year", "per year": "year", "daily": "day", "weekly": "week",
        "monthly": "month", "annual": "year", "annually": "year", "yearly": "year",
        "a year": "year",
    },
    tolls={"death toll": "dead", "toll": "dead", "number of dead": "dead",
           "number of deaths": "dead"},
    counted_keys=COUNTED_KEYS,
    fraction_joiners=("out of",),
    multiplier_nouns=frozenset({"time", "times"}),
    person_verbs=frozenset({
        "killed", "wounded", "injured", "hurt", "died", "arrested", "detained", "evacuated",
        "displaced", "rescued", "hospitalised", "hospitalized", "kidnapped", "abducted",
        "executed", "murdered", "drowned", "deported", "jailed", "imprisoned"}),
    reference_nouns=(
        "the number", "the figure", "the estimate", "the total", "that number", "that figure",
        "this number", "this figure",
    ),
    number_nouns=("number of", "total of", "count of", "tally of"),
    counted_links=("of",),
    vague_plurals={"hundreds": (100.0, 999.0), "thousands": (1000.0, 9999.0),
                   "dozens": (24.0, 99.0), "tens of thousands": (10000.0, 99999.0),
                   "millions": (1e6, 1e7 - 1), "billions": (1e9, 1e10 - 1),
                   "hundreds of thousands": (1e5, 1e6 - 1),
                   "tens of millions": (1e7, 1e8 - 1)},
    vague_before=frozenset({"several", "many", "few"}),
    rates={
        "per day": "day", "a day": "day", "each day": "day", "every day": "day",
        "daily": "day", "/day": "day", "per week": "week", "a week": "week",
        "each week": "week", "every week": "week", "weekly": "week", "/week": "week",
        "per month": "month", "a month": "month", "each month": "month",
        "every month": "month", "monthly": "month", "/month": "month",
        "per year": "year", "a year": "year", "each year": "year", "every year": "year",
        "per annum": "year", "annually": "year", "yearly": "year", "/year": "year",
        "/yr": "year", "p.a.": "year",
    },
    range_openers={"between": "and", "from": "to"},
    range_joiners=("to", "or", "-", "\u2013", "\u2014"),
    single_words=frozenset({"one"}),
    duration_qualifiers=frozenset({"over"}),
    months=(
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ),
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    not_figures=(
        *NOT_FIGURES,
        ContextRule(name="date", before=r"\b(?:{MONTH})\.?\s+(?:the\s+)?"),
        ContextRule(name="date", before=r"\b(?:{MONTH})\.?\s+\d{1,2}\s*[-\u2013]\s*"),
        ContextRule(name="date", after=r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b"),
        ContextRule(name="time", after=r"\s*(?:o'clock|(?:gmt|utc|bst|cet|cest|edt|pst)\b)"),
        ContextRule(name="age", after=r"[-\s]years?[-\s]olds?\b"),
        ContextRule(name="age", after=r"[-\s]months?[-\s]olds?\b"),
        ContextRule(name="age", before=r"\b(?:aged|ages?(?:\s+of)?)\s+"),
        ContextRule(
            name="relative date",
            after=r"\s+(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:ago|earlier|later)\b",
        ),
        ContextRule(name="name", before=r"\b(?:" + _LABELS + r")\s*"),
        ContextRule(name="name", before=r"[#\u2116]\s*"),
        ContextRule(
            name="page furniture",
            after=r"\s+(?:comments?|shares?|likes?|views?|replies|retweets|min(?:ute)?s?\s+read)\b",
        ),
        ContextRule(name="page furniture", before=r"\b(?:photo|image|picture|slide)\s+"),
        ContextRule(name="page furniture", before=r"\b(?:photo|image|picture|slide)\s+\d+\s+of\s+"),
    ),
    masks=(*MASKS, r"(?<![\w.,])\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)"),
    counted_skip=frozenset(
        {
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and",
            "or", "but", "as", "than", "that", "this", "these", "those", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "who", "which", "per", "more", "less",
            "total", "all", "other", "others", "each", "so", "it", "its", "they", "their",
            "will", "would", "could", "after", "before", "since", "during", "his", "her",
            "our", "your", "them", "us",
        }
    ),
)

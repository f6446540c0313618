"""Spanish figure data: number formats, currencies, units, qualifiers, rates, non-figures."""

from sourcetrace.lang.es.dates import MONTH_ABBREVIATIONS
from sourcetrace.lang.es.figures_counted import COUNTED_KEYS
from sourcetrace.lang.figure_lexicon import ContextRule, FigureLexicon
from sourcetrace.lang.xx.figures import CURRENCY_CODES, CURRENCY_SYMBOLS, MASKS, NOT_FIGURES

_LABELS = (
    "artículo|artículos|resolución|capítulo|sección|párrafo|página|páginas|n\\.?º|"
    "número|vuelo|línea|ruta|autopista|sala|nivel|fase|temporada|episodio|etapa|tomo|"
    "ley|decreto|puerta|terminal|andén|airbus|boeing"
)

LEXICON = FigureLexicon(
    text2num="es",
    decimal=",",
    groups=(".", "\u00a0", "\u202f"),
    space_groups=True,
    multipliers={
        "mil": 1e3, "decena": 10.0, "docena": 12.0, "veintena": 20.0, "centenar": 100.0,
        "millar": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
        "millardos": 1e9, "billón": 1e12, "billones": 1e12,
    },
    multiplier_symbols={"M": 1e6, "mill.": 1e6, "k": 1e3},
    currency_symbols=CURRENCY_SYMBOLS,
    currency_codes=CURRENCY_CODES,
    currency_after={
        "euros": "EUR", "euro": "EUR", "dólares": "USD", "dólar": "USD",
        "dólares estadounidenses": "USD", "dólares canadienses": "CAD", "libras": "GBP",
        "libras esterlinas": "GBP", "libra esterlina": "GBP", "libras sirias": "SYP",
        "libras egipcias": "EGP", "rublos": "RUB", "rublo": "RUB", "liras": "TRY",
        "liras turcas": "TRY", "yenes": "JPY", "yuanes": "CNY", "francos suizos": "CHF",
        "pesos mexicanos": "MXN", "pesos argentinos": "ARS", "pesos colombianos": "COP",
        "pesos chilenos": "CLP", "grivnas": "UAH", "séqueles": "ILS", "rupias": "INR",
    },
    currency_links=("de",),
    units={
        "kilómetros": "km", "kilómetro": "km", "kilómetros cuadrados": "km2",
        "metros": "m", "metro": "m", "centímetros": "cm", "milímetros": "mm",
        "millas": "mi", "milla": "mi", "kilogramos": "kg", "kilogramo": "kg", "kilos": "kg",
        "kilo": "kg", "gramos": "g", "toneladas": "t", "tonelada": "t", "litros": "l",
        "litro": "l", "hectáreas": "ha", "hectárea": "ha", "por ciento": "%",
        "puntos porcentuales": "pp", "punto porcentual": "pp", "grados": "°C",
        "horas": "h", "hora": "h", "minutos": "min", "días": "day", "día": "day",
        "semanas": "week", "semana": "week", "meses": "month", "mes": "month",
        "años": "year", "año": "year",
    },
    unit_symbols={
        "%": "%", "km": "km", "km²": "km2", "km2": "km2", "m": "m", "cm": "cm", "mm": "mm",
        "kg": "kg", "t": "t", "ha": "ha", "km/h": "km/h", "MW": "MW", "GW": "GW", "°C": "°C",
    },
    qualifiers={
        "más de": "more than", "más del": "more than", "menos del": "less than",
        "ni siquiera": "less than", "por encima de": "more than", "menos de": "less than",
        "por debajo de": "less than", "al menos": "at least", "por lo menos": "at least",
        "como mínimo": "at least", "no menos de": "at least", "unos": "about",
        "unas": "about", "alrededor de": "about", "cerca de": "about",
        "aproximadamente": "about", "aprox.": "about", "casi": "about",
        "en torno a": "about", "hasta": "up to", "como máximo": "up to",
        "un máximo de": "up to",
    },
    qualifiers_after={"o más": "at least", "aproximadamente": "about"},
    clause_rates={
        "cada día": "day", "al día": "day", "por día": "day", "cada semana": "week",
        "por semana": "week", "cada mes": "month", "al mes": "month", "por mes": "month",
        "cada año": "year", "al año": "year", "por año": "year", "diarios": "day",
        "diarias": "day", "diariamente": "day", "semanales": "week", "mensuales": "month",
        "anuales": "year", "anualmente": "year",
    },
    tolls={"balance de muertos": "muerto", "cifra de muertos": "muerto",
           "número de muertos": "muerto", "balance": "muerto"},
    counted_keys=COUNTED_KEYS,
    fraction_joiners=("de cada",),
    multiplier_nouns=frozenset({"vez", "veces"}),
    person_verbs=frozenset({
        "fallecidos", "fallecidas", "asesinados", "asesinadas", "detenidos", "detenidas",
        "arrestados", "evacuados", "desplazados", "rescatados", "hospitalizados",
        "secuestrados", "ejecutados", "ahogados", "deportados", "encarcelados", "murieron",
        "fallecieron"}),
    reference_nouns=(
        "la cifra", "esa cifra", "esta cifra", "el número", "ese número", "la estimación",
        "el total",
    ),
    number_nouns=("número de", "cifra de", "total de", "cantidad de"),
    counted_links=("de",),
    vague_plurals={"cientos": (100.0, 999.0), "miles": (1000.0, 9999.0),
                   "decenas": (24.0, 99.0), "centenares": (100.0, 999.0),
                   "millones": (1e6, 1e7 - 1), "miles de millones": (1e9, 1e12 - 1)},
    vague_before=frozenset({"varios", "varias", "muchos", "muchas"}),
    approximate_scales=frozenset({"decena", "docena", "veintena", "centenar", "millar"}),
    rates={
        "al día": "day", "por día": "day", "cada día": "day", "diarios": "day",
        "diarias": "day", "/día": "day", "a la semana": "week", "por semana": "week",
        "cada semana": "week", "semanales": "week", "/semana": "week", "al mes": "month",
        "por mes": "month", "cada mes": "month", "mensuales": "month", "/mes": "month",
        "al año": "year", "por año": "year", "cada año": "year", "anuales": "year",
        "anualmente": "year", "/año": "year",
    },
    range_openers={"entre": "y", "de": "a"},
    range_joiners=("a", "o", "-", "\u2013", "\u2014"),
    single_words=frozenset({"un", "una", "uno", "unos", "unas"}),
    months=(
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    ),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    not_figures=(
        *NOT_FIGURES,
        ContextRule(name="date", after=r"\s+(?:de\s+)?(?:{MONTH})\b"),
        ContextRule(name="date", before=r"\b(?:{MONTH})\s+"),
        # "DAMASCO, 8 oct (EFE)": a wire dateline's abbreviated month
        ContextRule(name="date", after=r"\s+(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\b"),
        ContextRule(name="time", before=r"\ba\s+las?\s+"),
        ContextRule(name="time", before=r"\blas\s+"),
        ContextRule(name="time", after=r"\s+de\s+la\s+(?:mañana|tarde|noche|madrugada)\b"),
        ContextRule(name="age", after=r"\s+años\s+de\s+edad\b"),
        ContextRule(name="age", before=r"[,(]\s*", after=r"\s+años\s*[,)]"),
        ContextRule(
            name="age",
            before=r"\b(?:hombre|mujer|joven|niño|niña|chico|chica|menor|varón)\s+de\s+",
            after=r"\s+años\b",
        ),
        ContextRule(
            name="relative date",
            before=r"\bhace\s+",
            after=r"\s+(?:días?|semanas?|meses|años?|horas?|décadas?)\b",
        ),
        ContextRule(name="name", before=r"(?<!\w)(?:" + _LABELS + r")\s*"),
        ContextRule(
            name="page furniture", after=r"\s+(?:comentarios?|min\s+de\s+lectura)\b"
        ),
        ContextRule(name="page furniture", before=r"\b(?:foto|imagen)\s+"),
    ),
    masks=MASKS,
    counted_skip=frozenset(
        {
            "el", "la", "los", "las", "de", "del", "en", "a", "al", "y", "o", "para", "por",
            "con", "sin", "sobre", "entre", "son", "fueron", "han", "habían", "que", "quien",
            "según", "más", "menos", "total", "años", "desde", "sus", "su", "estos", "esos",
            "estas", "esas", "nuestros", "nuestras",
        }
    ),
)

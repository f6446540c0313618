"""French figure data: number formats, currencies, units, qualifiers, rates, non-figures."""

from sourcetrace.lang.figure_lexicon import ContextRule, FigureLexicon
from sourcetrace.lang.fr.figures_counted import COUNTED_KEYS
from sourcetrace.lang.xx.figures import CURRENCY_CODES, CURRENCY_SYMBOLS, MASKS, NOT_FIGURES

_LABELS = (
    "article|articles|résolution|résolutions|chapitre|section|paragraphe|alinéa|page|pages|"
    "n°|no|numéro|vol\\.|volume|ligne|route|autoroute|salle|niveau|phase|saison|épisode|"
    "étape|tome|décret|loi|porte|terminal|quai|bus|vol|airbus|boeing"
)

LEXICON = FigureLexicon(
    text2num="fr",
    decimal=",",
    groups=(".", "\u00a0", "\u202f"),
    space_groups=True,
    multipliers={
        "mille": 1e3, "millier": 1e3, "milliers": 1e3, "dizaine": 10.0, "douzaine": 12.0,
        "quinzaine": 15.0, "vingtaine": 20.0, "trentaine": 30.0, "quarantaine": 40.0,
        "cinquantaine": 50.0, "soixantaine": 60.0, "centaine": 100.0,
        "million": 1e6, "millions": 1e6,
        "milliard": 1e9, "milliards": 1e9, "billion": 1e12, "billions": 1e12,
    },
    multiplier_symbols={"k": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "mds": 1e9},
    currency_symbols=CURRENCY_SYMBOLS,
    currency_codes=CURRENCY_CODES,
    currency_after={
        "euros": "EUR", "euro": "EUR", "dollars": "USD", "dollar": "USD",
        "dollars américains": "USD", "dollars canadiens": "CAD", "dollars australiens": "AUD",
        "livres sterling": "GBP", "livres": "GBP", "livre sterling": "GBP",
        "livres turques": "TRY", "livres syriennes": "SYP", "livres égyptiennes": "EGP",
        "livres libanaises": "LBP", "roubles": "RUB", "rouble": "RUB", "francs suisses": "CHF",
        "yens": "JPY", "yen": "JPY", "yuans": "CNY", "yuan": "CNY", "hryvnias": "UAH",
        "shekels": "ILS", "lires turques": "TRY", "roupies": "INR",
    },
    currency_links=("d'", "d\u2019", "de"),
    units={
        "kilomètres": "km", "kilomètre": "km", "kilomètres carrés": "km2", "mètres": "m",
        "mètre": "m", "centimètres": "cm", "millimètres": "mm", "milles": "mi", "miles": "mi",
        "kilogrammes": "kg", "kilogramme": "kg", "kilos": "kg", "kilo": "kg",
        "grammes": "g", "gramme": "g", "tonnes": "t", "tonne": "t", "litres": "l",
        "litre": "l", "hectares": "ha", "hectare": "ha", "pour cent": "%", "pourcent": "%",
        "pour-cent": "%", "points de pourcentage": "pp", "point de pourcentage": "pp",
        "degrés": "°C", "heures": "h", "heure": "h", "minutes": "min", "jours": "day",
        "jour": "day", "semaines": "week", "semaine": "week", "mois": "month",
        "ans": "year", "an": "year", "années": "year", "année": "year",
    },
    unit_symbols={
        "%": "%", "km": "km", "km²": "km2", "km2": "km2", "m": "m", "cm": "cm", "mm": "mm",
        "kg": "kg", "t": "t", "ha": "ha", "km/h": "km/h", "MW": "MW", "GW": "GW", "°C": "°C",
    },
    qualifiers={
        "plus de": "more than", "plus d'": "more than", "un peu plus de": "more than",
        "au-delà de": "more than", "au-dessus de": "more than", "moins de": "less than",
        "moins d'": "less than", "un peu moins de": "less than", "en dessous de": "less than",
        "au moins": "at least", "pas moins de": "at least", "pas moins d'": "at least",
        "au minimum": "at least", "un minimum de": "at least", "environ": "about",
        "près de": "about", "près d'": "about", "presque": "about", "quelque": "about",
        "quelques": "about", "même pas": "less than", "pas même": "less than",
        "approximativement": "about", "autour de": "about", "à peu près": "about",
        "aux alentours de": "about", "quasiment": "about", "pratiquement": "about",
        "jusqu'à": "up to", "au plus": "up to", "au maximum": "up to",
    },
    qualifiers_after={"ou plus": "at least", "et plus": "at least", "environ": "about"},
    clause_rates={
        "chaque jour": "day", "par jour": "day", "tous les jours": "day",
        "chaque semaine": "week", "par semaine": "week", "chaque mois": "month",
        "par mois": "month", "tous les mois": "month", "chaque année": "year",
        "par an": "year", "par année": "year", "quotidien": "day", "quotidiens": "day",
        "quotidienne": "day", "quotidiennes": "day", "quotidiennement": "day",
        "journaliers": "day", "hebdomadaire": "week", "hebdomadaires": "week",
        "mensuel": "month", "mensuels": "month", "mensuelle": "month",
        "mensuelles": "month", "annuel": "year", "annuels": "year", "annuelle": "year",
        "annuelles": "year",
    },
    tolls={"bilan": "mort", "nombre de morts": "mort", "nombre de victimes": "mort"},
    counted_keys=COUNTED_KEYS,
    fraction_joiners=("sur",),
    multiplier_nouns=frozenset({"fois"}),
    person_verbs=frozenset({
        "tués", "tuées", "tué", "blessés", "blessées", "décédés", "décédées", "arrêtés",
        "arrêtées", "interpellés", "interpellées", "évacués", "évacuées", "déplacés",
        "secourus", "hospitalisés", "hospitalisées", "enlevés", "exécutés", "assassinés",
        "noyés", "expulsés", "incarcérés"}),
    reference_nouns=(
        "ce nombre", "ce chiffre", "le chiffre", "le nombre", "l'estimation", "cette estimation",
        "le total",
    ),
    number_nouns=("nombre de", "nombre d'", "total de", "total d'", "chiffre de"),
    counted_links=("de", "d'", "d\u2019", "des"),
    vague_plurals={"centaines": (100.0, 999.0), "milliers": (1000.0, 9999.0),
                   "dizaines": (20.0, 99.0), "millions": (1e6, 1e7 - 1),
                   "milliards": (1e9, 1e10 - 1)},
    vague_before=frozenset({"plusieurs", "quelques"}),
    approximate_scales=frozenset({
        "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
        "cinquantaine", "soixantaine", "centaine", "millier"}),
    rates={
        "par jour": "day", "chaque jour": "day", "quotidiennement": "day", "/jour": "day",
        "par semaine": "week", "chaque semaine": "week", "hebdomadaires": "week",
        "/semaine": "week", "par mois": "month", "chaque mois": "month",
        "mensuellement": "month", "mensuels": "month", "mensuelles": "month", "/mois": "month",
        "par an": "year", "par année": "year", "chaque année": "year", "l'an": "year",
        "annuellement": "year", "annuels": "year", "annuelles": "year", "/an": "year",
    },
    range_openers={"entre": "et", "de": "à", "d'": "à"},
    range_joiners=("à", "ou", "-", "\u2013", "\u2014"),
    single_words=frozenset({"un", "une"}),
    ambiguous_words=frozenset({"neuf"}),
    months=(
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "sept", "oct",
        "nov", "déc",
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    not_figures=(
        *NOT_FIGURES,
        ContextRule(name="date", after=r"(?:er|e)?\s+(?:{MONTH})\.?(?!\w)"),
        ContextRule(name="date", before=r"\b(?:{MONTH})\.?\s+"),
        ContextRule(name="time", after=r"\s*h(?:\s*\d{2})?\b"),
        ContextRule(
            name="time", before=r"\b(?:à|vers|dès|jusqu'à|avant|après)\s+", after=r"\s+heures?\b"
        ),
        ContextRule(name="age", before=r"\bâgée?s?\s+de\s+", after=r"\s+ans\b"),
        ContextRule(name="age", before=r"[,(]\s*", after=r"\s+ans\s*[,)]"),
        ContextRule(
            name="age",
            before=r"\b(?:homme|femme|garçon|fille|jeune|enfant|adolescente?|mineure?)\s+de\s+",
            after=r"\s+ans\b",
        ),
        ContextRule(name="relative date", before=r"\bil\s+y\s+a\s+"),
        ContextRule(
            name="relative date",
            after=r"\s+(?:jours?|semaines?|mois|ans|années?)\s+plus\s+(?:tôt|tard)\b",
        ),
        ContextRule(name="name", before=r"(?<!\w)(?:" + _LABELS + r")\s*"),
        ContextRule(
            name="page furniture",
            after=r"\s+(?:commentaires?|partages?|réactions?|min\s+de\s+lecture)\b",
        ),
        ContextRule(name="page furniture", before=r"\b(?:photo|image|diaporama)\s+"),
    ),
    masks=MASKS,
    counted_skip=frozenset(
        {
            "le", "la", "les", "l", "de", "des", "du", "d", "en", "à", "au", "aux", "et", "ou",
            "pour", "par", "sur", "dans", "avec", "sans", "sont", "ont", "été", "était", "qui",
            "que", "dont", "selon", "plus", "moins", "total", "ans", "depuis", "entre",
            "ses", "son", "sa", "leurs", "leur", "ces", "ce", "cette", "nos", "vos",
        }
    ),
)

"""Spanish signal data: loaded words, persuasion cues, hedges (see ``signal_lexicon``)."""

# Lexicon entries are whole phrases; typographic quotes and dashes are part of them.
# ruff: noqa: E501

from sourcetrace.lang.signal_lexicon import HeadlineClaim, SignalLexicon

__all__ = ["SIGNALS"]

SIGNALS = SignalLexicon(
    loaded=(
        "masacre", "carnicería", "matanza", "horror\\w*", "horrible\\w*", "atroz", "atroces",
        "bárbar\\w+", "salvaje\\w*", "monstruos\\w+", "escándalo\\w*", "escandalos\\w+",
        "vergüenza", "vergonzos\\w+", "catástrofe", "catastrófic\\w+", "caos", "invasión",
        "avalancha", "hordas?", "traición", "cobarde\\w*", "baño de sangre", "terrorífic\\w+",
    ),
    name_calling=(
        "matones", "traidor\\w*", "fanátic\\w+", "extremistas", "títeres?", "élites?",
        "régimen", "supuest\\w+", "autoproclamad\\w+", "llamad[oa]s? así",
    ),
    exaggeration=(
        "sin precedentes", "nunca antes", "el peor \\w+ de la historia", "totalmente",
        "completamente", "absolutamente", "todo el mundo", "nadie", "siempre", "nunca",
        "simplemente", "apenas", "un puñado", "millones de", "innumerables",
    ),
    doubt=(
        "supuest\\w+", "presunt\\w+", "dudos\\w+", "cuestionable\\w*",
        "¿?(?:de verdad|realmente) (?:podemos|se puede) creer", "qué (?:ocultan|esconden)",
        "a quién beneficia",
    ),
    fear=(
        "amenaza para (?:nuestr\\w+|la)", "antes de que sea demasiado tarde", "peligr\\w+",
        "bomba de relojería", "nadie está a salvo", "miedo", "terror",
    ),
    flag_waving=(
        "nuestr[oa]s? (?:nación|país|pueblo|valores|fronteras|hijos)", "patriot\\w+", "la patria",
        "orgullo nacional",
    ),
    causal=(
        "todo por culpa de", "la (?:única |verdadera )?razón es (?:simple|que)",
        "(?:es|son) (?:los únicos |el único )?culpables? de", "consecuencia directa de",
        "esto es lo que pasa cuando",
    ),
    whataboutism=("y qué (?:pasa|hay) con", "dónde estaba la indignación", "y sin embargo nadie"),
    reputation=(
        "incompeten\\w+", "fracas\\w+", "mintió", "miente", "corrupt\\w+", "cínic\\w+",
        "irresponsab\\w+", "desacreditad\\w*", "no tiene ni idea",
    ),
    authority=(
        "según (?:los |varios )?(?:expertos|especialistas|científicos|estudios)",
        "los expertos (?:coinciden|advierten|dicen)", "(?:un|los) estudios? (?:demuestra|demuestran|muestra)",
        "la ciencia",
    ),
    popularity=(
        "la (?:gran )?mayoría de los (?:españoles|ciudadanos)", "cada vez más (?:gente|personas|españoles)",
        "todo el mundo (?:sabe|está de acuerdo)",
    ),
    values=("libertad religiosa", "estado de derecho", "dignidad", "valores cristianos"),
    hypocrisy=("hipocresía", "hipócrita\\w*", "doble rasero", "los mismos que"),
    association=("como los nazis", "como hitler", "orwelliano\\w*", "estalinista\\w*", "franquista\\w*"),
    consequential=(
        "(?:llevará|conducirá) inevitablemente a", "es solo el principio", "abre la puerta a",
        "pendiente resbaladiza",
    ),
    dilemma=("no hay alternativa", "la única (?:salida|opción|solución)", "no hay otra opción"),
    killer=("punto y final", "es lo que hay", "fin de la discusión", "no hay más que hablar"),
    time_pressure=("ahora o nunca", "el tiempo se agota", "última oportunidad", "antes de que sea demasiado tarde"),
    slogans=("ya basta", "no pasarán", "despertad", "sí se puede"),
    hedges=(
        "podría\\w*", "quizás?", "tal vez", "posiblemente", "al parecer", "aparentemente",
        "parece\\w*", "probablemente", "presuntamente", "sin confirmar",
    ),
    certainty=(
        "claramente", "obviamente", "sin duda", "indudablemente", "por supuesto",
        "en realidad", "la verdad es", "demuestra\\w*", "evidentemente",
    ),
    unverifiable_certainty=(
        "no (?:cabe|hay) (?:ninguna )?duda de que", "todo el mundo sabe", "nadie puede negar",
        "es evidente que", "la verdad es que",
    ),
    anonymous_sources=(
        "fuentes (?:policiales|oficiales|cercanas|gubernamentales|de la investigación)",
        "según (?:fuentes|algunas fuentes)", "bajo condición de anonimato", "un alto cargo",
    ),
    attribution_cues=(
        "según", "de acuerdo con", "dijo", "afirmó", "declaró", "informó", "anunció",
        "confirmó", "citado\\w*", "datos de", "estadísticas?", "encuesta", "estudio",
    ),
    first_person=("yo", "me", "mi", "mis", "nosotros", "nosotras", "nuestr\\w+"),
    calls_to_action=("es hora de", "(?:hay|tenemos) que", "debemos", "el gobierno debe", "basta ya"),
    evaluative=(
        "absurd\\w+", "vergonzos\\w+", "patétic\\w+", "ridícul\\w+", "escandalos\\w+",
        "incompetente\\w*", "ingenu\\w+", "hipócrita\\w*", "irresponsable\\w*", "inaceptable\\w*",
    ),
    calques=("hacer sentido", "al final del día", "tomar lugar", "aplicar para"),
    agreement_errors=(),
    foreign_function_words=("the", "and", "with", "which", "und", "der", "les", "avec", "dans"),
    headline_claims=(
        HeadlineClaim(
            headline="detenid\\w+|arrestad\\w+", support="deten\\w+|arrest\\w+|custodia|prisión",
            weaker="interrogad\\w+ y (?:puest\\w+ en )?libertad|liberad\\w+|quedó en libertad|en libertad",
            note="el titular dice detenido; el texto dice interrogado o liberado",
        ),
        HeadlineClaim(
            headline="muert[oe]s?|asesinad\\w+", support="muert\\w+|murieron|fallec\\w+|asesinad\\w+",
            weaker="herid\\w+",
            note="el titular habla de muertos; el texto de heridos",
        ),
    ),
)

"""Spanish speech data: quote marks, reporting verbs and the words around speakers."""

from sourcetrace.lang.speech_patterns import (
    AGENCIES,
    ANY_BODY,
    COMPANIES,
    GOVERNMENTS,
    PARTIES,
    SpeechPatterns,
    described,
    verb_forms,
)

#: Regular -ar reporting verbs by stem: present, preterite, imperfect and participle.
_AR_STEMS = (
    "afirm declar asegur explic agreg señal indic subray manifest anunci "
    "precis destac coment denunci alert confirm aclar lament "
    "cuestion recalc reiter apunt plante expres estim consider opin calcul"
).split()

_IRREGULAR = (
    "decir dice dicen dijo dijeron decía dicho",
    "advertir advierte advirtió",
    "sostener sostiene sostuvo",
    "reconocer reconoce reconoció",
    "insistir insiste insistió",
    "escribir escribe escribió escrito",
    "responder responde respondió",
    "admitir admite admitió",
    "informar informa informó",
    "preguntar pregunta preguntó",
    "añadir añade añadió",
    "concluir concluye concluyó",
    "mantener mantiene mantuvo",
    "prometer promete prometió",
    "creer cree creyó",
)


def _ar_forms(stem: str) -> str:
    ends = ("ar", "a", "an", "ó", "aron", "aba", "ado")
    return " ".join(stem + end for end in ends)


SPEECH = SpeechPatterns(
    quote_pairs=(("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"), ("‹", "›")),
    mark_families=('“”"',),
    dash_speech=True,
    cue_forms=verb_forms(*(_ar_forms(s) for s in _AR_STEMS), *_IRREGULAR),
    cue_lemmas=frozenset(s + "ar" for s in _AR_STEMS)
    | frozenset(line.split()[0] for line in _IRREGULAR),
    attitude_lemmas=frozenset("esperar temer prever planear querer confiar".split()),
    prep_cues={"referir": frozenset({"a"}), "abogar": frozenset({"por"})},
    stance_lemmas=frozenset(
        "criticar apoyar defender rechazar condenar acusar elogiar respaldar cuestionar".split()
    ),
    naming_lemmas=frozenset({"calificar", "llamar", "tildar", "describir"}),
    nominal_cues=frozenset(
        "declaración anuncio comunicado afirmación promesa advertencia acusación "
        "mensaje".split()
    ),
    stance_nouns={"crítica": frozenset({"a", "al", "de", "del"}),
                  "condena": frozenset({"de", "del"})},
    content_needs_opener=True,
    evidence_verbs=frozenset("mostrar revelar indicar sugerir".split()),
    evidence_nouns=frozenset(
        "encuesta sondeo estudio informe análisis dato cifra documento vídeo video".split()
    ),
    evidence_preps=frozenset("en".split()),
    hearsay_adverbs=frozenset("supuestamente".split()),
    question_cues=frozenset("preguntar".split()),
    question_marks=frozenset("si".split()),
    complementizers=frozenset({"que"}),
    according_before=("según", "de acuerdo con", "a juicio de"),
    lead_nouns=frozenset("encuesta sondeo informe estudio".split()),
    lead_topics=frozenset({"a", "sobre"}),
    tail_preps=frozenset({"como", "por", "sobre", "contra"}),
    relative_pronouns=frozenset("que quien quienes cual cuales".split()),
    pronouns={"él": "m", "ella": "f", "ellos": "p", "ellas": "p", "yo": ""},
    impersonal_pronouns=frozenset({"se"}),
    honorifics={"sr.": "m", "sr": "m", "señor": "m", "sra.": "f", "sra": "f", "señora": "f",
                "don": "m", "doña": "f"},
    first_names={
        name: "m" for name in (
            "pedro mariano josé jose juan carlos pablo alberto santiago fernando luis "
            "felipe miguel antonio manuel javier"
        ).split()
    } | {
        name: "f" for name in (
            "maría maria yolanda isabel margarita teresa carmen irene cristina dolores "
            "ana nadia begoña"
        ).split()
    },
    role_nouns=frozenset(
        "ministro ministra presidente presidenta portavoz secretario secretaria jefe "
        "jefa director directora alcalde alcaldesa fiscal embajador embajadora general "
        "comandante líder canciller juez jueza delegado delegada concejal concejala senador "
        "senadora diputado diputada profesor profesora investigador investigadora".split()
    ),
    source_nouns=frozenset(
        "diplomático diplomática diplomáticos fuente fuentes responsable responsables "
        "testigo testigos vecino vecinos experto expertos analista analistas "
        "funcionario funcionarios miembro miembros".split()
    ),
    holder_nouns=frozenset(
        "votante elector partidario opositor activista manifestante vecino ciudadano grupo "
        "partido comité consejo tribunal agencia gobierno sindicato mayoría encuesta sondeo "
        "informe estudio documento".split()
    ),
    indefinites=frozenset("un una unos unas varios varias dos tres".split()),
    media_nouns=frozenset("semanario diario periódico revista agencia cadena emisora".split()),
    wire_agencies=frozenset({"AFP", "EFE", "Reuters", "AP", "Europa Press", "dpa"}),
    phrase_stops=frozenset(
        "en a al durante tras ante lunes martes miércoles jueves viernes sábado domingo "
        "que quien ayer hoy este esta con según".split()
    ),
    fillers=frozenset("también además ya luego ha había habría han".split()),
    determiners=frozenset(['el', 'la', 'los', 'las', 'del']),
    name_particles=frozenset(['de', 'del', 'la', 'los', 'von', 'van', 'al']),
    body_nouns=(
        described(ANY_BODY, "grupo organización asociación colectivo coalición red "
                  "alianza instituto fundación sindicato federación movimiento ente "
                  "entidad organismo")
        | described(AGENCIES, "agencia ministerio departamento oficina autoridad servicio "
                    "comisión fiscalía acusación")
        | described(COMPANIES, "empresa compañía firma proveedora proveedor operadora "
                    "operador")
        | described(PARTIES, "partido")
        | described(GOVERNMENTS, "gobierno")
    ),
    document_nouns=frozenset(
        "informe informes estudio estudios comunicado "
        "encuesta análisis datos cifras estadísticas".split()
    ),
    null_subjects=True,
    conjunctions=frozenset({"y", "e"}),
    link_leads=frozenset("mire mira lea lee vea ve escuche escucha más también".split()),
    recipient_preps=frozenset({"a", "al"}),
    subordinators=frozenset("mientras cuando porque aunque".split()),
)

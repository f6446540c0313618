"""Spanish entity data: tratamientos, cargos, indicios de organización, créditos."""

from sourcetrace.lang.entity_lexicon import EntityLexicon

NATIONALITIES: dict[str, str] = {
    "estadounidense": "Estados Unidos", "británico": "Reino Unido", "británica": "Reino Unido",
    "francés": "Francia", "francesa": "Francia", "alemán": "Alemania", "alemana": "Alemania",
    "español": "España", "española": "España", "italiano": "Italia", "italiana": "Italia",
    "ruso": "Rusia", "rusa": "Rusia", "ucraniano": "Ucrania", "ucraniana": "Ucrania",
    "chino": "China", "china": "China", "sirio": "Siria", "siria": "Siria", "iraquí": "Irak",
    "iraní": "Irán", "israelí": "Israel", "turco": "Turquía", "turca": "Turquía",
    "mexicano": "México", "mexicana": "México", "argentino": "Argentina", "argentina": "Argentina",
    "colombiano": "Colombia", "chileno": "Chile", "peruano": "Perú", "cubano": "Cuba",
    "europeo": "Unión Europea", "europea": "Unión Europea", "marroquí": "Marruecos",
}

SPORTS_WORDS = (
    "fútbol", "liga", "gol", "goles", "partido", "entrenador", "delantero", "portero",
    "jornada", "clasificación", "baloncesto", "balonmano", "árbitro", "estadio", "campeonato",
    "copa", "penalti", "penalty", "goleador", "centrocampista", "eliminatoria", "descenso",
)
#: A city with a masculine article is a club ("el Barcelona", "del Parma"), a place otherwise.
TEAM_CONTEXTS = (
    r"\b(?:el|El|del|al) {a}",
    r"\b(?:ante|contra|frente a) (?:el |al )?{a}",
    r"{a} (?:venció|vence|derrotó|derrota|empató|empata|ganó|gana|perdió|pierde|goleó|golea) "
    r"(?:al?|ante|con|contra) (?:el )?{b}",
)
ORG_CONTEXTS = (
    r"acciones de {c}",
    r"\b(?:la|La|las) (?:empresa|compañía|firma|operadora|petrolera|aseguradora|constructora|"
    r"eléctrica|aerolínea|multinacional|filial|entidad|cadena|editorial|distribuidora) {c}",
    r"\b(?:el|El) (?:grupo|banco|consorcio|holding|fabricante|diario|periódico|semanario) {c}",
    r"{c},? (?:S\.A\.|SA|S\.L\.|SL)\b",
)

LEXICON = EntityLexicon(
    medium_prepositions=("en", "vía", "via", "por", "a través de"),
    trim_lowercase_tail=True,
    sports_words=SPORTS_WORDS,
    team_contexts=TEAM_CONTEXTS,
    org_contexts=ORG_CONTEXTS,
    place_prepositions=("en", "desde"),
    honorifics=("Sr", "Sra", "Srta", "Don", "Doña", "Dr", "Dra", "D", "Dña"),
    role_nouns=(
        "ministro", "ministra", "presidente", "presidenta", "canciller", "secretario",
        "secretaria", "general", "almirante", "coronel", "comandante", "capitán", "teniente",
        "jefe", "jefa", "director", "directora", "portavoz", "embajador", "embajadora", "rey",
        "reina", "senador", "senadora", "diputado", "diputada", "alcalde", "alcaldesa", "juez",
        "jueza", "fiscal", "líder", "dirigente", "fundador", "entrenador", "consejero",
        "consejera", "delegado", "delegada", "gobernador", "gobernadora", "papa", "abogado",
        "periodista", "vicepresidente", "vicepresidenta",
    ),
    role_modifiers=(
        "el", "la", "del", "de", "los", "las", "y", "vice", "ex", "exministro", "nuevo", "nueva",
        "adjunto", "adjunta", "interior", "defensa", "exteriores", "asuntos", "justicia",
        "sanidad", "economía", "gobierno", "estado", "mayor", "primer", "primera",
    ),
    event_heads=("Copa", "Juegos", "Campeonato", "Mundial", "Festival", "Cumbre",
                 "Conferencia", "Torneo", "Gran Premio", "Rally", "Trofeo", "Maratón", "Vuelta"),
    head_phrases=("que dirige", "quien dirige", "que preside", "quien preside", "al frente de",
                  "jefe de", "jefe del"),
    nationalities=NATIONALITIES,
    name_connectors=("de", "del", "la", "las", "los", "y", "para", "e", "al", "bin"),
    determiners=("el", "la", "los", "las"),
    company_suffixes=("SA", "S.A.", "SL", "S.L.", "Grupo", "Banco"),
    org_keywords=("Ministerio", "Partido", "Agencia", "Consejo", "Comisión", "Unión",
                  "Organización", "Instituto", "Universidad", "Tribunal", "Congreso", "Senado",
                  "Frente", "Movimiento", "Ejército", "Policía", "Guardia", "Fiscalía", "Aduana",
                  "Corte", "Compañía", "Sala", "Armada", "Fuerza", "Fuerzas", "Asamblea",
                  "Cámara", "Contraloría", "Procuraduría", "Defensoría", "Superintendencia",
                  "Secretaría", "Fundación", "Asociación", "Federación", "Sindicato",
                  "Convención", "Banco", "Dirección"),
    known={"Congreso": "ORG", "Senado": "ORG",
           "Parlamento": "ORG", "Generalitat": "ORG", "Govern": "ORG", "Xunta": "ORG",
           "Guardia Civil": "ORG", "Policía Nacional": "ORG", "Ertzaintza": "ORG",
           "Estado Islámico": "ARMED_GROUP", "OTAN": "ORG", "ONU": "ORG", "UE": "ORG",
           "El Mundo": "MEDIA", "ABC": "MEDIA", "Europa Press": "MEDIA"},
    stop_words=("Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
                "Dios", "Foto", "Leer", "Ver", "Publicidad",
                # function words with a sentence's capital
                "Él", "Ella", "Ellos", "Ellas", "Nosotros", "Usted", "Aquí", "Allí", "Ahí",
                "Después", "Luego", "Entonces", "Ayer", "Hoy", "Además",
                # institutions named by a common noun: "el Gobierno", "el Estado", "la
                # Constitución" are no entity of their own (the gold's convention)
                "Gobierno", "Ejecutivo", "Estado", "Constitución", "Comando", "Provincial"),
    datelines=(
        # "Mérida (EFE).", "Sao Paulo (Brasil), 23 may (EFECOM)."
        r"^(?P<place>[A-ZÁÉÍÓÚÑ][\w'’.-]+(?: [A-ZÁÉÍÓÚÑ][\w'’.-]+)*)"
        r"(?: \((?P<place2>[^)\n]{2,30})\))?"
        r"(?:, \d{1,2} \w+)? \((?P<agency>EFE\w*|Europa Press)\)",
    ),
    common_noun_endings=("ción", "ciones", "sión", "siones", "dad", "dades", "ncia", "ncias",
                         "miento", "mientos", "ismo", "ismos"),
    credit_patterns=(
        r"^\s*(?:Foto|Fotografía|Imagen|Vídeo|Crédito)s?\s*[:/©]",
        r"^\s*(?:Lea también|Leer más|Ver también)\b",
        # page furniture: sharing, newsletters, subscriptions
        r"^\s*(?:Newsletter|Boletín)\s*:",
        r"^\s*Compartir\b",
        r"\bSuscríbete\b",
    ),
)

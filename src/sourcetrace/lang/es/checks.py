"""Spanish negation cues and counted-thing concepts for cross-source checks."""

from sourcetrace.lang.check_lexicon import CheckLexicon

LEXICON = CheckLexicon(
    negation_cues=frozenset(
        {"no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "nada", "nadie",
         "negó", "niega", "desmintió", "falso"}
    ),
    counted_concepts={
        "muerto": "dead", "muertos": "dead", "fallecido": "dead", "fallecidos": "dead",
        "víctima": "dead", "víctimas": "dead",
        "herido": "injured", "heridos": "injured", "heridas": "injured",
        "murieron": "dead", "asesinados": "dead", "matando": "dead", "hiriendo": "injured",
        "persona": "people", "personas": "people",
        "niño": "children", "niños": "children",
        "mujer": "women", "mujeres": "women",
        "hombre": "men", "hombres": "men",
        "sospechoso": "suspects", "sospechosos": "suspects",
        "atacante": "attackers", "atacantes": "attackers",
        "detenido": "detainees", "detenidos": "detainees", "preso": "detainees",
        "presos": "detainees",
        "combatiente": "fighters", "combatientes": "fighters", "soldado": "soldiers",
        "soldados": "soldiers", "refugiado": "refugees", "refugiados": "refugees",
        "transferencia": "transfers", "transferencias": "transfers",
        "transacción": "transfers", "transacciones": "transfers",
    },
)

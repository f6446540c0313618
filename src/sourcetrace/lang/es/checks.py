"""Spanish negation cues, counted-thing concepts and figure context for cross-source checks."""

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
    figure_scopes={
        "donación": "donation", "donaciones": "donation",
        "cartera": "wallet", "carteras": "wallet", "monedero": "wallet",
        "monederos": "wallet",
        "recompensa": "reward", "salario": "salary", "salarios": "salary",
        "sueldo": "salary",
        "red": "network", "redes": "networks",
        "total": "total", "campo": "camps", "campos": "camps", "campamento": "camps",
        "campamentos": "camps",
        "mujer": "women", "mujeres": "women",
        "contrabandista": "smugglers", "contrabandistas": "smugglers",
        "traficante": "smugglers", "traficantes": "smugglers",
        "ayuda": "aid", "presupuesto": "budget",
    },
    subcount_before=frozenset(
        {"entre ellos", "entre ellas", "incluidos", "incluidas", "de los cuales",
         "de las cuales"}
    ),
    subcount_after=frozenset({"de ellos", "de ellas", "de esos", "de estos"}),
    relative_openers=frozenset(
        {"en el que", "en la que", "donde", "que", "en el cual", "en la cual"}
    ),
    since_words=frozenset({"desde"}),
)

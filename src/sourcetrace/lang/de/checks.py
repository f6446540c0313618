"""German negation cues and counted-thing concepts for cross-source checks."""

from sourcetrace.lang.check_lexicon import CheckLexicon

LEXICON = CheckLexicon(
    negation_cues=frozenset(
        {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nichts",
         "niemand", "bestritten", "bestreitet", "dementiert", "falsch"}
    ),
    counted_concepts={
        "tote": "dead", "toten": "dead", "todesopfer": "dead", "opfer": "dead",
        "getötete": "dead", "getöteten": "dead", "getötet": "dead", "starben": "dead",
        "verletzt": "injured",
        "verletzte": "injured", "verletzten": "injured", "verletzter": "injured",
        "mensch": "people", "menschen": "people", "person": "people", "personen": "people",
        "kind": "children", "kinder": "children", "kindern": "children",
        "frau": "women", "frauen": "women",
        "mann": "men", "männer": "men", "männern": "men",
        "verdächtige": "suspects", "verdächtigen": "suspects",
        "angreifer": "attackers", "täter": "attackers",
        "festnahme": "arrests", "festnahmen": "arrests",
        "häftling": "detainees", "häftlinge": "detainees", "gefangene": "detainees",
        "gefangenen": "detainees",
        "kämpfer": "fighters", "dschihadisten": "fighters", "soldat": "soldiers",
        "soldaten": "soldiers", "flüchtling": "refugees", "flüchtlinge": "refugees",
        "überweisung": "transfers", "überweisungen": "transfers",
        "transaktion": "transfers", "transaktionen": "transfers",
    },
)

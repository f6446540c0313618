"""German negation cues, counted-thing concepts and figure context for cross-source checks."""

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
    figure_scopes={
        "spende": "donation", "spenden": "donation",
        "wallet": "wallet", "wallets": "wallet",
        "belohnung": "reward", "kopfgeld": "reward", "lösegeld": "ransom",
        "gehalt": "salary", "gehälter": "salary", "lohn": "salary",
        "gebühr": "fee", "gebühren": "fee",
        "startgeld": "grant", "prämie": "grant", "zuschuss": "grant",
        "netzwerk": "network", "netzwerks": "network", "netzwerkes": "network",
        "netzwerke": "networks", "netzwerken": "networks",
        "insgesamt": "total", "gesamtsumme": "total",
        "lager": "camps", "lagern": "camps", "camp": "camps", "camps": "camps",
        "frau": "women", "frauen": "women",
        "schleuser": "smugglers", "schleusern": "smugglers", "schlepper": "smugglers",
        "hilfe": "aid",
    },
    subcount_before=frozenset({"darunter", "davon", "unter ihnen"}),
    subcount_after=frozenset({"von ihnen", "davon"}),
    relative_openers=frozenset(
        {"bei dem", "bei der", "in dem", "in der", "wobei", "wo"}
    ),
    since_words=frozenset({"seit"}),
)

"""French negation cues, counted-thing concepts and figure context for cross-source checks."""

from sourcetrace.lang.check_lexicon import CheckLexicon

LEXICON = CheckLexicon(
    negation_cues=frozenset(
        {"ne", "n'", "pas", "jamais", "aucun", "aucune", "nullement", "nié", "nie",
         "dément", "démenti", "faux", "rien"}
    ),
    counted_concepts={
        "mort": "dead", "morts": "dead", "décès": "dead", "tué": "dead", "tués": "dead",
        "victime": "dead", "victimes": "dead",
        "blessé": "injured", "blessés": "injured", "blessée": "injured",
        "blessées": "injured", "tuées": "dead", "tuée": "dead", "mortes": "dead",
        "tuant": "dead", "blessant": "injured",
        "personne": "people", "personnes": "people",
        "enfant": "children", "enfants": "children",
        "femme": "women", "femmes": "women",
        "homme": "men", "hommes": "men",
        "suspect": "suspects", "suspects": "suspects",
        "assaillant": "attackers", "assaillants": "attackers",
        "arrestation": "arrests", "arrestations": "arrests",
        "détenu": "detainees", "détenus": "detainees", "prisonnier": "detainees",
        "prisonniers": "detainees",
        "combattant": "fighters", "combattants": "fighters", "djihadiste": "fighters",
        "djihadistes": "fighters", "soldat": "soldiers", "soldats": "soldiers",
        "réfugié": "refugees", "réfugiés": "refugees",
        "virement": "transfers", "virements": "transfers", "transaction": "transfers",
        "transactions": "transfers",
    },
    figure_scopes={
        "donation": "donation", "donations": "donation", "dons": "donation",
        "portefeuille": "wallet", "portefeuilles": "wallet",
        "récompense": "reward", "rançon": "ransom",
        "salaire": "salary", "salaires": "salary",
        "frais": "fee", "prime": "grant", "allocation": "grant",
        "réseau": "network", "réseaux": "networks",
        "total": "total", "camp": "camps", "camps": "camps",
        "femme": "women", "femmes": "women",
        "passeur": "smugglers", "passeurs": "smugglers",
        "aide": "aid", "budget": "budget",
    },
    subcount_before=frozenset(
        {"dont", "parmi eux", "parmi elles", "parmi lesquels", "parmi lesquelles"}
    ),
    subcount_after=frozenset({"d'entre eux", "d'entre elles"}),
    relative_openers=frozenset(
        {"où", "dans lequel", "dans laquelle", "lors duquel", "lors de laquelle",
         "qui", "au cours duquel", "au cours de laquelle"}
    ),
    since_words=frozenset({"depuis"}),
)

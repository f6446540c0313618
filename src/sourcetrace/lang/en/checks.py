"""English negation cues, counted-thing concepts and figure context for cross-source checks."""

from sourcetrace.lang.check_lexicon import CheckLexicon

LEXICON = CheckLexicon(
    negation_cues=frozenset(
        {"not", "no", "never", "n't", "denied", "denies", "deny", "neither", "nor",
         "nothing", "none", "nobody", "false", "untrue", "rejected", "rejects"}
    ),
    counted_concepts={
        "dead": "dead", "death": "dead", "deaths": "dead", "killed": "dead",
        "fatality": "dead", "fatalities": "dead", "victim": "dead", "victims": "dead",
        "body": "dead", "bodies": "dead",
        "injured": "injured", "wounded": "injured", "injury": "injured", "died": "dead",
        "hurt": "injured", "killing": "dead", "wounding": "injured",
        "people": "people", "person": "people", "persons": "people", "human": "people",
        "child": "children", "children": "children",
        "woman": "women", "women": "women",
        "man": "men", "men": "men",
        "suspect": "suspects", "suspects": "suspects", "gunman": "attackers",
        "gunmen": "attackers", "attacker": "attackers", "attackers": "attackers",
        "arrest": "arrests", "arrests": "arrests", "detainee": "detainees",
        "detainees": "detainees", "prisoner": "detainees", "prisoners": "detainees",
        "fighter": "fighters", "fighters": "fighters", "soldier": "soldiers",
        "soldiers": "soldiers", "refugee": "refugees", "refugees": "refugees",
        "transfer": "transfers", "transfers": "transfers", "transaction": "transfers",
        "transactions": "transfers",
    },
    figure_scopes={
        "donation": "donation", "donations": "donation",
        "wallet": "wallet", "wallets": "wallet",
        "reward": "reward", "bounty": "reward", "ransom": "ransom",
        "salary": "salary", "salaries": "salary", "wage": "salary", "wages": "salary",
        "fee": "fee", "fees": "fee", "charge": "fee",
        "grant": "grant", "grants": "grant", "allowance": "grant",
        "network": "network", "networks": "networks",
        "total": "total", "camp": "camps", "camps": "camps",
        "woman": "women", "women": "women",
        "smuggler": "smugglers", "smugglers": "smugglers",
        "aid": "aid", "budget": "budget",
    },
    subcount_before=frozenset(
        {"including", "among them", "of whom", "among whom", "incl"}
    ),
    subcount_after=frozenset({"of them", "of whom", "of those", "of these"}),
    relative_openers=frozenset(
        {"in which", "which", "where", "when", "who", "whose", "of which", "during which"}
    ),
    since_words=frozenset({"since"}),
)

"""English counted nouns -> the language-neutral key figures are compared on.

The key is a singular English noun with one spelling (``benchmarks/realtext/README.md``).
English lemmas are already keys; this maps only plurals the lemmatiser keeps, synonyms
and words that count people under another name. Without an entry, the lemma is the key.
"""

COUNTED_KEYS: dict[str, str] = {
    "people": "person", "persons": "person", "person": "person", "individual": "person",
    "individuals": "person", "human": "person", "humans": "person", "soul": "person",
    "resident": "resident", "inhabitant": "resident", "citizen": "citizen",
    "dead": "death", "death": "death", "fatality": "death", "fatalities": "death",
    "killed": "death", "body": "body", "troop": "soldier", "troops": "soldier",
    "serviceman": "soldier", "servicemen": "soldier", "servicemember": "soldier",
    "policeman": "police officer", "policemen": "police officer", "cop": "police officer",
    "kid": "child", "kids": "child", "children": "child", "youngster": "child",
    "men": "man", "women": "woman", "asylum-seeker": "asylum seeker",
    "illegal": "migrant", "alien": "migrant", "immigrant": "migrant",
    "jab": "dose", "shot": "dose", "infection": "case", "job": "job", "employee": "employee",
    "staffer": "employee", "worker": "worker", "protester": "protester",
    "demonstrator": "protester", "rioter": "rioter", "lawmaker": "lawmaker",
    "legislator": "lawmaker", "percent": "percent", "pct": "percent",
}

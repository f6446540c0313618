"""English entity data: honorifics, role words, organisation cues, credit lines."""

from sourcetrace.lang.entity_lexicon import EntityLexicon

NATIONALITIES: dict[str, str] = {
    "American": "United States", "British": "United Kingdom", "French": "France",
    "German": "Germany", "Spanish": "Spain", "Italian": "Italy", "Russian": "Russia",
    "Ukrainian": "Ukraine", "Chinese": "China", "Syrian": "Syria", "Iraqi": "Iraq",
    "Iranian": "Iran", "Israeli": "Israel", "Palestinian": "Palestine", "Turkish": "Turkey",
    "Belgian": "Belgium", "Dutch": "Netherlands", "Polish": "Poland", "Swedish": "Sweden",
    "Austrian": "Austria", "Swiss": "Switzerland", "Japanese": "Japan", "Indian": "India",
    "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Egyptian": "Egypt", "Saudi": "Saudi Arabia",
    "Lebanese": "Lebanon", "Jordanian": "Jordan", "Libyan": "Libya", "Malian": "Mali",
    "Nigerian": "Nigeria", "Algerian": "Algeria", "Moroccan": "Morocco", "Tunisian": "Tunisia",
    "Canadian": "Canada", "Australian": "Australia", "Mexican": "Mexico", "Brazilian": "Brazil",
    "European": "European Union", "Greek": "Greece", "Portuguese": "Portugal", "Irish": "Ireland",
}

LEXICON = EntityLexicon(
    honorifics=("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Rev"),
    role_nouns=(
        "minister", "president", "prime minister", "chancellor", "secretary", "general",
        "admiral", "colonel", "major", "captain", "lieutenant", "commander", "chief", "head",
        "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "king",
        "queen", "prince", "senator", "governor", "mayor", "judge", "prosecutor", "leader",
        "chairman", "chairwoman", "chair", "ceo", "founder", "coach", "manager", "officer",
        "inspector", "sergeant", "superintendent", "commissioner", "mp", "deputy", "pope",
        "archbishop", "bishop", "imam", "sheikh", "emir", "striker", "midfielder", "defender",
        "goalkeeper", "captain", "journalist", "analyst", "correspondent", "lawyer", "attorney",
    ),
    role_modifiers=(
        "deputy", "vice", "former", "acting", "interim", "foreign", "defence", "defense",
        "interior", "home", "finance", "justice", "health", "prime", "state", "chief", "senior",
        "top", "army", "military", "security", "police", "intelligence", "the", "of", "for",
        "and", "staff", "general", "executive", "new", "outgoing", "incoming", "then",
    ),
    head_phrases=("who heads", "who leads", "who runs", "who chairs", "head of", "chief of"),
    nationalities=NATIONALITIES,
    name_connectors=("of", "the", "for", "and", "on", "de", "du", "von", "van", "der", "al", "bin", "da"),
    determiners=("the",),
    company_suffixes=("Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "plc", "PLC",
                      "LLC", "Group", "Holdings", "AG", "SA", "GmbH", "NV", "AB", "Bank"),
    org_keywords=("Ministry", "Department", "Agency", "Office", "Party", "Council", "Committee",
                  "Commission", "Union", "Association", "Institute", "University", "Court",
                  "Parliament", "Army", "Police", "Front", "Movement", "Brigade", "Brigades"),
    stop_words=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "God", "Photo", "Image", "Video", "Read", "Copyright", "Click", "Share", "Advertisement"),
    credit_patterns=(
        r"^\s*(?:Photo|Photograph|Image|Picture|Credit|Video)s?\s*(?:credit)?\s*[:/]",
        r"^\s*\(?(?:Photo|Image)\s+(?:by|courtesy of)\b",
        r"^\s*(?:Reporting|Writing|Editing|Additional reporting) by\b",
    ),
)

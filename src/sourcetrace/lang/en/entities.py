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

SPORTS_WORDS = (
    "soccer", "football", "league", "cup", "goal", "goals", "striker", "midfielder",
    "goalkeeper", "coach", "innings", "wicket", "wickets", "batsman", "bowler", "pitcher",
    "inning", "homer", "homers", "touchdown", "quarterback", "playoff", "playoffs", "halftime",
    "half-time", "penalty", "referee", "standings", "stadium", "rugby", "cricket", "baseball",
    "basketball", "hockey", "tennis", "golf", "championship", "tournament", "semifinal",
    "semi-final", "quarter-final", "quarterfinal", "unbeaten", "relegation", "fixture", "squad",
)
#: "{a}" a city-named team in an article about sport (a place otherwise).
TEAM_CONTEXTS = (
    r"{a} (?:beat|beats|defeated|defeats|edged|thrashed|routed|crushed|drew with|drew|held|"
    r"lost to|lost at|overcame|eliminated|knocked out|upset|hammered|trounced|outplayed|"
    r"hosts?|visits?|entertains?|faces?|meets?|plays?) {b}",
    r"(?:against|v|vs\.?|versus|over|at home to|away to|away at|loss to|defeat by|win at) {a}",
    r"{a}(?:'s|’s)? (?:manager|coach|striker|midfielder|defender|goalkeeper|keeper|captain|fans|"
    r"supporters|forward|winger|pitcher|quarterback|outfielder|shortstop|catcher|batsman|"
    r"bowler|skipper|side|squad|team|players|first-team)\b",
    r"(?:joined|signed for|rejoined|loan (?:to|from)|transfer to|moved to|released by|sold to) {a}",
    r"{a} (?:won|lost|drew|trailed|led|lead|trail) \d{1,3}[-–]\d{1,3}",
)
#: Company contexts in any article.
ORG_CONTEXTS = (
    r"shares (?:of|in) {c}",
    r"{c}(?:'s|’s)? (?:shares|stock|share price) (?:rose|fell|closed|jumped|slipped|gained|"
    r"lost|dropped|were|ended|climbed|eased|firmed|slumped|surged|added)",
    r"{c}(?:'s|’s) (?:chief executive|chief financial officer|chief operating officer|chairman|"
    r"managing director|board of directors|shareholders|subsidiary|net profit|pre-tax profit|"
    r"annual profit|quarterly profit|earnings|revenues?)\b",
    r"(?:analysts?|economists?|strategists?|traders?|dealers?) (?:at|with) {c}",
    r"(?:the|The) {c} (?:group|company|conglomerate|brokerage)\b",
    r"(?:spokesman|spokeswoman|spokesperson) for {a}",
)

LEXICON = EntityLexicon(
    medium_nouns=("account", "accounts", "feed", "feeds", "post", "posts", "video", "videos",
                  "channel", "page", "storm", "message", "messages", "handle", "thread", "user",
                  "users", "followers"),
    medium_prepositions=("on", "via", "onto", "through", "use of"),
    sports_words=SPORTS_WORDS,
    team_contexts=TEAM_CONTEXTS,
    org_contexts=ORG_CONTEXTS,
    place_prepositions=("in", "at", "near", "outside", "from"),
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
        "operating", "financial", "technology", "marketing", "information",
    ),
    event_tails=("Cup", "Games", "Olympics", "Championship", "Championships", "Open", "Grand Prix",
                 "Festival", "Marathon", "Conference", "Summit", "Expo", "Rally", "Trophy",
                 "Classic", "Series", "Tournament", "Week", "Bowl"),
    head_phrases=("who heads", "who leads", "who runs", "who chairs", "head of", "chief of"),
    nationalities=NATIONALITIES,
    name_connectors=("of", "the", "for", "and", "on", "de", "du", "von", "van", "der", "al", "bin",
                     "da"),
    determiners=("the", "a", "an"),
    company_suffixes=("Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "plc", "PLC",
                      "LLC", "Group", "Holdings", "AG", "SA", "GmbH", "NV", "AB", "Bank",
                      # words that end only company names ("Douglas Aircraft", "Ford Motor")
                      "Aircraft", "Airlines", "Airline", "Airways", "Motor", "Motors",
                      "Corporation", "Industries", "Technologies", "Pharmaceuticals",
                      "Computer", "Computers", "Telecom", "Petroleum", "Securities",
                      "Automotive"),
    org_keywords=("Ministry", "Department", "Agency", "Office", "Party", "Council", "Committee",
                  "Commission", "Union", "Association", "Institute", "University", "Court",
                  "Parliament", "Army", "Police", "Front", "Movement", "Brigade", "Brigades"),
    stop_words=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                # months ("May" is also a name) and time zones are never names alone
                "January", "February", "March", "April", "June", "July", "August",
                "September", "October", "November", "December", "UTC", "GMT",
                "By",
                "God", "Photo", "Image", "Video", "Read", "Copyright", "Click", "Share",
                "Advertisement",
                # function words with a sentence's capital
                "He", "She", "They", "We", "It", "Here", "There", "Then", "Today",
                "Yesterday", "However", "Meanwhile"),
    credit_patterns=(
        r"^\s*(?:Photo|Photograph|Image|Picture|Credit|Video)s?\s*(?:credit)?\s*[:/]",
        r"^\s*\(?(?:Photo|Image)\s+(?:by|courtesy of)\b",
        r"^\s*(?:Reporting|Writing|Editing|Additional reporting) by\b",
        # an author's social handle line: "Follow Jane Roe on Twitter @janeroe"
        r"^\s*Follow\b[^\n]{0,60}\b(?:on Twitter|on X|on Facebook|on Instagram|@\w+)",
        # page furniture: sharing, newsletters, subscriptions
        r"^\s*Share (?:on|by|via|this)\b",
        r"^\s*Sign up (?:to|for)\b",
        r"^\s*Get (?:the|our)\b[^\n]{0,60}\bin your inbox\b",
        r"^\s*Subscribe (?:now|to|for)\b",
    ),
)

"""German entity data. German capitalises every noun, so a capital letter alone says little;
titles, first names, organisation endings, place prepositions and gazetteers say more.
Names come from the entity model (``de_sourcetrace_ner``); these words drive the layers on
top of it (cues, given names, context votes, clean-up) and the rule tagger, which runs only
where the model is not used.
"""

from sourcetrace.lang.entity_lexicon import EntityLexicon

NATIONALITIES: dict[str, str] = {
    "amerikanisch": "Vereinigte Staaten", "US-amerikanisch": "Vereinigte Staaten",
    "britisch": "Vereinigtes Königreich", "französisch": "Frankreich", "deutsch": "Deutschland",
    "spanisch": "Spanien", "italienisch": "Italien", "russisch": "Russland",
    "ukrainisch": "Ukraine", "chinesisch": "China", "syrisch": "Syrien", "irakisch": "Irak",
    "iranisch": "Iran", "israelisch": "Israel", "türkisch": "Türkei",
    "österreichisch": "Österreich",
    "schweizerisch": "Schweiz", "polnisch": "Polen", "europäisch": "Europäische Union",
}

FIRST_NAMES = (
    # common in German news: politicians, officials, athletes, ordinary people
    "Alexander", "Andrea", "Andreas", "Angela", "Anna", "Annalena", "Armin", "Barbara", "Bernd",
    "Boris", "Christian", "Christine", "Christoph", "Claudia", "Daniel", "David", "Dieter",
    "Dirk", "Elisabeth", "Emmanuel", "Erich", "Ernst", "Eva", "Florian", "Frank", "Franz",
    "Friedrich", "Gerhard", "Gregor", "Günter", "Günther", "Hans", "Hans-Dietrich", "Heiko",
    "Heinrich", "Heinz", "Helmut", "Horst", "Hubertus", "Ingrid", "Jan", "Jens", "Joachim",
    "Johann", "Johannes", "Josef", "Jörg", "Jürgen", "Karl", "Karin", "Katarina", "Katharina",
    "Katrin", "Klaus", "Kurt", "Lars", "Lothar", "Manfred", "Manuela", "Marco", "Maria",
    "Marie", "Markus", "Martin", "Matthias", "Michael", "Monika", "Nancy", "Norbert", "Olaf",
    "Otto", "Paul", "Peer", "Peter", "Petra", "Philipp", "Rainer", "Ralf", "Renate", "Richard",
    "Robert", "Roland", "Rudolf", "Sabine", "Sahra", "Sebastian", "Sigmar", "Stefan", "Steffen",
    "Stephan", "Susanne", "Sven", "Thomas", "Thorsten", "Tobias", "Ulrich", "Ulrike", "Ursula",
    "Uwe", "Volker", "Walter", "Werner", "Wolfgang", "Alice", "Cem", "Christa", "Friedrich",
    "Hannelore", "Jakob", "Julia", "Kevin", "Lisa", "Lukas", "Max", "Nicole", "Sarah", "Simon",
    "Stefanie", "Tim", "Wladimir", "Donald", "Joe", "Barack", "George", "Bill", "Hillary",
    "Vladimir", "Recep", "Benjamin", "Wolodymyr", "Xi", "François", "Nicolas", "Jean",
    "Baschar", "Abu", "Mohammed", "Mohamed", "Ali", "Ahmed", "John", "James", "Mike",
)

SPORTS_WORDS = (
    "fußball", "bundesliga", "tor", "tore", "trainer", "spieltag", "tabelle", "stürmer",
    "torwart", "elfmeter", "schiedsrichter", "stadion", "pokal", "meisterschaft", "handball",
    "basketball", "eishockey", "abstieg", "halbzeit", "saison", "mannschaft",
)
TEAM_CONTEXTS = (
    r"\b(?:gegen|Gegen) {a}",
    r"{a} (?:besiegte|schlug|gewann gegen|verlor gegen|spielte gegen) {b}",
)
ORG_CONTEXTS = (
    r"(?:Aktien?|Papiere) (?:von|der|des) {c}",
    r"\b(?:Konzern|Konzerns|Unternehmen|Unternehmens|Firma|Autobauer|Autobauers|Versicherer|"
    r"Hersteller|Herstellers|Verein|Vereins|Partei|Zeitung|Magazin|Sender|Sportartikelhersteller|"
    r"Chemiekonzern|Energiekonzern|Elektrokonzern|Mobilfunkanbieter|Discounter) {c}",
)
#: "…, sagte Müller", "Müller sagte, …" (a speech verb next to one or two capitalised words).
PERSON_CONTEXTS = (
    r"[,“\"] ?(?:sagte|erklärte|betonte|meinte|warnte|kritisierte|ergänzte|sagt|erklärt|"
    r"betont|meint|fügte|so) {p}(?: {p2})?(?=[ .,;:!?])",
    r"(?:^|[.!?] )(?:{p} )?{p2} (?:sagte|erklärte|betonte|meinte|warnte|kritisierte)[ ,]",
)

LEXICON = EntityLexicon(
    medium_nouns=("Kanal", "Account", "Post", "Video", "Nutzer", "Gruppe"),
    medium_prepositions=("auf", "via", "über", "bei"),
    # a KB alias with its descriptor: the name is "Islamischer Staat"
    kb_skip=("Terrormiliz Islamischer Staat",),
    sports_words=SPORTS_WORDS,
    team_contexts=TEAM_CONTEXTS,
    org_contexts=ORG_CONTEXTS,
    person_contexts=PERSON_CONTEXTS,
    honorifics=("Herr", "Herrn", "Frau", "Dr", "Prof"),
    role_nouns=(
        "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Bundespräsident",
        "Bundespräsidentin", "Präsident", "Präsidentin", "Minister", "Ministerin",
        "Ministerpräsident", "Ministerpräsidentin", "Außenminister", "Außenministerin",
        "Innenminister", "Innenministerin", "Verteidigungsminister", "Verteidigungsministerin",
        "Finanzminister", "Finanzministerin", "Justizminister", "Justizministerin",
        "Gesundheitsminister", "Gesundheitsministerin", "Wirtschaftsminister",
        "Wirtschaftsministerin", "Regierungssprecher", "Regierungssprecherin", "Sprecher",
        "Sprecherin", "Generalinspekteur", "General", "Admiral", "Oberst", "Chef", "Chefin",
        "Vorsitzende", "Vorsitzender", "Parteichef", "Parteichefin", "Bürgermeister",
        "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Botschafter",
        "Botschafterin", "Staatsanwalt", "Staatsanwältin", "Richter", "Richterin", "Trainer",
        "Direktor", "Direktorin", "Abgeordnete", "Abgeordneter", "Senator", "Senatorin",
        "König", "Königin", "Papst", "Generalsekretär", "Generalsekretärin", "Staatssekretär",
        "Staatssekretärin", "Regierungschef", "Regierungschefin", "Premierminister",
        "Premierministerin", "Konzernchef", "Vorstandschef", "Geschäftsführer",
    ),
    role_modifiers=("der", "die", "des", "stellvertretende", "stellvertretender", "ehemalige",
                    "ehemaliger", "frühere", "früherer", "neue", "neuer", "amtierende"),
    event_heads=("Weltmeisterschaft", "Europameisterschaft", "Olympische", "Olympischen",
                 "Festival", "Gipfel", "Konferenz", "Turnier", "Grand Prix", "Pokal"),
    event_tails=("Cup", "Pokal", "Gipfel", "Konferenz", "Sicherheitskonferenz", "Festspiele",
                 "Meisterschaft", "Meisterschaften", "Spiele", "Open"),
    head_phrases=("der leitet", "die leitet", "Chef der", "Chef des", "Leiter der", "Leiter des",
                  "Leiterin der", "Leiterin des"),
    nationalities=NATIONALITIES,
    name_connectors=("von", "van", "der", "de", "für", "und", "zu", "al", "bin"),
    determiners=("der", "die", "das", "den", "dem", "des"),
    company_suffixes=("GmbH", "AG", "SE", "KG", "e.V.", "Gruppe", "Konzern", "Holding", "Bank"),
    org_keywords=("Partei", "Ministerium", "Bundesamt", "Amt", "Verband", "Bund", "Gewerkschaft",
                  "Stiftung", "Institut", "Universität", "Hochschule", "Gericht", "Rat",
                  "Kommission", "Union", "Agentur", "Behörde", "Polizei", "Bundeswehr", "Armee",
                  "Verein", "Klub", "Club", "FC", "SV", "VfB", "VfL", "Bundestag", "Bundesrat",
                  "Landtag", "Regierung", "Zeitung", "Front", "Miliz", "Brigaden"),
    org_endings=("ministerium", "bundesamt", "partei", "verband", "gericht", "gewerkschaft",
                 "stiftung", "behörde", "agentur", "konzern", "bank", "kommission", "polizei",
                 "rat", "amt"),
    known={
        "CDU": "ORG", "CSU": "ORG", "SPD": "ORG", "FDP": "ORG", "AfD": "ORG", "Grünen": "ORG",
        "Linke": "ORG", "BSW": "ORG", "Bundeswehr": "ORG", "Bundestag": "ORG",
        "Bundesregierung": "ORG", "Bundesverfassungsgericht": "ORG", "UNO": "ORG",
        "Islamischer Staat": "ARMED_GROUP", "Islamischen Staat": "ARMED_GROUP",
        "Islamischen Staates": "ARMED_GROUP", "Islamische Staat": "ARMED_GROUP",
        "IS": "ARMED_GROUP", "Spiegel": "MEDIA",
        "Bild": "MEDIA", "FAZ": "MEDIA", "ARD": "MEDIA", "ZDF": "MEDIA",
        "Süddeutsche Zeitung": "MEDIA",
        "Verfassungsschutz": "AGENCY", "Bundesnachrichtendienst": "AGENCY",
        "Bundeskriminalamt": "AGENCY", "BKA": "AGENCY", "Deutschland": "GPE", "Europa": "LOC",
    },
    stop_words=(
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Gott", "Foto", "Bild", "Euro", "Prozent", "Uhr",
        "Jahr", "Jahren", "Jahre", "Zeit", "Ende", "Anfang", "Angaben", "Hilfe", "Kritik",
        "Frage", "Fall", "Teil", "Woche", "Tag", "Tage", "Tagen", "Monat", "Monaten", "Mal",
        "Hause", "Haus", "Land", "Stadt", "Welt", "Zukunft", "Bezug", "Folge", "Sachen",
        "Bereich", "Richtung", "Betrieb", "Kraft", "Frieden", "Krieg", "Sicht", "Gefahr",
        "Ausland", "Inland", "Innenstadt", "Laut", "Weil", "Bad", "Mitte", "Hof", "Neben", "Wegen",
        "Altstadt", "Hamburger", "Berliner", "Herbst",
        "Sommer", "Winter", "Frühjahr", "Abend", "Morgen", "Nacht", "Wochenende", "Internet",
        # Pronouns, articles and adverbs that open sentences: never a name on their own
        # ("Das sagte ...", "Er forderte ...", "Dort sprach ...", "Insgesamt ...").
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es",
        "Wir", "Ich", "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Dort", "Hier", "Da",
        "Dann", "Damit", "Dabei", "Danach", "Daher", "Insgesamt", "Auch", "Doch", "Aber",
        "Denn", "Nun", "Jetzt", "Heute", "Gestern", "Zudem", "Außerdem", "Allerdings",
        "Trotzdem", "Deshalb", "Somit", "Alle", "Viele", "Beide",
        "Bislang", "Bisher", "Derzeit", "Inzwischen", "Damals",
    ),
    credit_patterns=(r"^\s*(?:Foto|Bild|Fotos|Bildquelle|Quelle)\s*[:/©]",
                     r"^\s*(?:Lesen Sie auch|Mehr zum Thema)\b",
                     # page furniture: sharing, newsletters, subscriptions
                     r"^\s*(?:Teilen|Newsletter)\b", r"\bAbonnieren Sie\b"),
    place_prepositions=("in", "aus", "nach", "bei", "im", "nahe", "von"),
    place_endings=("burg", "berg", "dorf", "hausen", "heim", "furt", "ingen", "hagen", "istan",
                   "stedt", "leben", "brück", "bach"),
    first_names=FIRST_NAMES,
    common_noun_endings=("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "tum",
                         "ling", "chen", "ment", "ik", "ur", "enz", "anz", "ie", "ei",
                         # plurals ("Rückführungen", "Ermittlungen")
                         "ungen", "heiten", "keiten", "schaften", "tionen", "nisse", "täten"),
)

"""French entity data: civilités, fonctions, indices d'organisation, crédits photo."""

from sourcetrace.lang.entity_lexicon import EntityLexicon

NATIONALITIES: dict[str, str] = {
    "américain": "États-Unis", "américaine": "États-Unis", "britannique": "Royaume-Uni",
    "français": "France", "française": "France", "allemand": "Allemagne", "allemande": "Allemagne",
    "espagnol": "Espagne", "espagnole": "Espagne", "italien": "Italie", "italienne": "Italie",
    "russe": "Russie", "ukrainien": "Ukraine", "ukrainienne": "Ukraine", "chinois": "Chine",
    "syrien": "Syrie", "syrienne": "Syrie", "irakien": "Irak", "iranien": "Iran",
    "israélien": "Israël", "israélienne": "Israël", "turc": "Turquie", "turque": "Turquie",
    "belge": "Belgique", "algérien": "Algérie", "algérienne": "Algérie", "marocain": "Maroc",
    "tunisien": "Tunisie", "malien": "Mali", "malienne": "Mali", "libanais": "Liban",
    "européen": "Union européenne", "européenne": "Union européenne",
}

LEXICON = EntityLexicon(
    medium_prepositions=("sur", "via", "par"),
    honorifics=("M", "MM", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Monsieur", "Madame",
                "Mgr"),
    role_nouns=(
        "ministre", "président", "présidente", "premier ministre", "chancelier", "chancelière",
        "secrétaire", "général", "générale", "amiral", "colonel", "commandant", "capitaine",
        "lieutenant", "chef", "directeur", "directrice", "porte-parole", "ambassadeur",
        "ambassadrice", "roi", "reine", "sénateur", "sénatrice", "député", "députée", "maire",
        "préfet", "préfète", "juge", "procureur", "procureure", "dirigeant", "dirigeante",
        "patron", "patronne", "fondateur", "entraîneur", "imam", "émir", "cheikh", "pape",
        "avocat", "avocate", "journaliste", "commissaire", "chef d'état-major",
    ),
    role_modifiers=(
        "le", "la", "l'", "du", "de", "des", "d'", "et", "vice", "ancien", "ancienne", "nouveau",
        "nouvelle", "adjoint", "adjointe", "délégué", "déléguée", "intérieur", "armées",
        "défense", "affaires", "étrangères", "justice", "santé", "économie", "état-major",
        "république", "gouvernement", "en", "chef",
    ),
    event_heads=("Coupe", "Jeux", "Championnat", "Championnats", "Festival", "Sommet",
                 "Conférence", "Tournoi", "Grand Prix", "Rallye", "Trophée", "Marathon"),
    head_phrases=("qui dirige", "qui préside", "qui commande", "à la tête de", "chef de", "chef du",
                  "chef des"),
    nationalities=NATIONALITIES,
    name_connectors=("de", "du", "des", "d'", "la", "le", "l'", "et", "pour", "sur", "en", "al",
                     "ben"),
    determiners=("le", "la", "les", "l'", "l’"),
    company_suffixes=("SA", "SAS", "SARL", "Groupe", "Banque"),
    org_keywords=("Ministère", "ministère", "Parti", "Agence", "Conseil", "Commission", "Union",
                  "Organisation", "Office", "Direction", "Institut", "Université", "Cour",
                  "Assemblée", "Sénat", "Front", "Mouvement", "Brigade", "Brigades"),
    known={
        "État islamique": "ARMED_GROUP", "l'État islamique": "ARMED_GROUP", "EI": "ARMED_GROUP",
        "Etat islamique": "ARMED_GROUP", "OTAN": "ORG", "ONU": "ORG", "UE": "ORG",
        "Agence France-Presse": "MEDIA", "Le Figaro": "MEDIA", "Libération": "MEDIA",
    },
    stop_words=("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
                "Dieu", "Photo", "Lire", "Voir", "Crédit", "Publicité",
                # function words with a sentence's capital
                "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "On", "Ici", "Puis", "Ensuite",
                "Depuis", "Pourtant", "Cependant", "Désormais", "Ainsi", "Hier", "Aujourd'hui"),
    credit_patterns=(
        r"^\s*(?:Photo|Crédits?(?: photo)?|Illustration|Image|Vidéo)\s*[:/©]",
        r"^\s*(?:Lire aussi|Voir aussi|À lire aussi)\b",
        # page furniture: sharing, newsletters, subscriptions
        r"^\s*(?:Partager|Newsletter|Inscrivez-vous)\b",
        r"\babonnez-vous\b",
    ),
)

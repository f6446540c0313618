"""French signal data: loaded words, persuasion cues, hedges, calques (see ``signal_lexicon``)."""

# Lexicon entries are whole phrases; typographic quotes and dashes are part of them.
# ruff: noqa: E501

from sourcetrace.lang.signal_lexicon import HeadlineClaim, SignalLexicon

__all__ = ["SIGNALS"]

SIGNALS = SignalLexicon(    loaded=(
        "carnage", "massacre[sr]?", "boucherie", "horreur", "horrible", "atroce\\w*",
        "barbar\\w+", "sauvage\\w*", "monstrueu\\w+", "ignoble", "abject", "odieu\\w+",
        "scandal\\w*", "honte\\w*", "honteu\\w+", "catastroph\\w+", "désastr\\w+", "chaos",
        "invasion", "submersion", "déferlante", "hordes?", "trahi\\w*", "lâche\\w*",
        "humiliat\\w+", "ensauvagement", "tuerie", "bain de sang", "terrifiant\\w*",
        "effroyable\\w*", "désarmée?s?", "laxisme", "laxiste\\w*", "naufrage",
        "corrompu\\w*", "corruption", "mensong\\w*", "menteu\\w+", "délir\\w*", "folie", "hystéri\\w*", "propagande", "diaboli\\w+", "mépris\\w*", "arrogan\\w+", "brutal\\w*", "terroris\\w+", "crimin\\w+", "dictature", "totalitaire\\w*", "effondrement", "ruine\\w*", "saccag\\w*", "gâchis", "fiasco", "dérive\\w*", "acharnement", "matraqu\\w*", "escroquerie\\w*", "mascarade", "sidérant\\w*", "insensé\\w*", "délirant\\w*", "grotesque\\w*", "ridicule\\w*", "absurde\\w*", "inouï\\w*", "hallucinant\\w*", "incroyable\\w*", "terrible\\w*", "dramatique\\w*", "cauchemar\\w*",
    ),
    name_calling=(
        "voyous?", "traîtres?", "racailles?", "fanatiques?", "extrémistes?", "fous",
        "mondialistes?", "élites?", "régime", "pantins?", "bien-pensan\\w+",
        "prétendu\\w*", "soi-disant", "autoproclamé\\w*", "idiots? utiles?",
        "propagandistes?", "bobos?",
        "dictateur\\w*", "tyran\\w*", "fascis\\w+", "nazis?", "néonazis?", "complotis\\w+", "antivax\\w*", "gauchis\\w+", "islamo-gauchis\\w+", "wokis\\w+", "woke\\w*", "populis\\w+", "va-t-en-guerre", "idéolog\\w*", "sectaire\\w*", "caste", "mafia\\w*", "clique", "oligarchie", "macronie", "marionnette\\w*", "larbins?", "laquais", "valets?", "menteurs?", "incompétents?", "escrocs?", "bouffons?", "gourou\\w*", "imposteurs?", "usurpateurs?", "pseudo-\\w+", "big pharma", "mainstream", "médias dominants", "merdias", "journalopes?",
        "russophob\\w*", "atlantistes?", "néoconservat\\w+", "néocons?", "bellicist\\w+", "impérialis\\w+", "colonialis\\w+", "fantoche\\w*", "vassal\\w*", "caniches?", "toutous?", "islamistes?", "djihadistes?", "terroristes?", "séparatistes?", "ultranationalistes?", "néo-nazis?", "junte", "clan", "dictatorial\\w*", "autocrat\\w*", "despot\\w*", "tyranni\\w*",
    ),
    exaggeration=(
        "sans précédent", "jamais vu", "le pire \\w+ de (?:l'histoire|tous les temps)",
        "complètement", "absolument", "entièrement",
        "jamais", "simplement", "à peine", "une poignée",
        "des millions de", "innombrables", "sans fin", "historique",
        "énorme\\w*", "gigantesque\\w*", "colossa\\w+", "massi[fv]\\w*", "considérable\\w*", "dramatique\\w*", "explos\\w+", "record\\w*", "jamais (?:vu|égalé)", "du jamais-vu", "extrêmement", "incroyable\\w*", "pas le moindre", "aucun(?:e)? (?:preuve|effet|raison)",
    ),
    doubt=(
        "soi-disant", "prétendu\\w*", "douteu\\w+", "peut-on (?:vraiment )?(?:croire|faire confiance)",
        "est-ce vraiment", "que cache\\w*", "à qui profite", "des questions demeurent",
        "prétend\\w* être",
        "vraiment\\s?\\?", "vraiment", "censé\\w*", "supposé\\w*", "soupçon\\w*", "suspect\\w*", "mystérieu\\w+", "étrange\\w*", "curieu\\w+", "on se demande", "on peut se demander", "reste à savoir", "version officielle", "narratif", "récit officiel", "ne tient pas", "ne dit pas", "se garde bien de", "rien ne prouve", "aucune preuve",
        "prétendument", "la question se pose", "on peut douter", "doute\\w* sur", "invraisemblable\\w*", "fantaisiste\\w*", "infondé\\w*", "sans fondement", "fake news", "intox\\w*", "rumeur\\w*",
    ),
    fear=(
        "menace pour (?:notre|nos|la)", "avant qu'il ne soit trop tard", "dang\\w+",
        "va (?:détruire|submerger)", "bombe à retardement", "personne n'est à l'abri",
        "sous la menace", "peur\\w*", "terreur",
        "menace\\w*", "catastroph\\w+", "guerre nucléaire", "troisième guerre mondiale", "pénurie\\w*", "famine\\w*", "chaos", "mortel\\w*", "submersion", "grand remplacement", "ensauvagement", "insécurité", "risque\\w*", "alarm\\w+",
    ),
    flag_waving=(
        "notre (?:nation|pays|peuple|civilisation|identité|patrie)", "nos (?:valeurs|frontières|enfants|ancêtres)",
        "patrio\\w+", "la patrie", "vrais français", "fierté nationale", "la france éternelle",
        "la nation", "notre démocratie", "nos concitoyens", "le peuple français", "souveraineté nationale",
    ),
    causal=(
        "tout (?:ça|cela) à cause de", "la (?:seule |vraie )?raison est (?:simple|que)",
        "(?:est|sont) (?:seul(?:e|s)? )?responsables? de", "la conséquence directe de",
        "voilà ce qui arrive quand", "la faute (?:à|de)",
    ),
    whataboutism=(
        "et que dire de", "mais qu'en est-il de", "où était l'indignation",
        "et pourtant personne", "personne ne (?:disait|dit) rien quand", "curieusement",
    ),
    reputation=(
        "incompéten\\w+", "amateuris\\w+", "échec\\w*", "a échoué", "fiasco", "ment", "a menti",
        "mensong\\w+", "trahi\\w*", "corrompu\\w*", "complice\\w*", "cynique\\w*", "cynisme",
        "arrogan\\w+", "mépris\\w*", "irresponsab\\w+", "inconscien\\w+", "discrédit\\w*",
        "décrédibilis\\w*", "déconnecté\\w*", "sans scrupule\\w*", "à la solde", "aux ordres",
        "vendu\\w*", "manipul\\w+", "opportunis\\w+", "carriéris\\w+", "démagog\\w+",
        "n'a (?:jamais|rien) (?:fait|compris)", "ne sait pas", "ose\\w*", "prétend\\w*",
        "n'hésite pas à", "se moque\\w*",
    ),
    authority=(
        "selon (?:les |des |plusieurs )?(?:experts?|spécialistes?|scientifiques|chercheurs|médecins|études?)",
        "les experts?", "des experts?", "l'expert\\w*", "spécialiste\\w*",
        "professeur\\w*", "épidémiolog\\w+", "virolog\\w+", "économiste\\w*",
        "une étude", "les études", "études? (?:montre|montrent|prouve|prouvent|révèle)",
        "la science", "prix nobel", "docteur\\w*", "le dr", "médecin\\w*",
        "l'académie", "le conseil scientifique",
    ),
    popularity=(
        "la (?:grande )?majorité des (?:français|citoyens|gens)", "de plus en plus de (?:français|gens|personnes|citoyens)",
        "des millions de (?:français|personnes|gens)", "tout le monde (?:sait|le sait|est d'accord)",
        "les français (?:veulent|pensent|réclament|rejettent)", "selon un sondage", "l'opinion publique",
        "la plupart des (?:français|gens)", "nombreux sont", "beaucoup de (?:français|gens)",
    ),
    values=(
        "droits de l'homme", "dignité",
        "laïcité", "valeurs", "éthique",
        "humanis\\w+", "solidarité", "égalité", "fraternité",
    ),
    hypocrisy=(
        "hypocri\\w+", "deux poids,? deux mesures", "double discours", "double langage",
        "donneu\\w+ de leçons?", "faites ce que je dis",
        "paradox\\w+", "incohéren\\w+", "contradiction\\w*", "alors même que",
        "se permet\\w*", "ceux-là même",
    ),
    association=(
        "comme (?:les )?nazis", "comme hitler", "nazi\\w*", "pétain\\w*", "vichy", "stalin\\w+",
        "soviétique\\w*", "orwell\\w*", "extrême droite", "extrême gauche", "collabo\\w*",
        "fascis\\w+", "totalitar\\w+", "heures les plus sombres", "années 30", "apartheid",
        "ségrégation", "sectes?",
    ),
    consequential=(
        "conduira (?:inévitablement|forcément)", "mènera (?:inévitablement|forcément)",
        "ce n'est que le début", "et demain", "la prochaine étape", "engrenage", "porte ouverte",
        "pente glissante", "finira par", "ouvre la voie",
    ),
    dilemma=(
        "soit (?:\\w+ ){1,6}soit", "ou bien", "il n'y a pas d'alternative", "pas d'autre choix",
        "la seule (?:solution|option|issue|voie)", "il ne reste (?:plus )?qu'à", "c'est ça ou",
        "ou alors",
    ),
    killer=(
        "point final", "un point c'est tout", "circulez,? il n'y a rien à voir", "c'est comme ça",
        "c'est ainsi", "il faut (?:s'y faire|l'accepter)", "fin de la discussion", "rien à voir",
        "on verra bien", "la messe est dite", "c'est (?:tout )?dire", "il suffit",
    ),
    time_pressure=(
        "maintenant ou jamais", "il y a urgence", "il est urgent", "sans (?:plus )?attendre",
        "dès maintenant", "le temps presse", "dernière chance", "avant qu'il ne soit trop tard",
    ),
    slogans=(
        "on est chez nous", "trop c'est trop", "ça suffit", "réveillez-vous",
        "plus jamais ça", "la france aux français",
    ),
    hedges=(
        "pourrai\\w*", "peut-être", "sans doute", "apparemment", "semble\\w*",
        "selon toute vraisemblance", "il est possible que", "probablement", "aurai\\w+",
        "serai\\w+", "présumé\\w*", "non confirmé\\w*",
    ),
    certainty=(
        "clairement", "évidemment", "à l'évidence", "indéniablement", "incontestablement",
        "sans aucun doute", "bien sûr", "en réalité", "la vérité est", "assurément", "prouve\\w*",
    ),
    unverifiable_certainty=(
        "il ne fait (?:aucun|pas de) doute que", "tout le monde (?:le )?sait", "nul ne peut (?:nier|ignorer)",
        "personne ne peut (?:nier|ignorer)", "il est évident que", "la vérité est que",
        "chacun sait", "on le sait",
    ),
    anonymous_sources=(
        "(?:une |des )?sources? (?:proches?|policières?|sécuritaires?|gouvernementales?|judiciaires?)",
        "selon (?:une |des |plusieurs )?(?:sources?|informations)", "de source sûre",
        "sous couvert d'anonymat", "qui a requis l'anonymat", "un haut responsable",
        "selon nos informations", "un proche du dossier",
    ),
    attribution_cues=(
        "selon", "d'après", "a déclaré", "a dit", "a indiqué", "a annoncé", "a précisé",
        "a confirmé", "affirme", "rapporte", "cité\\w*", "chiffres? (?:de|du|des)",
        "données", "estimations?", "statistiques?", "sondage", "étude", "bilan",
    ),
    first_person=("je", "j'", "moi", "me", "mon", "ma", "mes", "nous", "notre", "nos"),
    calls_to_action=(
        "il est (?:grand )?temps (?:de|que)", "il faut", "nous devons", "on doit",
        "(?:le gouvernement|la france|l'europe) doit", "ne laissons pas", "réveillons-nous",
        "trop c'est trop",
    ),
    evaluative=(
        "absurde\\w*", "honteu\\w+", "pathétique\\w*", "ridicule\\w*", "scandaleu\\w+",
        "incompétent\\w*", "naï[fv]\\w*", "hypocri\\w+", "irresponsable\\w*", "grotesque\\w*",
        "inadmissible\\w*", "inacceptable\\w*", "aveugle\\w*",
    ),
    calques=(
        # From German: names of national alert levels and emergencies, word for word.
        "situation épidémi(?:que|ologique) d'(?:ampleur|portée|importance|envergure) nationale",
        "niveau d'alarme (?:rouge|orange|jaune)", "niveau d'avertissement (?:un|deux|trois|\\d)", "cas de catastrophe",
        # From German.
        "le jaune de l'œuf", "peindre le diable sur le mur", "rendre plus aiguisé",
        "loi des armes", "pour lui-même", "toute la dureté",
        # From English.
        "faire du sens", "prendre place", "au final de la journée", "supporter (?:le|la|les) (?:gouvernement|projet|candidat)",
        "adresser (?:le|la|les) (?:problème|question)s?", "dormi sur ses oreilles",
    ),
    agreement_errors=(
        "\\bla (?:attaque|arrestation|enquête|explosion|opposition|élection)",
        "\\ble ministre de l'intérieur fédérale",
        "ont été blessé\\b", "sont mort\\b", "(?:de|beaucoup de) (?:Allemands|Américains|Anglais|Espagnols)",
        "\\bdans la (?:Saxe|Thuringe|Bavière)",
    ),
    foreign_function_words=(
        "und", "oder", "aber", "nicht", "der", "die", "das", "dem", "ist",
        "the", "and", "with", "which", "from", "this",
        "los", "las", "pero", "del",
    ),
    headline_claims=(
        HeadlineClaim(
            headline="exécut\\w*|exécution\\w*", support="exécut\\w*|condamn\\w* à mort|pendu\\w*",
            weaker="libér\\w*|relâch\\w*|grâci\\w*|amnistie\\w*",
            note="le titre parle d'exécutions ; le texte de libérations",
        ),
        HeadlineClaim(
            headline="arrêté\\w*|interpellé\\w*|écroué\\w*", support="arrêt\\w*|interpell\\w*|garde à vue|écroué\\w*|mis en examen",
            weaker="entendu\\w* puis relâché\\w*|relâché\\w*|libéré\\w*|remis en liberté|simplement entendu\\w*",
            note="le titre dit arrêté ; le texte dit entendu ou relâché",
        ),
        HeadlineClaim(
            headline="tué\\w*|morts?|décès", support="tué\\w*|morts?|décédé\\w*|bilan|victimes",
            weaker="blessé\\w*",
            note="le titre parle de morts ; le texte de blessés",
        ),
        HeadlineClaim(
            headline="confirm\\w+", support="confirm\\w+",
            weaker="non confirmé\\w*|n'a pas confirmé|démenti\\w*|dément",
            note="le titre dit confirmé ; le texte dit non confirmé ou démenti",
        ),
    ),
)

"""French speech data: quote marks, reporting verbs and the words around speakers."""

from sourcetrace.lang.speech_patterns import (
    AGENCIES,
    ANY_BODY,
    COMPANIES,
    GOVERNMENTS,
    PARTIES,
    SpeechPatterns,
    described,
    verb_forms,
)

#: Regular -er reporting verbs by stem: forms are built as present, participle, imperfect,
#: simple past (the tenses news uses for speech).
_ER_STEMS = (
    "déclar affirm ajout estim expliqu soulign assur indiqu précis annonc rappel confi "
    "lanc insist martel raconte dénonc avou ironis résum tranch insist signal "
    "confirm constat observ not relev témoign comment déplor regrett "
    "pens interrog demand tweet "
).split()

_IRREGULAR = (
    "dire dit disent disait disaient",
    "écrire écrit écrivent écrivait",
    "répondre répond répondu répondent répondait",
    "reconnaître reconnaît reconnait reconnu reconnaissent",
    "admettre admet admis",
    "démentir dément démenti",
    "prévenir prévient prévenu",
    "poursuivre poursuit poursuivi",
    "conclure conclut conclu",
    "avertir avertit averti",
    "soutenir soutient soutenu",
    "maintenir maintient maintenu",
    "promettre promet promis",
    "croire croit cru",
)


def _er_forms(stem: str) -> str:
    stem = stem.rstrip("e")
    return " ".join(stem + end for end in ("er", "e", "ent", "é", "ait", "aient", "a"))


SPEECH = SpeechPatterns(
    quote_pairs=(("«", "»"), ("“", "”"), ('"', '"'), ("‹", "›"), ("‘", "’")),
    mark_families=('“”"',),
    dash_speech=True,
    cue_forms=verb_forms(*(_er_forms(s) for s in _ER_STEMS), *_IRREGULAR),
    cue_lemmas=frozenset(s.rstrip("e") + "er" for s in _ER_STEMS)
    | frozenset(line.split()[0] for line in _IRREGULAR),
    attitude_lemmas=frozenset(
        "espérer craindre prévoir compter souhaiter vouloir redouter".split()
    ),
    prep_cues={"appeler": frozenset({"à"}), "plaider": frozenset({"pour"})},
    stance_lemmas=frozenset(
        "critiquer soutenir saluer défendre rejeter condamner accuser reprocher fustiger "
        "approuver contester".split()
    ),
    naming_lemmas=frozenset({"qualifier", "traiter", "appeler", "surnommer"}),
    nominal_cues=frozenset(
        "déclaration annonce communiqué propos affirmation promesse avertissement "
        "accusation aveu démenti message".split()
    ),
    stance_nouns={"critique": frozenset({"de", "du", "des"}),
                  "condamnation": frozenset({"de", "du", "des"})},
    content_needs_opener=True,
    evidence_verbs=frozenset("montrer révéler indiquer suggérer".split()),
    evidence_nouns=frozenset(
        "sondage enquête étude rapport analyse chiffre donnée document vidéo".split()
    ),
    evidence_preps=frozenset("dans".split()),
    hearsay_adverbs=frozenset("prétendument".split()),
    question_cues=frozenset("demander interroger".split()),
    question_marks=frozenset("si".split()),
    complementizers=frozenset({"que", "qu'", "qu’"}),
    according_before=("selon", "d'après", "d’après", "de source"),
    lead_nouns=frozenset("sondage rapport enquête étude".split()),
    lead_topics=frozenset({"à", "sur"}),
    tail_preps=frozenset({"comme", "pour", "sur", "contre"}),
    relative_pronouns=frozenset("qui lequel laquelle lesquels lesquelles dont".split()),
    pronouns={"il": "m", "elle": "f", "ils": "p", "elles": "p", "lui": "m", "nous": "", "je": ""},
    impersonal_pronouns=frozenset({"on", "l'on", "l’on"}),
    honorifics={
        "m.": "m", "monsieur": "m", "mme": "f", "mme.": "f", "madame": "f", "mlle": "f",
        "me": "", "mgr": "m",
    },
    first_names={
        name: "m" for name in (
            "emmanuel jean pierre gérald gerald françois francois nicolas bruno jean-luc "
            "édouard edouard thierry olivier michel jacques laurent sébastien sebastien "
            "gabriel jordan éric eric lionel manuel bernard philippe"
        ).split()
    } | {
        name: "f" for name in (
            "marine anne ségolène segolene élisabeth elisabeth rachida christiane "
            "valérie valerie nathalie catherine marie sophie isabelle florence "
            "agnès agnes najat aurore amélie"
        ).split()
    },
    role_nouns=frozenset(
        "ministre président présidente porte-parole secrétaire général générale chef "
        "directeur directrice préfet préfète procureur procureure maire député députée "
        "sénateur sénatrice ambassadeur ambassadrice commandant dirigeant dirigeante "
        "responsable premier chancelier chancelière juge professeur professeure".split()
    ),
    source_nouns=frozenset(
        "diplomate diplomates source sources responsable responsables témoin témoins "
        "habitant habitants expert experts analyste analystes proche proches "
        "enquêteur enquêteurs observateur observateurs membre membres haut-fonctionnaire "
        "officier officiers fonctionnaire fonctionnaires".split()
    ),
    holder_nouns=frozenset(
        "électeur partisan opposant militant manifestant habitant citoyen groupe parti comité "
        "conseil tribunal cour agence gouvernement syndicat majorité sondage enquête rapport "
        "étude document".split()
    ),
    indefinites=frozenset("un une des plusieurs certains certaines deux trois".split()),
    media_nouns=frozenset(
        "hebdomadaire quotidien journal magazine agence chaîne radio site".split()
    ),
    wire_agencies=frozenset({"AFP", "l'AFP", "l’AFP", "Reuters", "AP", "dpa", "Belga", "EFE"}),
    phrase_stops=frozenset(
        "à au aux dans lors mardi lundi mercredi jeudi vendredi samedi dimanche qui "
        "hier aujourd'hui en sur après avant pendant devant selon dont lorsque".split()
    ),
    fillers=frozenset(
        "a avait aurait ont avaient ensuite aussi également encore déjà alors "
        "pour sa part quant lui".split()
    ),
    determiners=frozenset(['le', 'la', "l'", 'l’', 'les']),
    name_particles=frozenset(['de', 'du', 'des', "d'", 'd’', 'la', 'le', 'van', 'von', 'al',
                              'ben']),
    body_nouns=(
        described(ANY_BODY, "groupe organisation association collectif coalition réseau "
                  "alliance institut fondation syndicat fédération mouvement")
        | described(AGENCIES, "agence ministère département office autorité service "
                    "commission parquet")
        | described(COMPANIES, "entreprise société firme fournisseur opérateur groupe")
        | described(PARTIES, "parti")
        | described(GOVERNMENTS, "gouvernement")
    ),
    document_nouns=frozenset(
        "rapport rapports étude études communiqué "
        "enquête analyse données chiffres statistiques".split()
    ),
    conjunctions=frozenset({"et"}),
    link_leads=frozenset("lire voir regarder écouter à aussi".split()),
    recipient_preps=frozenset({"à", "au", "aux"}),
    subordinators=frozenset("lorsque quand tandis puisque parce bien quoique".split()),
)

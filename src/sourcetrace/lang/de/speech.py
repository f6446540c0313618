"""German speech data: quote marks, reporting verbs and the words around speakers."""

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

_VERBS = (
    "sagen sagt sagte sagten gesagt",
    "erklären erklärt erklärte erklärten",
    "betonen betont betonte betonten",
    "warnen warnt warnte warnten",
    "mitteilen teilt teilte teilten mitgeteilt",
    "hinzufügen fügt fügte fügten hinzugefügt",
    "berichten berichtet berichtete berichteten",
    "schreiben schreibt schrieb schrieben",
    "meinen meint meinte meinten",
    "ankündigen kündigt kündigte angekündigt",
    "einräumen räumt räumte eingeräumt",
    "bestätigen bestätigt bestätigte bestätigten",
    "fragen fragt fragte fragten",
    "antworten antwortet antwortete antworteten",
    "kritisieren kritisiert kritisierte kritisierten",
    "fordern fordert forderte forderten",
    "behaupten behauptet behauptete behaupteten",
    "versichern versichert versicherte",
    "unterstreichen unterstreicht unterstrich",
    "hervorheben hebt hob hervorgehoben",
    "sprechen spricht sprach",
    "heißen heißt hieß",
    "erläutern erläutert erläuterte",
    "bekräftigen bekräftigt bekräftigte",
    "verkünden verkündet verkündete",
    "zitieren zitiert zitierte",
    "glauben glaubt glaubte",
    "mahnen mahnt mahnte mahnten gemahnt",
    "ergänzen ergänzt ergänzte ergänzten",
    "appellieren appelliert appellierte",
    "erzählen erzählt erzählte erzählten",
)

SPEECH = SpeechPatterns(
    quote_pairs=(("„", "“"), ("»", "«"), ("‚", "‘"), ("›", "‹"), ("“", "”"), ('"', '"')),
    mark_families=('„“"',),
    cue_forms=verb_forms(*_VERBS),
    cue_lemmas=frozenset(line.split()[0] for line in _VERBS),
    postposed_cues=frozenset({"so"}),
    # German has no parse yet: these take effect once one is installed.
    attitude_lemmas=frozenset("hoffen erwarten befürchten planen fürchten".split()),
    stance_lemmas=frozenset(
        "kritisieren unterstützen verteidigen ablehnen verurteilen loben".split()
    ),
    naming_lemmas=frozenset({"nennen", "bezeichnen"}),
    nominal_cues=frozenset("erklärung ankündigung mitteilung aussage äußerung warnung".split()),
    content_needs_opener=True,
    evidence_verbs=frozenset("zeigen".split()),
    evidence_nouns=frozenset(
        "umfrage studie bericht analyse zahl daten dokument video".split()
    ),
    evidence_preps=frozenset("in".split()),
    hearsay_adverbs=frozenset("angeblich".split()),
    question_cues=frozenset("fragen".split()),
    question_marks=frozenset("ob".split()),
    complementizers=frozenset({"dass", "daß"}),
    according_before=("laut", "nach angaben von", "nach angaben", "wie", "gemäß"),
    lead_nouns=frozenset("umfrage bericht studie".split()),
    lead_topics=frozenset({"zu", "über"}),
    according_after=("zufolge", "zu folge"),
    relative_pronouns=frozenset("der die das welcher welche welches".split()),
    pronouns={"er": "m", "sie": "f", "wir": "", "ich": ""},
    impersonal_pronouns=frozenset({"man"}),
    honorifics={"herr": "m", "herrn": "m", "frau": "f", "dr.": "", "prof.": ""},
    first_names={
        name: "m" for name in (
            "olaf boris friedrich markus christian robert karl hans peter thomas wolfgang "
            "frank-walter horst heiko jens armin lars michael gerhard helmut"
        ).split()
    } | {
        name: "f" for name in (
            "angela annalena nancy ursula christine saskia sahra alice svenja julia "
            "katarina franziska claudia andrea"
        ).split()
    },
    role_nouns=frozenset(
        "minister ministerin bundeskanzler kanzler kanzlerin präsident präsidentin "
        "sprecher sprecherin innenminister innenministerin verteidigungsminister "
        "verteidigungsministerin außenminister außenministerin chef chefin leiter "
        "leiterin generalinspekteur general botschafter botschafterin bürgermeister "
        "bürgermeisterin staatsanwalt staatsanwältin vorsitzende vorsitzender".split()
    ),
    source_nouns=frozenset(
        "diplomat diplomaten quelle quellen sprecher sprecherin insider experte experten "
        "beobachter zeuge zeugen anwohner beamter beamte mitarbeiter kreise".split()
    ),
    indefinites=frozenset("ein eine einer einem mehrere zwei drei".split()),
    media_nouns=frozenset(
        "wochenzeitung zeitung nachrichtenmagazin magazin nachrichtenagentur agentur "
        "sender blatt".split()
    ),
    wire_agencies=frozenset({"AFP", "Reuters", "dpa", "AP", "epd", "KNA"}),
    phrase_stops=frozenset(
        "am im in bei nach vor auf gegenüber mit montag dienstag mittwoch donnerstag "
        "freitag samstag sonntag der die das zufolge".split()
    )
    - frozenset({"der", "die", "das"}),
    fillers=frozenset("auch zudem außerdem noch bereits hat habe".split()),
    determiners=frozenset(['der', 'die', 'das', 'dem', 'den', 'des']),
    name_particles=frozenset(['von', 'van', 'de', 'zu', 'der', 'des', 'für']),
    compound_nouns=True,
    body_nouns=(
        described(ANY_BODY, "gruppe organisation verband vereinigung bündnis netzwerk "
                  "allianz institut stiftung gewerkschaft bewegung")
        | described(AGENCIES, "behörde ministerium amt agentur kommission "
                    "staatsanwaltschaft")
        | described(COMPANIES, "unternehmen firma konzern lieferant betreiber")
        | described(PARTIES, "partei")
        | described(GOVERNMENTS, "regierung bundesregierung")
    ),
    document_nouns=frozenset("bericht studie mitteilung umfrage analyse daten zahlen".split()),
    conjunctions=frozenset({"und"}),
    link_leads=frozenset("lesen sie mehr siehe auch hören video".split()),
    verb_second=True,
    # Konjunktiv I, third person: only forms unlike the indicative ("sei", not "seien"
    # alone for plural verbs, which equal the indicative except for "sein").
    reported_mood=frozenset(
        "sei seien habe werde könne müsse dürfe solle wolle möge wisse gebe gehe stehe "
        "liege bleibe komme gelte handle handele fehle brauche lasse sehe mache zeige "
        "führe hänge schütze bewege weigere trage nehme halte finde spiele arbeite plane "
        "wachse steige sinke drohe erwarte verfüge bestehe entstehe beginne lebe helfe "
        "leide treffe denke glaube wünsche lehne unterstütze kenne teile verlange fordere "
        "erkläre betreffe reiche diene stimme bringe schaffe sorge setze suche".split()
    ),
    subordinators=frozenset("während als nachdem weil wenn obwohl bevor seit sobald falls".split()),
)

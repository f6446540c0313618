"""English speech data: quote marks, reporting verbs and the words around speakers."""

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
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "warn warns warned warning",
    "claim claims claimed claiming",
    "state states stated",
    "declare declares declared",
    "announce announces announced",
    "insist insists insisted",
    "argue argues argued arguing",
    "explain explains explained",
    "note notes noted",
    "write writes wrote written",
    "report reports reported",
    "reply replies replied",
    "ask asks asked",
    "respond responds responded",
    "acknowledge acknowledges acknowledged",
    "admit admits admitted",
    "deny denies denied",
    "suggest suggests suggested",
    "predict predicts predicted",
    "confirm confirms confirmed",
    "stress stresses stressed",
    "emphasize emphasizes emphasized emphasise emphasises emphasised",
    "recall recalls recalled",
    "continue continues continued",
    "tweet tweets tweeted",
    "allege alleges alleged",
    "contend contends contended",
    "believe believes believed",
    "think thinks thought",
    "predict predicts predicted",
    "promise promises promised",
    "vow vows vowed",
    "urge urges urged",
    "concede concedes conceded",
    "complain complains complained",
    "charge charges charged",
    "maintain maintains maintained",
    "assert asserts asserted",
    "observe observes observed",
    "caution cautions cautioned",
    "joke jokes joked",
    "quip quips quipped",
    "shout shouts shouted",
    "reveal reveals revealed",
    "indicate indicates indicated",
    "signal signals signaled signalled",
    "estimate estimates estimated",
    "testify testifies testified",
    "talk talks talked talking",
    "speak speaks spoke spoken speaking",
    "remind reminds reminded reminding",
    "retort retorts retorted",
    "counter counters countered",
    "boast boasts boasted",
    "brag brags bragged",
    "recount recounts recounted",
    "clarify clarifies clarified",
    "disclose discloses disclosed",
    "whisper whispers whispered",
    "yell yells yelled",
)

#: Belief and intention verbs: their clause or infinitive is the content ("expects
#: that …", "plans to …"); cues through the parse only (see SpeechPatterns).
_ATTITUDE = (
    "expect expects expected expecting",
    "hope hopes hoped hoping",
    "fear fears feared fearing",
    "plan plans planned planning",
    "intend intends intended",
    "doubt doubts doubted",
    "worry worries worried",
    "show shows showed shown showing",
    "find finds found",
    "agree agrees agreed",
    "imply implies implied",
    "pledge pledges pledged",
    "threaten threatens threatened",
    "want wants wanted wanting",
    "know knows knew known",
    "seek seeks sought seeking",
    "decline declines declined",
    "conclude concludes concluded",
)

#: Stance verbs: a noun-phrase object is content too ("criticized [the plan]").
_STANCE = (
    "support supports supported supporting",
    "oppose opposes opposed opposing",
    "endorse endorses endorsed endorsing",
    "criticize criticizes criticized criticizing criticise criticises criticised",
    "praise praises praised praising",
    "condemn condemns condemned",
    "blame blames blamed",
    "accuse accuses accused accusing",
    "defend defends defended defending",
    "reject rejects rejected rejecting",
    "dismiss dismisses dismissed",
    "tout touts touted touting",
    "propose proposes proposed proposing",
    "cite cites cited citing",
    "mock mocks mocked",
    "demand demands demanded",
    "recommend recommends recommended",
    "describe describes described describing",
    "discuss discusses discussed",
    "question questions questioned",
    # Speech verbs whose object is what was said too ("stressed [the risks]").
    "stress stresses stressed stressing",
    "announce announces announced announcing",
    "highlight highlights highlighted highlighting",
    "reiterate reiterates reiterated reiterating",
    "urge urges urged urging",
    # Stances taken in public ("denounced [the plan]", "backed [the governor]").
    "denounce denounces denounced denouncing",
    "attack attacks attacked attacking",
    "back backs backed backing",
    "applaud applauds applauded applauding",
    "slam slams slammed slamming",
    "blast blasts blasted blasting",
    "hail hails hailed hailing",
    "welcome welcomes welcomed welcoming",
    "decry decries decried decrying",
    "lament laments lamented lamenting",
    "bemoan bemoans bemoaned bemoaning",
    "embrace embraces embraced embracing",
    "champion champions championed championing",
    "favor favors favored favoring favour favours favoured favouring",
    "prefer prefers preferred preferring",
    "disavow disavows disavowed disavowing",
    "repudiate repudiates repudiated repudiating",
    "acknowledge acknowledges acknowledged acknowledging",
    # Speech verbs whose noun-phrase object is what was said ("confirmed [the meeting]").
    "confirm confirms confirmed confirming",
    "deny denies denied denying",
    "admit admits admitted admitting",
    "reveal reveals revealed revealing",
    "declare declares declared declaring",
    "mention mentions mentioned mentioning",
    "repeat repeats repeated repeating",
    "predict predicts predicted predicting",
    "promise promises promised promising",
)

SPEECH = SpeechPatterns(
    quote_pairs=(("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("‹", "›")),
    mark_families=('“”"',),
    cue_forms=verb_forms(*_VERBS),
    cue_lemmas=frozenset(line.split()[0] for line in _VERBS),
    attitude_lemmas=frozenset(line.split()[0] for line in _ATTITUDE),
    stance_lemmas=frozenset(line.split()[0] for line in _STANCE),
    attitude_forms=verb_forms(*_ATTITUDE),
    stance_forms=verb_forms(*_STANCE),
    content_preps=frozenset({"about", "for", "against", "of"}),
    tail_preps=frozenset({"as", "for", "on", "over", "of", "about", "against", "into", "to"}),
    prep_cues={
        "refer": frozenset({"to"}), "call": frozenset({"for"}), "point": frozenset({"to"}),
        "push": frozenset({"for"}), "argue": frozenset({"for", "against"}),
        "reminisce": frozenset({"about"}), "comment": frozenset({"on"}),
        "apologize": frozenset({"for"}),
        "apologise": frozenset({"for"}), "weigh": frozenset({"in"}),
        "campaign": frozenset({"for", "against"}),
        "advocate": frozenset({"for"}), "rail": frozenset({"against"}), "lash": frozenset({"out"}),
        "speak": frozenset({"about", "against"}), "warn": frozenset({"of", "about", "against"}),
    },
    naming_lemmas=frozenset({"call", "label", "dub", "brand", "term", "name"}),
    nominal_cues=frozenset(
        "statement announcement remark remarks comment comments claim claims assertion "
        "promise pledge warning argument suggestion allegation allegations belief view "
        "insistence prediction vow threat accusation admission denial message".split()
    ),
    # Only nouns whose object is nearly always what the holder said or held (measured on
    # PolNeAR train: "support for", "opposition to", "attacks on" mostly are not).
    stance_nouns={
        "criticism": frozenset({"of"}), "endorsement": frozenset({"of"}),
        "condemnation": frozenset({"of"}),
    },
    evidence_verbs=frozenset("show find reveal suggest indicate".split()),
    evidence_nouns=frozenset(
        "poll survey study report analysis data figure record document video review audit "
        "research count tally".split()
    ),
    evidence_preps=frozenset("in".split()),
    hearsay_adverbs=frozenset("reportedly allegedly purportedly reputedly".split()),
    question_cues=frozenset("ask wonder inquire question".split()),
    question_marks=frozenset("if whether".split()),
    complementizers=frozenset({"that"}),
    according_before=("according to",),
    lead_nouns=frozenset(
        "poll polls survey report study newspaper officials sources experts".split()
    ),
    lead_topics=frozenset({"to", "on"}),
    not_content_after=frozenset({"to", "with"}),
    # "" is the first person: the speaker's own voice, kept as written.
    relative_pronouns=frozenset("who which".split()),
    pronouns={"he": "m", "she": "f", "they": "p", "we": "", "i": "", "it": "n",
              "his": "m", "her": "f", "their": "p"},
    recipient_cues=frozenset(
        "tell tells told telling ask asks asked asking remind reminds reminded reminding "
        "assure assures assured inform informs informed urge urges urged brief briefs "
        "briefed warn warns warned".split()
    ),
    honorifics={
        "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
        "sir": "m", "lord": "m", "lady": "f", "dame": "f",
    },
    first_names={
        name: "m" for name in (
            "james john robert michael david william richard joseph thomas charles donald "
            "mike barack joe bernie ted boris olaf emmanuel vladimir keir rishi mark paul "
            "peter george jeb marco chris tim ben bill hillary"
        ).split() if name not in {"hillary"}
    } | {
        name: "f" for name in (
            "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen "
            "hillary nancy angela theresa ursula kamala melania ivanka priti suella yvette "
            "annalena kellyanne sarah carly michelle jill marine chelsea"
        ).split()
    },
    role_nouns=frozenset(
        "minister secretary president spokesman spokeswoman spokesperson chancellor "
        "governor mayor senator general commander chief director head prosecutor "
        "ambassador envoy chairman chairwoman chair leader premier king queen prince "
        "candidate nominee adviser advisor aide official officer judge sheriff".split()
    ),
    source_nouns=frozenset(
        "diplomat diplomats official officials source sources spokesman spokeswoman "
        "spokesperson witness witnesses resident residents analyst analysts expert experts "
        "officer officers person people aide aides insider insiders member members "
        "investigator investigators observer observers critics critic supporters".split()
    ),
    holder_nouns=frozenset(
        "voter supporter opponent donor activist protester participant resident citizen "
        "woman man worker advocate actor lawmaker legislator delegate campaign group "
        "organization organisation committee council board court panel agency authority "
        "administration government party union coalition majority minority half third "
        "quarter dozen poll survey report study analysis record document data memo letter "
        "filing lawsuit audit review".split()
    ),
    indefinites=frozenset("a an one some several two three many other others another".split()),
    media_nouns=frozenset(
        "weekly daily newspaper paper magazine agency broadcaster channel network "
        "tabloid outlet station website".split()
    ),
    wire_agencies=frozenset({"AFP", "Reuters", "AP", "Associated Press", "dpa", "EFE", "ANSA",
                             "Bloomberg"}),
    phrase_stops=frozenset(
        "on in at to who which during after before yesterday today tonight late earlier "
        "last this while when as adding told that monday tuesday wednesday thursday friday "
        "saturday sunday with via for".split()
    ),
    fillers=frozenset(
        "also has have had later then previously once again further separately simply "
        "was were is would will could may might had has already repeatedly publicly "
        "recently even just never did does not".split()
    ),
    determiners=frozenset(['the']),
    name_particles=frozenset(['of', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del', 'der']),
    body_nouns=(
        described(ANY_BODY, "group organisation organization body association coalition "
                  "network alliance institute foundation union federation movement")
        | described(AGENCIES, "agency ministry department office authority regulator "
                    "bureau service commission watchdog")
        | described(COMPANIES, "company firm supplier provider manufacturer operator "
                    "corporation")
        | described(PARTIES, "party")
        | described(GOVERNMENTS, "government")
    ),
    document_nouns=frozenset(
        "report reports study studies statement "
        "survey analysis audit data figures statistics".split()
    ),
    conjunctions=frozenset({"and"}),
    link_leads=frozenset("read watch see listen related more also".split()),
    recipient_preps=frozenset({"to"}),
)

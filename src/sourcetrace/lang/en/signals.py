"""English signal data: loaded words, persuasion cues, hedges, calques (see ``signal_lexicon``)."""

# Lexicon entries are whole phrases; typographic quotes and dashes are part of them.
# ruff: noqa: E501

from sourcetrace.lang.signal_lexicon import HeadlineClaim, SignalLexicon

__all__ = ["SIGNALS"]

SIGNALS = SignalLexicon(    loaded=(
        "carnage", "slaughter\\w*", "butcher\\w*", "horror\\w*", "horrific",
        "atrocit\\w+", "bloodbath", "rampage", "savage\\w*", "barbar\\w+", "monstrous",
        "evil", "sickening", "disgusting", "outrage\\w*", "scandal\\w*", "shocking",
        "terrif\\w+", "nightmare", "catastroph\\w+", "disaster\\w*", "chaos", "chaotic",
        "crisis", "invasion", "invaders?", "swarm\\w*", "flood(?:ed|ing)? of", "hordes?",
        "betray\\w*", "cowardly", "cowards?", "humiliat\\w+", "disgrace\\w*", "shameful",
        "ruthless", "vile", "heinous", "brutal\\w*", "bloody", "exposed", "slammed",
        "blasted", "destroy(?:ed|s)?", "cover-up", "radicali[sz]ed",
        "corrupt\\w*", "lies", "lying", "liars?", "hoax\\w*", "sham", "radical\\w*", "fraud\\w*", "criminal\\w*", "tyrann\\w+", "draconian", "hysteri\\w+", "insan\\w+", "crazy", "ridiculous", "absurd\\w*", "pathetic", "disgrac\\w+", "despicable", "deplorable\\w*", "egregious", "blatant\\w*", "brazen\\w*", "sinister", "nefarious", "vicious\\w*", "horrendous", "appalling", "fiasco", "debacle", "meltdown", "firestorm", "bombshell", "explosive", "witch hunt", "smear\\w*", "propaganda", "indoctrinat\\w+", "censor\\w*", "assault on", "war on", "weaponi[sz]\\w+", "destructive", "devastat\\w+", "terror\\w*", "killer\\w*", "murder\\w*", "deadly", "unhinged", "rabid", "toxic",
    ),
    name_calling=(
        "thugs?", "traitors?", "crooks?", "puppets?", "lunatics?", "extremists?",
        "fanatics?", "zealots?", "elites?", "cronies",
        "apologists?", "propagandists?", "warmongers?", "snowflakes?", "so-called",
        "self-styled", "self-proclaimed", "useful idiots?",
        "radical (?:left|right|islam\\w*|democrats?|republicans?)", "leftists?", "liberals?", "progressives?", "socialists?", "communists?", "marxists?", "fascists?", "racists?", "bigots?", "xenophob\\w+", "islamophob\\w+", "jihadists?", "deep state", "msm", "fake news", "rinos?", "never-trumpers?", "dictator\\w*", "tyrants?", "despots?", "demagogues?", "hypocrites?", "liars?", "morons?", "clowns?", "losers?", "cult", "mob", "radicals?", "anti-\\w+", "pro-\\w+ (?:activists?|groups?|lobby)", "big pharma", "big tech", "open borders", "hate group", "hate speech",
    ),
    exaggeration=(
        "unprecedented", "never before", "worst (?:ever|in history)", "of all time",
        "biggest ever", "the (?:greatest|worst) \\w+ (?:ever|in history)", "totally",
        "completely", "absolutely", "nobody",
        "all of them", "only a handful",
        "a mere", "millions of", "countless", "endless",
        "massive\\w*", "enormous", "unbelievabl[ey]", "staggering", "stunning", "astonishing", "all-out", "full-blown", "at all", "the most \\w+",
    ),
    doubt=(
        "so-called", "dubious", "questionable",
        "can (?:we|you) (?:really )?(?:trust|believe)", "is (?:he|she|it|this) really",
        "claims? to be", "what (?:are|is) (?:they|he|she) hiding", "who (?:really )?benefits",
        "questions remain",
        "really\\?", "purported\\w*", "so-called", "questions? (?:remain|about|over|whether)", "no evidence", "without evidence", "unproven", "debunked", "baseless", "suspicious\\w*", "conveniently", "official (?:story|narrative|version)", "narrative",
    ),
    fear=(
        "threat to (?:our|the) \\w+", "before it'?s too late", "menace",
        "will (?:destroy|wipe out|overrun)", "at risk", "time bomb", "ticking bomb",
        "under (?:attack|siege)", "could be next", "no one is safe", "terrif\\w+", "fear\\w*",
        "epidemic", "pandemic", "deadly", "lethal", "surge",
    ),
    flag_waving=(
        "our (?:nation|country|people|values|way of life|borders|heritage|flag)",
        "true (?:patriots?|americans?|britons?)", "patriot\\w*", "the homeland",
        "as (?:americans|britons|a nation)", "national pride", "our children",
        "america first", "american people", "our (?:troops|military|constitution|republic|democracy|freedom)", "great nation", "patriotic", "un-american", "god bless",
    ),
    causal=(
        "all because of", "the (?:only |real |simple )?reason (?:is|was) (?:simple|that)",
        "(?:is|are) (?:solely |entirely )?to blame for", "(?:is|are) the (?:sole|only|real) cause",
        "the direct result of", "this is what happens when",
        "it all (?:started|began) (?:with|when)",
    ),
    whataboutism=(
        "what about", "but what of", "where (?:was|were) the outrage", "and yet nobody",
        "nobody (?:said|says) anything when", "funny how", "while ignoring",
    ),
    reputation=(
        "discredited",
        "scandal-plagued", "has a (?:long )?(?:history|track record) of",
        "out of touch", "clueless", "spineless",
    ),
    authority=(
        "experts? (?:say|said|agree|warn|believe)", "according to (?:experts?|scientists|researchers|doctors|studies|a study)",
        "scientists (?:say|said|agree|warn|believe|found)", "studies (?:show|have shown|suggest)",
        "a (?:new )?study (?:shows|showed|found|finds)", "research (?:shows|has shown)", "the science",
        "doctors (?:say|said|warn)",
        "the experts?",
    ),
    popularity=(
        "(?:most|many|millions of) (?:americans|people|voters|citizens) (?:believe|think|agree|want|support)",
        "the (?:vast )?majority of (?:americans|people|voters)", "everyone (?:agrees|knows)",
        "more and more (?:people|americans)", "a growing number of", "polls? (?:show|shows|found)",
        "the american people (?:want|know|are)",
    ),
    values=(
        "religious freedom",
        "rule of law", "family values",
        "christian values",
    ),
    hypocrisy=(
        "double standards?", "the same (?:people|ones) who", "practice what (?:they|he|she) preach",
        "do as i say", "while (?:he|she|they) (?:himself|herself|themselves)", "yet (?:he|she|they) (?:himself|herself|themselves)",
    ),
    association=(
        "like (?:the )?nazis", "like hitler", "stalin\\w*", "soviet-style",
        "orwellian", "gestapo", "kkk", "jim crow", "mao\\w*", "communist china", "taliban-style",
        "third reich",
    ),
    consequential=(
        "will (?:inevitably|surely|ultimately) lead to", "slippery slope", "next thing you know",
        "this is (?:just|only) the beginning", "opens? the door to", "paves? the way for",
        "where does it end", "what'?s next",
    ),
    dilemma=(
        "there is no (?:other )?(?:alternative|choice)", "the only (?:option|solution|way)",
        "you'?re either with us", "no middle ground", "no other choice",
    ),
    killer=(
        "period\\.", "end of story", "it is what it is", "that'?s (?:just )?the way it is",
        "case closed", "end of discussion", "nothing more to say", "get over it", "move on",
        "the science is settled", "let'?s be honest", "at the end of the day",
    ),
    time_pressure=(
        "now or never", "time is running out", "the clock is ticking", "before it'?s too late",
        "act now", "no time to (?:lose|waste)", "last chance",
    ),
    slogans=(
        "make \\w+ great again", "build the wall", "lock (?:her|him|them) up",
        "enough is enough", "no surrender", "not in my name", "take back control",
        "wake up", "stop the steal", "drain the swamp",
    ),
    hedges=(
        "may", "might", "could", "possibly", "perhaps", "reportedly", "apparently",
        "allegedly", "it (?:is|was) (?:unclear|not clear)", "appears? to", "seems? to",
        "suggests?", "likely", "unlikely", "probably", "it is thought",
        "(?:is|are|was|were) believed to", "unconfirmed",
    ),
    certainty=(
        "clearly", "obviously", "undoubtedly", "undeniabl[ey]", "certainly", "definitely",
        "without (?:a |any )?doubt", "of course", "in fact", "the truth is", "make no mistake",
        "beyond (?:any |all )?doubt", "proves?", "proven",
    ),
    unverifiable_certainty=(
        "there (?:can be|is) no doubt (?:that|whatsoever)", "everyone knows", "everybody knows",
        "it is (?:obvious|clear|a fact) (?:to everyone )?that", "no one (?:can|could) (?:deny|doubt)",
        "nobody (?:can|could) (?:deny|doubt)", "make no mistake", "the truth is",
        "there is no question that", "we all know",
    ),
    anonymous_sources=(
        "(?:a |one )?(?:senior |security |government |intelligence |police |military )?"
        "(?:sources?|officials?|insiders?|diplomats?) (?:said|say|told|says|close to)",
        "according to (?:a |one |several )?(?:sources?|officials?|insiders?|reports?)",
        "(?:who|which) (?:spoke|asked) (?:on condition of|not to be) (?:anonymity|named|identified)",
        "sources? close to", "people familiar with", "speaking on condition of anonymity",
        "unnamed (?:sources?|officials?)", "it is (?:said|understood|reported) that",
    ),
    attribution_cues=(
        "according to", "reported", "reports?", "told", "said", "says", "stated",
        "announced", "confirmed", "figures? from", "data from", "estimates?", "statistics",
        "census", "survey", "study", "poll", "citing", "cited", "quoted",
    ),
    first_person=("i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"),
    calls_to_action=(
        "it is (?:high )?time (?:for|to)", "we (?:must|need to|have to|should)",
        "(?:they|the government|europe|the west) must", "enough is enough", "wake up",
        "we cannot (?:allow|let|afford)", "let us", "let's",
    ),
    evaluative=(
        "absurd", "shameful", "disgraceful", "pathetic", "ridiculous", "outrageous",
        "incompetent", "naive", "hypocri\\w+", "irresponsible", "reckless", "grotesque",
        "laughable", "scandalous", "unacceptable", "insane",
    ),
    calques=(
        # From German: names of national alert levels and emergencies, word for word.
        "(?:epidemic|epidemiological) (?:situation|position|location) of national (?:scope|significance|importance|reach|tragedy)",
        "alarm level (?:red|orange|yellow)", "warning level (?:one|two|three|\\d)", "disaster case",
        # From German.
        "not the yellow (?:of|from) the egg", "paint the devil on the wall",
        "put the cart in the dirt", "the time ran off", "with all hardness",
        "weapon right", "sits in investigation custody", "act-suspicious",
        "humans (?:had |have )?(?:died|were)", "warns? before",
        # From French.
        "it is question of", "in the frame of", "since (?:two|three|four|five|\\d+) (?:days|weeks|months|years)",
        "salutes? the end", "calls? to (?:peaceful|the calm)", "make the point on",
        "at the level of the", "sleep on (?:their|its|his|her) ears",
        # From Spanish.
        "gives? fear", "millions of euros for", "to the (?:less|fewer)",
    ),
    agreement_errors=(
        "(?:these|those|many|several|two|three) (?:information|advice|equipment|evidence)",
        "an? (?:informations|advices|equipments|evidences|researches)",
        "(?:chancellor|prime minister|minister) [A-Z]\\w+ [A-Z]\\w+ (?:\\([A-Z]+\\) )?"
        "(?:had|has|is|was) (?:visited|said|announced)[^.]{0,80}\\. (?:She|He) said",
        "the city will not let take",
        "\\d+-years-old",
    ),
    foreign_function_words=(
        "und", "oder", "aber", "nicht", "der", "das", "dem", "ein", "eine", "ist",
        "le", "les", "une", "est", "avec", "dans", "mais", "aussi",
        "el", "los", "las", "una", "pero", "del",
    ),
    translated_order=(
        "(?:said|says|stressed|explained|added|announced|demanded) (?:[A-Z][\\w'’-]+ ){1,2}\\((?:CDU|CSU|SPD|FDP|AfD|ÖVP|FPÖ|SPÖ|NEOS|SVP|Greens|Left|Linke|Grüne|BSW)\\)",
    ),
    headline_claims=(
        HeadlineClaim(
            headline="execut(?:e|es|ed|ion|ions)", support="execut\\w*|death sentences?|hang(?:ed|ing)",
            weaker="free|freed|releas\\w*|pardon\\w*|amnesty",
            note="the headline speaks of executions; the body of releases",
        ),
        HeadlineClaim(
            headline="arrest(?:ed|s)?|detained|held", support="arrest\\w*|detain\\w*|in custody|remanded",
            weaker="questioned and released|released without charge|not (?:been )?arrested|released|questioned|allowed to go home|let go",
            note="the headline says arrested; the body says questioned or released",
        ),
        HeadlineClaim(
            headline="killed|dead|deaths?", support="killed|dead|died|deaths?|bodies|toll",
            weaker="injured|wounded|hurt",
            note="the headline speaks of deaths; the body of injuries",
        ),
        HeadlineClaim(
            headline="confirm(?:s|ed)", support="confirm\\w*",
            weaker="unconfirmed|could not (?:be )?confirm\\w*|denied|declined to confirm",
            note="the headline says confirmed; the body says unconfirmed or denied",
        ),
        HeadlineClaim(
            headline="charged", support="charged|indicted",
            weaker="not (?:been )?charged|without charge|no charges",
            note="the headline says charged; the body says no charge",
        ),
        HeadlineClaim(
            headline="caught|captured", support="caught|captured|arrest\\w*|detain\\w*",
            weaker="still at large|on the run|being sought|manhunt",
            note="the headline says caught; the body says still sought",
        ),
    ),
)

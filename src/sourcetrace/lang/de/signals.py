"""German signal data: loaded words, persuasion cues, hedges (see ``signal_lexicon``)."""

# Lexicon entries are whole phrases; typographic quotes and dashes are part of them.
# ruff: noqa: E501

from sourcetrace.lang.signal_lexicon import HeadlineClaim, SignalLexicon

__all__ = ["SIGNALS"]

SIGNALS = SignalLexicon(
    loaded=(
        "gemetzel", "blutbad", "massaker", "horror\\w*", "grauen\\w*", "grausam\\w*",
        "bestialisch\\w*", "barbar\\w+", "skandal\\w*", "schande", "schändlich\\w*",
        "katastroph\\w+", "chaos", "invasion", "flut", "horden?", "verrat\\w*", "feige\\w*",
        "ungeheuerlich\\w*", "entsetzlich\\w*", "abscheulich\\w*", "staatsversagen",
    ),
    name_calling=(
        "verräter\\w*", "schläger\\w*", "fanatiker\\w*", "extremisten", "marionetten?",
        "gutmenschen?", "regime", "sogenannte\\w*", "selbsternannte\\w*", "lügenpresse",
        "altparteien", "eliten?",
    ),
    exaggeration=(
        "beispiellos\\w*", "noch nie", "so schlimm wie nie", "völlig", "total",
        "absolut", "alle", "niemand", "immer", "nie", "lediglich", "bloß", "nur ein paar",
        "unzählige\\w*", "millionen von",
    ),
    doubt=(
        "sogenannte\\w*", "angeblich\\w*", "fragwürdig\\w*", "zweifelhaft\\w*",
        "kann man (?:dem|ihm|ihr|ihnen) (?:noch )?(?:glauben|trauen)", "was verschweig\\w+",
        "wem nützt",
    ),
    fear=(
        "bedrohung für unser\\w*", "bevor es zu spät ist", "gefahr\\w*", "zeitbombe",
        "niemand ist (?:mehr )?sicher", "angst\\w*",
    ),
    flag_waving=(
        "unser\\w* (?:land|volk|heimat|werte|nation|kinder)", "patriot\\w*", "vaterland\\w*",
        "nationalstolz",
    ),
    causal=(
        "alles wegen", "der (?:einzige |wahre )?grund ist (?:einfach|dass)",
        "(?:ist|sind) (?:allein )?schuld (?:an|daran)", "die direkte folge",
        "das passiert, wenn",
    ),
    whataboutism=("und was ist mit", "wo war die empörung", "aber niemand (?:sagt|sagte)"),
    slogans=("wir schaffen das", "genug ist genug", "wir sind das volk", "wacht auf"),
    hedges=(
        "könnte\\w*", "möglicherweise", "vielleicht", "offenbar", "anscheinend",
        "scheint\\w*", "vermutlich", "wahrscheinlich", "angeblich", "soll(?:en)?",
        "unbestätigt\\w*",
    ),
    certainty=(
        "eindeutig", "offensichtlich", "zweifellos", "selbstverständlich", "natürlich",
        "in wahrheit", "tatsächlich", "beweis\\w*", "unbestreitbar\\w*",
    ),
    unverifiable_certainty=(
        "es (?:gibt|besteht) keinen zweifel", "jeder weiß", "niemand kann (?:leugnen|bestreiten)",
        "es ist (?:offensichtlich|klar), dass", "die wahrheit ist",
    ),
    anonymous_sources=(
        "(?:aus )?(?:sicherheits|regierungs|ermittler)?kreisen", "informierte\\w* kreise",
        "nach (?:informationen|angaben) (?:aus|von) \\w+kreisen", "ein(?:e)? (?:hochrangige\\w* )?(?:quelle|beamte\\w*|insider)",
        "unter der bedingung der anonymität", "der namentlich nicht genannt werden wollte",
    ),
    attribution_cues=(
        "laut", "zufolge", "nach angaben", "sagte", "erklärte", "teilte mit", "berichtete\\w*",
        "bestätigte\\w*", "zitiert", "statistik\\w*", "umfrage", "studie", "schätzung\\w*",
    ),
    first_person=("ich", "mich", "mir", "mein\\w*", "wir", "uns", "unser\\w*"),
    calls_to_action=(
        "es ist (?:höchste )?zeit", "wir müssen", "(?:die regierung|deutschland|europa) muss",
        "lasst uns", "wir dürfen nicht (?:zulassen|länger)",
    ),
    evaluative=(
        "absurd\\w*", "beschämend\\w*", "lächerlich\\w*", "skandalös\\w*", "inkompetent\\w*",
        "naiv\\w*", "heuchler\\w*", "unverantwortlich\\w*", "unerträglich\\w*", "inakzeptabel\\w*",
    ),
    calques=("macht sinn", "am ende des tages", "einen unterschied machen"),
    agreement_errors=(),
    foreign_function_words=("the", "and", "with", "which", "les", "avec", "dans", "los", "pero"),
    headline_claims=(
        HeadlineClaim(
            headline="festgenommen|verhaftet", support="festgenommen|verhaftet|festnahme|untersuchungshaft|in gewahrsam",
            weaker="befragt und (?:wieder )?(?:freigelassen|entlassen)|wieder auf freiem fuß|freigelassen",
            note="die Überschrift sagt festgenommen; der Text sagt befragt oder freigelassen",
        ),
        HeadlineClaim(
            headline="getötet|tote?", support="getötet|tote?|starben|ums leben",
            weaker="verletzt\\w*",
            note="die Überschrift spricht von Toten; der Text von Verletzten",
        ),
    ),
)

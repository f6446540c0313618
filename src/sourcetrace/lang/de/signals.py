"""German signal data: loaded words, persuasion cues, hedges (see ``signal_lexicon``)."""

# Lexicon entries are whole phrases; typographic quotes and dashes are part of them.
# ruff: noqa: E501

from sourcetrace.lang.signal_lexicon import HeadlineClaim, SignalLexicon

__all__ = ["SIGNALS"]

SIGNALS = SignalLexicon(    loaded=(
        "gemetzel", "blutbad", "massaker", "horror\\w*", "grauen\\w*", "grausam\\w*",
        "bestialisch\\w*", "barbar\\w+", "skandal\\w*", "schande", "schändlich\\w*",
        "katastroph\\w+", "chaos", "invasion", "flut", "horden?", "feige\\w*",
        "ungeheuerlich\\w*", "entsetzlich\\w*", "abscheulich\\w*", "staatsversagen",
        "korrupt\\w*", "korruption", "wahnsinn\\w*", "irrsinn\\w*", "hetze\\w*", "hetzt",
        "panikmache\\w*", "lüge\\w*", "verlogen\\w*", "dreist\\w*", "zerstör\\w*",
        "ausbeut\\w*", "unterwürfig\\w*", "sklavisch\\w*", "brutal\\w*",
        "desaströs\\w*", "fatal\\w*", "verheerend\\w*", "wahnwitzig\\w*", "absurd\\w*",
        "lächerlich\\w*", "erbärmlich\\w*", "perfide\\w*", "kriegstreiberei", "kriegshetze",
        "zensur", "gleichschaltung", "bevormund\\w*", "diktat\\w*", "terror\\w*",
        "verbrechen", "verbrecherisch\\w*", "hysterisch\\w*",
    ),
    name_calling=(
        "verräter\\w*", "schläger\\w*", "fanatiker\\w*", "extremisten", "marionetten?",
        "gutmenschen?", "regime", "sogenannte\\w*", "selbsternannte\\w*", "lügenpresse",
        "altparteien", "eliten?",
        "diktator\\w*", "kriegstreiber\\w*", "faschist\\w*", "nazis?", "neonazis?",
        "rechtsextrem\\w*", "linksextrem\\w*", "rechtsradikal\\w*", "linksradikal\\w*",
        "globalist\\w*", "oligarch\\w*", "propagandist\\w*", "propaganda\\w*",
        "mainstream\\w*", "systemmedien", "staatsfunk", "ideolog\\w*", "lügner\\w*",
        "verschwörungstheoretiker\\w*", "schwurbler\\w*", "querdenker\\w*",
        "putin-versteher\\w*", "kriegsverbrecher\\w*", "terroristen", "imperialis\\w*",
        "kolonial\\w*", "marxist\\w*", "kommunist\\w*", "sozialist\\w*", "populist\\w*",
        "totalitär\\w*", "autokrat\\w*", "despot\\w*", "machthaber\\w*", "handlanger\\w*",
        "vasall\\w*", "junta", "clique", "kartell", "woke\\w*", "gender\\w*",
        "globalismus", "liberalismus", "kapitalismus", "neoliberal\\w*", "agenda 2030",
        "great reset", "pharma\\w*", "big tech", "establishment", "nomenklatura",
        "marionett\\w*", "hegemon\\w*", "imperium", "bürokrat\\w*", "technokrat\\w*", "lobbyist\\w*", "impfgegner\\w*", "leugner\\w*", "klimakleber\\w*", "gutmensch\\w*", "besserwisser\\w*", "versager\\w*", "wendehals\\w*", "staatsmedien", "hofberichterstatt\\w*", "extremist\\w*", "radikale\\w*", "islamist\\w*", "dschihadist\\w*", "terrorist\\w*", "separatist\\w*", "nationalist\\w*", "chauvinist\\w*", "rassist\\w*", "antisemit\\w*", "russland-versteher\\w*", "putinist\\w*", "transatlantiker\\w*", "neocons?", "neokonservativ\\w*", "kapitalist\\w*", "bonzen?", "plutokrat\\w*", "ampel-\\w+", "kiewer regime", "kriegspartei\\w*", "kriegsfalken", "falken",
    ),
    exaggeration=(
        "beispiellos\\w*", "noch nie", "so schlimm wie nie", "völlig",
        "nie", "bloß", "nur ein paar",
        "unzählige\\w*", "millionen von",
        "gigantisch\\w*", "enorm\\w*", "dramatisch\\w*",
        "explodier\\w*", "rekord\\w*", "größte\\w* (?:\\w+ )?(?:aller zeiten|der geschichte)",
        "katastrophal\\w*", "unglaublich\\w*", "ungeheur\\w*",
        "maximal\\w*", "gänzlich", "überhaupt nicht",
        "nicht einmal", "kein einziger?",
    ),
    doubt=(
        "sogenannte\\w*", "angeblich\\w*", "fragwürdig\\w*", "zweifelhaft\\w*",
        "kann man (?:dem|ihm|ihr|ihnen) (?:noch )?(?:glauben|trauen)", "was verschweig\\w+",
        "wem nützt", "vermeintlich\\w*", "inszeniert\\w*", "weismachen", "glauben machen",
        "ob (?:das|dies) (?:wirklich|tatsächlich)", "wirklich\\?", "tatsächlich\\?",
        "offiziell\\w* (?:version|darstellung|narrativ)", "narrativ\\w*", "fake\\w*",
        "unbewiesen\\w*", "nicht belegt\\w*", "ominös\\w*", "dubios\\w*",
        "fraglich\\w*", "stellt sich die frage", "bezweifel\\w*", "nicht nachvollziehbar\\w*", "behauptung\\w*", "behauptet\\w*", "vorgeblich\\w*", "märchen", "wissenschaftlich nicht belegt",
    ),
    reputation=(
        "versagt\\w*", "versagen", "gescheitert\\w*", "unfähig\\w*", "inkompetent\\w*",
        "vertusch\\w*", "verschweig\\w*", "lügt", "gelogen", "belügt", "heuchel\\w*",
        "skrupellos\\w*", "machtgierig\\w*", "käuflich\\w*", "gekauft\\w*", "marionette\\w*",
        "steckt hinter", "verantwortungslos\\w*", "unverfroren\\w*", "arrogan\\w*",
        "umstritten\\w*", "zweifelhafte\\w* ruf", "dilettant\\w*", "peinlich\\w*",
        "unfähigkeit", "vetternwirtschaft", "korrupt\\w*", "kriminell\\w*", "betrüg\\w*", "betrug", "fehlentscheidung\\w*", "verrat\\w*", "affäre", "blamage", "blamiert\\w*", "ahnungslos\\w*", "hat versagt",
    ),
    authority=(
        "experten? (?:zufolge|sagen|warnen|sind sich einig)", "laut experten", "wissenschaftler\\w*",
        "studien? (?:zeigt|zeigen|belegt|belegen|bestätigt)", "die wissenschaft", "der experte",
        "die expertin", "virolog\\w*", "epidemiolog\\w*", "professor\\w*", "forscher\\w*",
        "analyst\\w*", "ökonom\\w*", "laut (?:einer |der )?studie", "nach ansicht (?:von )?experten",
        "renommierte\\w*", "nobelpreisträger\\w*", "die who", "das rki",
    ),
    popularity=(
        "die (?:große )?mehrheit der (?:deutschen|bürger|menschen|bevölkerung)",
        "immer mehr menschen", "viele menschen", "alle wissen", "jeder weiß", "millionen (?:von )?menschen",
        "die meisten (?:deutschen|bürger|menschen)",
    ),
    values=(
        "freiheit", "menschenwürde", "gerechtigkeit",
        "grundrecht\\w*", "grundgesetz", "rechtsstaat\\w*", "christlich\\w*", "moral\\w*",
        "selbstbestimmung", "frieden",
    ),
    hypocrisy=(
        "heuchel\\w*", "heuchler\\w*", "scheinheilig\\w*", "doppelmoral", "doppelte\\w* standards?",
        "mit zweierlei maß", "selbst (?:nicht|nie)", "predigt wasser", "während (?:sie|er) selbst",
        "ausgerechnet", "wasser predig\\w*", "mit zweierlei maß",
    ),
    association=(
        "wie (?:die )?nazis", "wie hitler", "nazi-\\w+", "stalinistisch\\w*", "ns-\\w+",
        "ddr-\\w+", "wie in der ddr", "sowjetisch\\w*", "faschistisch\\w*", "orwellsch\\w*",
        "drittes reich", "wie im dritten reich", "mao\\w*",
    ),
    consequential=(
        "wird (?:unweigerlich|zwangsläufig) (?:zu|dazu) führen", "als nächstes (?:wird|werden|kommt)",
        "das ist erst der anfang", "dammbruch", "schiefe ebene", "der nächste schritt",
        "führt (?:unweigerlich|zwangsläufig)",
    ),
    dilemma=(
        "entweder (?:\\w+ ){0,6}oder", "es gibt keine alternative", "alternativlos\\w*",
        "die einzige (?:lösung|möglichkeit|option)", "es bleibt nur", "keine andere wahl",
    ),
    killer=(
        "punkt\\.", "basta", "so ist es", "ende der diskussion", "das ist (?:nun mal|eben) so",
        "man muss (?:das|es) (?:einfach )?akzeptieren", "es ist, wie es ist", "fakt ist",
        "mehr gibt es (?:dazu )?nicht zu sagen", "schluss damit",
    ),
    time_pressure=(
        "jetzt oder nie", "die zeit (?:drängt|läuft ab)", "höchste zeit", "sofort handeln",
        "keine zeit (?:mehr )?zu verlieren", "letzte chance", "fünf vor zwölf",
    ),
    fear=(
        "bedrohung für unser\\w*", "bevor es zu spät ist", "gefahr\\w*", "zeitbombe",
        "niemand ist (?:mehr )?sicher", "angst\\w*",
        "bedroh\\w*", "katastroph\\w+", "atomkrieg\\w*", "weltkrieg\\w*", "hungersnot\\w*",
        "kollaps", "zusammenbruch", "blackout", "tödlich\\w*", "apokalyp\\w*",
        "untergang", "krieg mit russland", "eskalation", "verarmung", "massenmigration",
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

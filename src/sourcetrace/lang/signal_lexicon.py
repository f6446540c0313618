"""The shape of a language's signal data: the words and phrases the signals stage looks for.

The signals stage (``sourcetrace.capabilities.signals.stage``) reads one ``SignalLexicon``
per language (``LanguagePack.signals``). Every entry is a regular-expression fragment, matched
case-insensitively as whole words (``\\b`` is added around it), so a plain word is a valid
entry and ``\\w*`` widens one to its inflections ("scandal\\w*"). Lists are ours, written
for news prose; they mark words and phrases a reader may want to look at twice, never a
verdict on whoever wrote or is quoted.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HeadlineClaim", "SignalLexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class HeadlineClaim:
    """A strong headline verb and the body wording that says less than it.

    ``headline`` matches the verb in the headline ("arrested"); ``support`` matches the
    body wording that backs it; ``weaker`` the wording that contradicts or softens it
    ("questioned and released"). ``note`` says what differs, in words.
    """

    headline: str
    support: str
    weaker: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SignalLexicon:
    """Per-language signal data; every field defaults to empty (the stage then finds less).

    - ``loaded``: emotive, loaded words ("carnage", "horror", "slaughter");
    - ``name_calling``: labels pinned on people or groups ("thugs", "traitors", "so-called");
    - ``exaggeration``: overstatement and minimisation ("unprecedented", "merely");
    - ``doubt``: phrases that put a source's credibility in question;
    - ``fear``: appeals to fear ("threat to our", "before it's too late");
    - ``flag_waving``: appeals to the nation or the group ("our nation", "true patriots");
    - ``causal``: one-cause explanations ("all because of", "the reason is simple");
    - ``whataboutism``: "what about …", "and where was the outrage when …";
    - ``slogans``: set phrases and calls repeated as slogans;
    - ``reputation``: attacks on a person's or body's standing rather than their argument
      ("has a long history of", "discredited");
    - ``authority``: an authority cited to settle a claim ("experts agree", "studies show");
    - ``popularity``: "everybody agrees", "the majority of people";
    - ``values``: appeals to values ("freedom", "democracy", "our values" as the argument);
    - ``hypocrisy``: the accused's own inconsistency ("hypocrisy", "double standards");
    - ``association``: guilt by association ("like the Nazis", "Soviet-style");
    - ``consequential``: a slippery slope ("will inevitably lead to", "next they will");
    - ``dilemma``: false dilemma ("either … or", "the only option", "there is no alternative");
    - ``killer``: thought-terminating clichés ("it is what it is", "end of story");
    - ``time_pressure``: appeal to time ("now or never", "the clock is ticking");
    - ``hedges`` / ``certainty``: hedging words ("may", "reportedly") and certainty markers
      ("clearly", "undeniably");
    - ``unverifiable_certainty``: certainty about what cannot be checked ("there can be no
      doubt that", "everyone knows");
    - ``anonymous_sources``: unnamed sourcing ("sources said", "a senior official");
    - ``attribution_cues``: words that attribute a statement besides the reporting verbs
      of ``LanguagePack.speech`` ("according to", "reported", "told");
    - ``first_person``: first-person pronouns of the writer's own voice ("I", "we", "our");
    - ``calls_to_action``: imperative calls ("it is time for", "we must");
    - ``evaluative``: evaluative adjectives in the writer's voice ("shameful", "absurd");
    - ``calques``: word-for-word translations of another language's idioms;
    - ``agreement_errors``: gender or number mismatches that translation software makes;
    - ``foreign_function_words``: another language's function words that should not
      appear in running text of this one ("und", "der" in English);
    - ``translated_order``: word orders another language's syntax leaves after translation
      ("said Lindner (FDP)", German verb-first reporting with a party tag), matched with
      case;
    - ``headline_claims``: strong headline verbs with their supporting and weaker wordings.
    """

    loaded: tuple[str, ...] = ()
    name_calling: tuple[str, ...] = ()
    exaggeration: tuple[str, ...] = ()
    doubt: tuple[str, ...] = ()
    fear: tuple[str, ...] = ()
    flag_waving: tuple[str, ...] = ()
    causal: tuple[str, ...] = ()
    whataboutism: tuple[str, ...] = ()
    slogans: tuple[str, ...] = ()
    reputation: tuple[str, ...] = ()
    authority: tuple[str, ...] = ()
    popularity: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    hypocrisy: tuple[str, ...] = ()
    association: tuple[str, ...] = ()
    consequential: tuple[str, ...] = ()
    dilemma: tuple[str, ...] = ()
    killer: tuple[str, ...] = ()
    time_pressure: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    certainty: tuple[str, ...] = ()
    unverifiable_certainty: tuple[str, ...] = ()
    anonymous_sources: tuple[str, ...] = ()
    attribution_cues: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    calls_to_action: tuple[str, ...] = ()
    evaluative: tuple[str, ...] = ()
    calques: tuple[str, ...] = ()
    agreement_errors: tuple[str, ...] = ()
    foreign_function_words: tuple[str, ...] = ()
    translated_order: tuple[str, ...] = ()
    headline_claims: tuple[HeadlineClaim, ...] = ()

"""The shape of a language's speech data: quote marks, reporting verbs, speaker words.

The quotes stage reads one ``SpeechPatterns`` per language (``LanguagePack.speech``).
Everything here is plain data so that a new language is a new ``lang/<iso>/speech.py``.
Words are lower case; multi-word phrases are matched as whole words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["SpeechPatterns", "verb_forms"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeechPatterns:
    """Per-language speech data; every field defaults to empty (the stage then finds less).

    - ``quote_pairs``: (opening, closing) marks, the language's own first;
    - ``mark_families``: strings of quote marks that typists mix up ('“”"'): within one,
      a mark in closing position closes a quote opened by another;
    - ``dash_speech``: a paragraph opened by an em/en dash is speech (fr, es);
    - ``cue_forms``: inflected reporting/cue verb forms ("said", "a déclaré" is "déclaré");
    - ``cue_lemmas``: the same verbs as spaCy lemmas, for parsed documents;
    - ``attitude_lemmas``: belief and intention verbs ("expects", "hopes", "plans")
      whose clause or infinitive is content; cues through the parse only, never a
      quote's frame;
    - ``stance_lemmas``: stance verbs ("criticized", "supports") whose noun-phrase
      object is content as well;
    - ``attitude_forms``/``stance_forms``: their inflected forms, where the lemmatiser
      slips ("hopes" -> "hop");
    - ``content_preps``: prepositions whose object is a cue's content ("called for",
      "talked about", "accused of");
    - ``tail_preps``: prepositions that continue a stance verb's content after its
      object ("blamed the law [on Democrats]", "cited it [as proof]"), unlike those of
      circumstances ("at a rally", "in an interview");
    - ``prep_cues``: verbs that attribute only through one preposition, lemma -> the
      prepositions whose object is the content ("referring to [X]", "called for [a ban]");
    - ``naming_lemmas``: verbs that report words only through an object complement
      holding a quote ("called it “a disgrace”", "qualifié de « … »");
    - ``stance_nouns``: nouns of a held position, lemma -> the prepositions whose object
      is what is held ("Trump's support [for the wall]", "her criticism [of the deal]");
      reported only when someone holds it (a possessor or a subject);
    - ``nominal_cues``: nouns whose content clause is reported speech or belief ("the
      announcement that …", "sa déclaration selon laquelle …"), as spaCy lemmas;
    - ``postposed_cues``: words that introduce a speaker after a quote without being
      verbs ("so" in German: "…“, so Pistorius");
    - ``complementizers``: "that", "que", "dass" — dropped from the front of reported content;
    - ``lead_nouns``: capitalised nouns that can open a "Lead: claim" headline as the
      source ("Poll:", "Report:"), besides the names the parse tags;
    - ``lead_topics``: words after a headline lead's speaker that introduce its addressee
      or topic ("Clinton to Planned Parenthood:", "Merkel on migration:");
    - ``not_content_after``: words right after a cue verb that show it reports no words
      in the rule-based reading ("spoke [to] reporters", "continues [to] lead");
    - ``according_before``: phrases put before a source ("according to", "selon", "laut");
    - ``according_after``: phrases put after a source ("zufolge");
    - ``pronouns``: subject pronoun -> "m", "f", "n" (a thing: an institution) or "p"
      (plural); one the article does not resolve is no speaker's text;
    - ``relative_pronouns``: words that open a relative clause after a speaker ("who",
      "qui", "der"): "X, qui dirige …, a déclaré" is said by X;
    - ``impersonal_pronouns``: pronouns that name nobody ("on", "man"): no speaker;
    - ``recipient_cues``: cue forms whose object is the one spoken to ("told", "asked"):
      the words after them are never the speaker;
    - ``honorifics``: title -> gender ("Mrs" -> "f");
    - ``first_names``: a small list of given names -> gender, for pronoun agreement;
    - ``role_nouns``: heads of role phrases ("minister", "secretary", "spokesman");
    - ``source_nouns``: nouns of unnamed sources ("diplomat", "official", "source");
    - ``holder_nouns``: nouns (as lemmas) of people, groups, bodies and documents that
      can hold or state a position: "voters backed …", "the board rejected …", "a new
      poll shows …"; a stance verb needs such a subject;
    - ``indefinites``: determiners that make a source unnamed ("a", "un", "ein", "una");
    - ``media_nouns``: words that describe an outlet before its name ("weekly", "daily");
    - ``wire_agencies``: outlets that carry others' reports ("AFP", "Reuters");
    - ``phrase_stops``: lower-case words that end a speaker phrase after a cue
      ("on", "in", "who", weekday names);
    - ``fillers``: lower-case words between a speaker and its cue that are not part of the
      speaker ("also", "has", "a" as the French auxiliary);
    - ``determiners``: definite articles dropped from the front of a speaker ("the", "le");
    - ``name_particles``: lower-case words inside names or role complements ("de", "von",
      "of"), so "ministre de l'Intérieur" stays one role;
    - ``compound_nouns``: role nouns end compounds ("Verteidigungsminister", German);
    - ``body_nouns``: head nouns of descriptions of an organisation ("group", "agency")
      -> the mention labels they fit (``ANY_BODY``, ``AGENCIES``, ``COMPANIES`` …);
    - ``document_nouns``: documents that speak for their issuer ("report", "informe");
    - ``null_subjects``: a finite verb may have no subject word at all ("Comentó que …"):
      its subject is the one of the attribution before (Spanish);
    - ``recipient_preps``: prepositions that put the one spoken to right after a cue
      ("dijo [a] la red Erbol", "a déclaré [à] l'AFP"): never the speaker;
    - ``verb_second``: a pronoun right after the cue is its subject ("Dann schrieb er"),
      and a word before it that names no one is no speaker (German);
    - ``link_leads``: words that open a link to another page, not a speaker
      ("Mire: …", "Lire aussi : …", "Watch: …"): such a line attributes nothing;
    - ``conjunctions``: words that coordinate a second verb with the first one's subject
      ("and", "und"): "schrieb Medwedew und fügte hinzu" is said by Medwedew;
    - ``subordinators``: words that open a subordinate clause ("während", "lorsque",
      "mientras"): a speaker phrase read back from a cue stops there, as the clause
      before the main verb is no subject ("Während X …, warnte Macron");
    - ``reported_mood``: verb forms of a mood that marks reported speech by itself (German
      Konjunktiv I, third person, only the forms unlike the indicative: "sei", "habe",
      "werde", "gebe"): such a sentence is someone's words, said by the speaker named in
      its tail (", sagte X") or else by the speaker of the attribution before it.
    """

    quote_pairs: tuple[tuple[str, str], ...] = ()
    mark_families: tuple[str, ...] = ()
    dash_speech: bool = False
    cue_forms: frozenset[str] = frozenset()
    cue_lemmas: frozenset[str] = frozenset()
    attitude_lemmas: frozenset[str] = frozenset()
    stance_lemmas: frozenset[str] = frozenset()
    attitude_forms: frozenset[str] = frozenset()
    stance_forms: frozenset[str] = frozenset()
    content_preps: frozenset[str] = frozenset()
    tail_preps: frozenset[str] = frozenset()
    prep_cues: Mapping[str, frozenset[str]] = field(default_factory=dict)
    stance_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Without a parse, reported content must open with a complementizer or a comma
    #: ("sagte, die Lage sei ernst", "a dit que …"): languages that never drop them. English
    #: does ("said the plan failed"), so there any words after the cue may be content.
    content_needs_opener: bool = False
    #: Verbs of asking and the words that open an indirect question after them: "asked
    #: [if Clinton gets race]", "a demandé [si …]", "fragte, [ob …]".
    #: Findings: a poll, a study or a record "shows", "finds" something, and a finding
    #: stated "in a new poll, …". ``evidence_verbs`` take their object and its complement
    #: as content when their subject is one of the ``evidence_nouns`` ("a new poll shows
    #: [Trump leading in Ohio]"); ``evidence_preps`` open a phrase naming such a source
    #: ("[in] a Reuters poll, …", "dans un sondage", "en una encuesta").
    evidence_verbs: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    evidence_preps: frozenset[str] = frozenset()
    #: Adverbs that mark a clause as hearsay without naming its source ("has reportedly
    #: taken heat", "soll angeblich"): the clause is an attribution with no speaker.
    hearsay_adverbs: frozenset[str] = frozenset()
    question_cues: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    naming_lemmas: frozenset[str] = frozenset()
    nominal_cues: frozenset[str] = frozenset()
    postposed_cues: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    lead_nouns: frozenset[str] = frozenset()
    lead_topics: frozenset[str] = frozenset()
    not_content_after: frozenset[str] = frozenset()
    according_before: tuple[str, ...] = ()
    according_after: tuple[str, ...] = ()
    pronouns: Mapping[str, str] = field(default_factory=dict)
    impersonal_pronouns: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    recipient_cues: frozenset[str] = frozenset()
    honorifics: Mapping[str, str] = field(default_factory=dict)
    first_names: Mapping[str, str] = field(default_factory=dict)
    role_nouns: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    holder_nouns: frozenset[str] = frozenset()
    indefinites: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    wire_agencies: frozenset[str] = frozenset()
    phrase_stops: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    compound_nouns: bool = False
    #: Descriptions that stand for an organisation named earlier in the article ("the
    #: group", "la proveedora", "die Behörde"): head noun (lower case) -> the mention
    #: labels it fits; the speaker is linked to the nearest earlier mention of those.
    body_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Documents that speak for whoever issued them ("the report", "el informe"): linked
    #: to the organisation the article names with the same noun earlier, if it does.
    document_nouns: frozenset[str] = frozenset()
    null_subjects: bool = False
    conjunctions: frozenset[str] = frozenset()
    recipient_preps: frozenset[str] = frozenset()
    link_leads: frozenset[str] = frozenset()
    verb_second: bool = False
    reported_mood: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()


#: Mention labels a description of an organisation can fit.
ANY_BODY = frozenset({"ORG", "AGENCY", "COMPANY", "MEDIA", "PARTY", "IGO", "ARMED_GROUP"})
AGENCIES = frozenset({"AGENCY", "ORG", "IGO"})
COMPANIES = frozenset({"COMPANY", "ORG"})
PARTIES = frozenset({"PARTY", "ORG"})
GOVERNMENTS = frozenset({"GPE", "AGENCY", "ORG"})


def described(labels: frozenset[str], words: str) -> dict[str, frozenset[str]]:
    """Each word of ``words`` (space-separated) -> ``labels``: one part of ``body_nouns``."""
    return {word.lower(): labels for word in words.split()}


def verb_forms(*lines: str) -> frozenset[str]:
    """All the words of ``lines`` (one verb's forms per line) as one lower-case set."""
    return frozenset(word.lower() for line in lines for word in line.split())

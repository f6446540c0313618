"""The shape of a language's entity data: titles, role words, organisation cues, stop-lists.

Each ``lang/<iso>/entities.py`` defines ``LEXICON = EntityLexicon(...)``; the pack carries it
as ``LanguagePack.entities``. Everything is plain data (word tuples, label maps, regular
expression sources) so that the entities stage holds no language-specific words of its own.
Words are matched case-insensitively unless a field says otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["EntityLexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityLexicon:
    #: Honorifics kept out of a person's name span and recorded as ``title``
    #: ("Mr.", "M.", "Frau", "Sra."). Matched with or without a final period.
    honorifics: tuple[str, ...] = ()
    #: Words that end the name of an event, not of an organisation ("World Cup", "Munich
    #: Security Conference"), and words that open one ("Coupe du monde", "Jeux olympiques").
    event_tails: tuple[str, ...] = ()
    event_heads: tuple[str, ...] = ()
    #: Role nouns that head a role phrase ("minister", "général", "Bundeskanzler").
    role_nouns: tuple[str, ...] = ()
    #: Words that may qualify a role noun inside the phrase ("Defence", "Foreign", "deputy",
    #: "de la Défense"); capitalised words next to a role noun are accepted as well.
    role_modifiers: tuple[str, ...] = ()
    #: Relative clauses that give a role by the organisation led ("who heads", "qui dirige").
    head_phrases: tuple[str, ...] = ()
    #: Nationality adjectives → country name ("German" → "Germany"). Not mentions themselves;
    #: they give a role its country ("German Defence Minister").
    nationalities: Mapping[str, str] = field(default_factory=dict)
    #: Lower-case words allowed inside a multi-word name ("of", "de", "für", "del").
    name_connectors: tuple[str, ...] = ()
    #: Articles stripped from the start of a span ("the", "le", "l'", "der").
    determiners: tuple[str, ...] = ()
    #: Last words marking a company ("Inc", "GmbH", "SA").
    company_suffixes: tuple[str, ...] = ()
    #: Words (or word endings, for compounds) marking an organisation in a capitalised
    #: sequence ("Ministry", "Partei", "-ministerium").
    org_keywords: tuple[str, ...] = ()
    org_endings: tuple[str, ...] = ()
    #: Well-known names with a finer type (ARMED_GROUP, AGENCY, MEDIA, COMPANY, ORG, GPE);
    #: case-sensitive surface forms.
    known: Mapping[str, str] = field(default_factory=dict)
    #: Capitalised words that are never a mention on their own (weekdays, "God", ...),
    #: and the language's function words written with a capital at a sentence start:
    #: pronouns and adverbs ("Er", "Dort", "Insgesamt", "Nous").
    stop_words: tuple[str, ...] = ()
    #: Regex sources for credit/byline lines and page furniture whose names must not
    #: become mentions ("Photo: AFP", "© Reuters", "Share on Facebook", "Sign up to our
    #: newsletter"); matched against each line.
    credit_patterns: tuple[str, ...] = ()
    #: Dateline regexes (multiline): group ``place`` (and optional ``place2``) is a GPE,
    #: optional group ``agency`` a MEDIA ("PARIS, March 24 (Reuters) -").
    datelines: tuple[str, ...] = ()
    #: Prepositions before a place ("in", "aus", "nach"), used by the rule tagger.
    place_prepositions: tuple[str, ...] = ()
    #: Common first names, used by the rule tagger to start a person name.
    first_names: tuple[str, ...] = ()
    #: Word endings of common nouns (German "-ung", "-heit"): such a word is no name.
    common_noun_endings: tuple[str, ...] = ()
    #: Word endings typical of place names ("-burg", "-hausen"), used after a place preposition.
    place_endings: tuple[str, ...] = ()
    #: Names capitalise every word, so lowercase words ending a tagged span are no part of it
    #: ("Gobierno extremeño"); False where names keep lowercase words ("Assemblée nationale").
    trim_lowercase_tail: bool = False
    #: Words marking an article about sport (casefolded); two different ones are enough.
    sports_words: tuple[str, ...] = ()
    #: Context regexes (sources) with placeholders for a name: ``{a}``/``{b}`` relabel a
    #: city-like place as an organisation; ``{c}``/``{d}`` also relabel a one-word person and
    #: add an organisation where the tagger saw nothing; ``{p}`` adds a person.
    #: ``team_tables``: whole lines of results and standings (multiline; apply everywhere).
    team_tables: tuple[str, ...] = ()
    #: Prose around a team ("{a} beat {b}"), applied only in an article about sport.
    team_contexts: tuple[str, ...] = ()
    #: Company contexts ("shares of {c}", "{a} said in a statement"), applied everywhere.
    org_contexts: tuple[str, ...] = ()
    #: Speech contexts giving a person ("…, sagte {p}").
    person_contexts: tuple[str, ...] = ()
    #: Knowledge-base aliases never used as organisation names in text: ordinary words or
    #: places spelt like an outlet or a party ("Democrats", "Sabah", "Stern", "MIT").
    kb_skip: tuple[str, ...] = ()
    #: Social platforms (language-neutral list): an entity only where the article names the
    #: platform as a company; "posted on Twitter", "auf Telegram" only name the medium.
    platforms: tuple[str, ...] = ()
    #: Prepositions before a platform used as the medium ("on", "via", "auf", "sur", "en").
    medium_prepositions: tuple[str, ...] = ()
    #: Nouns after a platform that make it the medium ("Twitter feed", "YouTube channel").
    medium_nouns: tuple[str, ...] = ()

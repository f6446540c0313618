"""A language's entity data compiled once per process into sets and regular expressions.

The pack's ``EntityLexicon`` is merged with the language-neutral one (``xx``) so that a
German article still knows "AFP" and "ISIS".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sourcetrace.capabilities.entities.kb_gazetteer import (
    kb_first_names,
    kb_organisations,
    kb_surnames,
)
from sourcetrace.lang import get_pack
from sourcetrace.lang.entity_lexicon import EntityLexicon

__all__ = ["Lexicon", "compile_lexicon", "find_known", "is_nationality"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    data: EntityLexicon
    honorifics: frozenset[str]  # casefolded, without final period
    role_nouns: frozenset[str]  # casefolded single words and phrases
    role_modifiers: frozenset[str]
    nationalities: Mapping[str, str]  # casefolded adjective → country
    connectors: frozenset[str]
    determiners: frozenset[str]
    company_suffixes: frozenset[str]
    org_keywords: frozenset[str]
    stop_words: frozenset[str]
    known: Mapping[str, str]
    #: organisation names → finer type, also short ones, for spans already read as ORG
    org_types: Mapping[str, str]
    #: known names by their first two characters, longest first (see ``find_known``)
    known_index: Mapping[str, tuple[str, ...]]
    credit_lines: tuple[re.Pattern[str], ...]
    first_names: frozenset[str]
    #: surnames of well-known people (the knowledge base's), minus organisation names
    person_surnames: frozenset[str]
    place_prepositions: frozenset[str]
    #: honorific or role noun followed by a capitalised name: "Mr. Lammy", "le général Burkhard"
    cue_pattern: re.Pattern[str] | None
    #: a given name followed by one or two capitalised words: "Pete Sampras"
    first_name_pattern: re.Pattern[str] | None
    datelines: tuple[re.Pattern[str], ...]
    sports_words: frozenset[str]
    team_tables: tuple[re.Pattern[str], ...]
    team_contexts: tuple[re.Pattern[str], ...]
    org_contexts: tuple[re.Pattern[str], ...]
    person_contexts: tuple[re.Pattern[str], ...]
    #: knowledge-base names that are also common words ("Shell", "Total"): never looked for
    common_names: frozenset[str] = frozenset()
    #: social platforms, and the prepositions before one used only as the medium
    platforms: frozenset[str] = frozenset()
    medium_prepositions: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    #: a line that opens with the language's link words and a colon or bar ("Mire: …",
    #: "Lire aussi : …", "Read more: …"): a pointer to another page, page furniture
    link_line: re.Pattern[str] | None = None


def is_nationality(surface: str, lex: Lexicon) -> bool:
    """Whether ``surface`` is a nationality adjective, or its plural noun ("Syriens",
    "Afghans"), rather than a place name.

    Some adjectives are spelt like their country ("siria" → "Siria", "china" → "China",
    "argentina" → "Argentina" in Spanish): written as the country itself, it is the country.
    """
    folded = surface.casefold()
    country = lex.nationalities.get(folded)
    if country is None and folded.endswith("s"):
        # the plural noun names the people, not the place: "les Allemands", "the Afghans"
        country = lex.nationalities.get(folded[:-1])
    return country is not None and surface != country


_WORD_START = re.compile(r"(?<![\w-])\w")


def find_known(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, name) of the known names in ``text``, longest first where they overlap.

    A lookup by the first two characters at each word start: one big alternation of a few
    thousand names costs more than the parse on long articles.
    """
    out: list[tuple[int, int, str]] = []
    if not lex.known_index:
        return out
    end_ok = re.compile(r"(?![\w-])")
    pos = 0
    for match in _WORD_START.finditer(text):
        start = match.start()
        if start < pos:
            continue
        for name in lex.known_index.get(text[start : start + 2], ()):
            if text.startswith(name, start) and end_ok.match(text, start + len(name)):
                out.append((start, start + len(name), name))
                pos = start + len(name)
                break
    return out


def _fold(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in words)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A capitalised name word: "Burkhard", "O'Gorman", "Jean-Noël", "McCague", "al-Assad".
NAME_WORD = r"(?:(?:al|el|de|van|von|di|da|le|la)[-' ])?[A-ZÀ-ÖØ-Þ][\w'’-]*"


#: A name inside a context pattern: capitalised words (capitals too: tables, headlines),
#: with short connectors inside ("Inter de Milán", "Bank of Tokyo").
CONTEXT_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:[ \u00a0](?:(?:de|del|di|da|of)[ \u00a0])?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3}"
)
#: The placeholders of context patterns (see ``EntityLexicon.team_contexts``).
CONTEXT_GROUPS = ("a", "b", "c", "d", "p", "p2")


def _contexts(sources: tuple[str, ...], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    out = []
    for source in sources:
        for group in CONTEXT_GROUPS:
            name = r"[A-ZÀ-ÖØ-Þ][\w'’-]+" if group.startswith("p") else CONTEXT_NAME
            source = source.replace("{" + group + "}", f"(?P<{group}>{name})")
        out.append(re.compile(source, flags))
    return tuple(out)


def compile_lexicon(language: str) -> Lexicon:
    data = get_pack(language).entities
    neutral = get_pack("xx").entities
    skip = (*neutral.kb_skip, *data.kb_skip)
    # The pack's own names win over the knowledge base's, which fills in the rest.
    known = {
        **kb_organisations(language, skip),
        **neutral.known,
        **data.known,
    }
    org_types = {
        name: label
        for name, label in kb_organisations(language, skip, lookup=True).items()
        if label != "ORG"
    }
    index: dict[str, list[str]] = {}
    for name in sorted(known, key=len, reverse=True):
        index.setdefault(name[:2], []).append(name)
    cue_words = [w for w in (*data.honorifics, *data.role_nouns) if " " not in w]
    cue_pattern = None
    if cue_words:
        # Honorifics take an optional period; role nouns match in any case ("General", "général").
        cue_pattern = re.compile(
            r"(?<![\w-])(?P<cue>(?i:" + _alternation(cue_words) + r"))\.?[ \u00a0]+"
            r"(?P<name>" + NAME_WORD + r"(?:[ \u00a0]" + NAME_WORD + r"){0,2})"
        )
    first_names = frozenset((*data.first_names, *neutral.first_names, *kb_first_names()))
    first_name_pattern = (
        re.compile(
            r"(?<![\w'’.-])(?:" + _alternation(sorted(first_names)) + r")"
            r"(?:[ \u00a0][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2}(?![\w'’-])"
        )
        if first_names and data.name_connectors
        else None
    )
    return Lexicon(
        language=language,
        data=data,
        honorifics=_fold(data.honorifics),
        role_nouns=_fold(data.role_nouns),
        role_modifiers=_fold(data.role_modifiers),
        nationalities={k.casefold(): v for k, v in data.nationalities.items()},
        connectors=_fold(data.name_connectors),
        determiners=_fold(data.determiners),
        company_suffixes=frozenset(data.company_suffixes),
        org_keywords=frozenset((*data.org_keywords, *neutral.org_keywords)),
        stop_words=frozenset((*data.stop_words, *neutral.stop_words)),
        known=known,
        org_types=org_types,
        common_names=frozenset(skip),
        known_index={k: tuple(v) for k, v in index.items()},
        credit_lines=tuple(
            re.compile(p, re.IGNORECASE | re.MULTILINE)
            for p in (*neutral.credit_patterns, *data.credit_patterns)
        ),
        first_names=first_names,
        person_surnames=frozenset(n for n in kb_surnames() if n not in known),
        first_name_pattern=first_name_pattern,
        place_prepositions=frozenset(data.place_prepositions),
        cue_pattern=cue_pattern,
        datelines=tuple(re.compile(p, re.MULTILINE) for p in (*neutral.datelines, *data.datelines)),
        sports_words=_fold(data.sports_words),
        team_tables=_contexts((*neutral.team_tables, *data.team_tables), re.MULTILINE),
        team_contexts=_contexts(data.team_contexts),
        org_contexts=_contexts((*neutral.org_contexts, *data.org_contexts)),
        person_contexts=_contexts(data.person_contexts, re.MULTILINE),
        platforms=frozenset((*neutral.platforms, *data.platforms)),
        medium_prepositions=_fold(data.medium_prepositions),
        medium_nouns=_fold(data.medium_nouns),
        link_line=_link_line(get_pack(language).speech.link_leads),
    )


def _link_line(leads: frozenset[str]) -> re.Pattern[str] | None:
    if not leads:
        return None
    word = "(?:" + _alternation(sorted(leads)) + ")"
    return re.compile(rf"^[ \t]*{word}(?:[ \t]+{word}){{0,2}}[ \t]*[:|]", re.IGNORECASE)

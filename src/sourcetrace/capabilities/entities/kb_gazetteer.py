"""Organisation names from the bundled knowledge base, for the entities stage.

The knowledge base (``sourcetrace.kb``) lists armed groups, agencies, media, parties and
international organisations with their names in each language and their acronyms. The
entities stage uses them as known names with a finer type, so "Interfax", "Hizbollah" or
"Organisation for Security and Co-operation in Europe" are organisations even where the
model saw a person or nothing. People's given names feed the first-name rule.

Only the bundled JSON Lines are read (package data, no user files): built once per
process through ``Resources.cached`` by ``lexicon.compile_lexicon``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from sourcetrace.kb.loader import bundled_dir, read_entries

__all__ = ["kb_first_names", "kb_organisations", "kb_surnames"]

#: KB types kept as they are; the others (IGO, PARTY, ORG) are plain organisations here.
_FINE = frozenset({"ARMED_GROUP", "AGENCY", "MEDIA", "COMPANY"})
_ORG_TYPES = frozenset({"ARMED_GROUP", "AGENCY", "MEDIA", "COMPANY", "IGO", "PARTY", "ORG"})


def _usable(alias: str, skip: frozenset[str], *, lookup: bool = False) -> bool:
    """A name we can look for in running text without too many false hits; ``lookup``: a
    name only checked against a span that is already an organisation, where short single
    words ("Amaq", "Fatah") are safe too."""
    if alias in skip or not alias[:1].isupper():
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or not all(ord(ch) < 0x250 for ch in letters):
        return False  # Cyrillic, Hebrew, Arabic aliases: our four languages write them in Latin
    if " " in alias:
        return True
    if sum(ch.isupper() for ch in alias) >= 2:
        return len(letters) >= 3  # "IMF", "BfV"; two-letter acronyms are too often words
    return lookup or len(alias) >= 5


@functools.lru_cache(maxsize=1)
def _bundled_entries() -> tuple[Any, ...]:
    """The bundled KB entries, read once per process (every language's lists use them)."""
    entries, _problems = read_entries(bundled_dir())
    return tuple(entries)


def kb_organisations(
    language: str, skip: tuple[str, ...] = (), *, lookup: bool = False
) -> Mapping[str, str]:
    """Alias → our label for the organisations of the KB named in ``language`` (or in all);
    ``lookup``: also the short names only fit to type a span already read as an organisation."""
    entries = _bundled_entries()
    skipped = frozenset(skip)
    out: dict[str, str] = {}
    for entry in entries:
        if entry.type not in _ORG_TYPES:
            continue
        label = entry.type if entry.type in _FINE else "ORG"
        for lang, alias in entry.names():
            if lang not in (language, "*") and alias != entry.name:
                continue  # another language's alias; the canonical name is used everywhere
            name = alias.strip()
            if name.casefold().startswith("the "):
                name = name[4:]  # "the United Nations": the article is no part of the name
            if _usable(name, skipped, lookup=lookup) or (
                # A skipped canonical name ("Shell", "Stern") is not looked for in running
                # text, but a span the model already reads as an organisation is that entity.
                lookup and alias == entry.name and _usable(name, frozenset(), lookup=True)
            ):
                out.setdefault(name, label)
    return out


def _people_names() -> list[tuple[list[str], str | None]]:
    """The words of each KB person's canonical name, with the person's country."""
    return [(e.name.split(), e.country) for e in _bundled_entries() if e.type == "PERSON"]


def kb_first_names() -> frozenset[str]:
    """Given names of the people in the KB ("Volodymyr", "Keir", "Recep")."""
    return frozenset(
        words[0]
        for words, _country in _people_names()
        if len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0].istitle()
    )


#: Countries whose names are written family name first in the news.
_FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "KR", "KP", "VN", "KH", "MN"})


def kb_surnames() -> frozenset[str]:
    """Surnames of the people in the KB ("Scholz", "Erdoğan", "Trump"): a one-word name the
    model reads as an organisation or a place is that person when it is none of those."""
    out: set[str] = set()
    for words, country in _people_names():
        if country in _FAMILY_NAME_FIRST:
            continue  # "Qin Gang", "Moon Jae-in": the last word is the given name
        if len(words) < 2 or not words[-2][:1].isupper():
            continue  # "Philippe of Belgium", "Abdullah II bin al-Hussein": no surname
        last = words[-1]
        if len(last) >= 4 and last.replace("-", "").isalpha() and last[0].isupper():
            out.add(last)
    return frozenset(out - kb_first_names())

"""The counted thing after a number: "85 people", "six children", "1.200 Flüchtlinge".

With the shared spaCy parse, the noun the number modifies (``nummod``) or the noun right
after it, lemmatised ("children" -> "child"). Without one (German, or a missing model),
the next word that is not a function word; where nouns are capitalised, the first
capitalised word within three words, skipping the lower-case adjectives before it
("300 syrische Flüchtlinge").

``counted_key`` turns the noun into the language-neutral key figures are compared on (a
singular English noun: "personnes" -> "person", "Soldaten" -> "soldier"), from the
language pack's ``counted_keys``; a nationality noun ("5,000 Americans") counts people.
"""

from __future__ import annotations

import re
from typing import Any

from sourcetrace.lang.figure_lexicon import FigureLexicon

__all__ = ["counted_after", "counted_key", "noun_at"]

_NEXT_WORDS = re.compile(r"(?:[ \u00a0\u202f]+([^\W\d_]+(?:-[^\W\d_]+)*))")
_NOUNS = frozenset({"NOUN", "PROPN"})
_MAX_GAP = 4
_WORD_AT = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+)")
#: The key of a nationality or group noun used as the counted thing ("5,000 Americans").
_PEOPLE = "person"
#: A compound is looked up by a listed ending at least this long ("Kriegsflüchtlinge").
_MIN_ENDING = 5


def counted_after(text: str, end: int, parsed: Any, lex: FigureLexicon) -> tuple[str, int] | None:
    """The counted noun after the number ending at ``end``, and where that noun ends."""
    found = _from_parse(parsed, end) if parsed is not None else _from_words(text, end, lex)
    if found is None:
        # a word the language pack lists, whatever the tagger says: "FIVE DEAD"
        word = _WORD_AT.match(text, end)
        if word is not None and word.start(1) > end and word.group(1).lower() in lex.counted_keys:
            found = word.group(1).lower(), word.end(1)
    if found is not None and found[0].lower() in (*lex.weekdays, *lex.months):
        return None  # "900 samedi": when, not what
    return found


def _from_parse(parsed: Any, end: int) -> tuple[str, int] | None:
    span = parsed.char_span(end - 1, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span[-1]
    head = token.head
    if (
        (token.dep_ == "nummod" or (token.dep_ == "det" and token.like_num))
        and head.pos_ in _NOUNS
        and head.idx >= end
        and head.i - token.i <= _MAX_GAP
    ):
        return _lemma(head), head.idx + len(head.text)
    if token.whitespace_:
        return _noun_from(parsed, token.i + 1, end, head)
    return None


def _noun_from(parsed: Any, index: int, end: int, head: Any = None) -> tuple[str, int] | None:
    """The noun at token ``index``, or after up to two adjectives when it is ``head``
    (the number's head, "100 000 nouveaux cas") or no head is given ("d'admissions")."""
    for following in parsed[index : index + 3]:
        if following.idx < end:
            continue
        if following.pos_ == "NOUN":
            skipped = following.i > index
            if skipped and head is not None and following.i != head.i:
                return None  # "1,200 last year": the noun is not what the number counts
            return _lemma(following), following.idx + len(following.text)
        if following.pos_ != "ADJ":
            return None
    return None


def noun_at(text: str, at: int, parsed: Any, lex: FigureLexicon) -> tuple[str, int] | None:
    """The counted noun starting at or just after ``at`` (after "of", "de", "d'")."""
    word = _WORD_AT.match(text, at)
    if word is not None and word.group(1).lower() in lex.counted_skip:
        at = word.end()  # one determiner or possessive: "of its dealerships"
        word = _WORD_AT.match(text, at)
    if word is None or word.group(1).lower() in lex.counted_skip:
        return None
    if parsed is None:
        if word.start(1) > at:
            return _from_words(text, at, lex)
        # glued to an apostrophe ("d'admissions"): read it as if a space stood there
        found = _from_words(f"{text[:at]} {text[at:]}", at, lex)
        return (found[0], found[1] - 1) if found is not None else None
    span = parsed.char_span(word.start(1), word.end(1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return _noun_from(parsed, span[0].i, word.start(1))


def _lemma(token: Any) -> str:
    if token.ent_type_ == "NORP":
        return _PEOPLE
    if token.pos_ == "PROPN":
        return str(token.text)
    return str(token.lemma_ or token.text).lower()


def _from_words(text: str, end: int, lex: FigureLexicon) -> tuple[str, int] | None:
    position = end
    for _ in range(3 if lex.capitalised_nouns else 1):
        match = _NEXT_WORDS.match(text, position)
        if match is None:
            return None
        word = match.group(1)
        if word.lower() in lex.counted_skip:
            return None
        if not lex.capitalised_nouns:
            return (word.lower(), match.end()) if len(word) > 2 else None
        if word[:1].isupper():
            return word, match.end()
        position = match.end()
    return None


def counted_key(word: str, lex: FigureLexicon) -> str:
    """The language-neutral key of a counted noun (its lower-case lemma when not listed)."""
    folded = word.replace("\u2019", "'").strip().lower()
    keys = lex.counted_keys
    if folded in keys:
        return keys[folded]
    last = folded.rsplit("-", 1)[-1]
    if last in keys:
        return keys[last]
    if lex.capitalised_nouns:
        for cut in range(1, len(folded) - _MIN_ENDING + 1):
            if folded[cut:] in keys:
                return keys[folded[cut:]]
    return folded

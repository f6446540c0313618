"""What a figure is about beyond its counted noun, read in the figure's own sentence.

Two figures can share a counted thing or a currency and still be about different
things: a single donation and the total raised, one wallet's takings and all networks'
takings, the toll of a past attack quoted for comparison. This module reads the
sentence around a figure (``FigureItem.before`` / ``after``, cut at the sentence
boundary) and gives:

- ``scopes``: what the amount is of, for or paid to, named in the figure's own clause
  (``figure_scopes`` of the language packs: "donation", "wallet", "network", "women" …);
- ``is_subcount``: the figure counts part of another figure ("dont trois enfants",
  "four of them");
- ``dated_elsewhere``: the figure's clause names a year at least ``PAST_YEARS`` before
  publication that is not the start of a period ("the 2004 siege, in which more than
  330 people died"), so it is about another event.

Pure: text in, facts out; the language data lives in ``lang/<iso>/checks.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from sourcetrace.lang import get_pack
from sourcetrace.lang.check_lexicon import CheckLexicon
from sourcetrace.text.normalise import words
from sourcetrace.text.segments import sentence_after, sentence_before

__all__ = [
    "PAST_YEARS",
    "clause_tail",
    "dated_elsewhere",
    "figure_clause",
    "is_subcount",
    "scopes",
    "sentence_after",
    "sentence_before",
]

#: A year this many years or more before publication dates a figure to another event.
PAST_YEARS = 2
#: Clause breaks inside a sentence: commas, semicolons and colons before a space (a
#: dash is not one: "4,5 Millionen Euro – umgerechnet 4,9 Millionen Dollar – an Frauen").
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def figure_clause(before: str, text: str, after: str, language: str | None) -> str:
    """The figure's clause: its sentence cut at commas, semicolons and colons.

    A clause opening with a relative word ("qui a collecté …", "in which …") is read with
    the clause it hangs on, which names what it is about ("un réseau, qui aurait
    collecté 3 000 euros").
    """
    clauses = _CLAUSE_BREAK.split(sentence_before(before))
    head = clauses[-1]
    openers = get_pack(language or "xx").checks.relative_openers
    if len(clauses) > 1 and _starts_with(words(head), openers):
        head = f"{clauses[-2]} {head}"
    tail = _CLAUSE_BREAK.split(sentence_after(after))[0]
    return f"{head}{text}{tail}"


def scopes(before: str, text: str, after: str, language: str | None) -> frozenset[str]:
    """The scope concepts named in the figure's clause (see ``figure_clause``)."""
    lexicon = get_pack(language or "xx").checks.figure_scopes
    found = (lexicon.get(token) for token in words(figure_clause(before, text, after, language)))
    return frozenset(concept for concept in found if concept is not None)


def _ends_with(tokens: list[str], phrases: Iterable[str]) -> bool:
    return any(tokens[-len(p) :] == p for p in (words(x) for x in phrases) if p)


def _starts_with(tokens: list[str], phrases: Iterable[str]) -> bool:
    return any(tokens[: len(p)] == p for p in (words(x) for x in phrases) if p)


def is_subcount(before: str, after: str, language: str | None) -> bool:
    """True when the words next to the figure make it part of another count."""
    near_before = words(clause_tail(sentence_before(before)))
    near_after = words(sentence_after(after))
    lexicon = get_pack(language or "xx").checks
    # "dont trois", "including all four": the marker may sit one word further back.
    return (
        _ends_with(near_before, lexicon.subcount_before)
        or _ends_with(near_before[:-1], lexicon.subcount_before)
        or _starts_with(near_after, lexicon.subcount_after)
        or _starts_with(near_after[1:], lexicon.subcount_after)
    )


def clause_tail(before: str) -> str:
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def dated_elsewhere(before: str, after: str, language: str | None,
                    published: date | None) -> bool:
    """True when the figure's clause dates it to a year well before publication."""
    if published is None:
        return False
    clause = figure_clause(before, " ||| ", after, language)
    return _past_year(clause, get_pack(language or "xx").checks, published)


def _past_year(text: str, lexicon: CheckLexicon, published: date) -> bool:
    for match in _YEAR.finditer(text):
        if int(match.group(1)) > published.year - PAST_YEARS:
            continue
        previous = words(text[: match.start()])[-1:]
        if previous and previous[0] in lexicon.since_words:
            continue
        return True
    return False

"""What a figure's clause says about it beyond the words next to it.

- ``clause_of``: the figure's clause (from the last sentence or clause end before it);
- ``clause_rate``: a distributive rate anywhere in it ("Each day, around 60 people …",
  "… crossing the border daily");
- ``toll``: a toll word before the figure ("the death toll rose to 133" counts deaths);
- ``counted_of_number``: the counted thing of "the number of X" before the figure ("le
  nombre de cas quotidiens s'élève à 100 000" counts cases);
- ``counted_linked``: the counted noun after a scale or vague word and a link word
  ("millions of dollars", "un millier de personnes");
- ``vague_range``: the range a vague number word stands for ("hundreds", "several
  hundred").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sourcetrace.capabilities.figures.counted import noun_at
from sourcetrace.capabilities.figures.numbers import NumberSpan
from sourcetrace.capabilities.figures.patterns import normalise_phrase

__all__ = [
    "clause_of",
    "clause_rate",
    "counted_by_verb",
    "counted_linked",
    "counted_of_number",
    "refers_back",
    "toll",
    "vague_range",
]


_CLAUSE_END = re.compile(r"[.!?;\n]")


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure's clause: from the last sentence or clause end before it to the next."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)]
    after = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    return (before[-1] if before else max(0, start - 300)), (
        after.start() if after else min(len(text), end + 300)
    )


def _phrase_in(phrase: str, span: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", span, re.IGNORECASE) is not None


def _rate_in(phrase: str, span: str, figure: tuple[int, int],
             others: Sequence[tuple[int, int]]) -> bool:
    """``phrase`` in ``span`` in lower case, or capitalised where it opens the clause:
    "Each day, …" and "… crossing daily" are rates; the Daily Mail is not. A rate with
    another figure between it and this one goes with that figure ("16 000 hospitalisés,
    avec un millier d'admissions quotidiennes")."""
    for match in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", span, re.IGNORECASE):
        if not (match.group()[:1].islower() or not span[: match.start()].strip()):
            continue
        low, high = sorted((figure[0], match.start()))
        if not any(low < start and end <= high for start, end in others
                   if end <= figure[0] or start >= figure[1]):
            return True
    return False


def clause_rate(text: str, clause: tuple[int, int], lex: Any, figure: tuple[int, int] = (0, 0),
                others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The one distributive rate stated in the clause ("every day"), else None.

    ``figure`` is the figure's span and ``others`` the spans of the text's other numbers
    (offsets relative to the clause's text are handled here)."""
    span = text[clause[0] : clause[1]]
    at = (figure[0] - clause[0], figure[1] - clause[0])
    near = [(s - clause[0], e - clause[0]) for s, e in others
            if clause[0] <= s and e <= clause[1]]
    found = {per for phrase, per in lex.clause_rates.items() if _rate_in(phrase, span, at, near)}
    return found.pop() if len(found) == 1 else None


_LINK_SPACE = re.compile(r"[ \u00a0\u202f]*")


def counted_linked(text: str, end: int, parsed: Any, lex: Any) -> tuple[str, int] | None:
    """The counted noun after a scale or vague word and a link word: "millions of dollars"."""
    gap = _LINK_SPACE.match(text, end)
    position = gap.end() if gap else end
    for link in sorted(lex.counted_links, key=len, reverse=True):
        after = position + len(link)
        if text[position:after].lower() == link and (
            link[-1:] in "'\u2019" or not text[after : after + 1].isalpha()
        ):
            return noun_at(text, after, parsed, lex)
    return None


def vague_range(text: str, number: NumberSpan, lex: Any) -> tuple[float, float] | None:
    """The range a vague number word stands for, else None.

    A vague plural ("hundreds", "des milliers") is the range of its power of ten unless
    it scales the next number ("hundreds of billions"); a bare power of ten after
    "several" ("several hundred", "plusieurs milliers") is N to 10N - 1.
    """
    found = lex.vague_plurals.get(normalise_phrase(text[number.start : number.end]))
    if found is not None:
        return None if _scales_next(text, number, lex) else (float(found[0]), float(found[1]))
    words = re.findall(r"[^\W\d_]+", text[max(0, number.start - 20) : number.start])
    single = " " not in text[number.start : number.end].strip()
    power = number.value in (100.0, 1e3, 1e6, 1e9)
    if single and power and words and words[-1].lower() in lex.vague_before:
        return number.value, number.value * 10 - 1
    return None


def _scales_next(text: str, number: NumberSpan, lex: Any) -> bool:
    """ "hundreds of billions", "tens of thousands": the word scales the number after it."""
    words = re.match(r"\W+(\w+)\W+(\w+)", text[number.end : number.end + 40])
    if words is None:
        return False
    following = words.group(2).lower()
    return following in lex.multipliers or following in lex.vague_plurals


def toll(before: str, lex: Any) -> str | None:
    """The counted word of a toll named before the figure in its clause, else None."""
    for phrase in sorted(lex.tolls, key=len, reverse=True):
        if _phrase_in(phrase, before):
            return str(lex.tolls[phrase])
    return None


def counted_of_number(before: str, offset: int, text: str, parsed: Any,
                      lex: Any) -> str | None:
    """The counted noun of the last "number of X" in ``before`` (the clause up to the
    figure, starting at ``offset`` in ``text``), lemmatised from the parse; else None."""
    best = None
    for phrase in lex.number_nouns:
        pattern = r"(?<!\w)" + re.escape(phrase).replace("'", "['\u2019]")
        for match in re.finditer(pattern, before, re.IGNORECASE):
            if best is None or match.end() > best:
                best = match.end()
    if best is None:
        return None
    found = noun_at(text, offset + best, parsed, lex)
    return found[0] if found is not None else None


#: How far back a figure referring to "the number" looks for the thing counted.
BACK_CHARS = 400


def refers_back(before: str, lex: Any) -> bool:
    """The clause before a bare figure names "the number", "the figure", "the estimate"."""
    return any(
        re.search(r"(?<!\w)" + re.escape(phrase).replace("'", "['\u2019]") + r"(?!\w)",
                  before, re.IGNORECASE)
        for phrase in lex.reference_nouns
    )


#: The key of what a figure counts when a verb only people undergo goes with it.
PEOPLE = "person"
_WORDS = re.compile(r"[^\W\d_]+")


def counted_by_verb(text: str, clause: tuple[int, int], start: int, end: int,
                    lex: Any) -> str | None:
    """"person" when a verb only people undergo comes right before the figure or within
    three words after it, in its clause ("84 were killed", "killed over 140,000")."""
    before = _WORDS.findall(text[clause[0] : start])[-1:]
    after = _WORDS.findall(text[end : clause[1]])[:3]
    if any(word.lower() in lex.person_verbs for word in (*before, *after)):
        return PEOPLE
    return None

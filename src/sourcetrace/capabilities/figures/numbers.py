"""Numbers in a text, in digits or in words, with their character spans and values.

Digits are read in the language's format (decimal mark, thousands separators, scale
words and symbols such as "2,5 millions", "1.2bn", "15k"); numbers in words are found by
``text_to_num.find_numbers`` (text2num), which knows "nine", "trois cents",
"dreihundert" and "doscientos". Nothing here decides whether a number is a figure: the
figures stage does that from the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.capabilities.figures.patterns import FigurePatterns, normalise_phrase

__all__ = ["NumberSpan", "find_numbers", "parse_digits"]

_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]")


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberSpan:
    """A number: ``start``/``end`` cover the digits or words and any scale word after them.

    ``digits_end`` is where the digits (or words) stop, before a scale word; ``factor``
    is the scale applied (1.0 without one); ``scaled`` says a scale word or symbol was
    read ("million", "bn"); ``words`` marks numbers written in words; ``plain`` marks a
    bare run of digits (a year candidate).
    """

    start: int
    end: int
    digits_end: int
    value: float
    factor: float = 1.0
    words: bool = False
    scaled: bool = False
    plain: bool = False
    last_word: str = ""


def parse_digits(text: str, patterns: FigurePatterns) -> float:
    """The value of a digit string matched by ``patterns.number`` in its language's format."""
    lex = patterns.lexicon
    if lex.decimal != "." and re.fullmatch(r"\d+\.\d{1,2}", text):
        return float(text)
    cleaned = text
    for group in (*lex.groups, " "):
        cleaned = cleaned.replace(group, "")
    return float(cleaned.replace(lex.decimal, "."))


class _Token:
    """The token shape ``text_to_num.find_numbers`` reads."""

    __slots__ = ("end", "start", "value")

    def __init__(self, match: re.Match[str]) -> None:
        self.value = match.group()
        self.start = match.start()
        self.end = match.end()

    def text(self) -> str:
        return self.value

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def find_numbers(text: str, patterns: FigurePatterns) -> list[NumberSpan]:
    """Every number in ``text``, in text order; digits first, then words that do not overlap."""
    spans = list(_digit_numbers(text, patterns))
    if patterns.lexicon.text2num:
        taken = [(s.start, s.end) for s in spans]
        for span in _word_numbers(text, patterns, patterns.lexicon.text2num):
            if not any(span.start < end and start < span.end for start, end in taken):
                spans.append(span)
    if patterns.vague is not None:
        # vague plurals text2num does not read alone: "des milliers", "Tausende"
        taken = [(s.start, s.end) for s in spans]
        for match in patterns.vague.finditer(text):
            if not any(match.start() < end and start < match.end() for start, end in taken):
                low = patterns.lexicon.vague_plurals[normalise_phrase(match.group())][0]
                spans.append(NumberSpan(start=match.start(), end=match.end(),
                                        digits_end=match.end(), value=low, words=True,
                                        last_word=normalise_phrase(match.group())))
    spans.sort(key=lambda s: s.start)
    return spans


def _digit_numbers(text: str, patterns: FigurePatterns) -> list[NumberSpan]:
    out = []
    for match in patterns.number.finditer(text):
        digits = match.group()
        value = parse_digits(digits, patterns)
        end = match.end()
        scaled = False
        factor = None
        last_word = ""
        scale = patterns.multiplier.match(text, end)
        if scale is not None:
            key = scale.group("word")
            factor = patterns.multiplier_lookup.get(normalise_phrase(key)) if key else None
            if factor is None:
                symbol = scale.group("glued") or scale.group("spaced") or scale.group("short")
                factor = patterns.multiplier_lookup.get(symbol or "")
            if factor is not None:
                value *= factor
                end = scale.end()
                scaled = True
                last_word = normalise_phrase(key or "")
        out.append(
            NumberSpan(
                start=match.start(),
                end=end,
                digits_end=match.end(),
                value=value,
                factor=factor or 1.0,
                scaled=scaled,
                plain=digits.isdigit(),
                last_word=last_word,
            )
        )
    return out


def _word_numbers(text: str, patterns: FigurePatterns, language: str) -> list[NumberSpan]:
    from text_to_num import find_numbers as text2num_find  # type: ignore[import-untyped]

    tokens = [_Token(m) for m in _WORD_TOKEN.finditer(text)]
    try:
        # threshold 0: small numbers too ("two people"); "one"/"un" are judged later
        occurrences = text2num_find(tokens, language, threshold=0)
    except (ValueError, TypeError):  # an unsupported language: no numbers in words
        return []
    out = []
    for occurrence in occurrences:
        if occurrence.is_ordinal:
            continue
        words = tokens[occurrence.start : occurrence.end]
        if not words or any(t.value[0].isdigit() for t in words):
            continue
        last = normalise_phrase(words[-1].value)
        factor = patterns.multiplier_lookup.get(last, 1.0) if len(words) > 1 else 1.0
        value, end = float(occurrence.value), words[-1].end
        scale = None
        if last not in patterns.multiplier_lookup:
            scale = patterns.multiplier.match(text, end)
        key = scale.group("word") if scale is not None else None
        if scale is not None and key:
            # a scale noun text2num does not know: "un millier", "une dizaine"
            factor = patterns.multiplier_lookup.get(normalise_phrase(key), 1.0)
            value, end, last = value * factor, scale.end(), normalise_phrase(key)
        out.append(
            NumberSpan(
                start=words[0].start,
                end=end,
                digits_end=words[-1].end,
                value=value,
                factor=factor,
                words=True,
                scaled=factor != 1.0,
                last_word=last,
            )
        )
    return out

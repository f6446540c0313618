"""Words, sentences and paragraphs, in any language: every stage's segmentation.

The rule stages must work without a parse (German has no spaCy pipeline), so they read
the text through this light segmentation: word tokens with offsets, paragraphs (one
non-blank line each) and sentence spans that respect paragraph breaks and common
abbreviations ("Mr.", "M.", "Sra.").

Where a stage reads a sentence differently, its boundary rule is named here rather than
kept in the stage, so the rules can be compared and merged in one place:

- ``blocks``: the language stage's paragraphs (blank-line separated, lines kept
  together), where ``paragraphs`` is one non-blank line each.
- ``sentence_spans``: the quotes stage (abbreviation-aware, inside paragraphs).
- ``SIGNAL_SENTENCE_END`` with ``split_at``: the signal families when there is no parse.
- ``CUE_SCOPE_END`` with ``sentence_around``: how far the dates stage looks for a tense cue
  (a sentence, also cut at ``;`` and ``:``).
- ``WINDOW_SENTENCE_END`` with ``sentence_before``/``sentence_after``: a figure's sentence
  inside the context window the checks read.

Merging these rules changes what the stages find, so it is a measured change of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "CUE_SCOPE_END",
    "SIGNAL_SENTENCE_END",
    "WINDOW_SENTENCE_END",
    "Token",
    "blocks",
    "is_capitalised",
    "paragraphs",
    "sentence_after",
    "sentence_around",
    "sentence_before",
    "sentence_spans",
    "split_at",
    "tokenize",
    "trimmed",
]

# Words keep inner apostrophes and hyphens ("l'Intérieur", "a-t-il", "don't"); every
# other non-space character is a token of its own.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?(?<=\w\.)(?=\s)|\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»“'’)]*(?=\s+[\"“„«‘'(—–-]?\s*[A-ZÀ-ÖØ-Þ0-9¿¡])")
#: A sentence end for the signal families: after . ! ? … (and a closing quote) before a
#: capital or digit, or at line breaks.
SIGNAL_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'”»“]?\s+(?=[\"'“«„(\[]?[A-ZÀ-Þ0-9¿¡])|\n+")
#: The end of a tense cue's scope for the dates stage: . ! ? ; : before a capital, or a
#: line break.
CUE_SCOPE_END = re.compile(r"[.!?;:]\s+(?=[A-ZÀ-Ý\"“«„¿¡])|\n")
#: A sentence end inside a figure's context window: . ! ? (optionally closed by a quote
#: mark) before a space, or a line break; a point inside a number ("9.000") is not one.
WINDOW_SENTENCE_END = re.compile(r"[.!?][\"”»’)]?\s+|\n")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col sgt capt prof jr sr sra srta m mme mlle mgr "
    "no nr vs jan feb mar apr aug sept sep oct nov dec inc corp co ltd u.s u.k e.g i.e".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    tokens = []
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group()
        # A trailing full stop belongs to the word only for known abbreviations.
        if word.endswith(".") and len(word) > 1 and word[:-1].lower() not in _ABBREVIATIONS:
            tokens.append(Token(match.start(), match.end() - 1, word[:-1]))
            tokens.append(Token(match.end() - 1, match.end(), "."))
        else:
            tokens.append(Token(match.start(), match.end(), word))
    return tokens


def is_capitalised(word: str) -> bool:
    """True for "Pistorius", "l'Intérieur"-style elided forms excluded; "NATO" included."""
    return word[:1].isupper()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: news paragraphs are one line each."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if stripped:
            left = match.start() + (len(match.group()) - len(match.group().lstrip()))
            spans.append((left, left + len(stripped)))
    return spans


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each block of ``text`` between blank lines."""
    start = 0
    for brk in _BLANK_LINE.finditer(text):
        if brk.start() > start:
            yield start, brk.start()
        start = brk.end()
    if start < len(text):
        yield start, len(text.rstrip())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a sentence never crosses a paragraph break."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        cursor = p_start
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            before = text[cursor : match.start()].split()
            last = before[-1].lower().rstrip(".") if before else ""
            if match.group().startswith(".") and (last in _ABBREVIATIONS or len(last) == 1):
                continue
            spans.append((cursor, match.end()))
            cursor = match.end()
            while cursor < p_end and text[cursor].isspace():
                cursor += 1
        if cursor < p_end:
            spans.append((cursor, p_end))
    return spans


def split_at(text: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of the non-blank stretches of ``text`` between ``boundary`` matches,
    trimmed of surrounding white space."""
    out: list[tuple[int, int]] = []
    pos = 0
    for match in boundary.finditer(text):
        if text[pos : match.start()].strip():
            out.append(trimmed(text, pos, match.start()))
        pos = match.end()
    if text[pos:].strip():
        out.append(trimmed(text, pos, len(text)))
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_around(
    text: str, start: int, end: int, boundary: re.Pattern[str]
) -> tuple[int, int]:
    """(start, end) of the stretch of ``text`` holding ``start:end``: from the end of the
    last ``boundary`` before ``start`` to the first one after ``end``."""
    left = 0
    for match in boundary.finditer(text, 0, start):
        left = match.end()
    stop = boundary.search(text, end)
    return left, stop.start() if stop else len(text)


def sentence_before(before: str, boundary: re.Pattern[str] = WINDOW_SENTENCE_END) -> str:
    """The end of ``before`` that lies in the sentence going on after it."""
    ends = list(boundary.finditer(before))
    return before[ends[-1].end() :] if ends else before


def sentence_after(after: str, boundary: re.Pattern[str] = WINDOW_SENTENCE_END) -> str:
    """The start of ``after`` that lies in the sentence going on before it."""
    end = boundary.search(after)
    return after[: end.start()] if end else after

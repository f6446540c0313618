"""Words, sentences and paragraphs for the rule-based speech stages, in any language.

The quotes stage must work without a parse (German has no spaCy pipeline), so it reads
the text through this light segmentation: word tokens with offsets and sentence spans
that respect paragraph breaks and common abbreviations ("Mr.", "M.", "Sra.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "is_capitalised", "paragraphs", "sentence_spans", "tokenize"]

# Words keep inner apostrophes and hyphens ("l'Intérieur", "a-t-il", "don't"); every
# other non-space character is a token of its own.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?(?<=\w\.)(?=\s)|\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»“'’)]*(?=\s+[\"“„«‘'(—–-]?\s*[A-ZÀ-ÖØ-Þ0-9¿¡])")
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

"""Shared reading of a document for the signal families: sentences, paragraphs, the
outlet's own voice versus reported speech, and lexicon matching.

Decision (documented in docs/guide.md): words inside a quote or a reported-speech
clause attributed to a speaker are the speaker's, not the outlet's. Loaded language,
persuasion cues and opinion markers are counted in the outlet's own voice only; a
loaded word in "“These are barbarians,” the mayor said" does not count against the
outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, Evidence
from sourcetrace.text.segments import SIGNAL_SENTENCE_END, paragraphs, split_at, trimmed

__all__ = [
    "Span",
    "TextView",
    "compile_terms",
    "evidence",
    "find_terms",
    "rate_score",
    "view_of",
]

#: Speakers that are the writer's own voice ("Can we really believe …", "Peut-on …").
_WRITER = frozenset({"on", "we", "nous", "you", "vous", "i", "je", "wir", "man", "ich", "nosotros"})
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: Quote marks around a stretch of at most 400 characters on one line.
_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„\n]{1,400})[”\"»“]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextView:
    """What every signal family reads: the text split once, and the reported regions."""

    text: str
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    #: Spans of quoted or reported content with a speaker: the speaker's words.
    reported: tuple[Span, ...]
    #: Spans of anything between quote marks, attributed or not.
    quoted: tuple[Span, ...]
    words: int

    def in_reported(self, start: int, end: int) -> bool:
        return any(s.start <= start and end <= s.end for s in self.reported)

    def in_quoted(self, start: int, end: int) -> bool:
        return any(s.start <= start and end <= s.end for s in self.quoted)

    def sentence_of(self, pos: int) -> Span:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return Span(pos, pos)

    def paragraph_of(self, pos: int) -> Span:
        for p in self.paragraphs:
            if p.start <= pos < p.end:
                return p
        return Span(pos, pos)


def view_of(doc: Document) -> TextView:
    """Split ``doc.text`` once. Sentences come from the shared parse when there is one."""
    text = doc.text
    if (
        doc.parsed is not None
        and getattr(doc.parsed, "has_annotation", None)
        and doc.parsed.has_annotation("SENT_START")
    ):
        sentences = tuple(
            Span(*trimmed(text, s.start_char, s.end_char))
            for s in doc.parsed.sents
            if s.text.strip()
        )
    else:
        sentences = tuple(Span(a, b) for a, b in split_at(text, SIGNAL_SENTENCE_END))
    reported: list[Span] = []
    for q in doc.quotes:
        # A question is never a report of someone's speech ("Can we trust …?" read as
        # reported speech by a loose parse).
        asked = not q.direct and text[q.end : q.end + 3].lstrip().startswith("?")
        if (
            (q.speaker_text or q.speaker_kind)
            and (q.speaker_text or "").lower() not in _WRITER
            and not asked
        ):
            # The quote's whole sentence frame belongs to the speaker's report.
            lo = min(x for x in (q.start, q.speaker_start, q.cue_start) if x is not None)
            hi = max(x for x in (q.end, q.speaker_end, q.cue_end) if x is not None)
            reported.append(Span(max(0, lo - 1), min(len(text), hi + 1)))
    quoted = [Span(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return TextView(
        text=text,
        sentences=sentences,
        paragraphs=tuple(Span(a, b) for a, b in paragraphs(text)),
        reported=tuple(reported),
        quoted=tuple(quoted),
        words=len(_WORD.findall(text)),
    )


def compile_terms(terms: Sequence[str], *, case_sensitive: bool = False) -> re.Pattern[str] | None:
    """One alternation of whole-word ``terms`` (regex fragments); ``None`` when empty."""
    if not terms:
        return None
    # Longest first, so "flood of" wins over "flood".
    body = "|".join(f"(?:{t})" for t in sorted(terms, key=len, reverse=True))
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def cached_terms(
    resources: Resources,
    language: str,
    name: str,
    terms: Sequence[str],
    *,
    case_sensitive: bool = False,
) -> re.Pattern[str] | None:
    key = f"signals:{language}:{name}:{case_sensitive}"
    return resources.cached(key, lambda: compile_terms(terms, case_sensitive=case_sensitive))  # type: ignore[no-any-return]


def find_terms(
    pattern: re.Pattern[str] | None, text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    if pattern is None:
        return iter(())
    return pattern.finditer(text, start, len(text) if end is None else end)


def evidence(text: str, start: int, end: int, note: str, field: str = "text") -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end], note=note, field=field)


def rate_score(count: float, scale: float) -> float:
    """A 0..1 score rising with ``count``: 0.5 at ``scale``, never reaching 1 (saturating)."""
    if count <= 0:
        return 0.0
    return round(count / (count + scale), 3)


def top(items: Iterable[Evidence], limit: int = 12) -> tuple[Evidence, ...]:
    """At most ``limit`` evidence spans, in text order, without exact repeats."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Evidence] = []
    for e in sorted(items, key=lambda e: (e.field, e.start)):
        key = (e.field, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return tuple(out[:limit])

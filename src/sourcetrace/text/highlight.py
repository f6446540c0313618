"""Highlighted text, one algorithm for the brief and the web app.

Spans from different extractors overlap freely (an entity inside a quote, a signal's
evidence crossing a quote's end). HTML elements must nest, so ``tokens`` cuts the text at
every span boundary and walks it left to right with a stack of open spans: a span that
must end while spans opened after it are still open closes them first and reopens them
right after. Spans that nest in the text therefore stay one element each (a quote stays
one ``mark`` with its entities inside); only truly crossing spans are split, and every
piece keeps its span's kind and note. The brief renders these tokens.

``segments`` flattens the same tokens into runs of text, each listing every span open
over it (the web app renders a run as one element with one class per kind).

Tokens and segments are plain data; the templates render them (with escaping).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

__all__ = ["Segment", "Span", "Token", "segments", "tokens"]

#: Lower ranks open first when two spans start and end at the same place (outermost).
KIND_RANK = {"signal": 0, "quote": 1, "speaker": 2, "entity": 3, "figure": 4, "date": 5}


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A highlighted stretch: ``kind`` picks the colour, ``note`` the hover text.

    ``anchor`` is the element id a link can jump to (set on the first piece only).
    """

    start: int
    end: int
    kind: str
    note: str = ""
    anchor: str | None = None
    css: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """``open`` / ``close`` a span, or ``text`` to print."""

    op: Literal["open", "close", "text"]
    text: str = ""
    span: Span | None = None
    #: Whether this ``open`` is the first piece of its span (the one carrying the anchor).
    first: bool = False


def _order(span: Span) -> tuple[int, int, int]:
    # Longer spans outside shorter ones; at equal extent, the kind's rank decides.
    return (span.start, -span.end, KIND_RANK.get(span.kind, 9))


def tokens(text: str, spans: Iterable[Span]) -> list[Token]:
    """The tokens of ``text`` with ``spans`` opened and closed in nesting order.

    Spans outside the text or empty are dropped (a stale offset must not break the page).
    """
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=_order,
    )
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    starts: dict[int, list[Span]] = {}
    for span in valid:
        starts.setdefault(span.start, []).append(span)

    out: list[Token] = []
    stack: list[Span] = []
    for here, after in pairwise(cuts):
        _close_ending(out, stack, here)
        for span in starts.get(here, ()):
            stack.append(span)
            out.append(Token(op="open", span=span, first=True))
        out.append(Token(op="text", text=text[here:after]))
    _close_ending(out, stack, len(text))
    return out


def _close_ending(out: list[Token], stack: list[Span], here: int) -> None:
    """Close every open span that ends at ``here``, reopening the ones caught above it."""
    if not any(span.end <= here for span in stack):
        return
    lowest = min(i for i, span in enumerate(stack) if span.end <= here)
    above = stack[lowest:]
    for span in reversed(above):
        out.append(Token(op="close", span=span))
    del stack[lowest:]
    # The still-open ones go back outermost first (the one ending last outside).
    reopen: Sequence[Span] = sorted(
        (s for s in above if s.end > here), key=lambda s: (-s.end, KIND_RANK.get(s.kind, 9))
    )
    for span in reopen:
        stack.append(span)
        out.append(Token(op="open", span=span, first=False))


@dataclass(slots=True)
class Segment:
    """A run of text with the kinds and notes of every span over it, and the anchors of
    the spans starting at it."""

    text: str
    kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "kinds": self.kinds, "notes": self.notes,
                "anchors": self.anchors}


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """``tokens(text, spans)`` flattened: one segment per text token, listing the spans open
    over it by start, then in the order given (spans outside the text are dropped)."""
    given = list(spans)
    rank = {id(span): n for n, span in enumerate(given)}
    open_spans: list[Span] = []
    starting: list[Span] = []
    result: list[Segment] = []
    for token in tokens(text, given):
        span = token.span
        if token.op == "open" and span is not None:
            open_spans.append(span)
            if token.first:
                starting.append(span)
        elif token.op == "close" and span is not None:
            del open_spans[next(i for i, s in enumerate(open_spans) if s is span)]
        elif token.op == "text":
            segment = Segment(text=token.text)
            for over in sorted(open_spans, key=lambda s: (s.start, rank[id(s)])):
                if over.kind not in segment.kinds:
                    segment.kinds.append(over.kind)
                if over.note and over.note not in segment.notes:
                    segment.notes.append(over.note)
            segment.anchors = [s.anchor for s in sorted(starting, key=lambda s: rank[id(s)])
                               if s.anchor]
            starting = []
            result.append(segment)
    return result

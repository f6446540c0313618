"""Highlighted text: overlapping character spans turned into properly nested markup tokens.

Spans from different extractors overlap freely (an entity inside a quote, a signal's
evidence crossing a quote's end). HTML elements must nest, so the text is cut at every
span boundary and walked left to right with a stack of open spans: a span that must end
while spans opened after it are still open closes them first and reopens them right
after. Spans that nest in the text therefore stay one element each (a quote stays one
``mark`` with its entities inside); only truly crossing spans are split, and every piece
keeps its span's kind and note.

The tokens are plain data; the template renders them (with escaping).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

__all__ = ["Span", "Token", "tokens"]

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

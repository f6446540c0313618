"""Highlighting spans of an article's cleaned text, overlaps included.

Spans (mentions, quotes, speakers, figures, dates, signal evidence) may nest or cross:
a figure inside a quote, a speaker overlapping a mention. Rather than nesting markup
(which cannot express crossing spans), the text is cut at every span boundary into
segments, and each segment lists every span covering it. The template renders a segment
as one element with one class per kind, so each character shows all its annotations.
Segments carry plain text only; escaping is the template's job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

__all__ = ["HighlightSpan", "Segment", "segments"]


@dataclass(frozen=True, slots=True, kw_only=True)
class HighlightSpan:
    """One annotation to show: ``kind`` becomes a CSS class (``hl-<kind>``); ``note`` a
    tooltip; ``anchor`` an element id at its start (for links from the side lists)."""

    start: int
    end: int
    kind: str
    note: str = ""
    anchor: str | None = None


@dataclass(slots=True)
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "kinds": self.kinds, "notes": self.notes,
                "anchors": self.anchors}


def segments(text: str, spans: Iterable[HighlightSpan]) -> list[Segment]:
    """``text`` cut into segments at span boundaries; spans outside the text are dropped."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    starts: dict[int, list[HighlightSpan]] = {}
    for span in valid:
        starts.setdefault(span.start, []).append(span)
    active: list[HighlightSpan] = []
    result: list[Segment] = []
    for left, right in pairwise(cuts):
        active = [s for s in active if s.end > left]
        opening: Sequence[HighlightSpan] = starts.get(left, ())
        active.extend(opening)
        segment = Segment(text=text[left:right])
        for span in active:
            if span.kind not in segment.kinds:
                segment.kinds.append(span.kind)
            if span.note and span.note not in segment.notes:
                segment.notes.append(span.note)
        segment.anchors = [s.anchor for s in opening if s.anchor]
        result.append(segment)
    return result

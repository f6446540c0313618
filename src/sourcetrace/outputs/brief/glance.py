"""The brief's first screen: what happened, what is disputed, what changed, in at most
``SUMMARY_LINES`` lines made of the case's own records, each linking to its evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sourcetrace.outputs.brief.checks import CarrierRow, CheckView
from sourcetrace.outputs.brief.events import EventRow

if TYPE_CHECKING:
    from sourcetrace.outputs.brief.view import OutletView, Row, StoryView

__all__ = ["SUMMARY_LINES", "SummaryLine", "summary_lines"]

#: The first screen's summary holds at most this many lines.
SUMMARY_LINES = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryLine:
    """One line of the first screen: a label, the record's own words, and its evidence."""

    kind: str
    label: str
    text: str
    detail: str
    href: str | None
    verdict: str | None = None


def _carrier_words(row: CarrierRow) -> str:
    c = row.carrier
    what = f"“{c.text}”" + (f" ({row.reading})" if row.reading else "")
    return f"{what} — {c.outlet}{', ' + c.published if c.published else ''}"


def summary_lines(events: Sequence[EventRow],
                  stories: Sequence[StoryView], checks: Sequence[CheckView],
                  quotes: Sequence[Row], outlets: Sequence[OutletView]) -> list[SummaryLine]:
    """The first screen: at most ``SUMMARY_LINES`` lines, each made of the case's own
    records (event fields, figures and quotes as written, counts) and linking to them.

    Up to three main events (most sources first; the largest stories when events have
    not run), up to three conflicting or updated checks, the most quoted speakers, and
    the two outlets whose strongest signal scores highest, with its evidence passage.
    """
    lines: list[SummaryLine] = []
    ranked = sorted(enumerate(events, 1), key=lambda p: (-p[1].sources, p[0]))[:3]
    for n, e in sorted(ranked):
        toll = [f"{k} {v}" for k, v in (("killed", e.killed), ("injured", e.injured)) if v]
        sources = f"{e.sources} source{'s' if e.sources != 1 else ''}"
        lines.append(SummaryLine(
            kind="event", label=e.date or "undated",
            text=f"{e.type} — {e.place or 'place not given'}",
            detail=" · ".join([*toll, sources]),
            href=f"#ev-{n}",
            verdict="conflicting" if e.conflicting else "updated" if e.updated else None))
    if not events:
        for story in sorted(stories, key=lambda s: -len(s.articles))[:3]:
            dates = [r.published for r in story.articles if r.published]
            lines.append(SummaryLine(
                kind="story", label=dates[0] if dates else "undated", text=story.label,
                detail=f"{len(story.articles)} articles · {story.outlets} outlets",
                href=f"#{story.anchor}"))
    # Event checks are marked on the event lines; of the others, the first two conflicts
    # and the first update (more of one kind when the other has none).
    grouped = [c for c in checks if c.kind != "event" and c.carriers]
    conflicts = [c for c in grouped if c.verdict == "conflicting"]
    updates = [c for c in grouped if c.verdict == "updated"]
    disputed = conflicts[:3 - min(1, len(updates))]
    disputed += updates[:3 - len(disputed)]
    for c in disputed:
        pair = [r for r in c.carriers if r.carrier.item in c.travel.key_items]
        parts = [_carrier_words(r) for r in pair[:2]]
        lines.append(SummaryLine(
            kind="check", label=f"{c.kind} · {c.travel.about}", text=" vs ".join(parts)
            or c.explanation, detail=f"{len(c.travel.outlets)} outlets",
            href=f"#{c.anchor}", verdict=c.verdict))
    speakers: Counter[str] = Counter(q.speaker for q in quotes if q.speaker)
    first_quote: dict[str, str | None] = {}
    for q in quotes:
        first_quote.setdefault(q.speaker, q.href)
    top = speakers.most_common(3)
    if top:
        lines.append(SummaryLine(
            kind="quoted", label="most quoted",
            text=", ".join(f"{name} ({n})" for name, n in top),
            detail=f"{len(speakers)} speakers, {sum(speakers.values())} quotes",
            href=first_quote.get(top[0][0]) or "#quotes"))
    strongest = []
    for o in outlets:
        signals = [*o.outlet_signals, *o.article_signals]
        best = max(signals, key=lambda s: s.top, default=None)
        if best is not None and best.evidence:
            strongest.append((best.top, o, best))
    strongest.sort(key=lambda t: -t[0])
    for top_score, o, best in strongest[:2]:
        evidence = best.evidence[0]
        lines.append(SummaryLine(
            kind="signal", label=o.name, text=f"{best.kind} {top_score:.2f}",
            detail=f"“{evidence.text}”", href=evidence.href or f"#{o.anchor}"))
    return lines[:SUMMARY_LINES]

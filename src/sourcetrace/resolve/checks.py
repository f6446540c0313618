"""Figure checks: the same figure across sources, compared after normalisation.

Figures are compared only within one story (articles about the same event) and only
when they are about the same thing:

- the same counted concept (``counted_concept``: "morts", "Tote" and "dead" are one), or
  the same unit, or both money; a figure with none of these, or one that counts a unit
  of time (an age, a duration), is not compared;
- both rates or both counts (a rate is never set against a total);
- money in one currency: figures in two currencies are reported as "unclear" with the
  reason, as no exchange rate is assumed.

Verdicts, for a pair from two articles (A published no later than B):

- ``consistent``: the intervals the figures allow overlap (see ``figure_measure``);
- ``updated``: they do not overlap and B was published on a later day, and either they
  are rates (a rate changes over time: "more than 1,500 per month" then "about 150 per
  month") or B's count is higher (a toll rising across dated reports);
- ``conflicting``: they do not overlap and were published the same day (or a date is
  unknown), or a later count is lower than an earlier one;
- ``unclear``: different currencies.

A generic counted thing ("people", "personnes") is resolved from the two words before
the figure and the few after it ("killing 12 people", "12 people were killed" → dead);
if none names the concept the figure is left out, as "people" alone may count the dead,
the injured or the evacuated.
"""



from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha1
from typing import Any

from sourcetrace.model import Figure
from sourcetrace.resolve.figure_measure import Measure, measure
from sourcetrace.resolve.normalise import counted_concept, words

__all__ = ["Check", "FigureItem", "check_id", "figure_checks", "figure_key"]

#: Units that measure time: a figure in them is an age or a duration, not a reported count.
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
#: Concepts too broad to compare unless the following words narrow them: "two men" may
#: be the attackers or the dead, "six children" a sub-count of the victims.
GENERIC = frozenset({"people", "men", "women", "children"})
#: Words after a figure read to narrow a generic concept.
CONTEXT_WORDS = 4
#: At most this many checks per story and key, earliest pairs first.
MAX_PAIRS = 40


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureItem:
    """One figure with what a check needs of its article."""

    id: str
    article_id: str
    figure: Figure
    source: str | None = None
    published: date | None = None
    language: str | None = None
    #: The article text right before and after the figure (for generic counted things).
    before: str = ""
    after: str = ""
    seq: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """A comparison across sources; ``data`` holds extra export fields (spans, …)."""

    id: str
    kind: str
    items: tuple[str, ...]
    verdict: str
    explanation: str
    data: dict[str, Any] = field(default_factory=dict)


def check_id(kind: str, items: Sequence[str]) -> str:
    digest = sha1("\x1f".join([kind, *sorted(items)]).encode("utf-8")).hexdigest()
    return f"check-{kind}-{digest[:12]}"


def figure_key(item: FigureItem) -> tuple[str, str, bool] | None:
    """What the figure counts, as a comparable key; None if it is not comparable."""
    f = item.figure
    rate = f.per is not None
    if f.currency:
        return ("money", "", rate)
    if f.unit:
        return None if f.unit in TIME_UNITS else ("unit", f.unit, rate)
    concept = counted_concept(f.counted, item.language)
    if concept is None:
        return None
    if concept in GENERIC:
        narrowed = _narrow(item)
        if narrowed is None:
            return None
        concept = narrowed
    return ("count", concept, rate)


def _narrow(item: FigureItem) -> str | None:
    # The verb just before ("killing 12 people") binds closer than words after it.
    near = [*reversed(words(item.before)[-2:]), *words(item.after)[:CONTEXT_WORDS]]
    for word in near:
        concept = counted_concept(word, item.language, known_only=True)
        if concept is not None and concept not in GENERIC:
            return concept
    return None


def _when(item: FigureItem) -> str:
    who = item.source or item.article_id
    return f"{who}, {item.published.isoformat()}" if item.published else who


def _desc(item: FigureItem, m: Measure) -> str:
    return f"“{item.figure.text}” ({_when(item)}) = {m.words}"


def _compare(a: FigureItem, ma: Measure, b: FigureItem, mb: Measure) -> tuple[str, str]:
    """Verdict and explanation for A (earlier or same day) against B."""
    fa, fb = a.figure, b.figure
    da, db = _desc(a, ma), _desc(b, mb)
    if fa.currency and fb.currency and fa.currency != fb.currency:
        return "unclear", (
            f"{da} is in {fa.currency} and {db} in {fb.currency}: not compared, "
            "as no exchange rate is assumed"
        )
    if ma.overlaps(mb):
        if (ma.low, ma.high) == (mb.low, mb.high):
            how = f"{da} and {db}: the same figure"
        elif mb.low <= ma.low and ma.high <= mb.high:
            how = f"{da}, inside {db}"
        elif ma.low <= mb.low and mb.high <= ma.high:
            how = f"{db}, inside {da}"
        else:
            how = f"{da} and {db} overlap"
        return "consistent", how
    later = a.published is not None and b.published is not None and b.published > a.published
    apart = f"{da} and {db} do not overlap"
    if later and (ma.rate or mb.low > ma.high):
        why = (
            "a rate reported later is read as a change over time"
            if ma.rate
            else "a higher figure reported later is read as an update"
            " (a rising toll or total)"
        )
        return "updated", f"{apart}; {why}"
    if later:
        return "conflicting", (
            f"{apart}; the later report gives a lower figure, which an update over "
            "time does not explain"
        )
    when = "reported the same day" if a.published and b.published else "dates unknown"
    return "conflicting", f"{apart}; {when}"


def _distance(ma: Measure, mb: Measure) -> float:
    """0 when the intervals overlap, else the gap between them relative to their size."""
    if ma.overlaps(mb):
        return 0.0
    lo, hi = (ma, mb) if ma.high < mb.low else (mb, ma)
    return (hi.low - lo.high) / max(hi.low, 1.0)


def _order(item: FigureItem) -> tuple[bool, date, int]:
    return (item.published is None, item.published or date.min, item.seq)


def figure_checks(items: Sequence[FigureItem], *, story_id: str = "") -> Iterator[Check]:
    """Checks between figures of different articles (one story's figures)."""
    groups: dict[tuple[str, str, bool], list[tuple[FigureItem, Measure]]] = defaultdict(list)
    for item in sorted(items, key=_order):
        key = figure_key(item)
        reading = measure(item.figure) if key else None
        if key is not None and reading is not None:
            groups[key].append((item, reading))
    for key in sorted(groups):
        made = 0
        members = _distinct(groups[key])
        readings: dict[tuple[float, float], list[tuple[FigureItem, Measure]]] = defaultdict(list)
        for item, m in members:
            readings[(m.low, m.high)].append((item, m))
        for same in readings.values():
            if len({item.article_id for item, _ in same}) > 1:
                yield _same_figure(same, key, story_id)
        # One representative (the earliest) per reading, compared with the others.
        reps = sorted((same[0] for same in readings.values()), key=lambda r: _order(r[0]))
        for j, (b, mb) in enumerate(reps):
            # Against each earlier article, only its figure closest to B's: an article
            # giving both an early toll and the latest one is not in conflict with B.
            nearest: dict[str, tuple[FigureItem, Measure]] = {}
            for a, ma in reps[:j]:
                if a.article_id == b.article_id:
                    continue
                held = nearest.get(a.article_id)
                if held is None or _distance(ma, mb) < _distance(held[1], mb):
                    nearest[a.article_id] = (a, ma)
            for a, ma in nearest.values():
                if made >= MAX_PAIRS:
                    break
                made += 1
                verdict, explanation = _compare(a, ma, b, mb)
                pair = (a.id, b.id)
                yield Check(
                    id=check_id("figure", pair),
                    kind="figure",
                    items=pair,
                    verdict=verdict,
                    explanation=explanation,
                    data={
                        "story_id": story_id or None,
                        "about": key[1] or key[0],
                        "spans": [_span(a), _span(b)],
                        "normalised": [_norm(a.id, ma), _norm(b.id, mb)],
                    },
                )


def _same_figure(
    same: Sequence[tuple[FigureItem, Measure]], key: tuple[str, str, bool], story_id: str
) -> Check:
    """One check for a figure several articles give identically."""
    ids = tuple(item.id for item, _ in same)
    first, m = same[0]
    outlets = list(dict.fromkeys(item.source or item.article_id for item, _ in same))
    texts = ", ".join(dict.fromkeys(f"“{item.figure.text}”" for item, _ in same))
    return Check(
        id=check_id("figure", ids),
        kind="figure",
        items=ids,
        verdict="consistent",
        explanation=(
            f"{texts}: the same figure ({m.words}) in {len(same)} reports from "
            f"{', '.join(outlets)}; first given by {_when(first)}"
        ),
        data={
            "story_id": story_id or None,
            "about": key[1] or key[0],
            "spans": [_span(item) for item, _ in same],
            "normalised": [_norm(first.id, m)],
        },
    )


def _distinct(
    members: Sequence[tuple[FigureItem, Measure]],
) -> list[tuple[FigureItem, Measure]]:
    """One figure per article and reading: a figure repeated in an article counts once."""
    seen: set[tuple[str, float, float]] = set()
    kept = []
    for item, m in members:
        marker = (item.article_id, m.low, m.high)
        if marker not in seen:
            seen.add(marker)
            kept.append((item, m))
    return kept


def _span(item: FigureItem) -> dict[str, Any]:
    f = item.figure
    return {"item": item.id, "article_id": item.article_id, "start": f.start, "end": f.end,
            "text": f.text}


def _norm(item_id: str, m: Measure) -> dict[str, Any]:
    return {
        "item": item_id,
        "low": m.low,
        "high": None if m.high == float("inf") else m.high,
        "per": "month" if m.rate else None,
        "reading": m.words,
    }

"""Arithmetic inside one article: parts that add up to a total, and a share that is the
ratio of two of its figures.

A careful reader checks a report against itself: "149 … 112 … 170 … 617 and 99" against
the 1,147 they make up, "7.805,9 millones" and "6.566,5 millones" against the
"14.372,4 millones" of the total, "55,7 %" against 7.805,9 / 14.013. Both checks are made
inside one article only, between figures that measure the same thing (the same currency,
unit or counted key, both rates or both counts), and only their agreement is reported
(verdict ``consistent``): figures that do not add up may simply not be parts of one
whole, so a failed sum says nothing.

- ``sum``: a run of two to ``MAX_PARTS`` figures that follow one another in the text
  (no figure of the same kind between them) adds up exactly, to the precision written,
  to another figure of the article: a listing and its total.
- ``share``: a percentage equals A / B × 100 for two figures A and B of the article, to
  the precision the percentage is written with (a rounded last digit, or a truncated one
  where it has decimals), where the percentage stands within ``NEAR_CHARS`` of A or B
  ("about 1,100 dealerships, 18% of its network"); one reading per percentage, the ratio
  closest to it.

Cost: per article and per kind of figure, the runs are linear in the number of figures
(``MAX_PARTS`` each) and the ratios quadratic in the figures near each percentage.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sourcetrace.capabilities.checks.figure_checks import Check, FigureItem, check_id
from sourcetrace.capabilities.checks.figure_measure import fmt

__all__ = ["MAX_PARTS", "NEAR_CHARS", "arithmetic_checks"]

#: The longest run of parts read as adding up to a total.
MAX_PARTS = 6
#: A percentage is read as the ratio of two figures when it stands this close to one.
NEAR_CHARS = 300
#: Units of a share.
_SHARES = frozenset({"%"})


def _kind(item: FigureItem) -> tuple[str, str | None] | None:
    """What a figure measures, for arithmetic inside one article; None for shares,
    headline figures and figures with nothing to say what they measure."""
    f = item.figure
    if f.field != "text" or f.value is None:
        return None
    if f.currency:
        return (f"money {f.currency}", f.per)
    if f.unit:
        return None if f.unit in _SHARES else (f"unit {f.unit}", f.per)
    if f.counted:
        return (f"count {f.counted}", f.per)
    return None


def _decimals(value: float) -> int:
    text = repr(float(value))
    if "e" in text or text.endswith(".0"):
        return 0
    return len(text.split(".")[1])


def _same(total: float, value: float, precision: int) -> bool:
    return abs(total - value) <= 0.5 * 10.0**-precision + 1e-9


def arithmetic_checks(items: Sequence[FigureItem], *, story_id: str = "") -> Iterator[Check]:
    """Sum and share checks inside each article of ``items``."""
    by_article: dict[str, list[FigureItem]] = defaultdict(list)
    for item in items:
        by_article[item.article_id].append(item)
    for figures in by_article.values():
        figures.sort(key=lambda i: (i.figure.field != "text", i.figure.start))
        yield from _sums(figures, story_id)
        yield from _shares(figures, story_id)


def _sums(figures: list[FigureItem], story_id: str) -> Iterator[Check]:
    groups: dict[tuple[str, str | None], list[FigureItem]] = defaultdict(list)
    for item in figures:
        kind = _kind(item)
        if kind is not None:
            groups[kind].append(item)
    for kind, members in groups.items():
        totals: dict[float, list[FigureItem]] = defaultdict(list)
        for item in members:
            totals[round(item.figure.value or 0.0, 6)].append(item)
        seen: set[tuple[str, ...]] = set()
        for first in range(len(members)):
            for last in range(first + 2, min(first + MAX_PARTS, len(members)) + 1):
                parts = members[first:last]
                values = [p.figure.value or 0.0 for p in parts]
                precision = max(_decimals(v) for v in values)
                total = sum(values)
                for candidate, found in totals.items():
                    if not _same(candidate, total, precision):
                        continue
                    whole = next((t for t in found if t not in parts), None)
                    if whole is None:
                        continue
                    ids = (*(p.id for p in parts), whole.id)
                    if ids in seen:
                        continue
                    seen.add(ids)
                    shown = " + ".join(fmt(v) for v in values)
                    yield _check(ids, [*parts, whole], kind, "sum", story_id, (
                        f"{shown} = {fmt(total)}: the parts "
                        f"{', '.join(f'“{p.figure.text}”' for p in parts)} add up to "
                        f"“{whole.figure.text}” in the same report"))


def _shares(figures: list[FigureItem], story_id: str) -> Iterator[Check]:
    shares = [i for i in figures if i.figure.field == "text" and i.figure.unit in _SHARES
              and i.figure.value is not None and i.figure.per is None]
    groups: dict[tuple[str, str | None], list[FigureItem]] = defaultdict(list)
    for item in figures:
        kind = _kind(item)
        if kind is not None:
            groups[kind].append(item)
    for share in shares:
        percent = share.figure.value or 0.0
        decimals = _decimals(percent)
        # a rounded last digit, or a truncated one where the percentage has decimals
        tolerance = (0.75 if decimals else 0.5) * 10.0**-decimals
        best: tuple[float, int, FigureItem, FigureItem, tuple[str, str | None]] | None = None
        for kind, members in groups.items():
            for a in members:
                for b in members:
                    if a is b or not (b.figure.value or 0.0) > 0:
                        continue
                    if not (_near(share, a) or _near(share, b)):
                        continue
                    ratio = 100.0 * (a.figure.value or 0.0) / (b.figure.value or 1.0)
                    if not math.isclose(ratio, percent, abs_tol=tolerance):
                        continue
                    distance = min(abs(share.figure.start - a.figure.start),
                                   abs(share.figure.start - b.figure.start))
                    candidate = (abs(ratio - percent), distance, a, b, kind)
                    if best is None or candidate[:2] < best[:2]:
                        best = candidate
        if best is not None:
            # One reading per percentage: the ratio closest to it (then the nearest figures).
            _, _, a, b, kind = best
            ratio = 100.0 * (a.figure.value or 0.0) / (b.figure.value or 1.0)
            yield _check((a.id, b.id, share.id), [a, b, share], kind, "share", story_id, (
                f"“{a.figure.text}” / “{b.figure.text}” = {ratio:.2f}%, given as "
                f"“{share.figure.text}” in the same report"))


def _near(share: FigureItem, other: FigureItem) -> bool:
    return abs(share.figure.start - other.figure.start) <= NEAR_CHARS


def _check(ids: tuple[str, ...], members: Sequence[FigureItem], kind: tuple[str, str | None],
           relation: str, story_id: str, explanation: str) -> Check:
    data: dict[str, Any] = {
        "story_id": story_id or None,
        "about": kind[0].split(" ", 1)[-1],
        "relation": relation,
        "spans": [{"item": m.id, "article_id": m.article_id, "start": m.figure.start,
                   "end": m.figure.end, "text": m.figure.text} for m in members],
    }
    return Check(id=check_id(f"figure-{relation}", ids), kind="figure", items=ids,
                 verdict="consistent", explanation=explanation, data=data)

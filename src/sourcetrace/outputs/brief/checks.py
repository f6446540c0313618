"""The brief's cross-source checks: one card per claim or figure group
(``outputs.travel``), with its carriers in time order and a chart of the figures."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.outputs.brief.anchors import Anchors, ArticleRef, describe_figure
from sourcetrace.outputs.brief.charts import FigureChart, figure_chart
from sourcetrace.outputs.casefile import CaseFile, Record
from sourcetrace.outputs.travel import Carrier, Travel, claim_travel

__all__ = ["CHART_ROWS", "CarrierRow", "CheckView", "check_views"]

#: Rows of a check's figure chart in a folded brief (the earliest carriers).
CHART_ROWS = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class CarrierRow:
    """One carrier of a travelling claim or figure, as the brief lists it."""

    carrier: Carrier
    article: ArticleRef | None
    href: str | None
    reading: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckView:
    """One card: a claim or figure group (``outputs.travel``) with its carriers."""

    anchor: str
    travel: Travel
    kind: str
    verdict: str
    explanation: str
    carriers: tuple[CarrierRow, ...]
    chart: FigureChart | None


def check_views(case: CaseFile, anchors: Anchors, full: bool = False) -> list[CheckView]:
    """One card per claim or figure group, most urgent verdict first."""
    views = []
    for n, travel in enumerate(claim_travel(case), 1):
        rows = []
        records = []
        for c in travel.carriers:
            index = case.figure_index if c.kind == "figure" else case.quote_index
            record = index.get(c.item) or {}
            records.append(record)
            rows.append(CarrierRow(
                carrier=c, article=anchors.article(c.article_id),
                href=anchors.href("f" if c.kind == "figure" else "q", record),
                reading=describe_figure(record) if c.kind == "figure" else ""))
        chart = None
        # One chart row per article and amount (a lead and its body restating a figure
        # are one row); the earliest CHART_ROWS unless the brief is full.
        seen: set[tuple[object, ...]] = set()
        distinct = []
        for c, record in zip(travel.carriers, records, strict=True):
            if record and (c.article_id, c.amount) not in seen:
                seen.add((c.article_id, c.amount))
                distinct.append(record)
        records = distinct if full else distinct[:CHART_ROWS]
        if travel.kind == "figure" and records:
            def label(f: Record) -> str:
                ref = anchors.article(f.get("article_id") or "")
                return f"{ref.outlet} {ref.published or ''}".strip() if ref else "outside focus"
            chart = figure_chart(records, label, lambda f: anchors.href("f", f))
        views.append(CheckView(anchor=f"c{n}", travel=travel, kind=travel.kind,
                               verdict=travel.verdict, explanation=travel.explanation,
                               carriers=tuple(rows), chart=chart))
    return views

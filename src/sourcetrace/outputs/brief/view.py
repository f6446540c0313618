"""The brief's content, section by section, as plain data both renderers (HTML, Markdown)
walk. Everything is computed here once; templates only lay it out.

A section whose records the case does not have yet (no stories before story clustering
has run, no checks before cross-checking …) is an empty list, and the renderers show it
as "not computed yet" rather than hiding it, so a reader knows what is missing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import mean

from sourcetrace.outputs.brief.actors import Actor, actors
from sourcetrace.outputs.brief.anchors import Anchors, ArticleRef, day_of, describe_figure
from sourcetrace.outputs.brief.charts import FigureChart, figure_chart
from sourcetrace.outputs.brief.events import EventRow, event_rows
from sourcetrace.outputs.brief.reader import ArticleView, article_views
from sourcetrace.outputs.brief.timeline import Chart, Item, build_chart, parse_period
from sourcetrace.outputs.casefile import CaseFile, Record, outlet_of
from sourcetrace.outputs.travel import Carrier, Travel, claim_travel

__all__ = ["BriefView", "build_view"]

#: How many actors the brief lists (most articles first); the rest are counted.
MAX_ACTORS = 60
#: Examples shown per timeline date and per signal kind.
EXAMPLES = 3
#: Rows of a check's figure chart in a folded brief (the earliest carriers).
CHART_ROWS = 10
#: The first screen's summary holds at most this many lines.
SUMMARY_LINES = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class Overview:
    articles: int
    outlets: tuple[tuple[str, int], ...]
    languages: tuple[tuple[str, int], ...]
    first: str | None
    last: str | None
    undated: int
    duplicates: int
    counts: Mapping[str, int]


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryView:
    anchor: str
    id: str
    label: str
    articles: tuple[ArticleRef, ...]
    outlets: int
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    before: str
    match: str
    after: str
    outlet: str
    href: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineRow:
    anchor: str
    value: str
    precision: str | None
    mentions: int
    articles: int
    examples: tuple[Context, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorView:
    anchor: str
    actor: Actor
    articles: tuple[ArticleRef, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """A figure or quote line of a table or check."""

    href: str | None
    article: ArticleRef | None
    text: str
    reading: str
    speaker: str = ""
    via: tuple[str, ...] = ()
    direct: bool = True
    cue: str | None = None
    checks: tuple[tuple[str, str], ...] = ()  # (check anchor, verdict)


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


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryLine:
    """One line of the first screen: a label, the record's own words, and its evidence."""

    kind: str
    label: str
    text: str
    detail: str
    href: str | None
    verdict: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    text: str
    note: str
    href: str | None
    article: ArticleRef | None


@dataclass(frozen=True, slots=True, kw_only=True)
class SignalSummary:
    """One signal kind: for an outlet's own signal ``articles`` is 0."""

    kind: str
    score: float
    top: float
    articles: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletView:
    anchor: str
    name: str
    articles: tuple[ArticleRef, ...]
    languages: tuple[tuple[str, int], ...]
    first: str | None
    last: str | None
    outlet_signals: tuple[SignalSummary, ...]
    article_signals: tuple[SignalSummary, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefView:
    title: str
    focus: str | None
    generated: str
    overview: Overview
    stories: tuple[StoryView, ...]
    chart: Chart | None
    timeline: tuple[TimelineRow, ...]
    unresolved_dates: int
    actors: tuple[ActorView, ...]
    actors_total: int
    actors_linked: bool
    figures: tuple[Row, ...]
    checks: tuple[CheckView, ...]
    quotes: tuple[Row, ...]
    outlets: tuple[OutletView, ...]
    articles: tuple[ArticleView, ...]
    computed: Mapping[str, bool] = field(default_factory=dict)
    events: tuple[EventRow, ...] = ()
    summary: tuple[SummaryLine, ...] = ()
    #: Everything unfolded (``sourcetrace brief --full``); folded sections otherwise.
    full: bool = False
    #: Resolved dates left out of the timeline: they anchor no quote, figure or headline.
    unanchored_dates: int = 0


def context(text: str, start: int, end: int, width: int = 110) -> tuple[str, str, str]:
    """The words around ``text[start:end]`` up to the sentence ends, at most ``width``
    characters each side, cut between words (with an ellipsis) and never inside one."""
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    ends = [i for ch in ".!?\n" if (i := text.find(ch, end)) != -1]
    hi = min(ends) + 1 if ends else len(text)
    before = text[max(lo, start - width):start].lstrip()
    after = text[end:min(hi, end + width)].rstrip()
    if start - width > lo:
        # cut inside a word: drop the partial word before the first space
        if not text[start - width - 1].isspace():
            space = before.find(" ")
            before = before[space + 1:] if space != -1 else ""
        before = "…" + before.lstrip()
    if end + width < hi:
        if not text[end + width].isspace():
            space = after.rfind(" ")
            after = after[:space] if space > 0 else ""
        after = after.rstrip() + "…"
    return before, text[start:end], after


def _overview(case: CaseFile) -> Overview:
    days = sorted(d for a in case.articles if (d := day_of(a.get("published"))))
    outlets = Counter(outlet_of(a) for a in case.articles)
    languages = Counter(a.get("language") or "?" for a in case.articles)
    return Overview(
        articles=len(case.articles),
        outlets=tuple(outlets.most_common()),
        languages=tuple(languages.most_common()),
        first=days[0] if days else None,
        last=days[-1] if days else None,
        undated=len(case.articles) - len(days),
        duplicates=sum(1 for a in case.articles if a.get("duplicate_of")),
        counts={
            "entities": len(case.entities), "quotes": len(case.quotes),
            "figures": len(case.figures), "dates": len(case.dates),
            "stories": len(case.stories), "checks": len(case.checks),
            "signals": len(case.signals) + len(case.outlet_signals),
        },
    )


def _stories(case: CaseFile, anchors: Anchors) -> list[StoryView]:
    views = []
    for n, story in enumerate(case.stories, 1):
        refs = anchors.articles(story.get("article_ids", ()))
        views.append(StoryView(
            anchor=f"s{n}", id=str(story.get("id")),
            label=str(story.get("label") or story.get("id")),
            articles=tuple(sorted(refs, key=lambda r: r.published or "9999")),
            outlets=len({r.outlet for r in refs}),
            languages=tuple(sorted({r.language or "?" for r in refs})),
        ))
    return views


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding ``text[start:end]``."""
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    ends = [i for ch in ".!?\n" if (i := text.find(ch, end)) != -1]
    return lo, (min(ends) + 1 if ends else len(text))


def anchored_dates(case: CaseFile) -> list[Record]:
    """The dates that anchor a reported fact: in the sentence of a quote or of a figure of
    the same article. A date mentioned in passing ("tomorrow's attacker", a year of
    background) anchors nothing and is left to the reader."""
    index = case.by_article()
    kept = []
    for d in case.dates:
        article = case.article(d.get("article_id") or "") or {}
        text = str(article.get("text") or "")
        lo, hi = sentence_of(text, d["start"], d["end"])
        spans = [(q["start"], q["end"]) for q in index.quotes.get(d["article_id"], ())]
        spans += [(f["start"], f["end"]) for f in index.figures.get(d["article_id"], ())
                  if f.get("field", "text") == "text"]
        if any(start < hi and end > lo for start, end in spans):
            kept.append(d)
    return kept


def _timeline(case: CaseFile, anchors: Anchors
              ) -> tuple[list[Item], list[TimelineRow], int, int]:
    items: list[Item] = []
    grouped: dict[tuple[date, str], list[Record]] = defaultdict(list)
    unresolved = sum(1 for d in case.dates
                     if parse_period(d.get("value"), d.get("precision")) is None)
    for d in anchored_dates(case):
        period = parse_period(d.get("value"), d.get("precision"))
        if period is None:
            continue
        grouped[(period[0], str(d.get("value")))].append(d)
    unanchored = sum(1 for d in case.dates if parse_period(d.get("value"), d.get("precision"))
                     is not None) - sum(len(v) for v in grouped.values())
    rows = []
    for n, ((_, value), records) in enumerate(sorted(grouped.items()), 1):
        anchor = f"t{n}"
        first = records[0]
        period = parse_period(value, first.get("precision"))
        assert period is not None
        examples = []
        for d in records[:EXAMPLES]:
            article = case.article(d["article_id"]) or {}
            before, match, after = context(str(article.get("text") or ""), d["start"], d["end"])
            examples.append(Context(before=before, match=match, after=after,
                                    outlet=outlet_of(article), href=anchors.href("d", d)))
        rows.append(TimelineRow(anchor=anchor, value=value, precision=first.get("precision"),
                                mentions=len(records),
                                articles=len({d["article_id"] for d in records}),
                                examples=tuple(examples)))
        for d in records:
            items.append(Item(lane="date", start=period[0], end=period[1],
                              label=f"“{d.get('text')}” → {value}", href=f"#{anchor}"))
    for event in case.other.get("event", ()):
        period = parse_period(event.get("date"), event.get("precision"))
        if period is not None:
            label = str(event.get("label") or event.get("type") or "event")
            items.append(Item(lane="date", start=period[0], end=period[1], label=label))
    for lane, prefix, found in (
        ("statement", "q", case.quotes), ("figure", "f", case.figures)
    ):
        for r in found:
            article = case.article(r["article_id"]) or {}
            period = parse_period(day_of(article.get("published")))
            if period is None:
                continue
            if lane == "statement":
                speaker = (r.get("speaker") or {}).get("text") or "unnamed"
                label = f"{speaker}: “{str(r.get('text'))[:70]}”"
            else:
                label = f"{r.get('text')} ({outlet_of(article)})"
            items.append(Item(lane=lane, start=period[0], end=period[0], label=label,
                              href=anchors.href(prefix, r)))
    return items, rows, unresolved, unanchored


def _rows(case: CaseFile, anchors: Anchors, prefix: str, records: Sequence[Record],
          checks: Mapping[str, list[tuple[str, str]]]) -> list[Row]:
    rows = []
    for r in records:
        ref = anchors.article(r.get("article_id") or "")
        if prefix == "q":
            speaker = r.get("speaker") or {}
            entity = case.entity(speaker.get("entity_id") or "")
            rows.append(Row(
                href=anchors.href("q", r), article=ref, text=str(r.get("text") or ""),
                reading="", direct=bool(r.get("direct")), cue=r.get("cue"),
                speaker=str(entity.get("name") if entity else speaker.get("text") or ""),
                via=tuple(r.get("via") or ()), checks=tuple(checks.get(str(r.get("id")), ())),
            ))
        else:
            rows.append(Row(href=anchors.href("f", r), article=ref,
                            text=str(r.get("text") or ""), reading=describe_figure(r),
                            checks=tuple(checks.get(str(r.get("id")), ()))))
    rows.sort(key=lambda row: (row.article.published or "9999") if row.article else "9999")
    return rows


def _checks(case: CaseFile, anchors: Anchors, full: bool = False) -> list[CheckView]:
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


def _evidence(case: CaseFile, anchors: Anchors, signal: Record) -> list[Evidence]:
    aid = signal.get("article_id")
    out = []
    for n, e in enumerate(signal.get("evidence", ())):
        ref = anchors.article(aid or e.get("article_id") or "")
        mark = anchors.evidence(signal, n) if aid else None
        href = f"#{mark}" if mark else f"#{ref.anchor}" if ref else None
        out.append(Evidence(text=str(e.get("text") or ""), note=str(e.get("note") or ""),
                            href=href, article=ref))
    return out


def _outlets(case: CaseFile, anchors: Anchors) -> list[OutletView]:
    by_outlet: dict[str, list[Record]] = defaultdict(list)
    for s in case.signals:
        article = case.article(s["article_id"])
        if article is not None:
            by_outlet[outlet_of(article)].append(s)
    views = []
    for n, outlet in enumerate(case.outlets(), 1):
        summaries = []
        kinds: dict[str, list[Record]] = defaultdict(list)
        for s in by_outlet.get(outlet.name, ()):
            kinds[str(s.get("kind"))].append(s)
        for kind, signals in sorted(kinds.items()):
            scores = [float(s.get("score") or 0) for s in signals]
            ranked = sorted(signals, key=lambda s: -float(s.get("score") or 0))
            evidence = [e for s in ranked for e in _evidence(case, anchors, s)][:EXAMPLES]
            summaries.append(SignalSummary(
                kind=kind, score=mean(scores), top=max(scores),
                articles=len({s["article_id"] for s in signals}), evidence=tuple(evidence)))
        own = [
            SignalSummary(kind=str(s.get("kind")), score=float(s.get("score") or 0),
                          top=float(s.get("score") or 0), articles=0,
                          evidence=tuple(_evidence(case, anchors, s)[:EXAMPLES]))
            for s in case.outlet_signals if s.get("outlet") == outlet.name
        ]
        views.append(OutletView(
            anchor=f"o{n}", name=outlet.name,
            articles=tuple(anchors.articles(outlet.article_ids)),
            languages=tuple(outlet.languages.items()), first=outlet.first, last=outlet.last,
            outlet_signals=tuple(own), article_signals=tuple(summaries)))
    return views


def build_view(case: CaseFile, *, title: str, focus: str | None = None,
               generated: str = "", full: bool = False) -> BriefView:
    """Everything the brief shows of ``case``."""
    anchors = Anchors(case)
    checks_by_item: dict[str, list[tuple[str, str]]] = defaultdict(list)
    check_views = _checks(case, anchors, full)
    check_anchors: dict[str, str] = {}
    for view in check_views:
        for check_id in view.travel.check_ids:
            check_anchors[check_id] = view.anchor
        for carrier in view.travel.carriers:
            checks_by_item[carrier.item].append((view.anchor, view.verdict))
    story_labels: dict[str, list[str]] = defaultdict(list)
    for story in case.stories:
        for aid in story.get("article_ids", ()):
            story_labels[aid].append(str(story.get("label") or story.get("id")))
    items, rows, unresolved, unanchored = _timeline(case, anchors)
    published = [p[0] for a in case.articles
                 if (p := parse_period(day_of(a.get("published")))) is not None]
    found, linked = actors(case)
    events = event_rows(case, anchors, check_anchors)
    actor_views = [
        ActorView(anchor=f"e{n}", actor=a, articles=tuple(anchors.articles(a.article_ids)))
        for n, a in enumerate(found if full else found[:MAX_ACTORS], 1)
    ]
    quote_rows = _rows(case, anchors, "q", case.quotes, checks_by_item)
    outlet_views = _outlets(case, anchors)
    stories = _stories(case, anchors)
    return BriefView(
        full=full, unanchored_dates=unanchored,
        summary=tuple(summary_lines(case, anchors, events, stories, check_views,
                                    quote_rows, outlet_views)),
        events=tuple(events),
        title=title, focus=focus, generated=generated, overview=_overview(case),
        stories=tuple(stories),
        chart=build_chart(items, published), timeline=tuple(rows),
        unresolved_dates=unresolved,
        actors=tuple(actor_views),
        actors_total=len(found), actors_linked=linked,
        figures=tuple(_rows(case, anchors, "f", case.figures, checks_by_item)),
        checks=tuple(check_views),
        quotes=tuple(quote_rows),
        outlets=tuple(outlet_views),
        articles=tuple(article_views(case, anchors, story_labels)),
        computed={
            "entities": linked, "stories": bool(case.stories), "checks": bool(case.checks),
            "signals": bool(case.signals or case.outlet_signals),
        },
    )


def _carrier_words(row: CarrierRow) -> str:
    c = row.carrier
    what = f"“{c.text}”" + (f" ({row.reading})" if row.reading else "")
    return f"{what} — {c.outlet}{', ' + c.published if c.published else ''}"


def summary_lines(case: CaseFile, anchors: Anchors, events: Sequence[EventRow],
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

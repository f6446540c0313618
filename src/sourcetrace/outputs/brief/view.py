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
from sourcetrace.outputs.brief.checks import CheckView, check_views
from sourcetrace.outputs.brief.events import EventRow, event_rows
from sourcetrace.outputs.brief.glance import SummaryLine, summary_lines
from sourcetrace.outputs.brief.reader import ArticleView, article_views
from sourcetrace.outputs.brief.timeline import Chart, Item, build_chart, parse_period
from sourcetrace.outputs.casefile import CaseFile, Record, outlet_of

__all__ = ["BriefView", "anchored_dates", "build_view", "context", "sentence_of"]

#: How many actors the brief lists (most articles first); the rest are counted.
MAX_ACTORS = 60
#: Examples shown per timeline date and per signal kind.
EXAMPLES = 3


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
    cards = check_views(case, anchors, full)
    check_anchors: dict[str, str] = {}
    for view in cards:
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
        summary=tuple(summary_lines(events, stories, cards,
                                    quote_rows, outlet_views)),
        events=tuple(events),
        title=title, focus=focus, generated=generated, overview=_overview(case),
        stories=tuple(stories),
        chart=build_chart(items, published), timeline=tuple(rows),
        unresolved_dates=unresolved,
        actors=tuple(actor_views),
        actors_total=len(found), actors_linked=linked,
        figures=tuple(_rows(case, anchors, "f", case.figures, checks_by_item)),
        checks=tuple(cards),
        quotes=tuple(quote_rows),
        outlets=tuple(outlet_views),
        articles=tuple(article_views(case, anchors, story_labels)),
        computed={
            "entities": linked, "stories": bool(case.stories), "checks": bool(case.checks),
            "signals": bool(case.signals or case.outlet_signals),
        },
    )

"""The article reader: each article's cleaned text with every finding highlighted.

Highlights: quotes and their speakers, entity mentions (by linked entity when linking has
run, else the per-article mentions) coloured by type, figures, dates and the evidence of
signals. Each carries a hover note saying what it is. Under the text: what cleaning
removed and any stage that failed on the article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sourcetrace.outputs.brief.anchors import Anchors, ArticleRef, describe_figure
from sourcetrace.outputs.brief.links import safe_url
from sourcetrace.outputs.casefile import ArticleIndex, CaseFile, Record
from sourcetrace.text.highlight import Span, Token, tokens

__all__ = ["ArticleView", "Removed", "SignalLine", "article_views", "entity_class"]

_PLACES = {"GPE", "LOC", "FAC"}


def entity_class(label: object) -> str:
    """The highlight class of an entity type: person, place or org (every ORG subtype)."""
    if label == "PERSON":
        return "person"
    return "place" if label in _PLACES else "org"


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed:
    rule: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SignalLine:
    kind: str
    score: float
    evidence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    ref: ArticleRef
    url: str | None
    url_text: str | None
    author: str | None
    headline: str | None
    duplicate_of: ArticleRef | None
    duplicate_kind: str | None
    stories: tuple[str, ...]
    tokens: tuple[Token, ...]
    counts: Mapping[str, int]
    signals: tuple[SignalLine, ...]
    removed: tuple[Removed, ...]
    errors: tuple[str, ...]


def _speaker_name(case: CaseFile, quote: Record) -> str:
    speaker = quote.get("speaker") or {}
    entity = case.entity(speaker.get("entity_id") or "") if speaker.get("entity_id") else None
    if entity is not None:
        return str(entity.get("name"))
    return str(speaker.get("text") or "unnamed speaker")


def _spans(case: CaseFile, index: ArticleIndex, anchors: Anchors, article: Record) -> list[Span]:
    aid = article["id"]
    spans: list[Span] = []
    for q in index.quotes.get(aid, ()):
        via = f" via {', '.join(q.get('via') or ())}" if q.get("via") else ""
        kind = "direct quote" if q.get("direct") else "reported speech"
        spans.append(Span(start=q["start"], end=q["end"], kind="quote",
                          note=f"{kind} · {_speaker_name(case, q)}{via}",
                          anchor=anchors.record("q", q.get("id"))))
        speaker = q.get("speaker") or {}
        if speaker.get("start") is not None and speaker.get("end") is not None:
            spans.append(Span(start=speaker["start"], end=speaker["end"], kind="speaker",
                              note=f"speaker of: {str(q.get('text', ''))[:60]}"))
    if case.entities:
        for entity, m in index.entity_mentions.get(aid, ()):
            spans.append(Span(start=m["start"], end=m["end"], kind="entity",
                              css=entity_class(entity.get("type")),
                              note=f"{entity.get('name')} · {entity.get('type')}"))
    else:
        extras = case.extras.get(aid)
        for found in extras.mentions if extras else ():
            role = f" · {found.role}" if found.role else ""
            spans.append(Span(start=found.start, end=found.end, kind="entity",
                              css=entity_class(found.label), note=f"{found.label}{role}"))
    for f in index.figures.get(aid, ()):
        if f.get("field", "text") != "text":
            continue  # a headline figure: its offsets are in the headline
        spans.append(Span(start=f["start"], end=f["end"], kind="figure",
                          note=f"figure: {describe_figure(f)}",
                          anchor=anchors.record("f", f.get("id"))))
    for d in index.dates.get(aid, ()):
        value = d.get("value") or "unresolved"
        precision = f" ({d['precision']})" if d.get("precision") else ""
        spans.append(Span(start=d["start"], end=d["end"], kind="date",
                          note=f"date: {value}{precision}",
                          anchor=anchors.record("d", d.get("id"))))
    for s in index.signals.get(aid, ()):
        for n, e in enumerate(s.get("evidence", ())):
            if e.get("field", "text") != "text":
                continue  # headline evidence: its offsets are in the headline, not the text
            spans.append(Span(start=e["start"], end=e["end"], kind="signal",
                              note=f"{s.get('kind')}: {e.get('note') or ''}",
                              anchor=anchors.evidence(s, n)))
    return spans


def article_views(
    case: CaseFile, anchors: Anchors, story_labels: Mapping[str, Sequence[str]]
) -> list[ArticleView]:
    """One reader view per article of ``case``, in case order."""
    index = case.by_article()
    views = []
    for article in case.articles:
        aid = article["id"]
        ref = anchors.article(aid)
        assert ref is not None
        extras = case.extras.get(aid)
        url = article.get("url")
        duplicate = article.get("duplicate_of")
        counts = {
            "quotes": len(index.quotes.get(aid, ())),
            "figures": len(index.figures.get(aid, ())),
            "dates": len(index.dates.get(aid, ())),
            "names": len(index.entity_mentions.get(aid, ()))
            if case.entities else len(extras.mentions if extras else ()),
        }
        views.append(
            ArticleView(
                ref=ref,
                url=safe_url(url),
                url_text=url if isinstance(url, str) and url else None,
                author=article.get("author"),
                headline=article.get("headline"),
                duplicate_of=anchors.article(duplicate) if duplicate else None,
                duplicate_kind=article.get("duplicate_kind"),
                stories=tuple(story_labels.get(aid, ())),
                tokens=tuple(tokens(str(article.get("text") or ""),
                                    _spans(case, index, anchors, article))),
                counts=counts,
                signals=tuple(
                    SignalLine(kind=str(s.get("kind")), score=float(s.get("score") or 0),
                               evidence=len(s.get("evidence", ())))
                    for s in index.signals.get(aid, ())
                ),
                removed=tuple(Removed(rule=r.rule, text=r.text)
                              for r in (extras.removed if extras else ())),
                errors=tuple(f"{e.stage}: {e.error}: {e.message}"
                             for e in (extras.errors if extras else ())),
            )
        )
    return views

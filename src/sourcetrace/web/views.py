"""The read model of the web app: plain JSON-able dicts for the API and the pages alike.

Every HTML page renders one of these dicts, and its JSON twin (``?format=json``) returns
the same dict, so what a reader sees and what a script gets never drift apart. Nothing
here builds markup; templates escape every value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from sourcetrace.model import ANNOTATION_KINDS, record_from_dict
from sourcetrace.outputs.contract import annotation_record, article_items
from sourcetrace.storage.base import HIT_END, HIT_START, Store
from sourcetrace.storage.protocols import AnnotationRow, ArticleFilter, ArticleRow
from sourcetrace.text.highlight import Span, segments
from sourcetrace.web.records import CorpusRecords
from sourcetrace.web.security import safe_href

__all__ = [
    "annotation_page",
    "article_detail",
    "article_summary",
    "page",
    "search",
    "snippet_parts",
    "timeline",
]

#: Hits read from the full-text index before filtering and paging (filters apply after).
SEARCH_DEPTH = 2000


def page(items: list[Any], *, total: int, limit: int, offset: int) -> dict[str, Any]:
    """The paging envelope of every list: ``next_offset`` is None on the last page."""
    following = offset + limit
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": following if following < total else None,
    }


def filter_entities(
    entities: list[Any], *, type: str | None = None, q: str | None = None
) -> list[Any]:
    """Entities of ``type`` whose name or an alias contains ``q`` (any case)."""
    found = entities
    if type:
        found = [e for e in found if e["type"] == type]
    if q:
        needle = q.casefold()
        found = [e for e in found
                 if any(needle in str(a).casefold() for a in [e["name"], *e["aliases"]])]
    return found


def article_summary(row: ArticleRow) -> dict[str, Any]:
    """An article's metadata for lists; ``href`` is its URL when safe to link, else None."""
    return {**asdict(row), "href": safe_href(row.url)}


def _record(row: AnnotationRow, kind: str) -> dict[str, Any]:
    record = record_from_dict(ANNOTATION_KINDS[kind], row.data)
    return {
        **annotation_record(row.article_id, kind, row.n, record),
        "article": article_summary(row.article),
    }


def annotation_page(
    store: Store, kind: str, where: ArticleFilter, *, limit: int, offset: int,
    text: str | None = None, record_kind: str | None = None,
) -> dict[str, Any]:
    """A page of quotes, figures, dates or signals as export records with their article
    (``record_kind``: only records whose own ``kind`` is that, e.g. one signal kind)."""
    rows, total = store.list_annotations(kind, where, limit=limit, offset=offset, text=text,
                                   record_kind=record_kind)
    return page([_record(r, kind) for r in rows], total=total, limit=limit, offset=offset)


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """A search snippet as ``[{"text", "hit"}]`` parts, so the template marks hits safely."""
    parts: list[dict[str, Any]] = []
    rest = snippet
    while rest:
        start = rest.find(HIT_START)
        end = rest.find(HIT_END, start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            parts.append({"text": rest, "hit": False})
            break
        if start:
            parts.append({"text": rest[:start], "hit": False})
        parts.append({"text": rest[start + 1 : end], "hit": True})
        rest = rest[end + 1 :]
    return parts


def search(
    store: Store, query: str, where: ArticleFilter, *, limit: int, offset: int
) -> dict[str, Any]:
    """Full-text hits (best first) that pass the filters; without a query, the filtered
    articles newest first."""
    if not query.strip():
        rows, total = store.list_articles(where, limit=limit, offset=offset)
        items = [{**article_summary(r), "snippet": None, "score": None} for r in rows]
        return {"query": query, **page(items, total=total, limit=limit, offset=offset)}
    hits = store.search(query, limit=SEARCH_DEPTH)
    metas = store.article_rows([h.article_id for h in hits])
    kept = []
    for hit in hits:
        meta = metas.get(hit.article_id)
        if meta is None or not _passes(meta, where):
            continue
        kept.append(
            {
                **article_summary(meta),
                "snippet": hit.snippet,
                "snippet_parts": snippet_parts(hit.snippet),
                "score": round(hit.score, 4),
            }
        )
    return {
        "query": query,
        **page(kept[offset : offset + limit], total=len(kept), limit=limit, offset=offset),
    }


def _passes(meta: ArticleRow, where: ArticleFilter) -> bool:
    day = (meta.published or "")[:10]
    return not (
        (where.language and meta.language != where.language)
        or (where.source and meta.source != where.source)
        or (where.since and (not day or day < where.since[:10]))
        or (where.until and (not day or day > where.until[:10]))
        or (where.ids is not None and meta.id not in where.ids)
    )


def _mention_entities(
    records: CorpusRecords, article_id: str
) -> dict[tuple[int, int], dict[str, Any]]:
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for entity in records.entities:
        for m in entity.get("mentions", ()):
            if m["article_id"] == article_id:
                found[(m["start"], m["end"])] = entity
    return found


def article_detail(store: Store, records: CorpusRecords, article_id: str) -> dict[str, Any] | None:
    """One article with every record about it and its text cut into highlight segments."""
    stored = store.get_article(article_id)
    if stored is None:
        return None
    doc = stored.document
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in article_items(stored):
        by_kind[item.kind].append(dict(item.data))
    article = by_kind["article"][0]
    linked = _mention_entities(records, doc.id)
    mentions: list[dict[str, Any]] = []
    for mention in doc.mentions:
        entity = linked.get((mention.start, mention.end))
        mentions.append({"start": mention.start, "end": mention.end, "text": mention.text,
                         "label": mention.label, "role": mention.role,
                         "entity_id": entity["id"] if entity else None,
                         "entity_name": entity["name"] if entity else None})
    spans: list[Span] = []
    for i, m in enumerate(mentions):
        note = f"{m['label']}: {m['entity_name'] or m['text']}"
        spans.append(Span(start=m["start"], end=m["end"], kind="entity", note=note,
                          anchor=f"mention-{i}"))
    for i, q in enumerate(by_kind["quote"]):
        who = q["speaker"]["text"] or "unknown speaker"
        spans.append(Span(start=q["start"], end=q["end"], kind="quote",
                          note=f"quote — {who}", anchor=f"quote-{i}"))
        if q["speaker"]["start"] is not None and q["speaker"]["end"] is not None:
            spans.append(Span(start=q["speaker"]["start"], end=q["speaker"]["end"],
                              kind="speaker", note=f"speaker: {who}"))
    for i, f in enumerate(by_kind["figure"]):
        if f.get("field", "text") != "text":
            continue  # a headline figure: its offsets are in the headline
        spans.append(Span(start=f["start"], end=f["end"], kind="figure",
                          note=f"figure: {_figure_note(f)}", anchor=f"figure-{i}"))
    for i, d in enumerate(by_kind["date"]):
        spans.append(Span(start=d["start"], end=d["end"], kind="date",
                          note=f"date: {d['value'] or '?'} ({d['precision'] or '?'})",
                          anchor=f"date-{i}"))
    for signal in by_kind["signal"]:
        for e in signal["evidence"]:
            if e.get("field", "text") != "text":
                continue  # headline evidence: its offsets are in the headline, not the text
            spans.append(Span(start=e["start"], end=e["end"], kind="evidence",
                              note=f"{signal['kind']}: {e['note']}"))
    stories = [s for s in records.stories if doc.id in s.get("article_ids", ())]
    return {
        "article": {**article, "href": safe_href(doc.url)},
        "mentions": mentions,
        "quotes": by_kind["quote"],
        "figures": by_kind["figure"],
        "dates": by_kind["date"],
        "signals": by_kind["signal"]
        + [s for s in records.signals if s.get("article_id") == doc.id],
        "stories": [{"id": s["id"], "label": s.get("label")} for s in stories],
        "duplicate": {"of": stored.duplicate_of, "kind": stored.duplicate_kind,
                      "similarity": stored.similarity} if stored.duplicate_of else None,
        "removed": [{"text": r.text, "rule": r.rule} for r in doc.removed],
        "errors": [{"stage": e.stage, "error": e.error, "message": e.message}
                   for e in doc.errors],
        "segments": [s.as_dict() for s in segments(doc.text, spans)],
        "entities_linked": records.linked,
    }


def _figure_note(f: Mapping[str, Any]) -> str:
    if f["value"] is not None:
        amount = f"{f['value']:g}"
    elif f["low"] is not None and f["high"] is not None:
        amount = f"{f['low']:g}\u2013{f['high']:g}"  # en dash
    else:
        amount = "?"
    parts = [f["qualifier"], amount, f["currency"], f["unit"] or f["counted"]]
    text = " ".join(str(p) for p in parts if p)
    return f"{text} per {f['per']}" if f["per"] else text


def event_detail(store: Store, records: CorpusRecords, event_id: str) -> dict[str, Any] | None:
    """An event with its ``updated``/``conflicting`` checks and its articles (oldest first)."""
    event = records.event(event_id)
    if event is None:
        return None
    ids = list(event.get("article_ids", ()))
    metas = store.article_rows(ids)
    articles = sorted((article_summary(metas[i]) for i in ids if i in metas),
                      key=lambda a: (a["published"] or "9999", a["id"]))
    wanted = set(event.get("check_ids", ()))
    return {"event": event, "articles": articles,
            "checks": [c for c in records.checks if c["id"] in wanted]}


def _date_order(record: Mapping[str, Any]) -> tuple[str, str]:
    return str(record["value"]), str(record["article_id"])


def timeline(store: Store, where: ArticleFilter, *, limit: int = 2000) -> dict[str, Any]:
    """Dated statements grouped by month (resolved dates, with their article), plus counts
    of articles published per month, for the timeline chart."""
    rows, total = store.list_annotations("date", where, limit=limit, offset=0)
    months: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        record = _record(row, "date")
        if record["value"]:
            months[record["value"][:7]].append(record)
    groups: list[dict[str, Any]] = [
        {"month": month, "dates": sorted(months[month], key=_date_order)}
        for month in sorted(months)
    ]
    return {"groups": groups, "total_dates": total,
            "published": [{"month": m, "articles": n}
                          for m, n in store.published_by_month(where) if m]}

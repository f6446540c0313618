"""The REST API under ``/api/v1``: the export contract's records, paged and filtered.

Lists answer ``{"items", "total", "limit", "offset", "next_offset"}``; items have the
export contract's shapes (``docs/export.md``), plus an ``article`` summary on quotes,
figures, dates and signals. Writes need a bearer token (``web.auth``).
"""

from __future__ import annotations

import hashlib
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request, status
from pydantic import Field

from sourcetrace.capabilities.linking.decide import Action
from sourcetrace.capabilities.signals.stage import KINDS as SIGNAL_KINDS
from sourcetrace.config import Settings
from sourcetrace.errors import DecisionError, InputError, UnknownEntityError
from sourcetrace.ingest.fields import article_from_mapping
from sourcetrace.jobs.ingest import IngestEvent, ingest_items
from sourcetrace.model import RawArticle
from sourcetrace.outputs.travel import travel_of
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import ArticleFilter, EventFilter, TokenInfo
from sourcetrace.web import casepages, claims, views
from sourcetrace.web.auth import require_read, require_write
from sourcetrace.web.contract import (
    ENTITY_TYPES,
    ERROR_RESPONSES,
    VERDICTS,
    Error,
    Page,
    Record,
    enum_schema,
    enum_value,
)
from sourcetrace.web.decisions import (
    EntityDecision,
    MergeDecision,
    RenameDecision,
    SplitDecision,
    apply_decision,
)
from sourcetrace.web.filters import (
    FilterParams,
    Paging,
    article_filter,
    event_params,
    filter_params,
    paging,
)
from sourcetrace.web.records import CorpusRecords, RecordsCache, entity_articles

__all__ = ["MAX_POSTED_ARTICLES", "router"]

#: The most articles one ``POST /api/v1/articles`` may carry.
MAX_POSTED_ARTICLES = 1000

router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_read)],
                   responses=ERROR_RESPONSES)

PagingDep = Annotated[Paging, Depends(paging)]


def _paged(found: list[Any], pg: Paging) -> dict[str, Any]:
    """The page ``pg`` asks for of a list already filtered (filter first, then page)."""
    return views.page(found[pg.offset: pg.offset + pg.limit], total=len(found),
                      limit=pg.limit, offset=pg.offset)
FiltersDep = Annotated[FilterParams, Depends(filter_params)]


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_records(request: Request) -> CorpusRecords:
    cache: RecordsCache = request.app.state.records
    return cache.get(get_store(request))


StoreDep = Annotated[Store, Depends(get_store)]
RecordsDep = Annotated[CorpusRecords, Depends(get_records)]


def _not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"no {what} {ident!r}")


@router.get("/articles", response_model=Page, summary="List articles (newest first), filtered")
def articles(store: StoreDep, records: RecordsDep, pg: PagingDep, f: FiltersDep) -> dict[str, Any]:
    rows, total = store.list_articles(article_filter(f, records), limit=pg.limit,
                                offset=pg.offset)
    return views.page([views.article_summary(r) for r in rows], total=total, limit=pg.limit,
                      offset=pg.offset)


@router.get("/articles/{article_id:path}", response_model=Record,
            summary="One article with all its records")
def article(article_id: str, store: StoreDep, records: RecordsDep) -> dict[str, Any]:
    detail = views.article_detail(store, records, article_id)
    if detail is None:
        raise _not_found("article", article_id)
    return detail


#: A list of posted articles: one at least, ``MAX_POSTED_ARTICLES`` at most (else 422).
PostedList = Annotated[list[dict[str, Any]], Field(min_length=1, max_length=MAX_POSTED_ARTICLES)]


@router.post("/articles", response_model=Record, summary="Ingest articles (token required)")
def post_articles(
    request: Request,
    store: StoreDep,
    token: Annotated[TokenInfo, Depends(require_write)],
    body: Annotated[dict[str, Any] | PostedList, Body(
        description="One article object or a list of them, with the fields of a JSONL "
        "input line (`text` or `html` required; `id`, `title`, `url`, `source`, "
        "`published`, `language`, `author`).")],
) -> dict[str, Any]:
    items = body if isinstance(body, list) else [body]
    settings: Settings = request.app.state.settings
    raws = [_raw(item, settings) for item in items]
    events: list[dict[str, Any]] = []

    def record(event: IngestEvent) -> None:
        if event.kind not in ("file", "stage"):
            events.append({"origin": event.origin, "outcome": event.kind,
                           "article_id": event.article_id, "message": event.message})

    lock: threading.Lock = request.app.state.write_lock
    with lock:  # one writer per database
        summary = ingest_items(raws, store, settings, on_event=record)
    return {"summary": summary.as_dict(), "results": events, "token": token.name}


def _raw(item: Any, settings: Settings) -> RawArticle | InputError:
    """An API article as ingest reads a JSON line; its origin is stable across re-posts."""
    if isinstance(item, dict):
        key = item.get("id") or item.get("url") or hashlib.sha256(
            repr(sorted(item.items())).encode("utf-8")).hexdigest()[:16]
    else:
        key = "invalid"
    origin = f"api:{key}"
    try:
        return article_from_mapping(item, origin=origin, fmt="json", settings=settings)
    except InputError as exc:
        return exc


@router.get("/entities", response_model=Page, summary="List entities (most articles first)")
def entities(
    records: RecordsDep, pg: PagingDep,
    type: Annotated[str | None, Query(description="Entity type, any case.",
                                      json_schema_extra=enum_schema(ENTITY_TYPES))] = None,
    q: Annotated[str | None, Query(description="Name or alias contains (any case).")] = None,
) -> dict[str, Any]:
    found = views.filter_entities(records.entities, type=enum_value("type", type, ENTITY_TYPES),
                                  q=q)
    items = [{**e, "articles": len(entity_articles(e))}
             for e in found[pg.offset: pg.offset + pg.limit]]
    return {"linked": records.linked,
            **views.page(items, total=len(found), limit=pg.limit, offset=pg.offset)}


@router.get("/entities/{entity_id:path}", response_model=Record,
            summary="One entity: articles, roles over time, quotes by and about "
                    "it, events, co-occurring entities, alias evidence")
def entity(entity_id: str, store: StoreDep, records: RecordsDep) -> dict[str, Any]:
    detail = casepages.entity_detail(store, records, entity_id)
    if detail is None:
        raise _not_found("entity", entity_id)
    return detail


def _decide(action: Action, request: Request, body: EntityDecision) -> dict[str, Any]:
    """Apply a decision as ``sourcetrace entity merge|split|rename`` does (one writer at a
    time). A malformed body is a 422 (the body models say what is needed); an unknown
    entity id is a 404; a well-formed decision that cannot apply to the case as it is
    (a merge with itself, a split of every mention, mentions that are not the entity's)
    is a 409."""
    with request.app.state.write_lock:
        try:
            return apply_decision(request.app.state.store, request.app.state.settings, action,
                                  body)
        except UnknownEntityError as exc:
            raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
        except DecisionError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc


WriteToken = Annotated[TokenInfo, Depends(require_write)]
_CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": Error,
          "description": "The decision cannot apply to the case as it is (nothing was stored)."}
}


@router.post("/entities/merge", response_model=Record, responses=_CONFLICT,
             summary="Merge entities (token required)")
def merge(request: Request, body: Annotated[MergeDecision, Body()],
          _: WriteToken) -> dict[str, Any]:
    return _decide("merge", request, body)


@router.post("/entities/split", response_model=Record, responses=_CONFLICT,
             summary="Split mentions off an entity (token required)")
def split(request: Request, body: Annotated[SplitDecision, Body()],
          _: WriteToken) -> dict[str, Any]:
    return _decide("split", request, body)


@router.post("/entities/rename", response_model=Record, responses=_CONFLICT,
             summary="Rename an entity (token required)")
def rename(request: Request, body: Annotated[RenameDecision, Body()],
           _: WriteToken) -> dict[str, Any]:
    return _decide("rename", request, body)


def _annotations(kind: str, store: Store, records: CorpusRecords, pg: Paging,
                 f: FilterParams, article_id: str | None, text: str | None,
                 record_kind: str | None = None) -> dict[str, Any]:
    where = article_filter(f, records)
    if article_id:
        ids = {article_id} if where.ids is None else where.ids & {article_id}
        where = ArticleFilter(language=where.language, source=where.source, since=where.since,
                              until=where.until, ids=frozenset(ids))
    return views.annotation_page(store, kind, where, limit=pg.limit, offset=pg.offset,
                                 text=text, record_kind=record_kind)


ArticleIdQ = Annotated[str | None, Query(description="Only records of this article.")]
TextQ = Annotated[str | None, Query(description="Record text contains (any case).")]


@router.get("/quotes", response_model=Page, summary="List quotes and reported claims")
def quotes(store: StoreDep, records: RecordsDep, pg: PagingDep, f: FiltersDep,
           article_id: ArticleIdQ = None, q: TextQ = None) -> dict[str, Any]:
    return _annotations("quote", store, records, pg, f, article_id, q)


@router.get("/figures", response_model=Page, summary="List figures")
def figures(store: StoreDep, records: RecordsDep, pg: PagingDep, f: FiltersDep,
            article_id: ArticleIdQ = None, q: TextQ = None) -> dict[str, Any]:
    return _annotations("figure", store, records, pg, f, article_id, q)


@router.get("/dates", response_model=Page, summary="List resolved dates")
def dates(store: StoreDep, records: RecordsDep, pg: PagingDep, f: FiltersDep,
          article_id: ArticleIdQ = None, q: TextQ = None) -> dict[str, Any]:
    return _annotations("date", store, records, pg, f, article_id, q)


SignalKindQ = Annotated[str | None, Query(description="Signal kind (docs/export.md), any case.",
                                          json_schema_extra=enum_schema(SIGNAL_KINDS))]


@router.get("/signals", response_model=Page, summary="List the source signals of articles")
def signals(store: StoreDep, records: RecordsDep, pg: PagingDep, f: FiltersDep,
            article_id: ArticleIdQ = None, kind: SignalKindQ = None) -> dict[str, Any]:
    """Filtered first, then paged: ``total`` counts the signals of that kind."""
    return _annotations("signal", store, records, pg, f, article_id, None,
                        record_kind=enum_value("kind", kind, SIGNAL_KINDS))


@router.get("/signals/corpus", response_model=Page,
            summary="List the corpus-wide signals (per outlet)")
def corpus_signals(records: RecordsDep, pg: PagingDep, kind: SignalKindQ = None
                   ) -> dict[str, Any]:
    wanted = enum_value("kind", kind, SIGNAL_KINDS)
    found = [s for s in records.signals if not wanted or s.get("kind") == wanted]
    return _paged(found, pg)


@router.get("/stories", response_model=Page, summary="List stories")
def stories(records: RecordsDep, pg: PagingDep) -> dict[str, Any]:
    found = records.stories
    return _paged(found, pg)


@router.get("/stories/{story_id}", response_model=Record,
            summary="One story: events, checks (conflicts first), quotes by "
                    "speaker, outlets and signals, articles")
def story(story_id: str, store: StoreDep, records: RecordsDep) -> dict[str, Any]:
    detail = casepages.story_detail(store, records, story_id)
    if detail is None:
        raise _not_found("story", story_id)
    return detail


@router.get("/checks", response_model=Page, summary="List cross-source checks")
def checks(records: RecordsDep, pg: PagingDep,
           verdict: Annotated[str | None, Query(description="The check's verdict, any case.",
                                                json_schema_extra=enum_schema(VERDICTS))]
           = None) -> dict[str, Any]:
    wanted = enum_value("verdict", verdict, VERDICTS)
    found = [c for c in records.checks if not wanted or c.get("verdict") == wanted]
    return _paged(found, pg)


@router.get("/claims", response_model=Page,
            summary="List claims and figures as they travelled (checks grouped)")
def claim_groups(
    store: StoreDep, records: RecordsDep, pg: PagingDep,
    verdict: Annotated[str | None, Query(description="The group's most urgent verdict.",
                                         json_schema_extra=enum_schema(VERDICTS))] = None,
    kind: Annotated[str | None, Query(description="claim, figure or event.")] = None,
) -> dict[str, Any]:
    """One item per claim or figure: its first carrier, then every outlet that repeated
    it in time order, with language, attribution and the marks where a figure changed or
    an attribution was dropped; conflicting groups first."""
    wanted = enum_value("verdict", verdict, VERDICTS)
    found = [t.to_dict() for t in claims.travels(store, records)
             if (not wanted or t.verdict == wanted) and (not kind or t.kind == kind)]
    return _paged(found, pg)


@router.get("/claims/{travel_id}", response_model=Record,
            summary="One claim or figure as it travelled, with its checks")
def claim_group(travel_id: str, store: StoreDep, records: RecordsDep) -> dict[str, Any]:
    found = travel_of(claims.travels(store, records), travel_id)
    if found is None:
        raise _not_found("claim", travel_id)
    checks = {c["id"]: c for c in records.checks}
    return {**found.to_dict(), "checks": [checks[i] for i in found.check_ids if i in checks]}


@router.get("/events", response_model=Page,
            summary="List events (most recent first), filtered then paged")
def events(records: RecordsDep, pg: PagingDep,
           where: Annotated[EventFilter, Depends(event_params)]) -> dict[str, Any]:
    found = [e for e in records.events if where.keeps(e)]
    return _paged(found, pg)


@router.get("/events/{event_id}", response_model=Record,
            summary="One event with its checks and articles")
def event(event_id: str, store: StoreDep, records: RecordsDep) -> dict[str, Any]:
    detail = views.event_detail(store, records, event_id)
    if detail is None:
        raise _not_found("event", event_id)
    return detail


@router.get("/search", response_model=Page, summary="Full-text search with filters")
def search(store: StoreDep, records: RecordsDep, pg: PagingDep, f: FiltersDep,
           q: Annotated[str, Query(description='Words; "phrases", OR, NOT, prefix* work.')] = ""
           ) -> dict[str, Any]:
    return views.search(store, q, article_filter(f, records), limit=pg.limit, offset=pg.offset)


@router.get("/outlets", response_model=Page, summary="List outlets with article counts")
def outlets(store: StoreDep, pg: PagingDep) -> dict[str, Any]:
    found = [
        {"source": o.source, "articles": o.articles, "languages": list(o.languages),
         "first": o.first, "last": o.last}
        for o in store.outlet_rows()
    ]
    return _paged(found, pg)

"""The HTML pages. Each route builds one dict (``views``) and renders it with a Jinja2
template, or returns it as JSON when asked with ``?format=json`` (the page's JSON twin)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sourcetrace.capabilities.events.taxonomy import TYPES
from sourcetrace.outputs.travel import travel_of
from sourcetrace.storage.protocols import ArticleFilter, EventFilter
from sourcetrace.web import casepages, claims, views
from sourcetrace.web.api import FiltersDep, PagingDep, RecordsDep, StoreDep
from sourcetrace.web.auth import COOKIE_NAME, check_token, require_read
from sourcetrace.web.contract import ENTITY_TYPES, bad_parameter, enum_value, wants_json
from sourcetrace.web.filters import article_filter, event_params
from sourcetrace.web.graph import cooccurrence, layout
from sourcetrace.web.records import entity_articles
from sourcetrace.web.security import CSRF_COOKIE, CSRF_FIELD, csrf_ok

__all__ = ["public_router", "router"]

# The pages are for browsers; the OpenAPI document describes the API under /api/v1 (each
# page's JSON twin, ``?format=json`` or ``Accept: application/json``, is not part of it).
router = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)
#: Pages reachable without a token even when the app is private.
public_router = APIRouter(include_in_schema=False)


def respond(request: Request, template: str, data: dict[str, Any], *,
            title: str, status_code: int = 200) -> Response:
    """The page, or its JSON twin for ``?format=json`` or ``Accept: application/json``."""
    if wants_json(request):
        return JSONResponse(data, status_code=status_code)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, template, {"data": data, "title": title}, status_code=status_code
    )


def _missing(what: str, ident: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"no {what} {ident!r}")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, records: RecordsDep) -> Response:
    recent, total = store.list_articles(ArticleFilter(), limit=8, offset=0)
    outlets = store.outlet_rows()
    dates = sorted(d for o in outlets for d in (o.first, o.last) if d)
    data = {
        "articles": total,
        "outlets": len(outlets),
        "languages": [{"language": lang, "articles": n} for lang, n in store.count_by("language")],
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "entities": len(records.entities),
        "entities_linked": records.linked,
        "stories": len(records.stories),
        "checks": len(records.checks),
        "events": len(records.events),
        "recent": [views.article_summary(r) for r in recent],
        "top_entities": [{"id": e["id"], "name": e["name"], "type": e["type"],
                          "articles": len(entity_articles(e))} for e in records.entities[:16]],
    }
    return respond(request, "home.html", data, title="Overview")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, records: RecordsDep, pg: PagingDep,
           f: FiltersDep, q: str = "") -> Response:
    data = views.search(store, q, article_filter(f, records), limit=pg.limit, offset=pg.offset)
    data["filters"] = f.as_query()
    data["options"] = {
        "languages": [lang for lang, _ in store.count_by("language")],
        "sources": [s for s, _ in store.count_by("source")],
        "stories": [{"id": s["id"], "label": s.get("label")} for s in records.stories],
    }
    entity = records.entity(f.entity) if f.entity else None
    data["entity_name"] = entity["name"] if entity else None
    return respond(request, "search.html", data, title=f"Search: {q}" if q else "Search")


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str, store: StoreDep, records: RecordsDep) -> Response:
    data = views.article_detail(store, records, article_id)
    if data is None:
        raise _missing("article", article_id)
    return respond(request, "article.html", data,
                   title=data["article"]["title"] or data["article"]["id"])


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, records: RecordsDep, pg: PagingDep,
             type: str | None = None, q: str | None = None) -> Response:
    type = enum_value("type", type, ENTITY_TYPES)
    found = views.filter_entities(records.entities, type=type, q=q)
    items = [{"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"],
              "kb_id": e.get("kb_id"), "kb_entry": e.get("kb_entry"),
              "roles": e.get("roles") or [], "articles": len(entity_articles(e)),
              "mentions": len(e["mentions"])} for e in found[pg.offset: pg.offset + pg.limit]]
    data = {"linked": records.linked, "type": type, "q": q,
            "types": sorted(Counter(e["type"] for e in records.entities).items()),
            **views.page(items, total=len(found), limit=pg.limit, offset=pg.offset)}
    return respond(request, "entities.html", data, title="Entities")


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, store: StoreDep, records: RecordsDep) -> Response:
    data = casepages.entity_detail(store, records, entity_id)
    if data is None:
        raise _missing("entity", entity_id)
    return respond(request, "entity.html", data, title=str(data["entity"]["name"]))


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, records: RecordsDep) -> Response:
    return respond(request, "stories.html", {"items": records.stories}, title="Stories")


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str, store: StoreDep, records: RecordsDep) -> Response:
    data = casepages.story_detail(store, records, story_id)
    if data is None:
        raise _missing("story", story_id)
    return respond(request, "story.html", data, title=str(data["story"].get("label") or story_id))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, records: RecordsDep,
           where: Annotated[EventFilter, Depends(event_params)]) -> Response:
    found = [e for e in records.events if where.keeps(e)]
    data = {
        "items": found, "total": len(records.events),
        "filters": {k: v for k, v in (("type", where.type), ("place", where.place),
                                      ("since", where.since), ("until", where.until),
                                      ("story", where.story)) if v},
        "options": {
            "types": sorted({t.group for t in TYPES.values()}) + list(TYPES),
            "stories": [{"id": s["id"], "label": s.get("label")} for s in records.stories],
        },
        "conflicting": sorted({str(c.get("event_id")) for c in records.checks
                               if c.get("kind") == "event" and c.get("verdict") == "conflicting"}),
    }
    return respond(request, "events.html", data, title="Events")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str, store: StoreDep, records: RecordsDep) -> Response:
    data = views.event_detail(store, records, event_id)
    if data is None:
        raise _missing("event", event_id)
    place = (data["event"].get("place") or {}).get("name") or "unknown place"
    return respond(request, "event.html", data, title=f"{data['event']['subtype']} in {place}")


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, store: StoreDep, records: RecordsDep, f: FiltersDep) -> Response:
    data = views.timeline(store, article_filter(f, records))
    data["filters"] = f.as_query()
    return respond(request, "timeline.html", data, title="Timeline")


#: Graph layouts kept per app (each for one set of filters).
GRAPH_CACHE = 16


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, records: RecordsDep,
          nodes: Annotated[int, Query(ge=2, le=300, description="Most nodes drawn.")] = 60,
          story: str | None = None, type: str | None = None,
          min_weight: Annotated[int, Query(ge=1, le=1000)] = 1) -> Response:
    type = enum_value("type", type, ENTITY_TYPES)
    chosen = records.story(story) if story else None
    if story and chosen is None:
        raise _missing("story", story)
    # The layout of 300 nodes takes a second or more: kept until the case changes (the
    # records are a new object then), for the last few filter choices.
    cache: dict[tuple[Any, ...], tuple[Any, dict[str, Any], int]] = request.app.state.graphs
    key = (nodes, story, type, min_weight)
    hit = cache.get(key)
    if hit is not None and hit[0] is records:
        drawn, used = hit[1], hit[2]
    else:
        graph_data = cooccurrence(
            records.entities, max_nodes=nodes, min_weight=min_weight, type=type,
            article_ids=chosen.get("article_ids", ()) if chosen else None)
        drawn, used = layout(graph_data), int(graph_data["min_weight"])
        if len(cache) >= GRAPH_CACHE:
            cache.pop(next(iter(cache)))
        cache[key] = (records, drawn, used)
    data = dict(drawn)
    data.update(linked=records.linked, min_weight=used,
                asked_min_weight=min_weight, max_nodes=nodes,
                filters={"story": story, "type": type},
                options={"stories": [{"id": s["id"], "label": s.get("label")}
                                     for s in records.stories],
                         "types": sorted({e["type"] for e in records.entities})})
    return respond(request, "graph.html", data, title="Entity graph")


#: The cookie that remembers when this browser last looked at what changed.
SEEN_COOKIE = "st_changes_seen"
_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?")


@router.get("/changes", response_class=HTMLResponse)
def changes(request: Request, store: StoreDep, records: RecordsDep,
            since: Annotated[str | None, Query(
                description="ISO date or UTC time; default: this browser's last visit")] = None,
            ) -> Response:
    """What changed since a date, or since this browser last opened this page (a cookie)."""
    seen = request.cookies.get(SEEN_COOKIE)
    seen = seen if seen and _WHEN.fullmatch(seen) else None
    if since is not None and since.strip():
        since = since.strip()
        if not _WHEN.fullmatch(since):
            raise bad_parameter("since", f"not an ISO date or time: {since!r}")
        basis = "date"
    elif seen:
        since, basis = seen, "last visit"
    else:
        since, basis = "0000", "first visit"  # everything is new to a first visit
    data = casepages.changes(store, records, since)
    data.update(basis=basis, last_visit=seen)
    response = respond(request, "changes.html", data, title="What changed")
    now = datetime.now(UTC).isoformat(timespec="seconds")  # as the store writes times
    response.set_cookie(SEEN_COOKIE, now, httponly=True, samesite="strict",
                        max_age=400 * 24 * 3600)
    return response


@router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request, store: StoreDep) -> Response:
    items = [{"source": o.source, "articles": o.articles, "languages": list(o.languages),
              "first": o.first, "last": o.last} for o in store.outlet_rows()]
    return respond(request, "outlets.html", {"items": items}, title="Outlets")


@router.get("/outlets/{source:path}", response_class=HTMLResponse)
def outlet(request: Request, source: str, store: StoreDep, records: RecordsDep) -> Response:
    where = ArticleFilter(source=source)
    rows, total = store.list_articles(where, limit=500, offset=0)
    if not total:
        raise _missing("outlet", source)
    signals = views.annotation_page(store, "signal", where, limit=500, offset=0)["items"]
    by_kind: dict[str, list[float]] = {}
    for s in signals:
        by_kind.setdefault(s["kind"], []).append(float(s["score"]))
    ids = {r.id for r in rows}
    data = {
        "source": source,
        "articles": [views.article_summary(r) for r in rows],
        "languages": sorted({r.language for r in rows if r.language}),
        "signals": [{"kind": k, "articles": len(v), "mean_score": round(sum(v) / len(v), 3)}
                    for k, v in sorted(by_kind.items())],
        "outlet_signals": [s for s in records.signals
                           if s.get("source") == source or s.get("article_id") in ids],
        "quotes": views.annotation_page(store, "quote", where, limit=1, offset=0)["total"],
        "figures": views.annotation_page(store, "figure", where, limit=1, offset=0)["total"],
    }
    return respond(request, "outlet.html", data, title=source)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, store: StoreDep, records: RecordsDep, pg: PagingDep,
           f: FiltersDep, q: str | None = None) -> Response:
    data = views.annotation_page(store, "quote", article_filter(f, records), limit=pg.limit,
                                 offset=pg.offset, text=q)
    data.update(q=q, filters=f.as_query())
    return respond(request, "quotes.html", data, title="Quotes")


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, store: StoreDep, records: RecordsDep, pg: PagingDep,
            f: FiltersDep, q: str | None = None) -> Response:
    data = views.annotation_page(store, "figure", article_filter(f, records), limit=pg.limit,
                                 offset=pg.offset, text=q)
    data.update(q=q, filters=f.as_query())
    return respond(request, "figures.html", data, title="Figures")


@router.get("/checks", response_class=HTMLResponse)
def checks(request: Request, store: StoreDep, records: RecordsDep) -> Response:
    """One card per claim or figure group (``web.claims``), conflicting ones first."""
    return respond(request, "checks.html", claims.travel_page(claims.travels(store, records)),
                   title="Checks")


@router.get("/claims/{travel_id}", response_class=HTMLResponse)
def claim(request: Request, travel_id: str, store: StoreDep, records: RecordsDep) -> Response:
    """How one claim or figure travelled: its first carrier, then each outlet in order."""
    found = travel_of(claims.travels(store, records), travel_id)
    if found is None:
        raise _missing("claim", travel_id)
    checks = {c["id"]: c for c in records.checks}
    data = {"claim": found.to_dict(),
            "checks": [checks[i] for i in found.check_ids if i in checks]}
    return respond(request, "claim.html", data, title=f"{found.kind}: {found.about}")


@public_router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """A page of our own listing the API (FastAPI's Swagger UI would load from a CDN)."""
    endpoints = [
        {"method": method.upper(), "path": path, "summary": op.get("summary", "")}
        for path, operations in request.app.openapi()["paths"].items()
        if path.startswith("/api/")
        for method, op in operations.items()
    ]
    return respond(request, "docs.html", {"endpoints": endpoints, "openapi": "/openapi.json"},
                   title="API")


@public_router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return respond(request, "login.html", {"error": None}, title="Sign in")


@public_router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    """Check a token and keep it in an HttpOnly cookie, for reading a private case.

    The form is read with the standard library (no multipart dependency for one field).
    """
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    if not csrf_ok(request.cookies.get(CSRF_COOKIE), (form.get(CSRF_FIELD) or [""])[0]):
        return respond(request, "login.html",
                       {"error": "the form has expired; reload the page and sign in again"},
                       title="Sign in", status_code=403)
    token = (form.get("token") or [""])[0].strip()
    check_token(request, token or None)  # 401, or 429 after too many failures
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE_NAME, token, httponly=True, samesite="strict")
    return response

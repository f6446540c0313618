"""The read model of the pages to work a case: a story, an entity, what changed since.

Plain JSON-able dicts, as ``views`` (whose helpers these use): a story's events on a
timeline, its checks conflicts first, who said what and its outlets' signals; an entity's
roles over time, quotes by and about it and its events; the articles, checks and events
new or updated since a date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from typing import Any

from sourcetrace.capabilities.checks.figure_checks import listing_rank
from sourcetrace.storage.base import Store
from sourcetrace.storage.protocols import ArticleFilter, ArticleRow
from sourcetrace.web.records import CorpusRecords, entity_articles
from sourcetrace.web.views import _record, article_summary, timeline

__all__ = [
    "changes",
    "check_order",
    "entity_detail",
    "item_article",
    "speaker_entities",
    "story_detail",
]


def entity_detail(store: Store, records: CorpusRecords, entity_id: str) -> dict[str, Any] | None:
    """An entity: its articles, roles over time, the quotes it speaks and those about it
    (a mention of it inside the quote), its events, the entities it appears with and the
    evidence for each alias."""
    entity = records.entity(entity_id)
    if entity is None:
        return None
    ids = entity_articles(entity)
    metas = store.article_rows(ids)
    per_article = Counter(m["article_id"] for m in entity["mentions"])
    articles = [
        {**article_summary(metas[i]), "mentions": per_article[i]} for i in ids if i in metas
    ]
    mine = set(ids)
    together: Counter[str] = Counter()
    names: dict[str, Mapping[str, Any]] = {}
    for other in records.entities:
        if other["id"] == entity_id:
            continue
        shared = mine.intersection(entity_articles(other))
        if shared:
            together[other["id"]] = len(shared)
            names[other["id"]] = other
    cooccurring = [
        {"id": oid, "name": names[oid]["name"], "type": names[oid]["type"], "articles": n}
        for oid, n in together.most_common(15)
    ]
    quotes = [_record(row, "quote") for row in store.list_annotations(
        "quote", ArticleFilter(ids=frozenset(ids)), limit=2000, offset=0)[0]]
    speakers = speaker_entities(records, quotes)
    inside: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in entity["mentions"]:
        inside[m["article_id"]].append((int(m["start"]), int(m["end"])))
    by, about = [], []
    for q in quotes:
        if speakers.get(q["id"], {}).get("id") == entity_id:
            by.append(q)
        elif any(q["start"] <= s and e <= q["end"] for s, e in inside.get(q["article_id"], ())):
            about.append(q)
    return {"entity": entity, "articles": articles, "cooccurring": cooccurring,
            "quotes": by, "quotes_about": about, "entities_linked": records.linked,
            "roles_over_time": _roles_over_time(store, entity, metas),
            "events": _entity_events(records, entity_id),
            "names_by_language": _names_by_language(entity, metas),
            "evidence": _alias_evidence(store, entity_id) if records.linked else []}


#: The most articles read for an entity's roles (each is read whole, for its mentions).
ROLE_ARTICLES = 300


def _roles_over_time(store: Store, entity: Mapping[str, Any],
                     metas: Mapping[str, ArticleRow]) -> list[dict[str, Any]]:
    """Each role the articles give the entity ("Mayor", "maire"), with the first and last
    publication dates it was seen and its articles, earliest first."""
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for m in entity.get("mentions", ()):
        spans[m["article_id"]].add((int(m["start"]), int(m["end"])))
    seen: dict[str, dict[str, Any]] = {}
    for article_id in list(spans)[:ROLE_ARTICLES]:
        stored = store.get_article(article_id)
        if stored is None:
            continue
        day = (metas[article_id].published or "")[:10] if article_id in metas else ""
        for mention in stored.document.mentions:
            if not mention.role or (mention.start, mention.end) not in spans[article_id]:
                continue
            role = " ".join(mention.role.split())
            row = seen.setdefault(role.casefold(), {"role": role, "first": None, "last": None,
                                                    "article_ids": []})
            if article_id not in row["article_ids"]:
                row["article_ids"].append(article_id)
            if day:
                row["first"] = min(filter(None, (row["first"], day)))
                row["last"] = max(filter(None, (row["last"], day)))
    return sorted(seen.values(), key=lambda r: (r["first"] is None, r["first"] or "",
                                                r["role"].casefold()))


def _entity_events(records: CorpusRecords, entity_id: str) -> list[dict[str, Any]]:
    """The events the entity took part in (actor, target, claimant) or that happened in it,
    by date, each with the entity's role."""
    found = []
    for event in records.events:
        place = event.get("place") or {}
        roles = sorted({str(p.get("role") or "actor")
                        for p in [*(event.get("actors") or ()), *(event.get("targets") or ())]
                        if p.get("entity_id") == entity_id}
                       | ({"place"} if place.get("entity_id") == entity_id else set()))
        if roles:
            found.append({**event, "roles": roles})
    return sorted(found, key=lambda e: str((e.get("date") or {}).get("value") or "9999"))


def _names_by_language(
    entity: Mapping[str, Any], metas: Mapping[str, ArticleRow]
) -> list[dict[str, Any]]:
    """The entity's surface forms per article language, most used first (as the brief)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for m in entity.get("mentions", ()):
        meta = metas.get(m["article_id"])
        forms[(meta.language if meta else None) or "?"][" ".join(str(m["text"]).split())] += 1
    ordered = sorted(forms.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return [{"language": lang, "names": [n for n, _ in counts.most_common()]}
            for lang, counts in ordered]


def _alias_evidence(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Why each alias joined the linked entity (rule and words), from entity linking."""
    detail = store.entity_detail(entity_id)
    return list(detail["aliases"]) if detail else []


def check_order(check: Mapping[str, Any]) -> tuple[int, str, str]:
    """Conflicting first, then updated, unclear, consistent (then by kind and id)."""
    return (listing_rank(str(check.get("verdict"))),
            str(check.get("kind")), str(check.get("id")))


def item_article(item: str) -> str:
    """The article of a compared item id (``<article>:quote:<n>``, ``<article>:event:<n>``);
    article ids may hold colons themselves, so the last two parts are cut off."""
    parts = str(item).rsplit(":", 2)
    return parts[0] if len(parts) == 3 else str(item)


def story_checks(records: CorpusRecords, story_id: str,
                 article_ids: Collection[str]) -> list[dict[str, Any]]:
    """The checks of a story (by its id, its events, or the articles they compare),
    conflicts first."""
    keep = set(article_ids)
    event_checks = {c for e in records.events if e.get("story_id") == story_id
                    for c in e.get("check_ids", ())}
    found = [c for c in records.checks
             if c.get("story_id") == story_id or c["id"] in event_checks
             or any(item_article(i) in keep for i in c.get("items", ()))]
    return sorted(found, key=check_order)


def story_events(records: CorpusRecords, story_id: str,
                 article_ids: Collection[str]) -> list[dict[str, Any]]:
    """The story's events on a timeline: by date (undated last), with conflict marks."""
    keep = set(article_ids)
    conflicting = {str(c.get("event_id")) for c in records.checks
                   if c.get("kind") == "event" and c.get("verdict") == "conflicting"}
    verdicts = {c["id"]: c.get("verdict") for c in records.checks}
    events = [e for e in records.events
              if e.get("story_id") == story_id or keep.intersection(e.get("article_ids", ()))]
    found = []
    for e in events:
        marks = sorted({str(verdicts.get(c)) for c in e.get("check_ids", ()) if c in verdicts},
                       key=listing_rank)
        if e["id"] in conflicting and "conflicting" not in marks:
            marks.insert(0, "conflicting")
        found.append({**e, "marks": marks})
    return sorted(found, key=lambda e: (not (e.get("date") or {}).get("value"),
                                        str((e.get("date") or {}).get("value")), e["id"]))


def speaker_entities(records: CorpusRecords,
                     quotes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The entity each quote's speaker is, by quote id: the speaker's own ``entity_id``,
    else the entity with a mention inside the speaker's span in that article (the longest:
    "Opposition councillor Marcus Webb" is Marcus Webb), else the one entity whose name or
    alias is the speaker's words."""
    wanted = {q["article_id"] for q in quotes}
    spans: dict[str, list[tuple[int, int, dict[str, Any]]]] = defaultdict(list)
    names: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for known in records.entities:
        for m in known.get("mentions", ()):
            if m["article_id"] in wanted:
                spans[m["article_id"]].append((int(m["start"]), int(m["end"]), known))
        for name in {str(known["name"]), *known.get("aliases", ())}:
            names[" ".join(name.split()).casefold()].append(known)
    found: dict[str, dict[str, Any]] = {}
    for q in quotes:
        speaker = q.get("speaker") or {}
        entity = records.entity(speaker["entity_id"]) if speaker.get("entity_id") else None
        start, end = speaker.get("start"), speaker.get("end")
        if entity is None and start is not None and end is not None:
            inside = [(e - s, ent) for s, e, ent in spans.get(q["article_id"], ())
                      if start <= s and e <= end]
            if inside:
                entity = max(inside, key=lambda pair: pair[0])[1]
        if entity is None and speaker.get("text"):
            same = names.get(" ".join(str(speaker["text"]).split()).casefold(), [])
            entity = same[0] if len(same) == 1 else None
        if entity is not None:
            found[q["id"]] = entity
    return found


def quotes_by_speaker(quotes: list[dict[str, Any]],
                      records: CorpusRecords) -> list[dict[str, Any]]:
    """Who said what: quotes grouped by their speaker's entity (else the speaker's words),
    most quoted first; quotes with no speaker come last."""
    resolved = speaker_entities(records, quotes)
    groups: dict[str, dict[str, Any]] = {}
    for q in quotes:
        speaker = q.get("speaker") or {}
        entity = resolved.get(q["id"])
        text = " ".join(str(speaker.get("text") or "").split())
        key = f"e:{entity['id']}" if entity else (f"t:{text.casefold()}" if text else "")
        group = groups.setdefault(key, {
            "speaker": entity["name"] if entity else (text or None),
            "entity_id": entity["id"] if entity else None, "quotes": [], "outlets": set()})
        group["quotes"].append(q)
        group["outlets"].add(q["article"].get("source") or "unknown outlet")
    ordered = sorted(groups.values(),
                     key=lambda g: (g["speaker"] is None, -len(g["quotes"]),
                                    str(g["speaker"]).casefold()))
    return [{**g, "outlets": sorted(g["outlets"])} for g in ordered]


def outlet_signals(store: Store, records: CorpusRecords, where: ArticleFilter,
                   articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The outlets of some articles: their articles there, and each signal's mean score
    with its strongest evidence (per-article signals) and the outlet-wide profile."""
    rows = store.list_annotations("signal", where, limit=2000, offset=0)[0]
    by_outlet: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        record = _record(row, "signal")
        by_outlet[record["article"].get("source") or "unknown outlet"][record["kind"]].append(
            record)
    counts = Counter(a.get("source") or "unknown outlet" for a in articles)
    found = []
    for outlet, n in counts.most_common():
        signals = []
        for kind, items in sorted(by_outlet.get(outlet, {}).items()):
            strongest = max(items, key=lambda r: float(r["score"]))
            mean = round(sum(float(r["score"]) for r in items) / len(items), 3)
            signals.append({
                "kind": kind, "articles": len(items), "mean_score": mean,
                "evidence": [{**e, "article_id": strongest["article_id"]}
                             for e in strongest.get("evidence", ())[:2]],
            })
        signals.sort(key=lambda sig: -mean_of(sig))
        profile = [sig for sig in records.signals if sig.get("outlet") == outlet]
        found.append({"outlet": outlet, "articles": n, "signals": signals,
                      "profile": sorted(profile, key=lambda sig: -float(sig.get("score", 0)))})
    return found


def mean_of(signal: Mapping[str, Any]) -> float:
    return float(signal["mean_score"])


def story_detail(store: Store, records: CorpusRecords, story_id: str) -> dict[str, Any] | None:
    """A story: its events on a timeline, its checks (conflicts first), who said what,
    its outlets and their signals, and its articles (oldest first)."""
    story = records.story(story_id)
    if story is None:
        return None
    ids = list(story.get("article_ids", ()))
    where = ArticleFilter(ids=frozenset(ids))
    metas = store.article_rows(ids)
    articles = sorted((article_summary(metas[i]) for i in ids if i in metas),
                      key=lambda a: (a["published"] or "9999", a["id"]))
    quotes = [_record(row, "quote")
              for row in store.list_annotations("quote", where, limit=2000, offset=0)[0]]
    checks = story_checks(records, story_id, ids)
    return {"story": story, "articles": articles,
            "events": story_events(records, story_id, ids),
            "checks": checks,
            "verdicts": dict(Counter(str(c.get("verdict")) for c in checks)),
            "speakers": quotes_by_speaker(quotes, records),
            "outlets": outlet_signals(store, records, where, articles),
            "timeline": timeline(store, where)}


def changes(store: Store, records: CorpusRecords, since: str) -> dict[str, Any]:
    """What changed since ``since`` (ISO date or UTC time): articles ingested or updated
    since; the checks that compare one of them (new when it compares a new article), conflicts
    first; the events with one of them (new when all their articles are new)."""
    changed = store.changed_since(since)
    new_ids = {row.id for row, new in changed if new}
    touched = {row.id for row, _ in changed}
    checks = []
    for check in sorted(records.checks, key=check_order):
        articles = {item_article(i) for i in check.get("items", ())}
        if articles & touched:
            checks.append({**check, "change": "new" if articles & new_ids else "updated"})
    events = []
    for event in records.events:
        ids = set(event.get("article_ids", ()))
        if ids & touched:
            events.append({**event, "change": "new" if ids <= new_ids else "updated"})
    events.sort(key=lambda e: (e["change"] != "new",
                               str((e.get("date") or {}).get("value") or "9999")))
    return {
        "since": since,
        "articles": [{**article_summary(row), "change": "new" if new else "updated"}
                     for row, new in changed],
        "new_articles": len(new_ids),
        "updated_articles": len(touched - new_ids),
        "checks": checks,
        "events": events,
    }

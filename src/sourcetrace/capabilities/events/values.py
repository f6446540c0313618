"""An event's fields from its mentions: every reported value kept, one value chosen by rule.

Tolls (``fatalities``, ``injured``): each mention's count is a report with its outlet,
publication day and attribution. A report stands for an interval: an exact number for
itself, "about" for ±20 %, "at least"/"more than" for that number upward, "up to"/"less
than" for up to it, a range for its ends. The event's value is the latest report (by
publication day) among the attributed ones ("according to the interior ministry") when
any is attributed, else among all; when the reports of that day disagree (intervals that
do not meet) the value is a range, ``value`` null and ``low``/``high`` the smallest and
largest reported.

Checks (kind ``event``, in the checks table):

- ``updated``: a toll reported on a later day is above one reported earlier, the
  intervals apart; its items are the reports that raised it, in order;
- ``conflicting``: two outlets' tolls that do not meet and that time does not explain
  (the same day, or a later report below an earlier one), or two outlets giving the
  event different days; its items and ``values`` hold every span involved.

Date: the most precise date reported, the most reported one among those (ties: the
earliest). Type: the most reported type, a specific one ("bombing") before the generic
``attack``. Place: the most specific place reported, the most reported among those.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sourcetrace.capabilities.checks.figure_checks import Check
from sourcetrace.capabilities.events.digest import Digest
from sourcetrace.capabilities.events.taxonomy import GENERIC_TYPES, TYPES, event_type

__all__ = ["TOLL_FIELDS", "event_checks", "event_record"]

TOLL_FIELDS = ("fatalities", "injured")
_PRECISION = ("day", "week", "month", "quarter", "year", "decade")
_LEVEL = {"city": 0, "admin1": 1, "country": 2}
_ABOUT = 0.2


def _rep(c: Mapping[str, Any]) -> float | None:
    for key in ("value", "high", "low"):
        if isinstance(c.get(key), int | float):
            return float(c[key])
    return None


def interval(c: Mapping[str, Any]) -> tuple[float, float] | None:
    """The numbers a reported count stands for (see the module's docstring)."""
    low, high, value, q = c.get("low"), c.get("high"), c.get("value"), c.get("qualifier")
    if value is None and low is not None and high is not None:
        return float(low), float(high)
    v = _rep(c)
    if v is None:
        return None
    if q == "about":
        return v * (1 - _ABOUT), v * (1 + _ABOUT)
    if q in ("at least", "more than"):
        return v, math.inf
    if q in ("up to", "less than"):
        return 0.0, v
    return v, v


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def reports(members: Sequence[Digest], name: str) -> list[dict[str, Any]]:
    """Every reported value of toll ``name``, oldest publication first."""
    found = []
    for d in members:
        c = d.get(name)
        if c and interval(c) is not None:
            found.append({
                "field": name, "value": c.get("value"), "low": c.get("low"),
                "high": c.get("high"), "qualifier": c.get("qualifier"), "text": c["text"],
                "article_id": d["article_id"], "mention_id": d["id"], "start": c["start"],
                "end": c["end"], "outlet": d.get("outlet"), "published": d.get("published"),
                "reported_by": d.get("reported_by"),
            })
    found.sort(key=lambda r: (r["published"] or "", r["article_id"], r["start"]))
    return found


def toll(found: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The event's value of one toll from its reports (the rule in the module's docstring)."""
    if not found:
        return None
    preferred = [r for r in found if r["reported_by"]] or list(found)
    last = max(r["published"] or "" for r in preferred)
    latest = [r for r in preferred if (r["published"] or "") == last]
    spans = [i for r in latest if (i := interval(r)) is not None]
    if all(_meet(a, b) for a in spans for b in spans):
        best = max(latest, key=lambda r: (r["value"] is not None, _rep(r) or 0.0))
        return {"value": best["value"], "low": best["low"], "high": best["high"],
                "qualifier": best["qualifier"]}
    values = [v for r in latest if (v := _rep(r)) is not None]
    return {"value": None, "low": min(values), "high": max(values), "qualifier": None}


def _outlet(r: Mapping[str, Any]) -> str:
    return str(r["outlet"] or r["article_id"])


def _toll_checks(event_id: str, found: Sequence[Mapping[str, Any]]) -> list[Check]:
    checks: list[Check] = []
    rising: list[Mapping[str, Any]] = []
    disputed: dict[str, Mapping[str, Any]] = {}
    for i, a in enumerate(found):
        ia = interval(a)
        assert ia is not None
        last = rising[-1] if rising else None
        il = interval(last) if last is not None else None
        if last is None:
            rising.append(a)
        elif (il is not None and ia[0] > il[1] and last["published"]
              and (a["published"] or "") > last["published"]):
            rising.append(a)
        for b in found[i + 1:]:
            ib = interval(b)
            assert ib is not None
            if _meet(ia, ib) or _outlet(a) == _outlet(b) or a["article_id"] == b["article_id"]:
                continue
            later = (b["published"] or "") > (a["published"] or "")
            if later and a["published"] and ib[0] > ia[1]:
                continue  # a rise over time: the updated check
            disputed[a["mention_id"]], disputed[b["mention_id"]] = a, b
    name = found[0]["field"] if found else ""
    if len(rising) > 1:
        items = [r["mention_id"] for r in rising]
        checks.append(Check(
            id=f"{event_id}:check:{name}:updated", kind="event",
            items=tuple(items), verdict="updated",
            explanation=f"{name} rose as reports came in: " + " → ".join(
                f"{r['text']} ({r['outlet'] or 'unknown outlet'}, {r['published'] or 'undated'})"
                for r in rising),
            data={"event_id": event_id, "field": name, "values": [dict(r) for r in rising]}))
    if disputed:
        items = list(disputed)
        values = list(disputed.values())
        checks.append(Check(
            id=f"{event_id}:check:{name}:conflicting", kind="event",
            items=tuple(items), verdict="conflicting",
            explanation=f"sources disagree on {name}: " + "; ".join(
                f"{r['text']} ({r['outlet'] or 'unknown outlet'}, {r['published'] or 'undated'})"
                for r in values),
            data={"event_id": event_id, "field": name, "values": [dict(r) for r in values]}))
    return checks


def _date_check(event_id: str, members: Sequence[Digest]) -> list[Check]:
    days: dict[str, Digest] = {}
    for d in members:
        if d["precision"] == "day" and d["date"] and d["date"] not in days:
            days[d["date"]] = d
    outlets = {str(d.get("outlet") or d["article_id"]) for d in days.values()}
    if len(days) < 2 or len(outlets) < 2:
        return []
    values = [{"field": "date", "value": day, "text": d["text"], "article_id": d["article_id"],
               "mention_id": d["id"], "start": (d["date_span"] or [d["start"]])[0],
               "end": (d["date_span"] or [None, d["end"]])[1], "outlet": d.get("outlet"),
               "published": d.get("published")} for day, d in sorted(days.items())]
    items = [str(v["mention_id"]) for v in values]
    return [Check(
        id=f"{event_id}:check:date:conflicting", kind="event",
        items=tuple(items), verdict="conflicting",
        explanation="sources give different days: " + "; ".join(
            f"{v['value']} ({v['outlet'] or 'unknown outlet'})" for v in values),
        data={"event_id": event_id, "field": "date", "values": values})]


def event_checks(event_id: str, members: Sequence[Digest]) -> list[Check]:
    """The ``updated`` and ``conflicting`` checks of one event."""
    found: list[Check] = []
    for name in TOLL_FIELDS:
        found.extend(_toll_checks(event_id, reports(members, name)))
    found.extend(_date_check(event_id, members))
    return found


def _most(values: Iterable[Any]) -> Any:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -list(counts).index(v))) if counts else None


#: Types a report of a more specific event also uses, the more telling first: they name
#: the event only when nothing more specific does.
_GENERIC = GENERIC_TYPES


def _type(members: Sequence[Digest]) -> str:
    """The event's type: of its specific mentions, the type each article leads with (its
    first specific mention: news states the event first, then its aftermath, such as the
    police opening fire on a driver), most articles first, then most mentions."""
    order = list(TYPES)
    specific = [d for d in members if d["type"] not in _GENERIC]
    if not specific:
        types = {str(d["type"]) for d in members}
        return min(types, key=lambda t: (_GENERIC.index(t) if t in _GENERIC else -1,
                                         order.index(t)))
    leads: dict[str, Digest] = {}
    for d in sorted(specific, key=lambda d: (d["article_id"], d["start"])):
        leads.setdefault(d["article_id"], d)
    votes = Counter(str(d["type"]) for d in leads.values())
    counts = Counter(str(d["type"]) for d in specific)
    return max(counts, key=lambda t: (votes[t], counts[t], -order.index(t)))


def _date(members: Sequence[Digest]) -> dict[str, Any]:
    dated = [d for d in members if d["date"] and d["precision"] in _PRECISION]
    if not dated:
        return {"value": None, "precision": None}
    finest = min(_PRECISION.index(d["precision"]) for d in dated)
    values = sorted(d["date"] for d in dated if _PRECISION.index(d["precision"]) == finest)
    return {"value": _most(values), "precision": _PRECISION[finest]}


def _place(members: Sequence[Digest]) -> dict[str, Any] | None:
    places = [d["place"] for d in members if d["place"]]
    if not places:
        return None
    finest = min(_LEVEL.get(p["level"], 3) for p in places)
    keys = [(p.get("entity_id"), p.get("geonames_id"), p["name"]) for p in places
            if _LEVEL.get(p["level"], 3) == finest]
    chosen = _most(keys)
    p = next(p for p in places if (p.get("entity_id"), p.get("geonames_id"), p["name"]) == chosen)
    return {k: p[k] for k in ("entity_id", "name", "country", "admin1", "geonames_id",
                              "lat", "lon")}


def _people(members: Sequence[Digest], role: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for d in members:
        for a in d[role]:
            key = a["entity_id"] or " ".join(str(a["text"]).casefold().split())
            seen.setdefault(key, {"entity_id": a["entity_id"], "text": a["text"],
                                  "role": a["role"]})
    return list(seen.values())


def event_record(event_id: str, members: Sequence[Digest], *, story_id: str | None,
                 check_ids: Sequence[str]) -> dict[str, Any]:
    """The export record of one event (``docs/export.md``, ``events``)."""
    kind = event_type(_type(members))
    found = {name: reports(members, name) for name in TOLL_FIELDS}
    return {
        "id": event_id, "type": kind.group, "subtype": kind.id,
        "acled_event_type": kind.acled[0] if kind.acled else None,
        "acled_sub_event_type": kind.acled[1] if kind.acled else None,
        "gtd_attack_type": kind.gtd, "modality": "asserted",
        "date": _date(members), "place": _place(members),
        "actors": _people(members, "actors"), "targets": _people(members, "targets"),
        "fatalities": toll(found["fatalities"]), "injured": toll(found["injured"]),
        "article_ids": list(dict.fromkeys(d["article_id"] for d in members)),
        "mentions": [{"article_id": d["article_id"], "start": d["start"], "end": d["end"],
                      "text": d["text"]} for d in members],
        "sources": sorted({d["outlet"] for d in members if d.get("outlet")}),
        "check_ids": list(check_ids),
        "story_id": story_id,
        "reports": [{k: r[k] for k in ("field", "value", "low", "high", "qualifier", "text",
                                       "article_id", "start", "end", "outlet", "published",
                                       "reported_by")}
                    for name in TOLL_FIELDS for r in found[name]],
    }

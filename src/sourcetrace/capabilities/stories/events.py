"""An article's main event, as a story key, and whether two main events may be one.

Stories are event-level: two earthquakes in different countries, or two arrests of
different people in one city years apart, read alike and share names, yet are two
stories. Once the ``events`` stage has read an article, its *main event* is the first
asserted mention (in the article's order: the title, then the lead) of a specific type,
else the first of a generic one ("the attack"), leaving out past references (a mention
whose own date ends more than ``PAST_DAYS`` before publication: "the 2017 bombing").

The main event travels with the article's other story keys as one ``event:`` key (a
compact JSON of its type, place, own date window and linked actors and targets), so a
story holds its members' main events in its key counts, stored and taken out with them.

An article with a main event joins a story unless that event is set apart from every
alike main event the story's members carry (``fits_story``):

- incidents of one family (two bombings, two arrests, two protests: the groups in
  ``INCIDENT_GROUPS``, which happen at a place and a time) are two when their places are
  neither the same nor one inside the other (Mosul and Quetta), when their own date
  windows do not meet given their precision, or when both name linked actors (or
  targets) and share none: the rules that merge event mentions
  (``capabilities.events.merge.fits``);
- anything else is no evidence either way, and the article's words decide, as without
  events. A story goes on with follow-ups of other kinds, here or elsewhere (the
  suspects' arrest after a shooting, the claim, a deportation), and with measures and
  statements (an alert raised, talks, sanctions, a court case), whose place is read
  less surely: the state that acts or the place of what it reacts to.

Only a mention's own date counts here: an undated mention ("the attack", in a follow-up a
week later) does not differ by date. Articles without a main event, and stories whose
members carry none, keep the text rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sourcetrace.capabilities.events.digest import Digest
from sourcetrace.capabilities.events.merge import fits
from sourcetrace.capabilities.events.taxonomy import GENERIC_TYPES, TYPES, compatible, event_type
from sourcetrace.capabilities.stories.evidence import EVENT_PREFIX

__all__ = ["EVENT_PREFIX", "INCIDENT_GROUPS", "PAST_DAYS", "describe", "event_key",
           "event_keys", "fits_story", "main_event"]

#: Taxonomy groups of events that happen at one place and time (see the module).
INCIDENT_GROUPS = frozenset({"attacks", "remote violence", "fighting", "against people",
                             "security operations", "unrest"})
#: A mention whose own date ends this many days before publication is a past reference.
PAST_DAYS = 31
_PLACE_FIELDS = ("entity_id", "name", "country", "admin1_code", "geonames_id", "lat", "lon",
                 "level")


def _past(d: Digest) -> bool:
    if not d.get("date") or not d.get("window") or not d.get("published"):
        return False
    end = date.fromisoformat(d["window"][1])
    return (date.fromisoformat(d["published"]) - end).days > PAST_DAYS


def main_event(found: Sequence[Digest]) -> Digest | None:
    """The article's main event among its asserted mentions' digests (see the module)."""
    current = sorted((d for d in found if not _past(d) and d["type"] in TYPES),
                     key=lambda d: (d["start"], d["n"]))
    specific = [d for d in current if d["type"] not in GENERIC_TYPES]
    chosen = specific or current
    return chosen[0] if chosen else None


def event_key(d: Digest) -> str:
    """The story key of a main event: what ``fits`` compares, as compact JSON."""
    place = d.get("place")
    value = {
        "type": d["type"],
        "place": {k: place.get(k) for k in _PLACE_FIELDS} if place else None,
        # Only the mention's own date: an undated one stands for no window here.
        "window": d["window"] if d.get("date") else None,
        "actors": sorted({str(a["entity_id"]) for a in d["actors"] if a.get("entity_id")}),
        "targets": sorted({str(a["entity_id"]) for a in d["targets"] if a.get("entity_id")}),
    }
    return EVENT_PREFIX + json.dumps(value, sort_keys=True, separators=(",", ":"))


def _decode(key: str) -> Digest | None:
    try:
        value = json.loads(key[len(EVENT_PREFIX):])
    except json.JSONDecodeError:
        return None
    if not isinstance(value, dict) or value.get("type") not in TYPES:
        return None
    return {"type": value["type"], "place": value.get("place"), "window": value.get("window"),
            "actors": [{"entity_id": e} for e in value.get("actors") or ()],
            "targets": [{"entity_id": e} for e in value.get("targets") or ()]}


def event_keys(keys: Iterable[str]) -> list[str]:
    return [k for k in keys if k.startswith(EVENT_PREFIX)]


def fits_story(keys: Iterable[str], story_keys: Mapping[str, int]) -> tuple[bool, str | None]:
    """(whether the article's main event may belong to the story, the type of the story's
    event it is set apart from). It is set apart only when the story holds incidents of
    its family and it fits none of them: a story of a war holds battles in many places,
    and a new battle joins when it fits one of them."""
    mine = [d for k in event_keys(keys) if (d := _decode(k)) is not None]
    for m in mine:
        alike = [theirs for key, count in story_keys.items()
                 if count > 0 and key.startswith(EVENT_PREFIX)
                 and (theirs := _decode(key)) is not None and _alike(m, theirs)]
        if alike and not any(fits(m, theirs) for theirs in alike):
            return False, str(alike[0]["type"])
    return True, None


def _alike(m: Digest, other: Digest) -> bool:
    """Whether ``m`` and ``other`` are incidents of one family (see the module)."""
    groups = {event_type(m["type"]).group, event_type(other["type"]).group}
    return groups <= INCIDENT_GROUPS and compatible(m["type"], other["type"])


def describe(key: str) -> dict[str, Any] | None:
    """The decoded main event of an ``event:`` key (for reasons and tests)."""
    return _decode(key)

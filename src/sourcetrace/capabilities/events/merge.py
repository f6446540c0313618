"""Merging event mentions into events, one mention at a time (pure).

A mention joins an event when, against every mention the event holds already:

- the types are ``compatible`` (one family of the taxonomy);
- the places do not differ: the same place, or one contains the other (a country and a
  city in it); an unknown place does not differ;
- the date windows overlap (``digest.window``); an unknown window does not differ;
- when both name linked actors (or both linked targets), they share one (entities of a
  name alone compare by their name, not the type an article gave them);

and something ties it to the event: its place is known on both sides and the same or
contained, it shares a linked actor or target, it comes from an article the event
already holds, or from an article of the same story (``stories`` stage) as one of the
event's (for a specific type, as one of the event's mentions of that type). Of several
events it could join it joins the best tied (same article, then same place, then shared
actors or targets, then same story, then the oldest event). Otherwise it starts an event
of its own.

Candidates are never all events: the caller hands in those of the mention's family whose
window overlaps the mention's (``EventStore.candidate_events``), and the events of
its own article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sourcetrace.capabilities.events.digest import Digest
from sourcetrace.capabilities.events.places import relation
from sourcetrace.capabilities.events.taxonomy import GENERIC_TYPES, compatible

__all__ = ["EventSet", "event_id", "fits", "tie"]


def event_id(first_mention: str) -> str:
    """A new event's id, from the id of the mention that started it."""
    return "ev-" + hashlib.sha1(first_mention.encode("utf-8")).hexdigest()[:16]


def _linked(args: Iterable[Mapping[str, object]]) -> set[str]:
    return {_same_name(str(a["entity_id"])) for a in args if a.get("entity_id")}


def _same_name(entity_id: str) -> str:
    """An entity id as compared: an entity linking made of a name alone (``x:<type>/<name>``)
    is its name, whatever type an article gave it ("Crocus City Hall" a place in one
    report, an organisation in another)."""
    if entity_id.startswith("x:") and "/" in entity_id:
        return "x:" + entity_id.split("/", 1)[1]
    return entity_id


def _overlap(a: Sequence[str] | None, b: Sequence[str] | None) -> bool:
    if not a or not b:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


#: A window longer than this many weeks is indexed as undated (one bucket, not hundreds).
_MAX_WEEKS = 60


def _weeks(window: Sequence[str] | None) -> list[int | None]:
    if not window:
        return [None]
    first, last = date.fromisoformat(window[0]), date.fromisoformat(window[1])
    a, b = first.toordinal() // 7, last.toordinal() // 7
    return [None] if b - a > _MAX_WEEKS else list(range(a, b + 1))


def fits(m: Digest, other: Digest) -> bool:
    """Whether nothing says ``m`` and ``other`` are different events."""
    if not compatible(m["type"], other["type"]):
        return False
    if relation(m["place"], other["place"]) == "apart":
        return False
    if not _overlap(m["window"], other["window"]):
        return False
    for role in ("actors", "targets"):
        mine, theirs = _linked(m[role]), _linked(other[role])
        if mine and theirs and not mine & theirs:
            return False
    return True


def tie(m: Digest, members: Sequence[Digest],
        story_of: Mapping[str, str] | None = None) -> tuple[int, int, int, int]:
    """How strongly ``m`` is tied to an event holding ``members`` (all zeros: not tied);
    ``story_of`` (article id -> story id) ties articles of one story, the weakest tie."""
    same_article = int(any(o["article_id"] == m["article_id"] for o in members))
    places = {relation(m["place"], o["place"]) for o in members}
    place = 2 if "same" in places else 1 if "contains" in places else 0
    shared = int(any(_linked(m[r]) & _linked(o[r]) for o in members
                     for r in ("actors", "targets")))
    # A story ties a generic mention ("the attack") to its event, a specific one only to
    # a mention of its type: a story of a war also mentions a knife attack elsewhere.
    story = (story_of or {}).get(m["article_id"])
    same_story = int(story is not None and any(
        (story_of or {}).get(o["article_id"]) == story
        and (m["type"] in GENERIC_TYPES or o["type"] == m["type"]) for o in members))
    return same_article, place, shared, same_story


@dataclass
class EventSet:
    """The events a run works on: ``members`` by event id, in the order they were made."""

    members: dict[str, list[Digest]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    #: Article id -> its story (``stories`` corpus stage): articles of one story are tied.
    story_of: dict[str, str] = field(default_factory=dict)
    #: (family, week number) -> events with a mention whose window reaches that week;
    #: (family, None) -> events with an undated mention.
    _weeks: dict[tuple[str, int | None], set[str]] = field(default_factory=dict)
    #: Articles whose mentions this run takes out (and may put back): their stored
    #: membership is never loaded again.
    _removed: set[str] = field(default_factory=set)

    def _index(self, eid: str, d: Digest) -> None:
        for week in _weeks(d["window"]):
            self._weeks.setdefault((d["family"], week), set()).add(eid)

    def nearby(self, m: Digest) -> list[str]:
        """The events held here that a mention like ``m`` may join (same family, a window
        reaching the same weeks)."""
        found: set[str] = set()
        for week in _weeks(m["window"]):
            found |= self._weeks.get((m["family"], week), set())
        return sorted(found)

    def load(self, events: Mapping[str, Sequence[Digest]]) -> None:
        """Add stored events not held yet (without the mentions of removed articles)."""
        for eid, digests in events.items():
            if eid in self.members or eid in self.touched:
                continue
            kept = [d for d in digests if d["article_id"] not in self._removed]
            if len(kept) != len(digests):
                self.touched.add(eid)
            if not kept:
                continue
            self.members[eid] = kept
            for d in kept:
                self._index(eid, d)

    def remove_articles(self, article_ids: set[str]) -> None:
        """Take the mentions of ``article_ids`` out of the loaded events. An event left
        empty is dropped (and removed from the store unless a mention re-makes it), so that
        re-merging the same mentions gives the events, ids and order of a first run."""
        self._removed |= article_ids
        for eid in list(self.members):
            digests = self.members[eid]
            kept = [d for d in digests if d["article_id"] not in article_ids]
            if len(kept) != len(digests):
                self.touched.add(eid)
                if kept:
                    self.members[eid] = kept
                else:
                    del self.members[eid]

    def place(self, m: Digest, candidates: Iterable[str]) -> str:
        """Add ``m`` to the best event among ``candidates`` (ids in ``members``), or to a
        new one; returns its event id."""
        best: tuple[tuple[int, int, int, int], int, str] | None = None
        order = {eid: i for i, eid in enumerate(self.members)}
        for eid in dict.fromkeys(candidates):
            members = self.members.get(eid)
            if not members or not all(fits(m, o) for o in members):
                continue
            strength = tie(m, members, self.story_of)
            if not any(strength):
                continue
            key = (strength, -order[eid], eid)
            if best is None or key > best:
                best = key
        if best is not None:
            eid = best[2]
        else:
            eid = event_id(m["id"])
            while self.members.get(eid):  # an older event started by the same mention
                eid = event_id(eid)
            self.members[eid] = []
        self.members[eid].append(m)
        self._index(eid, m)
        self.touched.add(eid)
        return eid

    def of_article(self, article_id: str) -> list[str]:
        return [eid for eid, ds in self.members.items()
                if any(d["article_id"] == article_id for d in ds)]

"""STIX 2.1 export: one bundle for a threat-intelligence platform (OpenCTI, MISP …).

- the outlets and the organisations and people named -> ``identity``
  (``identity_class`` organization or individual; sourcetrace itself is a ``system``
  identity, the ``created_by_ref`` of everything); an entity's Wikidata QID and its
  sourcetrace knowledge-base entry are ``external_references``;
- armed groups (``ARMED_GROUP``) -> ``threat-actor``;
- places (GPE, LOC) -> ``location`` with its ISO country (``outputs.places``); STIX
  requires a country, region or coordinates, so a place whose country is unknown is
  left out (it remains in the other exports);
- each story -> a ``report`` whose ``object_refs`` are the outlets and entities of its
  articles, and one ``report`` for the whole export referring to every object;
- articles -> ``external_references`` of those reports (source_name = outlet, url,
  description = title, external_id = article id): a STIX report must have a
  publication timestamp, which many articles lack, so articles are not reports;
- each check -> a ``note``: abstract = kind and verdict, content = explanation, the
  compared figures or quotes as external references;
- each event -> an ``incident`` (name: its type and place; description: date, toll and
  sources; its articles as external references), with relationships ``attributed-to``
  its actors that are threat actors, ``targets`` its target entities exported as
  identities, and ``located-at`` its place (the place entity's ``location``, else a
  ``location`` of the event's own with its country and coordinates).

Ids are UUIDv5 of sourcetrace's ids, so a re-export gives the same ids;
``created``/``modified``/``published`` are the time of the export (a re-export is a new
version of the same objects). Objects are written as they are made; reports come last.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

from stix2 import v21

from sourcetrace.outputs.contract import KINDS, ExportItem
from sourcetrace.outputs.places import country_code

__all__ = ["NAMESPACE", "StixExporter", "stix_id"]

#: The UUIDv5 namespace of sourcetrace's STIX ids.
NAMESPACE = uuid.UUID("6f1d7c52-3b0e-5a8e-9c41-2d5f0e7b9a13")
_PERSON = "PERSON"
_PLACES = frozenset({"GPE", "LOC"})
_ARMED = frozenset({"ARMED_GROUP"})
# Joins the parts of a key; a control character no id contains.
_SEPARATOR = "\x1f"


def stix_id(stix_type: str, *key: str) -> str:
    """Deterministic STIX id for a sourcetrace record."""
    name = _SEPARATOR.join((stix_type, *key))
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, name)}"


class StixExporter:
    def __init__(self, stream: TextIO, *, now: datetime | None = None) -> None:
        self._stream = stream
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        self._now = now or datetime.now(UTC)
        self._creator = stix_id("identity", "sourcetrace")
        self._report = stix_id("report", "export")
        self._objects: list[str] = []
        self._outlets: dict[str, str] = {}
        self._articles: dict[str, dict[str, str]] = {}
        self._article_refs: dict[str, set[str]] = defaultdict(set)
        self._stories: list[Mapping[str, Any]] = []
        self._skipped_places = 0
        self._written = 0
        #: entity id -> the STIX id written for it.
        self._entity_ids: dict[str, str] = {}
        stream.write('{"type": "bundle", "id": "' + stix_id("bundle", "export") + '", "objects": [')
        self._emit(v21.Identity(id=self._creator, name="sourcetrace", identity_class="system",
                                **self._stamps(creator=False)), listed=False)

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    @property
    def skipped_places(self) -> int:
        """Places left out because their country is unknown."""
        return self._skipped_places

    def _stamps(self, *, creator: bool = True) -> dict[str, Any]:
        stamps: dict[str, Any] = {"created": self._now, "modified": self._now}
        if creator:
            stamps["created_by_ref"] = self._creator
        return stamps

    def _emit(self, obj: Any, *, listed: bool = True) -> None:
        self._stream.write((",\n" if self._written else "\n") + obj.serialize(ensure_ascii=False))
        self._written += 1
        if listed:
            self._objects.append(obj.id)

    def write(self, item: ExportItem) -> None:
        handler = {"article": self._article, "entity": self._entity,
                   "story": self._stories.append, "check": self._check,
                   "event": self._event}.get(item.kind)
        if handler is None:
            return
        handler(item.data)
        self._counts[item.kind] += 1

    def _article(self, data: Mapping[str, Any]) -> None:
        source = data.get("source")
        ref: dict[str, str] = {"source_name": source or "sourcetrace",
                               "external_id": str(data["id"])}
        if data.get("url"):
            ref["url"] = str(data["url"])
        if data.get("title"):
            ref["description"] = str(data["title"])
        self._articles[str(data["id"])] = ref
        if not source:
            return
        if source not in self._outlets:
            outlet = v21.Identity(id=stix_id("identity", "outlet", source), name=source,
                                  identity_class="organization", roles=["media outlet"],
                                  **self._stamps())
            self._outlets[source] = outlet.id
            self._emit(outlet)
        self._article_refs[str(data["id"])].add(self._outlets[source])

    def _entity(self, data: Mapping[str, Any]) -> None:
        kind, name = str(data["type"]), str(data["name"])
        common: dict[str, Any] = {"name": name, **self._stamps()}
        kb_id, kb_entry = data.get("kb_id"), data.get("kb_entry")
        references = []
        if kb_id and str(kb_id).startswith("Q"):
            references.append({"source_name": "wikidata", "external_id": kb_id,
                               "url": f"https://www.wikidata.org/wiki/{kb_id}"})
        if kb_entry:
            references.append({"source_name": "sourcetrace-kb", "external_id": str(kb_entry)})
        if references:
            common["external_references"] = references
        aliases = [a for a in data.get("aliases") or () if a != name]
        obj: Any
        if kind in _PLACES:
            country = country_code(name)
            if country is None:
                self._skipped_places += 1
                return
            obj = v21.Location(id=stix_id("location", data["id"]), country=country, **common)
        elif kind in _ARMED:
            obj = v21.ThreatActor(id=stix_id("threat-actor", data["id"]),
                                  aliases=aliases or None, **common)
        else:
            individual = kind == _PERSON
            obj = v21.Identity(
                id=stix_id("identity", data["id"]),
                identity_class="individual" if individual else "organization",
                description=("Also written: " + "; ".join(aliases)) if aliases else None,
                roles=None if individual or kind == "ORG" else [kind.lower()],
                **common)
        self._emit(obj)
        self._entity_ids[str(data["id"])] = obj.id
        for mention in data.get("mentions") or ():
            self._article_refs[str(mention["article_id"])].add(obj.id)

    def _check(self, data: Mapping[str, Any]) -> None:
        note = v21.Note(
            id=stix_id("note", data["id"]),
            abstract=f"{data['kind']} check: {data['verdict']}",
            content=str(data["explanation"]) or str(data["verdict"]),
            object_refs=[self._report],
            external_references=[{"source_name": "sourcetrace", "external_id": str(i)}
                                 for i in data.get("items") or ()] or None,
            **self._stamps())
        self._emit(note)

    def _event(self, data: Mapping[str, Any]) -> None:
        place = data.get("place") or {}
        date = (data.get("date") or {}).get("value")
        toll = data.get("fatalities") or {}
        killed = toll.get("value") if toll.get("value") is not None else toll.get("low")
        parts = [f"date: {date or 'unknown'}",
                 f"killed: {'unknown' if killed is None else int(killed)}",
                 "sources: " + (", ".join(data.get("sources") or ()) or "unknown")]
        incident = v21.Incident(
            id=stix_id("incident", str(data["id"])),
            name=f"{data['subtype']} in {place.get('name') or 'unknown place'}",
            description="; ".join(parts),
            external_references=[self._articles[a] for a in data.get("article_ids") or ()
                                 if a in self._articles] or None,
            **self._stamps())
        self._emit(incident)
        for a in data.get("article_ids") or ():
            self._article_refs[str(a)].add(incident.id)
        links: list[tuple[str, str]] = []
        for actor in data.get("actors") or ():
            ref = self._entity_ids.get(str(actor.get("entity_id")))
            if ref and ref.startswith("threat-actor--"):
                links.append(("attributed-to", ref))
        for target in data.get("targets") or ():
            ref = self._entity_ids.get(str(target.get("entity_id")))
            if ref and ref.startswith("identity--"):
                links.append(("targets", ref))
        where = self._entity_ids.get(str(place.get("entity_id")))
        if not (where and where.startswith("location--")):
            where = self._event_location(str(data["id"]), place)
        if where:
            links.append(("located-at", where))
        for kind, ref in dict.fromkeys(links):
            self._emit(v21.Relationship(
                id=stix_id("relationship", str(data["id"]), kind, ref),
                relationship_type=kind, source_ref=incident.id, target_ref=ref,
                **self._stamps()))

    def _event_location(self, event_id: str, place: Mapping[str, Any]) -> str | None:
        """A ``location`` of the event's own place; None when neither its country nor its
        coordinates are known (STIX requires one of them)."""
        if not place.get("country") and place.get("lat") is None:
            return None
        located: dict[str, Any] = {"name": place.get("name") or None}
        if place.get("country"):
            located["country"] = place["country"]
        if place.get("lat") is not None and place.get("lon") is not None:
            located["latitude"], located["longitude"] = place["lat"], place["lon"]
        obj = v21.Location(id=stix_id("location", "event", event_id), **located,
                           **self._stamps())
        self._emit(obj)
        return str(obj.id)

    def _report_of(self, report_id: str, name: str, refs: list[str],
                   article_ids: list[str]) -> Any:
        return v21.Report(
            id=report_id, name=name, published=self._now,
            object_refs=refs or [self._creator],
            external_references=[self._articles[a] for a in article_ids
                                 if a in self._articles] or None,
            **self._stamps())

    def finalize(self) -> None:
        for story in self._stories:
            article_ids = [str(a) for a in story.get("article_ids") or ()]
            refs = sorted({ref for a in article_ids for ref in self._article_refs.get(a, ())})
            self._emit(self._report_of(stix_id("report", "story", str(story["id"])),
                                       str(story.get("label") or story["id"]), refs,
                                       article_ids))
        self._emit(self._report_of(self._report, "sourcetrace export", list(self._objects),
                                   list(self._articles)))
        self._stream.write("\n]}\n")
        self._stream.flush()

    def close(self) -> None:
        """Nothing to release: objects go straight to the stream."""


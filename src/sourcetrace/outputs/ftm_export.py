"""FollowTheMoney export: entity JSON lines, as ``ftm`` and Aleph tools read them.

- each article -> an ``Article`` (title, bodyText, sourceUrl, publishedAt, language,
  publisher, author);
- each entity -> a ``Person`` (PERSON), an ``Organization`` (ORG and every finer
  organisation type: the finer type, e.g. ``ARMED_GROUP``, goes in ``classification``),
  or an ``Address`` (GPE, LOC: ``full`` name, ``country`` when the place is or lies in a
  known country, see ``outputs.places``); ``alias`` holds the surface forms, ``wikidataId``
  a Wikidata QID, a person's ``position`` the roles stated next to their name;
- each entity mention -> a ``Mention`` linking the name (``name``) in the ``Article``
  (``document``) to the ``Person``/``Organization`` (``resolved``); FtM resolves mentions
  only to legal entities, so a place's mention carries ``detectedSchema`` "Address" and
  its ``contextCountry`` instead.

- each event -> an ``Event`` (``name``: its type and place, ``date``, ``location`` and
  ``country`` of its place, ``addressEntity`` the place's ``Address`` when the place is
  a linked entity, ``organizer`` its actors and ``involved`` its actors and targets that
  are linked people or organisations, ``proof`` its ``Article``s, ``summary`` the
  reports' words, ``description`` its toll and sources).

Quotes, figures, dates, stories, signals and checks have no FtM schema and are left
out. Ids are ``make_id`` hashes of
sourcetrace's ids, so a re-export gives the same ids. Values pass through FtM's
cleaning (``language`` "en" becomes "eng", dates are normalised); values FtM rejects are
dropped by the library, never replaced.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy

from sourcetrace.outputs.contract import KINDS, ExportItem
from sourcetrace.outputs.places import country_code

__all__ = ["FtmExporter", "article_entity_id", "entity_schema"]

_NAMESPACE = "sourcetrace"
_PLACES = frozenset({"GPE", "LOC"})


def article_entity_id(article_id: str) -> str:
    """The FtM id of an article's ``Article`` entity."""
    proxy = model.make_entity("Article")
    return str(proxy.make_id(_NAMESPACE, "article", article_id))


def entity_schema(entity_type: str) -> str:
    """FtM schema name for an entity type of the export contract."""
    if entity_type == "PERSON":
        return "Person"
    if entity_type in _PLACES:
        return "Address"
    return "Organization"


def _entity_id(entity_id: str) -> str:
    """The FtM id of a linked entity's proxy (its schema does not change the id)."""
    return str(model.make_entity("Thing").make_id(_NAMESPACE, "entity", entity_id))


def _make(schema: str, *key: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.make_id(_NAMESPACE, *key)
    return proxy


class FtmExporter:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        #: entity id -> its FtM schema, for the events' references.
        self._schemas: dict[str, str] = {}

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        if item.kind == "article":
            self._emit(self._article(item.data))
        elif item.kind == "entity":
            for proxy in self._entity(item.data):
                self._emit(proxy)
        elif item.kind == "event":
            self._emit(self._event(item.data))
        else:
            return
        self._counts[item.kind] += 1

    def _emit(self, proxy: EntityProxy) -> None:
        self._stream.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
        self._stream.write("\n")

    def _article(self, data: Mapping[str, Any]) -> EntityProxy:
        proxy = _make("Article", "article", data["id"])
        for prop, key in (("title", "title"), ("bodyText", "text"), ("sourceUrl", "url"),
                          ("publishedAt", "published"), ("language", "language"),
                          ("publisher", "source"), ("author", "author")):
            proxy.add(prop, data.get(key))
        return proxy

    def _entity(self, data: Mapping[str, Any]) -> list[EntityProxy]:
        schema = entity_schema(str(data["type"]))
        self._schemas[str(data["id"])] = schema
        proxy = _make(schema, "entity", data["id"])
        name = data["name"]
        proxy.add("full" if schema == "Address" else "name", name)
        if schema == "Address":
            proxy.add("name", name)
        proxy.add("alias", [a for a in data.get("aliases") or () if a != name])
        kb_id = data.get("kb_id")
        if kb_id and str(kb_id).startswith("Q"):
            proxy.add("wikidataId", kb_id)
        if schema == "Person":
            proxy.add("position", list(data.get("roles") or ()))
        country = country_code(name) if schema == "Address" else None
        if schema == "Organization" and data["type"] != "ORG":
            proxy.add("classification", data["type"])
        if country:
            proxy.add("country", country.lower())
        out = [proxy]
        for mention in data.get("mentions") or ():
            out.append(self._mention(proxy, schema, country, mention))
        return out

    def _event(self, data: Mapping[str, Any]) -> EntityProxy:
        proxy = _make("Event", "event", data["id"])
        place = data.get("place") or {}
        proxy.add("name", f"{data['subtype']} in {place.get('name') or 'unknown place'}")
        proxy.add("date", (data.get("date") or {}).get("value"))
        proxy.add("location", place.get("name"))
        if place.get("country"):
            proxy.add("country", str(place["country"]).lower())
        if self._schemas.get(str(place.get("entity_id"))) == "Address":
            proxy.add("addressEntity", _entity_id(str(place["entity_id"])))
        for role, people in (("organizer", data.get("actors") or ()),
                             ("involved", [*(data.get("actors") or ()),
                                           *(data.get("targets") or ())])):
            for person in people:
                schema = self._schemas.get(str(person.get("entity_id")))
                if schema in ("Person", "Organization"):
                    proxy.add(role, _entity_id(str(person["entity_id"])))
        proxy.add("proof", [article_entity_id(a) for a in data.get("article_ids") or ()])
        proxy.add("summary", "; ".join(m["text"] for m in data.get("mentions") or ()))
        toll = data.get("fatalities") or {}
        killed = toll.get("value") if toll.get("value") is not None else toll.get("low")
        proxy.add("description", f"killed: {'unknown' if killed is None else int(killed)}; "
                                 f"sources: {', '.join(data.get('sources') or ()) or 'unknown'}")
        return proxy

    def _mention(
        self, resolved: EntityProxy, schema: str, country: str | None, m: Mapping[str, Any]
    ) -> EntityProxy:
        proxy = _make("Mention", "mention", str(resolved.id), m["article_id"],
                      str(m["start"]), str(m["end"]))
        proxy.add("document", article_entity_id(m["article_id"]))
        proxy.add("name", m["text"])
        proxy.add("detectedSchema", schema)
        if schema == "Address":
            if country:
                proxy.add("contextCountry", country.lower())
        else:
            proxy.add("resolved", resolved.id)
        return proxy

    def finalize(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        """Nothing to release: entities go straight to the stream."""

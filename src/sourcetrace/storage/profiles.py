"""Reading and writing outlet profiles and user outlet ratings (see ``profile_tables``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from sourcetrace.errors import FormatError
from sourcetrace.storage.base import Store
from sourcetrace.storage.profile_tables import outlet_profiles, outlet_ratings

__all__ = [
    "Rating",
    "StoredProfile",
    "load_ratings_csv",
    "read_profiles",
    "read_ratings",
    "replace_profiles",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredProfile:
    outlet: str
    articles: int
    data: dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Rating:
    domain: str
    rating: str
    origin: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def replace_profiles(store: Store, profiles: list[StoredProfile]) -> None:
    """Replace every stored profile with ``profiles`` in one transaction."""
    now = _now()
    with store.writing("replace outlet profiles") as conn:  # type: ignore[attr-defined]
        conn.execute(delete(outlet_profiles))
        if profiles:
            conn.execute(
                insert(outlet_profiles),
                [
                    {"outlet": p.outlet, "articles": p.articles, "data": p.data, "updated_at": now}
                    for p in profiles
                ],
            )


def read_profiles(store: Store) -> list[StoredProfile]:
    with store.reading("read outlet profiles") as conn:  # type: ignore[attr-defined]
        rows = conn.execute(select(outlet_profiles).order_by(outlet_profiles.c.outlet)).all()
    return [StoredProfile(outlet=r.outlet, articles=r.articles, data=dict(r.data)) for r in rows]


def read_ratings(store: Store) -> dict[str, Rating]:
    with store.reading("read outlet ratings") as conn:  # type: ignore[attr-defined]
        rows = conn.execute(select(outlet_ratings)).all()
    return {r.domain: Rating(domain=r.domain, rating=r.rating, origin=r.origin) for r in rows}


def load_ratings_csv(store: Store, path: Path) -> int:
    """Load a CSV of ``domain,rating,origin`` (header row optional); a domain already
    rated is replaced. Returns the number of ratings loaded."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = [row for row in csv.reader(handle) if row and any(c.strip() for c in row)]
    except OSError as exc:
        raise FormatError(f"{path}: cannot read the ratings file ({exc.strerror})") from exc
    if rows and [c.strip().lower() for c in rows[0][:3]] == ["domain", "rating", "origin"]:
        rows = rows[1:]
    ratings: dict[str, Rating] = {}
    for n, row in enumerate(rows, start=1):
        if len(row) < 3 or not all(c.strip() for c in row[:3]):
            raise FormatError(f"{path}: row {n} needs domain, rating and origin: {row!r}")
        domain = row[0].strip().lower().removeprefix("www.")
        ratings[domain] = Rating(domain=domain, rating=row[1].strip(), origin=row[2].strip())
    now = _now()
    with store.writing("load outlet ratings") as conn:  # type: ignore[attr-defined]
        conn.execute(delete(outlet_ratings).where(outlet_ratings.c.domain.in_(list(ratings))))
        if ratings:
            conn.execute(
                insert(outlet_ratings),
                [
                    {
                        "domain": r.domain,
                        "rating": r.rating,
                        "origin": r.origin,
                        "loaded_from": str(path),
                        "loaded_at": now,
                    }
                    for r in ratings.values()
                ],
            )
    return len(ratings)

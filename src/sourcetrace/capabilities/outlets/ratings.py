"""The user's outlet ratings: a CSV of ``domain,rating,origin`` loaded into the case."""

from __future__ import annotations

import csv
from pathlib import Path

from sourcetrace.errors import FormatError
from sourcetrace.storage.protocols import ProfileStore, Rating

__all__ = ["load_ratings_csv"]


def load_ratings_csv(store: ProfileStore, path: Path) -> int:
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
    store.put_ratings(list(ratings.values()), loaded_from=str(path))
    return len(ratings)

"""Outlet profiles and user outlet ratings (tables in ``tables.profiles``).

``ProfileQueries`` implements ``storage.protocols.ProfileStore``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select

from sourcetrace.storage.protocols import Rating, StoredProfile
from sourcetrace.storage.sqlbase import SqlBase, utc_now
from sourcetrace.storage.tables.profiles import outlet_profiles, outlet_ratings

__all__ = ["ProfileQueries"]


class ProfileQueries(SqlBase):
    """The ``ProfileStore`` protocol in SQL."""

    def replace_profiles(self, profiles: Sequence[StoredProfile]) -> None:
        """Replace every stored profile with ``profiles`` in one transaction."""
        now = utc_now()
        with self.writing("replace outlet profiles") as conn:
            conn.execute(delete(outlet_profiles))
            if profiles:
                conn.execute(
                    insert(outlet_profiles),
                    [
                        {"outlet": p.outlet, "articles": p.articles, "data": p.data,
                         "updated_at": now}
                        for p in profiles
                    ],
                )

    def read_profiles(self) -> list[StoredProfile]:
        with self.reading("read outlet profiles") as conn:
            rows = conn.execute(select(outlet_profiles).order_by(outlet_profiles.c.outlet)).all()
        return [StoredProfile(outlet=r.outlet, articles=r.articles, data=dict(r.data))
                for r in rows]

    def read_ratings(self) -> dict[str, Rating]:
        with self.reading("read outlet ratings") as conn:
            rows = conn.execute(select(outlet_ratings)).all()
        return {r.domain: Rating(domain=r.domain, rating=r.rating, origin=r.origin) for r in rows}

    def put_ratings(self, ratings: Sequence[Rating], *, loaded_from: str) -> None:
        """Store ``ratings``, replacing earlier ratings of the same domains."""
        now = utc_now()
        with self.writing("load outlet ratings") as conn:
            conn.execute(delete(outlet_ratings).where(
                outlet_ratings.c.domain.in_([r.domain for r in ratings])))
            if ratings:
                conn.execute(
                    insert(outlet_ratings),
                    [
                        {
                            "domain": r.domain,
                            "rating": r.rating,
                            "origin": r.origin,
                            "loaded_from": loaded_from,
                            "loaded_at": now,
                        }
                        for r in ratings
                    ],
                )

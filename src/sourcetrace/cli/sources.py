"""``sourcetrace sources --db FILE``: outlet profiles, with the user's own ratings beside them.

``--ratings FILE.csv`` first loads ratings (``domain,rating,origin``) into the database.
Ratings are shown in their own column, with their origin; they never enter our scores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sourcetrace.capabilities.outlets.ratings import load_ratings_csv
from sourcetrace.cli.options import DbOption, console, emit_json, fail, open_existing
from sourcetrace.errors import SourcetraceError
from sourcetrace.storage.protocols import Rating, StoredProfile

#: Signals shown as columns in the table (the JSON output has them all).
_COLUMNS = (
    "attribution",
    "loaded_language",
    "opinion_as_news",
    "headline_body",
    "republication",
    "machine_translation",
)


def _rating_for(profile: StoredProfile, ratings: dict[str, Rating]) -> Rating | None:
    keys = [*profile.data.get("domains", []), profile.outlet.lower()]
    return next((ratings[k] for k in keys if k in ratings), None)


def sources(
    db: DbOption,
    ratings_file: Annotated[
        Path | None,
        typer.Option(
            "--ratings", help="Load outlet ratings from a CSV (domain, rating, origin) first."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per outlet.")
    ] = False,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Show each outlet's most typical evidence.")
    ] = False,
) -> None:
    """Outlet profiles: articles, languages, each signal's mean and share above 0.5."""
    with open_existing(db) as store:
        if ratings_file is not None:
            try:
                loaded = load_ratings_csv(store, ratings_file)
            except SourcetraceError as exc:
                raise fail(str(exc)) from exc
            if not as_json:
                console.print(
                    f"loaded {loaded} outlet rating{'s' if loaded != 1 else ''} from {ratings_file}"
                )
        profiles = store.read_profiles()
        ratings = store.read_ratings()
    if as_json:
        for profile in profiles:
            rating = _rating_for(profile, ratings)
            emit_json(
                {
                    "outlet": profile.outlet,
                    "articles": profile.articles,
                    **profile.data,
                    "user_rating": None
                    if rating is None
                    else {
                        "domain": rating.domain,
                        "rating": rating.rating,
                        "origin": rating.origin,
                    },
                }
            )
        return
    if not profiles:
        console.print("no outlet profiles yet (ingest or analyze articles first)")
        return
    table = Table(title="Outlet profiles: mean signal score (share of articles above 0.5)")
    for name in ("outlet", "articles", "languages", *_COLUMNS, "user rating (origin)"):
        table.add_column(name)
    for profile in profiles:
        signals: dict[str, Any] = profile.data.get("signals", {})
        cells = [_cell(signals.get(kind)) for kind in _COLUMNS]
        rating = _rating_for(profile, ratings)
        table.add_row(
            profile.outlet,
            str(profile.articles),
            ", ".join(profile.data.get("languages", {})),
            *cells,
            "—" if rating is None else f"{rating.rating} ({rating.origin})",
        )
    console.print(table)
    if evidence:
        for profile in profiles:
            console.print(f"\n[bold]{profile.outlet}[/]")
            for kind, stats in profile.data.get("signals", {}).items():
                for e in stats["evidence"]:
                    console.print(f"  {kind}: {e['text'][:90]!r} — {e['note']}")


def _cell(stats: dict[str, Any] | None) -> str:
    if not stats:
        return "0"
    return f"{stats['mean']:.2f} ({stats['share_above_half']:.0%})"


def register(app: typer.Typer) -> None:
    app.command()(sources)

"""``sourcetrace events --db FILE``: the events merged across articles, with filters.

Filters: ``--type`` (a taxonomy type such as ``bombing`` or a group such as ``attacks``),
``--place`` (a country code, a place's name or entity id), ``--since``/``--until`` (ISO
days, compared with the event's date; undated events are left out when either is given)
and ``--story``. ``--json`` prints one export record per line (``docs/export.md``).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from sourcetrace.cli.options import DbOption, console, emit_json, open_existing
from sourcetrace.cli.tables import print_table
from sourcetrace.storage.protocols import EventFilter


def _toll(toll: dict[str, Any] | None) -> str:
    if not toll:
        return "—"
    if toll.get("value") is None:
        return f"{toll.get('low'):g}–{toll.get('high'):g} (sources disagree)"
    return " ".join(p for p in (toll.get("qualifier"), f"{toll['value']:g}") if p)


def events(
    db: DbOption,
    type_: Annotated[str | None, typer.Option(
        "--type", help="A taxonomy type (bombing, arrest …) or group (attacks, unrest …).")] = None,
    place: Annotated[str | None, typer.Option(
        "--place", help="A country code (FR), a place's name or its entity id.")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Events dated on or after this ISO day (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Events dated on or before this ISO day (YYYY[-MM[-DD]]).")] = None,
    story: Annotated[str | None, typer.Option("--story", help="Events of this story id.")] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print one JSON record per event (the export contract's).")] = False,
) -> None:
    """Events merged across articles: type, date, place, toll, actors and sources."""
    with open_existing(db) as store:
        found = list(store.iter_event_records(EventFilter(
            type=type_, place=place, since=since, until=until, story=story)))
    if as_json:
        for record in found:
            emit_json(record)
        return
    if not found:
        console.print("no events match (ingest articles, or loosen the filters)")
        return
    rows = []
    for e in found:
        place_ = e.get("place") or {}
        rows.append((
            e["date"]["value"] or "undated", e["subtype"],
            ", ".join(p for p in (place_.get("name"), place_.get("country")) if p) or "—",
            _toll(e.get("fatalities")), _toll(e.get("injured")),
            ", ".join(a["text"] for a in e["actors"]) or "—",
            str(len(e["sources"]) or len(e["article_ids"])),
            str(len(e["check_ids"])), e["id"],
        ))
    print_table(console, ("date", "type", "place", "killed", "injured", "actors", "sources",
                          "checks", "id"), rows,
                title=f"{len(found)} event{'s' if len(found) != 1 else ''}")


def register(app: typer.Typer) -> None:
    app.command(name="events")(events)

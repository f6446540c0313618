"""Main text and metadata from HTML (trafilatura), for documents that came as HTML.

STUB: the ingest work replaces this with full metadata extraction.
"""

from __future__ import annotations

from sourcetrace.errors import EmptyInputError
from sourcetrace.model import Document
from sourcetrace.pipeline import Stage
from sourcetrace.resources import Resources


def extract_html(doc: Document, resources: Resources) -> Document:
    if doc.html is None or doc.raw_text:
        return doc
    import trafilatura

    text = trafilatura.extract(doc.html, include_comments=False) or ""
    if not text.strip():
        raise EmptyInputError("HTML page has no main text")
    return doc.evolve(raw_text=text)


STAGE = Stage(
    name="html",
    version="0",
    requires=frozenset({"html", "raw_text"}),
    assigns=frozenset({"raw_text", "title", "author", "published", "url", "source", "provenance"}),
    run=extract_html,
)

"""Boilerplate removal. STUB: keeps the text as it is."""

from __future__ import annotations

from sourcetrace.model import Document
from sourcetrace.pipeline import Stage
from sourcetrace.resources import Resources


def clean(doc: Document, resources: Resources) -> Document:
    return doc.evolve(text=doc.raw_text.strip())


STAGE = Stage(
    name="clean",
    version="0",
    requires=frozenset({"raw_text"}),
    assigns=frozenset({"text", "removed", "headline", "title"}),
    run=clean,
)

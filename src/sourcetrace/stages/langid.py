"""Language identification. STUB: py3langid on the whole text."""

from __future__ import annotations

from sourcetrace.model import Document
from sourcetrace.pipeline import Stage
from sourcetrace.resources import Resources


def identify(doc: Document, resources: Resources) -> Document:
    if doc.language_given:
        return doc.evolve(language=doc.language_given, language_confidence=1.0)
    import py3langid

    lang, _ = py3langid.classify(doc.text)
    return doc.evolve(language=lang)


STAGE = Stage(
    name="langid",
    version="0",
    requires=frozenset({"text", "language_given"}),
    assigns=frozenset({"language", "language_confidence", "segments"}),
    run=identify,
)

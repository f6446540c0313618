"""Shared helpers of the quote-rule tests: run the parse, entities and quotes stages on one
text, as the pipeline does."""

from __future__ import annotations

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.capabilities.quotes import stage as quotes
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, Quote


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def run(text: str, language: str, resources: Resources) -> tuple[Quote, ...]:
    doc = Document(id=language, origin=language, fmt="txt", text=text, language=language)
    doc = entities.STAGE.run(parse.STAGE.run(doc, resources), resources)
    return quotes.STAGE.run(doc, resources).quotes


def by_text(found: tuple[Quote, ...]) -> dict[str, Quote]:
    return {q.text: q for q in found}

"""Shared helpers of the quote-rule tests: run the parse and quotes stages on one text."""

from __future__ import annotations

import pytest

from sourcetrace.model import Document, Quote
from sourcetrace.resources import Resources
from sourcetrace.stages import parse, quotes


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def run(text: str, language: str, resources: Resources) -> tuple[Quote, ...]:
    doc = Document(id=language, origin=language, fmt="txt", text=text, language=language)
    return quotes.STAGE.run(parse.STAGE.run(doc, resources), resources).quotes


def by_text(found: tuple[Quote, ...]) -> dict[str, Quote]:
    return {q.text: q for q in found}

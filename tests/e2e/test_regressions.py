"""Focused regressions for bugs the end-to-end fixtures revealed, one test per fix."""

from __future__ import annotations

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.capabilities.quotes import stage as quotes
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


@pytest.mark.slow
def test_reported_content_starts_after_the_wire_dateline(resources: Resources) -> None:
    text = ("MADRID, 3 abr (EFE).- Tres agentes resultaron heridos durante la operación, "
            "según la Guardia Civil.")
    doc = Document(id="r", origin="r", fmt="txt", text=text, language="es")
    doc = quotes.STAGE.run(parse.STAGE.run(doc, resources), resources)
    assert [(q.text, q.cue, q.direct) for q in doc.quotes] == [
        ("Tres agentes resultaron heridos durante la operación", "según", False)]


@pytest.mark.slow
def test_country_spelt_like_its_adjective_is_still_a_place(resources: Resources) -> None:
    # Spanish "siria"/"china" are adjectives, "Siria"/"China" the countries.
    text = ("La delegación siria viajó a Pekín. El atentado en el norte de Siria fue "
            "condenado por China y por el Gobierno francés.")
    doc = Document(id="r", origin="r", fmt="txt", text=text, language="es")
    doc = entities.STAGE.run(parse.STAGE.run(doc, resources), resources)
    found = {(m.text, m.label) for m in doc.mentions}
    assert {("Siria", "GPE"), ("China", "GPE")} <= found, found
    assert not any(m.text in {"siria", "francés"} for m in doc.mentions), found

"""A name found once is found at each of its mentions, also after an elided article or
"de" ("l'Insee", "d'Ined", with either apostrophe): one actor, every mention (issue 12,
real text). Must-not: in a language without elision, a name inside "O'Brien" is no
mention of its own."""

from __future__ import annotations

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, Mention

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def _mentions(text: str, language: str, resources: Resources) -> tuple[Mention, ...]:
    doc = Document(id=language, origin=language, fmt="txt", text=text, language=language)
    return entities.extract_entities(parse.parse(doc, resources), resources).mentions


def test_every_mention_after_an_elided_article(resources: Resources) -> None:
    text = (
        "Emploi\n\nSelon une étude publiée par l'Insee, le chômage a baissé. Les chiffres de "
        "l’Insee montrent aussi une hausse des salaires, selon les économistes de l'Insee.\n"
    )
    starts = [m.start for m in _mentions(text, "fr", resources) if m.text == "Insee"]
    assert len(starts) == 3


def test_no_name_inside_an_apostrophe_name(resources: Resources) -> None:
    text = "Boxing\n\nPaul Brien met Kate O'Brien in Dublin on Friday. Brien won the bout.\n"
    mentions = _mentions(text, "en", resources)
    assert [m.text for m in mentions if m.text == "Brien"] == ["Brien"]
    assert "Kate O'Brien" in [m.text for m in mentions]

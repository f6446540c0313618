"""A line that points to another page ("Mire: …", "Lire aussi : …", "Read more: …") is page
furniture: the names in it are no mentions of the article (issue 12, real text). The close
must-not case in each language: a body line that opens with the same word, without the
colon of a link, keeps its names."""

from __future__ import annotations

import pytest

from sourcetrace.capabilities.entities import stage as entities
from sourcetrace.capabilities.parse import stage as parse
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


CASES = [
    (
        "es",
        "Mire: El cantante Rubén Olmedo da positivo en Valparaíso",
        "Lea Salonga cantó el sábado en Valparaíso ante miles de personas.",
        "Lea Salonga",
    ),
    (
        "en",
        "Read more: Senator Dana Whitcomb backs the Ohio pipeline",
        "More than forty families left Ohio after the flood, Dana Whitcomb said.",
        "Dana Whitcomb",
    ),
    (
        "fr",
        "Lire aussi : Le maire de Lyon Paul Mercier démissionne",
        "À Marseille, le maire Paul Mercier a inauguré la nouvelle gare mardi.",
        "Paul Mercier",
    ),
    (
        "de",
        "Lesen Sie mehr: Bürgermeisterin Helga Straub tritt in Kassel zurück",
        "Lesen lernte Helga Straub in Kassel, sagte sie am Montag.",
        "Helga Straub",
    ),
]


@pytest.mark.parametrize(("language", "link", "body", "name"), CASES)
def test_no_mention_in_a_link_line(
    language: str, link: str, body: str, name: str, resources: Resources
) -> None:
    text = f"{link}\n\n{body}\n"
    doc = Document(id=language, origin=language, fmt="txt", text=text, language=language)
    mentions = entities.extract_entities(parse.parse(doc, resources), resources).mentions
    assert [m.text for m in mentions if m.start < len(link)] == []
    assert name in [m.text for m in mentions if m.start > len(link)]

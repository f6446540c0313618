"""Names the model cuts or mistypes: a name with "and" inside it is one name when the
whole is a place or a known name, while a list of two places stays two; a group named in
Arabic transliteration is an organisation, with or without the hyphens. Short articles we
wrote (en, fr, es)."""

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


def mentions(text: str, language: str, resources: Resources) -> dict[str, str]:
    doc = Document(id="t", origin="t", fmt="txt", text=text, language=language)
    parsed = parse.parse(doc, resources)
    found: tuple[Mention, ...] = entities.extract_entities(parsed, resources).mentions
    return {m.text: m.label for m in found}


def test_english_and_inside_a_name(resources: Resources) -> None:
    got = mentions(
        "Bosnia and Herzegovina, Serbia and Croatia signed the deal in Sarajevo. "
        "Officials in Trinidad and Tobago welcomed it.",
        "en",
        resources,
    )
    assert got.get("Bosnia and Herzegovina") == "GPE", got
    assert got.get("Trinidad and Tobago") == "GPE", got
    # two countries joined by "and" are two
    assert got.get("Serbia") == "GPE" and got.get("Croatia") == "GPE", got
    assert "Bosnia" not in got and "Herzegovina" not in got


def test_spanish_y_inside_a_name(resources: Resources) -> None:
    text = "Bosnia y Herzegovina y Serbia firmaron el acuerdo en Sarajevo."
    got = mentions(text, "es", resources)
    assert got.get("Bosnia y Herzegovina") == "GPE", got
    assert got.get("Serbia") == "GPE", got


def test_transliterated_group_is_an_organisation_with_or_without_hyphens(
    resources: Resources,
) -> None:
    got = mentions(
        "Ansar al Sharia claimed the attack in Benghazi. A statement from Ansar al-Sharia "
        "named its commander, Mohammed Ali Zahawi.",
        "en",
        resources,
    )
    assert got.get("Ansar al Sharia") == "ORG" and got.get("Ansar al-Sharia") == "ORG", got
    assert got.get("Mohammed Ali Zahawi") == "PERSON", got  # a person stays a person


def test_french_transliterated_group(resources: Resources) -> None:
    got = mentions(
        "Le groupe Ansar al Charia a revendiqué l'attaque. Le Ansar al-Charia a nié, "
        "selon Claire Vautrin, chercheuse à Lyon.",
        "fr",
        resources,
    )
    assert got.get("Ansar al Charia") == "ORG" and got.get("Ansar al-Charia") == "ORG", got
    assert got.get("Claire Vautrin") == "PERSON", got


def test_english_descriptor_before_a_name_is_no_part_of_it(resources: Resources) -> None:
    got = mentions(
        "Dutch Brewer Heineken reported losses. German carmaker Volkswagen said sales fell. "
        "American Airlines cut flights. Officials in French Polynesia and Northern Ireland "
        "agreed.",
        "en",
        resources,
    )
    assert got.get("Heineken") == "COMPANY" and got.get("Volkswagen") == "COMPANY", got
    assert not any(name.startswith(("Dutch", "German")) for name in got), got
    # a nationality that belongs to the name stays in it
    assert got.get("American Airlines") == "COMPANY", got
    assert got.get("French Polynesia") == "GPE" and got.get("Northern Ireland") == "GPE", got


def test_french_descriptor_and_place_with_its_adjective(resources: Resources) -> None:
    got = mentions(
        "Le brasseur néerlandais Heineken a annoncé des pertes. La société industrielle "
        "française Arkema a fermé une usine en Polynésie française.",
        "fr",
        resources,
    )
    assert got.get("Heineken") == "COMPANY" and got.get("Arkema") == "COMPANY", got
    assert got.get("Polynésie française") == "GPE", got

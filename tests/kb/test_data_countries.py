"""Curated country entries: common names beside pycountry's ISO names, one entity each."""

from __future__ import annotations

from sourcetrace.kb import load_kb


def test_common_country_names_and_abbreviations_find_one_country() -> None:
    kb = load_kb()
    expected = {
        "U.S.": "st:country/us", "USA": "st:country/us", "EE. UU.": "st:country/us",
        "United States of America": "st:country/us", "Britain": "st:country/gb",
        "Royaume-Uni": "st:country/gb", "Russia": "st:country/ru",
        "Russian Federation": "st:country/ru", "Turkey": "st:country/tr",
        "Türkei": "st:country/tr", "Syrie": "st:country/sy", "Allemagne": "st:country/de",
    }
    for surface, entity_id in expected.items():
        found = [e.id for e in kb.lookup(surface) if e.type == "GPE"]
        assert found == [entity_id], (surface, found)
    assert kb.get("st:country/ru") is not None and kb.get("st:country/ru").name == "Russia"

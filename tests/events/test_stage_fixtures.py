"""The events stage on news-style sentences we wrote, in en, fr, de and es: every type (every
one in English), every modality beside a must-not case, past references with their own
dates, tolls with sub-counts. Each case names the trigger and the fields to check; "only"
cases must have no other mention (the must-not cases have none at all)."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.capabilities.events.taxonomy import TYPES
from sourcetrace.core.resources import Resources
from tests.events.running import analyse, load, problems

LANGUAGES = ("en", "fr", "de", "es")
RESOURCES = Resources()


def _cases() -> list[Any]:
    params = []
    for language in LANGUAGES:
        data = load(language)
        for number, case in enumerate(data["cases"]):
            params.append(pytest.param(language, data["published"], case,
                                       id=f"{language}-{number}-{case['text'][:30]}"))
    return params


@pytest.mark.parametrize(("language", "published", "case"), _cases())
def test_case(language: str, published: str, case: dict[str, Any]) -> None:
    doc = analyse(case["text"], language, published, RESOURCES)
    assert problems(case, doc) == []


def test_fixtures_cover_every_type_and_modality() -> None:
    english = {e["type"] for c in load("en")["cases"] for e in c["events"]}
    assert english == set(TYPES)
    every: set[str] = set()
    modalities: dict[str, set[str]] = {}
    for language in LANGUAGES:
        for case in load(language)["cases"]:
            for event in case["events"]:
                every.add(event["type"])
                modalities.setdefault(language, set()).add(event.get("modality", "asserted"))
    assert every == set(TYPES)
    for language in LANGUAGES:
        assert modalities[language] >= {"asserted", "planned", "threatened", "denied",
                                         "hypothetical"}, language

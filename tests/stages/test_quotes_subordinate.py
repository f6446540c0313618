"""A subordinate clause before the main verb is no speaker ("Während X …, warnte Macron
den Westen davor, …"): in German the subject then follows the verb (issue 12, real text).
Each case with a close must-not case, on short texts we wrote in the style of the news."""

from __future__ import annotations

import pytest

from sourcetrace.core.resources import Resources
from tests.stages.quoting import resources, run

__all__ = ["resources"]

CASES = [
    (
        "de",
        "Während die Opposition Kürzungen verlangte, warnte Ministerin Eva Roth den "
        "Ausschuss davor, die Mittel für die Schulen zu streichen.",
        "die Mittel",
        "Eva Roth",
    ),
    (
        "de",
        "Als Verteidigungsminister sagte Boris Kessler, die Armee brauche mehr Geld.",
        "die Armee",
        "Boris Kessler",
    ),
    # Must not: a subject before the verb still speaks, also with a clause after it.
    (
        "de",
        "Ministerin Eva Roth warnte den Ausschuss davor, die Mittel für die Schulen zu "
        "streichen, während die Opposition Kürzungen verlangte.",
        "die Mittel",
        "Eva Roth",
    ),
    (
        "fr",
        "La ministre Claire Dumas, tandis que les syndicats manifestaient, a déclaré que la "
        "réforme des retraites serait maintenue.",
        "la réforme",
        "Claire Dumas",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "sentence", "content", "speaker"), CASES)
def test_the_speaker_is_not_a_subordinate_clause(
    language: str, sentence: str, content: str, speaker: str, resources: Resources
) -> None:
    found = run(f"Haushalt\n\n{sentence}\n", language, resources)
    quote = next((q for q in found if q.text.startswith(content)), None)
    assert quote is not None, [q.text for q in found]
    assert (quote.speaker_text or "").endswith(speaker)

"""A definite description that names no one ("so der renommierte Virologe", "the renowned
virologist said") points back at the person who spoke last when the article describes
that person with the same word (issue 12, real text). Must-not: a description the article
never gives that person ("the minister"), or one after another person is named, stays
unresolved. Short texts we wrote in the style of the news."""

from __future__ import annotations

import pytest

from sourcetrace.core.resources import Resources
from tests.stages.quoting import resources, run

__all__ = ["resources"]

CASES = [
    (
        "en",
        "Vaccines\n\n“We are near the end of the pandemic,” the virologist Klaus Reimers said "
        "on Monday.\n\n“The rate is stable,” the renowned virologist said. “This is good "
        "news,” the minister said.\n",
        {"The rate is stable": "Klaus Reimers", "This is good news": None},
    ),
    (
        "de",
        "Omikron\n\nDer Virologe Klaus Reimers sieht das Ende der Pandemie.\n\nBei n-tv zeigte "
        "sich Prof. Klaus Reimers überzeugt: „Es geht in Richtung Ende der Pandemie.“\n\nDie "
        "Rate bewege sich auf etwa der gleichen Höhe, so der renommierte Virologe. „Das ist "
        "eine gute Nachricht“, sagte der Minister.\n",
        {"Die Rate bewege": "Klaus Reimers", "Das ist eine gute": None},
    ),
    (
        "fr",
        "Vaccins\n\n« Nous approchons de la fin de la pandémie », a déclaré lundi le virologue "
        "Claude Reynaud.\n\n« Le taux est stable », a ajouté le célèbre virologue. Le ministre "
        "Paul Garnier a ensuite parlé. « C’est une bonne nouvelle », a dit le virologue.\n",
        {"Le taux est stable": "Claude Reynaud", "C’est une bonne": None},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_description_points_back_at_the_person_it_describes(
    language: str, text: str, expected: dict[str, str | None], resources: Resources
) -> None:
    found = run(text, language, resources)
    for start, speaker in expected.items():
        quote = next((q for q in found if q.text.startswith(start)), None)
        assert quote is not None, [q.text for q in found]
        if speaker is None:
            assert quote.speaker_start is None or "Reimers" not in (quote.speaker_text or "")
            assert "Reynaud" not in (quote.speaker_text or "")
        else:
            assert quote.speaker_text == speaker

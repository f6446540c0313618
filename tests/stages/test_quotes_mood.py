"""German reported speech marked by the Konjunktiv I alone (issue 12, real text): each
case with a close must-not case, on short texts we wrote in the style of real reports."""

from __future__ import annotations

import pytest

from sourcetrace.core.resources import Resources
from sourcetrace.model import Quote
from tests.stages.quoting import resources, run

__all__ = ["resources"]


def _starting(found: tuple[Quote, ...], words: str) -> Quote | None:
    return next((q for q in found if q.text.startswith(words)), None)


@pytest.mark.slow
def test_a_subjunctive_sentence_with_its_own_frame(resources: Resources) -> None:
    text = (
        "Streit um Gaspreise\n\n"
        "Die Stadtwerke hätten die Preise zu spät angepasst, sagte Bürgermeisterin Petra "
        "Kollwitz am Montag. Der Rat werde im Mai darüber beraten, so Kollwitz.\n"
    )
    found = run(text, "de", resources)
    first = _starting(found, "Die Stadtwerke hätten")
    assert first is not None and first.speaker_text == "Petra Kollwitz"
    second = _starting(found, "Der Rat werde")
    assert second is not None and second.speaker_text == "Petra Kollwitz"
    assert not second.direct


@pytest.mark.slow
def test_a_subjunctive_sentence_goes_on_from_the_attribution_before(
    resources: Resources,
) -> None:
    text = (
        "Neue Brücke\n\n"
        "Verkehrsminister Jonas Albrecht sagte am Dienstag: „Die Brücke kommt.“ Der Bau "
        "könne schon im Herbst beginnen. Die Kosten lägen unter dem Plan.\n\n"
        "Die Brücke verbindet zwei Stadtteile am Fluss.\n"
    )
    found = run(text, "de", resources)
    carried = _starting(found, "Der Bau könne")
    assert carried is not None and carried.speaker_text == "Jonas Albrecht"
    # Must not: the indicative sentence after it is the outlet's own.
    assert _starting(found, "Die Brücke verbindet") is None


@pytest.mark.slow
def test_the_subjunctive_words_before_a_quote_in_their_sentence(resources: Resources) -> None:
    text = (
        "Abschied\n\n"
        "„Es war eine schöne Zeit“, sagte die Sängerin Maria Lindner im Interview.\n\n"
        "Sie habe mit der Bühne abgeschlossen: „Ich stehe nicht mehr auf der Bühne, das ist "
        "vorbei, und ich vermisse es auch nicht.“\n"
    )
    found = run(text, "de", resources)
    before = _starting(found, "Sie habe mit der Bühne")
    assert before is not None and (before.speaker_text or "").endswith("Maria Lindner")
    assert not before.direct and "Ich stehe" not in before.text


@pytest.mark.slow
def test_no_subjunctive_quote_without_a_speaker_or_in_the_first_person(
    resources: Resources,
) -> None:
    # Must not: with no attribution before it, a subjunctive sentence is no one's quote;
    # "ich habe" is indicative.
    text = (
        "Ein Sommer am See\n\n"
        "Das Wasser sei in diesem Jahr besonders warm gewesen. Ich habe den Sommer am See "
        "verbracht, und die Tage waren lang.\n"
    )
    assert run(text, "de", resources) == ()

"""Attribution rules added for PolNeAR-style coverage: each with a must-find and a must-not-find."""

from __future__ import annotations

import pytest

from sourcetrace.capabilities.quotes import stage as quotes
from sourcetrace.core.resources import Resources
from tests.stages.quoting import by_text, resources, run

__all__ = ["resources"]  # the module-scoped fixture, shared with the other quote tests


@pytest.mark.slow
def test_headline_colon_names_the_speaker(resources: Resources) -> None:
    text = (
        "Obama: Americans will reject fear and division\n\nUpdate: The story was corrected on "
        "Monday morning.\n"
    )
    found = by_text(run(text, "en", resources))
    lead = found["Americans will reject fear and division"]
    assert (lead.speaker_text, lead.cue, lead.direct) == ("Obama", ":", False)
    # A section label is no speaker.
    assert not any(q.cue == ":" and "corrected" in q.text for q in found.values())
    fr = by_text(run("Emmanuel Macron : la France ne cédera pas aux menaces\n", "fr", resources))
    assert fr["la France ne cédera pas aux menaces"].speaker_text == "Emmanuel Macron"
    es = by_text(run("Pedro Sánchez: España no aceptará ese acuerdo comercial\n", "es", resources))
    assert es["España no aceptará ese acuerdo comercial"].speaker_text == "Pedro Sánchez"


def test_headline_colon_needs_a_parse() -> None:
    # German has no parse, so no entity labels: a "Name:" lead is left alone (a known gap).
    assert quotes.extract_quotes("Scholz: Deutschland bleibt an der Seite der Ukraine\n", "de",
                                 None) == ()


@pytest.mark.slow
def test_stance_inside_speech_is_one_attribution(resources: Resources) -> None:
    found = run("Senator Ryan said he would not support the governor's budget.\n", "en", resources)
    assert [(q.text, q.cue) for q in found] == [
        ("he would not support the governor's budget", "said")
    ]
    # On its own, the stance verb is still a cue.
    alone = by_text(run("Senator Ryan opposed the governor's budget.\n", "en", resources))
    assert alone["the governor's budget"].cue == "opposed"


@pytest.mark.slow
def test_prepositional_cues_are_data(resources: Resources) -> None:
    found = by_text(run("Senator Sanders called for a ban on fracking.\n", "en", resources))
    fracking = found["a ban on fracking"]
    assert (fracking.cue, fracking.speaker_text) == ("called", "Sanders")
    # A verb with an object of its own is no prepositional cue.
    assert run("The clerk referred the case to a judge in Albany.\n", "en", resources) == ()
    fr = by_text(run("Le ministre Gérald Darmanin a appelé à la retenue après les violences.\n",
                     "fr", resources))
    assert fr["la retenue"].speaker_text == "Gérald Darmanin"


@pytest.mark.slow
def test_speech_verb_object_and_lone_pronoun(resources: Resources) -> None:
    found = by_text(run("Defense Secretary Carter stressed the need for more troops.\n", "en",
                        resources))
    assert found["the need for more troops"].cue == "stressed"
    assert run("The minister announced it.\n", "en", resources) == ()


@pytest.mark.slow
def test_previous_speaker_carries_over_a_run_of_quote_paragraphs(resources: Resources) -> None:
    text = ("“We will win,” Dunn said. “The voters are with us on every single issue.”\n\n"
            "“Nobody believed the mayor would ever keep a single promise to them.”\n\n"
            "The council meets again on Monday to vote on the budget.\n\n"
            "“Nobody will ever forget what happened on that terrible night in March.”\n")
    found = by_text(run(text, "en", resources))
    assert found["The voters are with us on every single issue."].speaker_text == "Dunn"
    # The next quote paragraph continues Dunn's words; it has no cue of its own.
    carried = found["Nobody believed the mayor would ever keep a single promise to them."]
    assert (carried.speaker_text, carried.cue) == ("Dunn", None)
    # A narrative paragraph in between ends the run.
    narrative = "Nobody will ever forget what happened on that terrible night in March."
    assert found[narrative].speaker_text is None
    fr = by_text(run("« Nous gagnerons », a dit Dupont. "
                     "« Les électeurs sont avec nous sur chaque question. »\n\n"
                     "Le conseil se réunit lundi pour voter le budget de la ville.\n\n"
                     "« Personne ne croyait que le maire tiendrait une seule de ses promesses. »\n",
                     "fr", resources))
    assert fr["Les électeurs sont avec nous sur chaque question."].speaker_text == "Dupont"
    unattributed = "Personne ne croyait que le maire tiendrait une seule de ses promesses."
    assert fr[unattributed].speaker_text is None

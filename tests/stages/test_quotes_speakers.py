"""Speaker classes seen on real news (issue 12): each with a must-find and a close
must-not-find case, on short articles we wrote in the style of real reports."""

from __future__ import annotations

import pytest

from sourcetrace.core.resources import Resources
from sourcetrace.model import Quote
from tests.stages.quoting import by_text, resources, run

__all__ = ["resources"]  # the module-scoped fixture, shared with the other quote tests

_UNRESOLVED = {"he", "she", "it", "they", "il", "elle", "on", "er", "sie", "man"}


def _mention(text: str, quote: Quote) -> str:
    assert quote.speaker_mention_start is not None and quote.speaker_mention_end is not None
    return text[quote.speaker_mention_start : quote.speaker_mention_end]


@pytest.mark.slow
def test_long_title_before_a_name_speaks_not_the_recipient(resources: Resources) -> None:
    text = (
        "Border plan questioned\n\n"
        "The Deputy Director for Border Security at the Interior Ministry Anna Lind told "
        "members of the committee that the checks were working, “We see fewer crossings "
        "every week.”\n"
    )
    quote = by_text(run(text, "en", resources))["We see fewer crossings every week."]
    assert quote.speaker_text == "Anna Lind"
    assert quote.speaker_kind == "name"
    # Must not: the recipient of "told" is never the speaker.
    assert "members" not in (quote.speaker_text or "")
    # A short title keeps working as before: the role is a description of the person.
    short = by_text(run("Minister Anna Lind said: “We see fewer crossings.”\n", "en", resources))
    assert short["We see fewer crossings."].speaker_text == "Anna Lind"


@pytest.mark.slow
def test_pronoun_skips_names_inside_reported_content(resources: Resources) -> None:
    text = (
        "Budget row\n\n"
        "Finance minister Paul Weber welcomed the report. Minister Karl Brandt said Weber had "
        "promised funding. “The money will arrive next year,” he said.\n"
    )
    quote = by_text(run(text, "en", resources))["The money will arrive next year"]
    assert quote.speaker_text == "Karl Brandt"
    assert _mention(text, quote) == "he"
    # Must not: without the reported clause, the nearest man is the speaker again.
    plain = (
        "Budget row\n\n"
        "Minister Karl Brandt welcomed the report. Finance minister Paul Weber spoke next. "
        "“The money will arrive next year,” he said.\n"
    )
    assert by_text(run(plain, "en", resources))[
        "The money will arrive next year"].speaker_text == "Paul Weber"


@pytest.mark.slow
def test_name_after_the_cue_in_translated_word_order(resources: Resources) -> None:
    text = (
        "Tax plans\n\n"
        "Economy minister Paul Weber spoke first. “We will not raise taxes,” the federal "
        "finance minister said Christian Lindler (FDP).\n"
    )
    quote = by_text(run(text, "en", resources))["We will not raise taxes"]
    assert quote.speaker_text == "Christian Lindler"
    # Must not: the one spoken to after "told" is not the speaker.
    told = by_text(run(
        "Tax plans\n\n“We will not raise taxes,” the federal finance minister told "
        "Christian Lindler.\n", "en", resources))
    assert told["We will not raise taxes"].speaker_text != "Christian Lindler"


@pytest.mark.slow
def test_weekday_and_paragraph_break_are_not_part_of_the_speaker(
    resources: Resources,
) -> None:
    text = (
        "Talks in Geneva\n\n"
        "On Monday Vladimir Putin said the talks had failed.\n\n"
        "10:30 a.m.\n\nSpeaker Paul Ryan said the vote would go ahead.\n"
    )
    found = by_text(run(text, "en", resources))
    assert found["the talks had failed"].speaker_text == "Vladimir Putin"
    ryan = found["the vote would go ahead"]
    assert "\n" not in _mention(text, ryan)
    assert "Paul Ryan" in (ryan.speaker_text or "")
    fr = by_text(run("Sommet\n\nLundi Emmanuel Macron a déclaré que la France resterait "
                     "engagée.\n", "fr", resources))
    assert fr["la France resterait engagée"].speaker_text == "Emmanuel Macron"


@pytest.mark.slow
def test_it_said_goes_to_the_institution_or_to_nobody(resources: Resources) -> None:
    text = (
        "Concert hall attack\n\n"
        "The Investigative Committee published its findings on Sunday. More people were "
        "found in the basement, it said.\n"
    )
    quote = by_text(run(text, "en", resources))["More people were found in the basement"]
    assert quote.speaker_text == "The Investigative Committee"
    assert _mention(text, quote) == "it"
    # Must not: with no institution before it, "it" is no speaker text.
    alone = by_text(run("Concert hall attack\n\nMore people were found in the basement, "
                        "it said.\n", "en", resources))
    for q in alone.values():
        assert (q.speaker_text or "").lower() not in _UNRESOLVED


@pytest.mark.slow
def test_a_bare_noun_after_the_cue_is_no_speaker(resources: Resources) -> None:
    text = (
        "Attack claimed\n\n"
        "The Islamic State group, also known as ISIS, claimed responsibility for the attack "
        "on Friday.\n"
    )
    for q in run(text, "en", resources):
        assert q.speaker_text != "responsibility"
    # Must find: a plural source noun stays a speaker.
    found = by_text(run("Attack claimed\n\nWitnesses said the gunmen fled in a car.\n",
                        "en", resources))
    assert found["the gunmen fled in a car"].speaker_text == "Witnesses"


@pytest.mark.slow
def test_french_impersonal_on_and_relative_clause(resources: Resources) -> None:
    text = (
        "Opération au Sahel\n\n"
        "Au ministère, on rappelle que la position officielle n'a pas changé.\n\n"
        "Le général Anne Moreau, qui dirige la région sud, a déclaré : « Nous avons "
        "atteint nos objectifs. »\n"
    )
    found = by_text(run(text, "fr", resources))
    for q in found.values():
        assert (q.speaker_text or "").lower() != "on"
    general = found["Nous avons atteint nos objectifs."]
    assert general.speaker_text == "Anne Moreau"
    # Must not: without the relative clause the quote still goes to the general.
    plain = by_text(run("Opération au Sahel\n\nLe général Anne Moreau a déclaré : « Nous "
                        "avons atteint nos objectifs. »\n", "fr", resources))
    assert plain["Nous avons atteint nos objectifs."].speaker_text == "Anne Moreau"


@pytest.mark.slow
def test_french_institution_keeps_its_noun_phrase(resources: Resources) -> None:
    text = (
        "Opération au Sahel\n\n"
        "Le commandement des opérations spéciales a déclaré que la mission était terminée.\n"
    )
    quote = by_text(run(text, "fr", resources))["la mission était terminée"]
    assert quote.speaker_text == "Le commandement des opérations spéciales"
    assert quote.speaker_kind == "institution"


@pytest.mark.slow
def test_relative_pronoun_speaker_is_the_person_before_it(resources: Resources) -> None:
    text = (
        "Campaign trail\n\n"
        "Senator Ted Cruz, who said the plan would fail, left early.\n"
    )
    quote = by_text(run(text, "en", resources))["the plan would fail"]
    assert quote.speaker_text == "Ted Cruz"
    assert _mention(text, quote) == "who"

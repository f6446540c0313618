"""Attribution cues beyond speech verbs and content spans: each rule with a must-find and a
close must-not-find, on short news-style sentences we wrote."""

from __future__ import annotations

import pytest

from sourcetrace.capabilities.quotes import stage as quotes
from sourcetrace.core.resources import Resources
from tests.stages.quoting import by_text, resources, run

__all__ = ["resources"]  # the module-scoped fixture, shared with the other quote tests


@pytest.mark.slow
def test_public_stance_verbs_take_their_object(resources: Resources) -> None:
    found = by_text(run("Senator Maria Ortiz denounced the plan to close the rural hospitals.\n",
                        "en", resources))
    assert found["the plan to close the rural hospitals"].cue == "denounced"
    assert found["the plan to close the rural hospitals"].speaker_text == "Maria Ortiz"
    # A stance needs someone to hold it: a thing as subject is no source.
    assert run("The storm attacked the coast with heavy rain on Sunday.\n", "en", resources) == ()


@pytest.mark.slow
def test_speech_verb_with_a_noun_phrase_object(resources: Resources) -> None:
    found = by_text(run("Mayor Karen Holt confirmed the closure of the Elm Street shelter.\n", "en",
                        resources))
    assert found["the closure of the Elm Street shelter"].cue == "confirmed"
    # "told" takes the addressee as object: no content.
    assert run("Mayor Karen Holt told reporters.\n", "en", resources) == ()


@pytest.mark.slow
def test_holder_nouns_let_groups_and_documents_take_stances(resources: Resources) -> None:
    found = by_text(run("In the county, most voters backed the new school levy last year.\n", "en",
                        resources))
    assert found["the new school levy"].cue == "backed"
    assert run("The old bridge backed the traffic up for miles.\n", "en", resources) == ()


@pytest.mark.slow
def test_stance_content_keeps_its_complement_not_its_circumstances(resources: Resources) -> None:
    found = by_text(run("Governor Ann Lee blamed the budget gap on the previous administration.\n",
                        "en", resources))
    assert found["the budget gap on the previous administration"].cue == "blamed"
    # "at a rally" and "on Friday" are when and where, not what was blamed.
    found = by_text(run("Governor Ann Lee criticized the budget at a rally on Friday.\n", "en",
                        resources))
    assert "the budget" in found and not any("rally" in q.text for q in found.values())


@pytest.mark.slow
def test_prepositional_cues_for_votes_and_apologies(resources: Resources) -> None:
    found = by_text(run("Councilwoman Diane Park apologized for the delay in the repairs.\n", "en",
                        resources))
    assert found["the delay in the repairs"].cue == "apologized"
    # "voted" on its own, with no "for"/"against", reports no position.
    assert run("Councilwoman Diane Park voted early on Tuesday morning.\n", "en", resources) == ()


@pytest.mark.slow
def test_quote_filling_a_that_clause_is_reported_speech_too(resources: Resources) -> None:
    text = "Senator Ortiz said that “we will not let this hospital close.”\n"
    found = [q for q in run(text, "en", resources)
             if q.text == "we will not let this hospital close."
             or q.text == "we will not let this hospital close"]
    assert sorted(q.direct for q in found) == [False, True]
    assert len({q.cue_start for q in found}) == 1
    # Without "that", the quote is the direct words only.
    plain = run("Senator Ortiz said “we will not let this hospital close.”\n", "en", resources)
    assert [q.direct for q in plain] == [True]


@pytest.mark.slow
def test_headline_leads_with_a_quote_a_topic_or_a_poll(resources: Resources) -> None:
    found = by_text(run("Kasich: ‘We Will Go All The Way To The Convention’\n\nThe governor spoke "
                        "in Ohio.\n", "en", resources))
    quote = found["We Will Go All The Way To The Convention"]
    assert (quote.speaker_text, quote.cue, quote.direct) == ("Kasich", ":", True)
    found = by_text(run("Poll: Voters in Ohio favor the tax cut\n\nThe survey was taken last "
                        "week.\n", "en", resources))
    assert found["Voters in Ohio favor the tax cut"].cue == ":"
    found = by_text(run("Clinton to Planned Parenthood: We will protect your funding\n\nShe spoke "
                        "in Washington.\n", "en", resources))
    assert found["We will protect your funding"].speaker_text == "Clinton"
    # A section label or a photo credit is no source.
    assert not any(q.cue == ":" for q in run("Photo: The crowd outside the arena on Friday\n", "en",
                                             resources))


@pytest.mark.slow
def test_headline_content_stays_in_its_paragraph(resources: Resources) -> None:
    text = (
        "Governor Lee said taxes would fall next year\n\nThe statehouse was quiet on Monday "
        "morning.\n"
    )
    found = [q for q in run(text, "en", resources) if q.cue == "said"]
    assert [q.text for q in found] == ["taxes would fall next year"]


@pytest.mark.slow
def test_headline_leads_in_french_spanish_and_german(resources: Resources) -> None:
    fr = by_text(run("Sondage : les électeurs soutiennent la réforme des retraites\n\nLe vote a "
                     "lieu mardi.\n", "fr", resources))
    assert fr["les électeurs soutiennent la réforme des retraites"].cue == ":"
    es = by_text(run("Encuesta: los votantes apoyan la reforma fiscal del gobierno\n\nEl voto es "
                     "el martes.\n", "es", resources))
    assert es["los votantes apoyan la reforma fiscal del gobierno"].cue == ":"
    # German has no parse, but a lead noun needs none.
    de = by_text(run("Umfrage: Die Mehrheit der Wähler unterstützt die Reform\n\nDie Abstimmung "
                     "ist am Dienstag.\n", "de", resources))
    assert de["Die Mehrheit der Wähler unterstützt die Reform"].cue == ":"
    assert not any(q.cue == ":" for q in run("Foto: Die Menge vor dem Stadion am Freitag\n", "de",
                                             resources))


@pytest.mark.slow
def test_french_and_spanish_holder_nouns(resources: Resources) -> None:
    fr = by_text(run("Le syndicat a critiqué la réforme des retraites du gouvernement.\n", "fr",
                     resources))
    assert any(q.cue == "critiqué" for q in fr.values())
    es = by_text(run("El sindicato criticó la reforma laboral del gobierno.\n", "es", resources))
    assert any(q.cue == "criticó" for q in es.values())


def test_rule_reading_skips_a_cue_followed_by_to_or_with() -> None:
    # Without a parse (the rules alone): "spoke to reporters" reports no words ...
    assert quotes.extract_quotes("Mayor Karen Holt spoke to reporters outside the town hall.\n",
                                 "en", None) == ()
    # ... while "said the plan …" does.
    found = quotes.extract_quotes("Mayor Karen Holt said the plan would cost four million "
                                  "dollars.\n", "en", None)
    assert [q.text for q in found] == ["the plan would cost four million dollars"]


@pytest.mark.slow
def test_according_to_at_the_end_or_in_the_middle_covers_the_sentence(resources: Resources) -> None:
    text = (
        "The ministry is now weighing a plan to keep two bases in the north for years, "
        "according to senior military officials.\n\n"
        "Most residents - 61 percent last year, according to the council survey - still "
        "support the new bridge.\n"
    )
    found = run(text, "en", resources)
    first = [q for q in found if q.text.startswith("The ministry")]
    assert len(first) == 1 and first[0].cue == "according to"
    assert first[0].text.endswith("for years")
    assert "senior military officials" in (first[0].speaker_text or "")
    # In the middle of the sentence: both parts are the survey's, with the one cue, and the
    # source stops at the dash.
    middle = [q for q in found if q.cue == "according to" and q.start >= text.index("Most")]
    assert [q.text for q in middle] == [
        "Most residents - 61 percent last year", "still support the new bridge"]
    assert {q.cue_start for q in middle} == {text.index("according to the council")}
    assert all((q.speaker_text or "").endswith("council survey") for q in middle)


def test_mixed_quote_marks_close_each_other() -> None:
    # Curly opened, straight closed (and the reverse): an editor retyped half the quote.
    text = (
        "“The budget is out of balance,\" the council wrote. \"A correction is needed now.”\n\n"
        "\"We will appeal,“ said Mayor Karen Holt. “The ruling ignores the facts.\"\n"
    )
    found = quotes.extract_quotes(text, "en", None)
    assert [q.text for q in found if q.direct] == [
        "The budget is out of balance", "A correction is needed now.",
        "We will appeal", "The ruling ignores the facts."]
    assert {q.speaker_text for q in found} == {"the council", "Karen Holt"}
    # A mark where a quote opens ("the “new” deal") still opens a quote inside another.
    nested = "“They called it the “new” deal, but nothing changed,” said Holt.\n"
    assert [q.text for q in quotes.extract_quotes(nested, "en", None)] == [
        "They called it the “new” deal, but nothing changed"]


def test_an_elision_inside_a_quote_does_not_swallow_the_rest() -> None:
    # "‘em" opens no quote that would keep the outer one from closing.
    text = "“I would ask ‘em again,” Senator Holt said. “Endorsements rarely matter.”\n"
    found = quotes.extract_quotes(text, "en", None)
    assert [q.text for q in found] == ["I would ask ‘em again", "Endorsements rarely matter."]
    assert all(q.speaker_text == "Holt" for q in found)
    # A real inner quote that closes stays inside the outer one.
    inner = "“He told me ‘never again’ and left,” Senator Holt said.\n"
    inner_quotes = [q.text for q in quotes.extract_quotes(inner, "en", None)]
    assert inner_quotes == ["He told me ‘never again’ and left"]


@pytest.mark.slow
def test_reported_content_stops_before_a_second_act_of_saying(resources: Resources) -> None:
    text = (
        "Mayor Karen Holt said taxes would rise next year, warning that the state faced a "
        "deficit.\n"
    )
    found = by_text(run(text, "en", resources))
    assert found["taxes would rise next year"].cue == "said"
    assert found["the state faced a deficit"].cue == "warning"
    # A participle that is no act of saying stays in the content.
    text = (
        "Senator Maria Ortiz said the clinic closed last week, leaving two towns without a "
        "doctor.\n"
    )
    found = by_text(run(text, "en", resources))
    assert "the clinic closed last week, leaving two towns without a doctor" in found


@pytest.mark.slow
def test_naming_verb_with_object_and_predicate(resources: Resources) -> None:
    text = "Senator Maria Ortiz called the tax plan a disaster for working families.\n"
    found = by_text(run(text, "en", resources))
    assert found["the tax plan a disaster for working families"].cue == "called"
    assert found["the tax plan a disaster for working families"].speaker_text == "Maria Ortiz"
    # Calling a meeting names nothing: no predicate, no content.
    assert run("The city council called an emergency session on Friday.\n", "en", resources) == ()


@pytest.mark.slow
def test_a_finding_is_reported_content(resources: Resources) -> None:
    found = by_text(run("The state auditor concluded that the agency had misspent two million "
                        "dollars.\n", "en", resources))
    assert found["the agency had misspent two million dollars"].cue == "concluded"
    # "concluded the meeting" ends something; it reports nothing.
    assert run("The mayor concluded the meeting at noon.\n", "en", resources) == ()


@pytest.mark.slow
def test_stance_noun_with_a_holder(resources: Resources) -> None:
    found = by_text(run(
        "Senator Ruth Callan's criticism of the pension reform grew louder on Tuesday.\n",
        "en", resources))
    held = found["the pension reform"]
    assert held.cue == "criticism" and held.speaker_text == "Ruth Callan"
    # no one holds it: no attribution
    assert run("Criticism of the pension reform grew louder on Tuesday.\n", "en", resources) == ()


@pytest.mark.slow
def test_mixed_quote_marks_in_french(resources: Resources) -> None:
    text = 'Le maire a prévenu : “Nous ne céderons pas", a-t-il dit. Puis il est parti.\n'
    found = run(text, "fr", resources)
    assert [q.text for q in found if q.direct] == ["Nous ne céderons pas"]


def test_without_a_parse_german_content_needs_a_comma_or_dass(resources: Resources) -> None:
    said = run("Innenminister Berger sagte, die Lage sei ernst.\n", "de", resources)
    assert [(q.text, q.cue) for q in said] == [("die Lage sei ernst", "sagte")]
    with_dass = run(
        "Innenminister Berger erklärte am Abend, dass die Lage ernst sei.\n", "de", resources)
    assert [q.text for q in with_dass] == ["die Lage ernst sei"]
    # an object after the verb is no saying
    text = "Die Opposition forderte eine Sondersitzung des Ausschusses.\n"
    assert run(text, "de", resources) == ()


@pytest.mark.slow
def test_indirect_question_and_second_complement(resources: Resources) -> None:
    text = (
        "Reporters asked if the senator would endorse the governor.\n\n"
        "The agency reported that the mayor is weighing a run and that the council backs her.\n\n"
        "The governor said if he loses he will retire.\n"
    )
    found = by_text(run(text, "en", resources))
    assert found["the senator would endorse the governor"].cue == "asked"
    both = found["the mayor is weighing a run and that the council backs her"]
    assert both.cue == "reported"
    # a condition after "said" is part of what was said, not a question
    assert found["if he loses he will retire"].cue == "said"


@pytest.mark.slow
def test_findings_of_polls_and_records(resources: Resources) -> None:
    text = (
        "A new county poll shows the mayor leading in the north by six points.\n\n"
        "In a survey of local traders, nearly half of the shops reported falling sales.\n\n"
        "The mayor holds a clear lead in the polls, her aides said.\n\n"
        "The exhibition shows paintings from the harbour towns.\n"
    )
    found = by_text(run(text, "en", resources))
    shows = found["the mayor leading in the north by six points"]
    assert shows.cue == "shows" and shows.speaker_text == "A new county poll"
    survey = found["nearly half of the shops reported falling sales"]
    assert survey.cue == "In" and "survey of local traders" in (survey.speaker_text or "")
    # a poll inside a clause is no source of that clause; an exhibition is no finding
    assert not [q for q in found.values() if q.cue == "in"]
    assert "paintings from the harbour towns" not in found


@pytest.mark.slow
def test_hearsay_adverb_marks_an_unsourced_claim(resources: Resources) -> None:
    text = "The harbour authority has reportedly fined the shipping firm for the spill.\n"
    found = run(text, "en", resources)
    assert [(q.cue, q.speaker_text) for q in found] == [("reportedly", None)]
    assert found[0].text.startswith("The harbour authority")
    # the same sentence without the adverb is the article's own statement
    assert run(text.replace("reportedly ", ""), "en", resources) == ()


@pytest.mark.slow
def test_more_reporting_verbs_take_a_clause(resources: Resources) -> None:
    text = (
        "Mayor Karen Holt reminded voters that the bridge had been closed for two years.\n\n"
        "The mayor reminded the crowd again on Friday evening.\n"
    )
    found = by_text(run(text, "en", resources))
    assert found["the bridge had been closed for two years"].cue == "reminded"
    # reminding someone, with no clause, reports no words
    assert [q.cue for q in found.values()] == ["reminded"]

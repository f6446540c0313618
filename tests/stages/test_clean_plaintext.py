"""Plain-text page furniture as low-reliability sites leave it in their article text: each
class has a line that must go and, in the same fixture, a close body sentence that stays."""

# Fixture lines are written out whole, so some run long.
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.clean.boilerplate import Rulebook, compile_rulebook
from sourcetrace.capabilities.clean.stage import clean_text
from sourcetrace.lang import all_packs

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "clean" / "en_plaintext.txt"


@pytest.fixture(scope="module")
def book() -> Rulebook:
    return compile_rulebook(all_packs())


# (rule, line that must go); the paired must-keep sentence is in MUST_KEEP.
MUST_GO = [
    ("newsletter", "Subscribe to Harbour Town Gazette for FREE"),
    ("reader_poll", "% of readers think this story is Fact. Add your two cents."),
    ("promo_headline", "Headline: Gold Miners Beat Tech Giants Again! Buy Before Friday!"),
    ("byline", "By: Tom Reyes / Harbour Town Gazette"),
    ("photo_caption", "Councillor Ana Pike, left, with port director Sam Ueda ( REUTERS/Lena Holt )"),
    ("ad_label", "advertisement"),
    ("photo_caption", "From left: Councillor Ana Pike, mayor Joe Brandt and port director Sam Ueda at the pier. (Photo: Harbour Town Gazette)"),
    ("photo_credit", "Courtesy of Harbour Town Archive"),
    ("see_also", "(Related: Ferry fares to rise again in spring)"),
    ("outlet_blurb", "Harbourwatch.org is an independent news website devoted to covering the coast, with a small team of volunteer reporters and editors."),
    ("call_to_action", "Read the pier plan in full. Show me the pier plan!"),
    ("correction_prompt", "See an error in this article? Send us a correction"),
    ("see_also", "For more information on the ferry, visit Harbourferry.com and watch the video. Visitors can also book a trip."),
    ("see_also", "For more information see:"),
    ("site_name", "https://www.harbourwatch.org/2024/05/13/pier-vote/"),
    ("source_link", "Source: http://www.harbourwatch.org/news/pier-vote/"),
    ("comment_form", "Please adhere to our commenting policy to avoid being banned. We reserve the right to remove any comment at any time."),
]

MUST_KEEP = [
    "The harbour council voted on Monday to close the old ferry pier, a decision that by Tuesday had split the town.",
    "Subscribe to the idea that the pier can be saved, and you will be disappointed, the mayor told reporters.",
    "Only 30% of readers think this story is important, a poll by the local radio station found.",
    "Advertisement spending by the ferry operator fell by half last year, its accounts show.",
    "From left to right, the council is split on the budget, one member said.",
    "Headline inflation in the region rose to 4% in May, the statistics office said.",
    "Courtesy of the port authority, the old timetables were put on display last week.",
    "The council's report is online at https://council.example.org/pier-report, a spokesman said.",
    "For more information on the pier, residents should call the council's hotline, officials said.",
    "Harbourwatch.org reported the vote within minutes, quoting two councillors.",
    "Readers were told to click here for the results, the regulator said.",
    "Did you see an error in the minutes, the clerk asked the council.",
]


def test_plain_text_furniture_goes_and_close_body_sentences_stay(book: Rulebook) -> None:
    raw = FIXTURE.read_text(encoding="utf-8")
    result = clean_text(raw, book, title="Harbour council closes the ferry pier")
    assert [(r.rule, r.text) for r in result.removed] == MUST_GO
    for removal in result.removed:
        assert raw[removal.start : removal.end] == removal.text
    assert result.text.split("\n\n") == MUST_KEEP


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("By Jane Miller", "byline"),
        ("Par Claire Martin et Paul Roux", "byline"),
        ("par Claire Martin.", "byline"),
        ("Von Anna Schmidt und Jan Meier", "byline"),
        ("Por Agencia EFE", "byline"),
        ("Publicité", "ad_label"),
        ("Anzeige", "ad_label"),
        ("Publicidad", "ad_label"),
    ],
)
def test_bylines_and_ad_labels_in_each_language(line: str, rule: str, book: Rulebook) -> None:
    body = "The rest of the article follows here, in a second paragraph."
    result = clean_text(f"{line}\n\n{body}", book, title="x")
    assert [(r.rule, r.text) for r in result.removed] == [(rule, line)]
    assert result.text == body


@pytest.mark.parametrize(
    "body",
    [
        "By Tuesday the talks had collapsed, both sides said.",
        "Par ailleurs, le ministre a démissionné lundi.",
        "Publicité mensongère : l'entreprise a été condamnée.",
        "Von Berlin aus reiste die Ministerin nach Paris weiter.",
        "Anzeige gegen den Bürgermeister erstattet, teilte die Polizei mit.",
        "Por la tarde llegó el ministro a la capital.",
        "Publicidad engañosa: la empresa fue multada el lunes.",
        "The talks collapsed on Sunday. (Reuters)",
    ],
)
def test_close_body_sentences_stay(body: str, book: Rulebook) -> None:
    result = clean_text(f"A first paragraph of the article.\n\n{body}", book, title="x")
    assert result.removed == ()
    assert result.text.endswith(body)

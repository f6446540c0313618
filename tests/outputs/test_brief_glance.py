"""The brief an analyst reads first: the first-screen summary, checks grouped by claim
with the urgent ones first, folded sections (``--full`` unfolds them), snippets and chart
labels cut where a reader can still read them, and a timeline of dates that anchor facts.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from sourcetrace.outputs.brief import render_brief
from sourcetrace.outputs.brief.charts import fit_label, text_width
from sourcetrace.outputs.brief.glance import SUMMARY_LINES
from sourcetrace.outputs.brief.view import anchored_dates, context
from sourcetrace.outputs.casefile import CaseFile
from sourcetrace.outputs.contract import ExportItem
from tests.outputs.test_travel import _case


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.glance: list[str] = []  # hrefs of the first-screen lines
        self._in_glance = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "ol" and "glance" in (a.get("class") or ""):
            self._in_glance = True
        elif self._in_glance and tag == "a":
            self.glance.append(str(a.get("href")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "ol":
            self._in_glance = False


def test_the_first_screen_has_at_most_ten_lines_each_linking_to_its_evidence() -> None:
    html = render_brief(_case())
    page = _Links()
    page.feed(html)
    assert 2 <= len(page.glance) <= SUMMARY_LINES
    for href in page.glance:
        assert href.startswith("#") and href[1:] in page.ids, href
    glance = html[html.index('<section id="glance">'):html.index('<section id="overview">')]
    # The updated toll, in the records' own words: "12" then "15", with outlet and date.
    assert "v-updated" in glance and "Wire One, 2026-03-01" in glance
    assert "Journal Trois, 2026-03-03" in glance
    # The most quoted speaker, with the count of its quotes.
    assert "the minister (5)" in glance
    # It comes before everything else in the page.
    assert html.index('<section id="glance">') < html.index('<section id="overview">')


def test_checks_are_one_card_per_claim_urgent_first_and_consistent_ones_folded() -> None:
    html = render_brief(_case())
    section = html[html.index('<section id="figures">'):html.index('<section id="quotes">')]
    cards = re.findall(r'<div class="card" id="(c\d+)">\s*<h3><span class="verdict v-(\w+)"',
                       section)
    assert [v for _, v in cards] == ["updated", "consistent", "consistent"]
    folded = section[section.index('<details class="fold"'):section.index("All figures")]
    assert "2 claims or figures carried alike" in folded and "(11 pairwise checks)" in folded
    assert "v-updated" not in folded.split("</summary>", 1)[1]
    # The claim card lists the five outlets once each, first one marked first.
    start = section.rindex('<div class="card"', 0, section.index("The port will stay closed"))
    claim = section[start:section.index("</div>", start)]
    assert claim.index("Wire One") < claim.index("Blatt Zwei") < claim.index("Diario Cinco")
    assert "attribution dropped" in section and "figure changed" in section


def test_sections_and_articles_are_folded_unless_full() -> None:
    case = _case()
    folded = render_brief(case)
    full = render_brief(case, full=True)
    assert re.search(r'<details class="fold">', folded)
    assert re.search(r'<details class="doc" id="a1">', folded)
    assert not re.search(r'<details class="(fold|doc)"(?! open)', full)
    assert '<details class="doc" open id="a1">' in full


def test_the_reader_highlights_one_kind_at_a_time_chosen_with_a_legend() -> None:
    html = render_brief(_case())
    radios = re.findall(r'<input type="radio" name="highlight" id="show-(\w+)"( checked)?>',
                        html)
    assert [k for k, _ in radios][:3] == ["quote", "speaker", "person"]
    assert "none" in [k for k, _ in radios]
    assert [k for k, on in radios if on] == ["quote"]
    # No highlight is drawn unless its kind is the one chosen.
    assert re.search(r"^mark\.k-quote \{", html, re.M) is None
    assert "body:has(#show-quote:checked) mark.k-quote" in html


def test_snippets_are_cut_between_words() -> None:
    text = ("Firefighters from three districts worked through the night near the old "
            "harbour warehouse where 12 people were found, according to Bertrand Maillé "
            "and the prefecture of the region.")
    start = text.index("12")
    before, match, after = context(text, start, start + 2, width=30)
    assert match == "12"
    assert before.startswith("…") and before[1:].split()[0] in text.split()
    assert after.endswith("…") and after[:-1].split()[-1] in text.split()
    # Short enough: nothing cut, no ellipsis.
    assert context("Twelve died.", 0, 6) == ("", "Twelve", " died.")


def test_chart_labels_fit_or_are_shortened_at_a_word_with_an_ellipsis() -> None:
    label = "El Heraldo Peninsular de Sevilla 2026-11-03"
    short = fit_label(label, 158, 11)
    assert short.endswith("…") and text_width(short, 11) <= 158
    assert label.startswith(short[:-1]) and short[:-1].split()[-1] in label.split()
    assert fit_label("AFP 2026-11-03", 158, 11) == "AFP 2026-11-03"


def test_the_timeline_keeps_only_dates_that_anchor_a_quote_or_a_figure() -> None:
    text = ("Tomorrow's attacker is already among us, a columnist wrote. "
            "On 3 March, 12 people died in the blast.")
    items = [
        ExportItem("article", {"id": "t", "title": "T", "source": "S",
                               "published": "2026-03-04", "language": "en", "text": text}),
        ExportItem("figure", {"id": "t:figure:0", "article_id": "t", "text": "12",
                              "start": text.index("12"), "end": text.index("12") + 2,
                              "value": 12.0, "field": "text"}),
        ExportItem("date", {"id": "t:date:0", "article_id": "t", "text": "Tomorrow",
                            "start": 0, "end": 8, "value": "2026-03-05", "precision": "day"}),
        ExportItem("date", {"id": "t:date:1", "article_id": "t", "text": "3 March",
                            "start": text.index("3 March"), "end": text.index("3 March") + 7,
                            "value": "2026-03-03", "precision": "day"}),
    ]
    case = CaseFile.from_items(items)
    assert [d["id"] for d in anchored_dates(case)] == ["t:date:1"]
    html = render_brief(case)
    timeline = html[html.index('<section id="timeline">'):html.index('<section id="actors">')]
    assert "2026-03-03" in timeline and "2026-03-05" not in timeline
    assert "1 dates mentioned in passing are left out" in timeline

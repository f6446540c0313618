"""The demo case's brief in a real headless Chromium at 1,400 × 900: the first screen
says what happened and what is disputed, the page stays within its height budget, the
checks start with a conflict, and a link into a folded article opens it.

The demo corpus (``demo/corpus``, part of this repository) is ingested once for the
module, as ``make demo`` does. A screenshot of the first screen goes to the test
artifacts (``test-artifacts/brief-first-screen.png``) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.outputs.brief import write_brief
from sourcetrace.outputs.brief.glance import SUMMARY_LINES

DEMO = Path(__file__).resolve().parents[2] / "demo" / "corpus"
WIDTH, HEIGHT = 1400, 900
#: The default brief's budget: twelve screens at 1,400 px wide.
SCREENS = 12

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_briefs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demo-brief")
    with open_store(folder / "demo.db") as store:
        summary = ingest_paths([DEMO], store, Settings.load(env={}, processes=1))
        assert summary.ingested > 40, summary
        folded, full = folder / "brief.html", folder / "brief-full.html"
        write_brief(store, folded, title="Case brief: demo")
        write_brief(store, full, title="Case brief: demo", full=True)
    return folded, full


@pytest.fixture
def page(chromium: Any, demo_briefs: tuple[Path, Path]) -> Iterator[tuple[Any, list[str]]]:
    context = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(demo_briefs[0].as_uri())
    tab.wait_for_load_state("load")
    yield tab, errors
    context.close()


def test_the_first_screen_summarises_the_case_with_links(
    page: tuple[Any, list[str]], artifacts: Path,
) -> None:
    tab, errors = page
    lines = tab.locator("ol.glance > li")
    assert 3 <= lines.count() <= SUMMARY_LINES
    # Every line is on the first screen, and links to an element of the page.
    for n in range(lines.count()):
        line = lines.nth(n)
        box = line.bounding_box()
        assert box is not None and box["y"] + box["height"] <= HEIGHT
        href = line.locator("a").get_attribute("href")
        assert href and href.startswith("#")
        assert tab.locator(f"[id='{href[1:]}']").count() == 1, href
    text = tab.locator("ol.glance").inner_text()
    assert "CONFLICTING" in text.upper() and "most quoted" in text
    tab.screenshot(path=str(artifacts / "brief-first-screen.png"))
    assert errors == []


def test_the_default_brief_stays_within_twelve_screens_and_full_does_not_fold(
    chromium: Any, page: tuple[Any, list[str]], demo_briefs: tuple[Path, Path],
) -> None:
    tab, errors = page
    height = tab.evaluate("document.documentElement.scrollHeight")
    assert height <= SCREENS * HEIGHT, f"{height} px is {height / HEIGHT:.1f} screens"
    context = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    try:
        full = context.new_page()
        full.goto(demo_briefs[1].as_uri())
        assert full.locator("details.fold, details.doc").count() > 50
        assert full.locator("details.fold:not([open]), details.doc:not([open])").count() == 0
        assert full.evaluate("document.documentElement.scrollHeight") > height * 3
    finally:
        context.close()
    assert errors == []


def test_checks_start_with_a_conflict_and_consistent_ones_are_folded(
    page: tuple[Any, list[str]],
) -> None:
    tab, _ = page
    first = tab.locator("#figures .card").first
    assert "conflicting" in (first.locator(".verdict").first.get_attribute("class") or "")
    consistent = tab.locator("#figures details.fold .card")
    assert consistent.count() > 0
    assert not consistent.first.is_visible()


def test_a_link_into_a_folded_article_opens_it(page: tuple[Any, list[str]]) -> None:
    tab, _ = page
    link = tab.locator("#figures .card table.travel a[href^='#f']").first
    target = (link.get_attribute("href") or "#")[1:]
    article = tab.locator(f"details.doc:has([id='{target}'])")
    assert article.get_attribute("open") is None
    link.click()
    # (Waiting uses locators: the page's CSP forbids the eval behind wait_for_function.)
    expect(article).to_have_attribute("open", "")
    expect(tab.locator(f"[id='{target}']")).to_be_visible()


def test_the_reader_highlights_only_the_chosen_kind(page: tuple[Any, list[str]]) -> None:
    tab, _ = page
    article = tab.locator("details.doc:has(mark.k-quote):has(mark.k-figure)").first
    article.locator(":scope > summary").click()
    quote = article.locator("mark.k-quote").first
    figure = article.locator("mark.k-figure").first

    def painted(mark: Any) -> bool:
        style = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        return style not in ("rgba(0, 0, 0, 0)", "transparent")

    assert painted(quote) and not painted(figure)
    tab.locator("#show-figure").check()
    assert painted(figure) and not painted(quote)

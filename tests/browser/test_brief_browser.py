"""The brief in a real headless Chromium: loads offline with no errors and no requests,
highlights a known quote, keeps a hostile article inert, and looks right (screenshots
in ``test-artifacts/``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.outputs.brief import write_brief
from sourcetrace.storage import open_store
from tests.outputs.brief_case import KNOWN_QUOTE, case_db


@pytest.fixture(scope="module")
def brief_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = case_db(tmp_path_factory)
    out = tmp_path_factory.mktemp("brief-browser") / "brief.html"
    with open_store(db, create=False) as store:
        write_brief(store, out, title="Case brief: Varna depot (test case)")
    return out


class Watched:
    """A page with everything it did recorded: console errors, requests, dialogs."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)


@pytest.fixture
def watched(chromium: Any, brief_file: Path) -> Iterator[Watched]:
    context = chromium.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    w = Watched(page)
    page.goto(brief_file.as_uri())
    page.wait_for_load_state("load")
    yield w
    context.close()


def test_loads_offline_without_errors_or_requests(watched: Watched, brief_file: Path) -> None:
    page = watched.page
    assert page.title().startswith("Case brief: Varna depot")
    assert watched.errors == []
    assert watched.requests == [brief_file.as_uri()]
    for section in ("overview", "stories", "timeline", "actors", "figures", "quotes",
                    "sources", "articles"):
        assert page.locator(f"section#{section}").is_visible()


def test_reader_highlights_the_known_quote_and_links_to_it(watched: Watched) -> None:
    page = watched.page
    mark = page.locator("mark.k-quote", has_text=KNOWN_QUOTE)
    assert mark.count() == 1
    assert mark.evaluate("m => m.textContent") == KNOWN_QUOTE
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    # The (folded) quotes table links to the highlight; following it opens the folded
    # article and makes the mark the target.
    page.locator("section#quotes > details > summary").click()
    page.locator("#quotes a", has_text=KNOWN_QUOTE).click()
    assert page.evaluate("document.querySelector(':target').textContent") == KNOWN_QUOTE
    assert mark.is_visible()
    # The legend picks one kind at a time, without any script.
    page.locator("#show-figure").check()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.locator("#show-quote").check()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_hostile_article_stays_inert(watched: Watched) -> None:
    page = watched.page
    hostile = page.locator("details.doc", has_text="was never a risk")
    hostile.locator("summary").click()
    hostile.scroll_into_view_if_needed()
    hostile.hover()
    page.mouse.move(400, 300)
    # The text is shown literally, its "link" is text, and nothing ran.
    assert hostile.locator("h3").inner_text().startswith("A3 <script>window.__pwned=1;")
    shown = hostile.get_by_text("javascript:window.__pwned=1;alert(document.domain)")
    assert shown.count() == 1 and shown.evaluate("e => e.tagName") == "SPAN"
    shown.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert watched.dialogs == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert watched.errors == []


def test_screenshots(watched: Watched, artifacts: Path) -> None:
    page = watched.page
    page.screenshot(path=str(artifacts / "brief-full.png"), full_page=True)
    page.locator("details.doc > summary").first.click()
    page.evaluate("document.querySelector('details.doc').scrollIntoView()")
    page.screenshot(path=str(artifacts / "brief-reader.png"))
    page.set_viewport_size({"width": 800, "height": 1000})
    page.emulate_media(media="print")
    page.screenshot(path=str(artifacts / "brief-print.png"), full_page=True)
    for name in ("brief-full.png", "brief-reader.png", "brief-print.png"):
        assert (artifacts / name).stat().st_size > 10_000

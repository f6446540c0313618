# ruff: noqa: F811 - pytest fixtures imported from app_fixtures are requested by name
"""The pages to work a case, in a real headless Chromium: the story page (conflict first),
the entity page, the graph (labels, pan and zoom) and what changed."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from tests.browser.app_fixtures import (  # noqa: F401 - fixtures are used by name
    ServedApp,
    Watched,
    browser,
    screenshot,
    serve,
    served_app,
    watch,
    watched,
)
from tests.browser.conftest import require_chromium
from tests.web.conflict_case import REPORTS, build_conflict_case
from tests.web.corpus import BRANDT, HARBOUR

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def conflict_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """``sourcetrace serve`` over a case whose story has a conflicting death toll."""
    require_chromium()
    db = build_conflict_case(tmp_path_factory.mktemp("browser-conflict"))
    with serve(db, tmp_path_factory.mktemp("conflict-log")) as app:
        yield app


@pytest.fixture()
def conflict_page(browser: Any, conflict_app: ServedApp) -> Iterator[Watched]:
    context, seen = watch(browser, conflict_app.url)
    yield seen
    context.close()


def clean(seen: Watched) -> None:
    assert seen.console_errors == [], seen.console_errors
    assert seen.page_errors == [], seen.page_errors
    assert seen.dialogs == [], seen.dialogs
    assert seen.offsite == [], seen.offsite


def _story_of(app: ServedApp, article_id: str) -> str:
    with urllib.request.urlopen(app.url + "/api/v1/stories") as response:
        stories = json.load(response)["items"]
    return str(next(s["id"] for s in stories if article_id in s["article_ids"]))


def test_story_page_shows_a_conflict_first(conflict_page: Watched,
                                           conflict_app: ServedApp) -> None:
    page = conflict_page.page
    story = _story_of(conflict_app, REPORTS[0][0])
    page.goto(f"{conflict_app.url}/stories/{quote(story, safe='')}")
    cards = page.locator("#story-checks .card.check")
    assert cards.count() >= 2
    assert cards.first.get_attribute("data-verdict") == "conflicting"
    assert cards.first.is_visible()
    verdicts = [cards.nth(i).get_attribute("data-verdict") for i in range(cards.count())]
    assert "consistent" in verdicts[1:]
    event = page.locator("#story-events .tl-event").first
    assert "bombing" in event.inner_text() and "conflicting" in event.inner_text()
    screenshot(page, "story-conflict")
    clean(conflict_page)


def test_story_page_groups_who_said_what(watched: Watched, served_app: ServedApp) -> None:
    page = watched.page
    story = _story_of(served_app, HARBOUR)
    page.goto(f"{served_app.url}/stories/{quote(story, safe='')}")
    first = page.locator("#story-speakers details.speaker summary").first
    assert "Elena Brandt" in first.inner_text()
    assert page.locator("#story-outlets tbody tr").count() >= 2
    screenshot(page, "story")
    clean(watched)


def test_entity_page_shows_roles_quotes_and_evidence(watched: Watched,
                                                     served_app: ServedApp) -> None:
    page = watched.page
    page.goto(f"{served_app.url}/entities/{quote(BRANDT, safe='')}")
    roles = page.locator("#entity-roles-over-time li").all_inner_texts()
    assert any("Mayor" in r for r in roles) and any("maire" in r for r in roles)
    assert page.locator("#entity-evidence").count() == 1
    assert page.locator("#cooccurring li").count() >= 1
    screenshot(page, "entity-page")
    clean(watched)


def test_graph_renders_with_labels_and_zooms(watched: Watched, served_app: ServedApp) -> None:
    page = watched.page
    page.goto(served_app.url + "/graph")
    page.wait_for_load_state("networkidle")
    labels = page.locator("#entity-graph .node text")
    assert labels.count() >= 2
    shown = [labels.nth(i) for i in range(labels.count()) if labels.nth(i).is_visible()]
    assert len(shown) >= 2
    names = {t.text_content() for t in shown}
    assert "Elena Brandt" in names
    for label in shown:
        box = label.bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0
    assert page.locator("#entity-graph .edges line").count() >= 1
    before = page.get_attribute("#entity-graph", "viewBox")
    page.click("[data-zoom='1.4']")
    page.click("[data-zoom='1.4']")
    zoomed = page.get_attribute("#entity-graph", "viewBox")
    assert zoomed != before
    assert "zoomed" in (page.get_attribute("#entity-graph", "class") or "")
    page.click("[data-zoom='0']")
    assert page.get_attribute("#entity-graph", "viewBox") == before
    # Filters: only people.
    page.select_option("#graph-filters select[name=type]", "PERSON")
    page.click("#graph-filters button[type=submit]")
    page.wait_for_url("**/graph?**")
    classes = page.locator("#entity-graph .node").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('class'))")
    assert classes and all("t-person" in c for c in classes)
    page.goto(served_app.url + "/graph")
    screenshot(page, "graph")
    clean(watched)


def test_changes_page_loads_clean(watched: Watched, served_app: ServedApp) -> None:
    page = watched.page
    page.goto(served_app.url + "/changes")
    assert "new article" in page.locator("#changes-summary").inner_text()
    page.goto(served_app.url + "/changes")  # the cookie now holds this visit
    assert "Since your last visit" in page.locator("form.filters").inner_text()
    clean(watched)

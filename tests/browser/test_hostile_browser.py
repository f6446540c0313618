"""A case made of hostile articles, in a real headless Chromium: every page of the app
(main pages, and each article, entity, story and outlet page) and the brief. Fails if
any script of the content runs: a dialog (``alert``), ``window.__pwned`` set, a console
message or a request carrying a payload's marker, any request leaving the app, or a
Content-Security-Policy violation (markup that escaped escaping and was only stopped by
the policy)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.outputs.brief import write_brief
from sourcetrace.storage import open_store
from tests.browser.conftest import require_chromium
from tests.live_server import served
from tests.web.hostile_case import MARKERS, build_hostile_case, page_paths

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
#: Records CSP violations and wraps the dialog functions before any page script runs.
WATCH_SCRIPT = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@dataclass
class Seen:
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def _watch(page: Any, seen: Seen) -> None:
    page.add_init_script(WATCH_SCRIPT)
    page.on("console", lambda m: seen.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda exc: seen.errors.append(str(exc)))
    page.on("request", lambda r: seen.requests.append(r.url))

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)


def _poke(page: Any) -> None:
    """Do what a reader does: move, hover the links, tab through the page."""
    page.mouse.move(300, 300)
    for link in page.locator("main a").all()[:25]:
        link.hover()
    for _ in range(5):
        page.keyboard.press("Tab")


def _assert_nothing_ran(page: Any, seen: Seen, where: str, allowed: str) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined", where
    assert page.evaluate("window.__violations") == [], where
    assert seen.dialogs == [], where
    assert seen.errors == [], where
    assert not [m for m in seen.console if any(k in m for k in MARKERS)], where
    assert not [m for m in seen.console if "Refused to" in m], (where, seen.console)
    offsite = [u for u in seen.requests if not u.startswith(allowed)]
    assert offsite == [], (where, offsite)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_chromium()
    return build_hostile_case(tmp_path_factory.mktemp("hostile-browser"))


@pytest.fixture(scope="module")
def hostile_url(hostile_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("hostile-serve") / "serve.log"
    with served(hostile_db, log, "--read-only") as url:
        yield url


def _api_lists(url: str) -> dict[str, list[dict]]:
    lists = {}
    for name in ("articles", "entities", "stories", "outlets"):
        with urllib.request.urlopen(f"{url}/api/v1/{name}?limit=500", timeout=30) as response:
            lists[name] = json.loads(response.read())["items"]
    return lists


def test_no_content_script_runs_in_any_page(chromium: Any, hostile_url: str) -> None:
    paths = page_paths(_api_lists(hostile_url))
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    try:
        for path in paths:
            page = context.new_page()
            seen = Seen()
            _watch(page, seen)
            response = page.goto(hostile_url + path)
            assert response is not None and response.status == 200, path
            page.wait_for_load_state("networkidle")
            _poke(page)
            _assert_nothing_ran(page, seen, path, hostile_url)
            page.close()
    finally:
        context.close()


def test_no_content_script_runs_in_the_brief(chromium: Any, hostile_db: Path,
                                             tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    with open_store(hostile_db, create=False) as store:
        # Unfolded (--full), so every hostile title, quote and link is on the page to hover.
        write_brief(store, out, title="Hostile case", full=True)
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        seen = Seen()
        _watch(page, seen)
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        _poke(page)
        _assert_nothing_ran(page, seen, "brief", out.as_uri())
        assert "Elena" in page.locator("body").inner_text()
    finally:
        context.close()

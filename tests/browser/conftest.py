"""A real headless Chromium for the browser tests (Playwright driving Debian's chromium).

When Chromium (``/usr/bin/chromium``, or ``SOURCETRACE_CHROMIUM``) or Playwright is
missing, the browser tests FAIL in CI (``CI`` set to true) and are skipped on a developer
machine with a reason, and a banner at the end of the run says so: they must never be
silently skipped.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("SOURCETRACE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
#: Screenshots land here (gitignored) for a person to look at.
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"

_missing: list[str] = []


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    _missing.append(reason)
    pytest.skip(f"BROWSER TESTS NOT RUN: {reason}")


def require_chromium() -> None:
    """Fail in CI, skip loudly elsewhere, when the browser is missing."""
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """The one launched headless Chromium of the test session (Playwright ``Browser``).

    Playwright's sync API allows one instance per thread, so every browser test shares it.
    """
    require_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"Playwright for Python is not installed ({exc})")
        raise  # unreachable: _unavailable skips or fails
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _missing:
        terminalreporter.write_sep("!", "BROWSER TESTS WERE NOT RUN", red=True, bold=True)
        for reason in sorted(set(_missing)):
            terminalreporter.write_line(f"  {reason}", red=True)
        terminalreporter.write_line("  In CI (CI=true) this is a failure.", red=True)

"""Fixtures for driving the web app in a real headless Chromium (Playwright for Python).

``sourcetrace serve`` runs as a real subprocess on 127.0.0.1 with a free port, over the
web fixture case. Debian's Chromium (``/usr/bin/chromium``) is the browser; without it the
tests fail when ``CI=true`` and are skipped, with the reason, elsewhere.

Import the fixtures you need into a test module (``from tests.browser.app_fixtures
import ...``); they are kept out of ``conftest.py`` so other browser tests can have theirs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sourcetrace import open_store
from tests.browser.conftest import require_chromium
from tests.web.corpus import build_case, copy_case

ROOT = Path(__file__).resolve().parents[2]
#: Screenshots land here (gitignored) for a person to look at.
ARTIFACTS = ROOT / "test-artifacts"
START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServedApp:
    url: str
    token: str
    process: subprocess.Popen[bytes]


@contextmanager
def serve(db: Path, log_folder: Path) -> Iterator[ServedApp]:
    """``sourcetrace serve`` over ``db`` (with a fresh token), answering before it yields."""
    with open_store(db) as store:
        _, token = store.create_token("browser-tests")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + str(ROOT)}
    log = log_folder / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "sourcetrace", "serve", "--db", str(db),
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"sourcetrace serve exited: {log.read_text()}")
            try:
                with urllib.request.urlopen(url + "/", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"sourcetrace serve did not answer in {START_TIMEOUT_S}s")
            time.sleep(0.2)
        yield ServedApp(url=url, token=token, process=process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def served_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """``sourcetrace serve`` over the fixture case, answering before the tests start."""
    require_chromium()
    # A private copy: the merge/split test changes the case the web tests also read.
    db = copy_case(build_case(tmp_path_factory.mktemp("browser-case")),
                   tmp_path_factory.mktemp("browser-served"))
    with serve(db, tmp_path_factory.mktemp("serve-log")) as app:
        yield app


@pytest.fixture(scope="session")
def browser(chromium: Any) -> Any:
    """The session's shared Chromium (``conftest.chromium``)."""
    return chromium


@dataclass
class Watched:
    """A page plus everything it complained about."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)


def watch(browser: Any, base_url: str) -> tuple[Any, Watched]:
    """A fresh page (in its own context, returned for closing) recording console errors,
    uncaught errors, dialogs and any request leaving ``base_url`` (there must be none:
    the app works offline)."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    seen = Watched(page=page)
    page.on("console", lambda m: seen.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: seen.page_errors.append(str(exc)))

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda r: seen.offsite.append(r.url)
            if not r.url.startswith(base_url) else None)
    return context, seen


@pytest.fixture()
def watched(browser: Any, served_app: ServedApp) -> Iterator[Watched]:
    """A fresh page over ``served_app`` that records what it complained about (``watch``)."""
    context, seen = watch(browser, served_app.url)
    yield seen
    context.close()


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path

"""The Spark tests need Java: without it they FAIL in CI (``CI`` set to true; ``.ci/run``
installs Java) and are skipped on a developer machine, with a banner at the end of the
run, never silently (as the browser tests do for Chromium)."""

from __future__ import annotations

import os
from typing import Any

import pytest

_missing: list[str] = []


def spark_unavailable(reason: str) -> None:
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
        pytest.fail(f"Spark tests cannot run in CI: {reason}", pytrace=False)
    _missing.append(reason)
    pytest.skip(f"SPARK TESTS NOT RUN: {reason}")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _missing:
        terminalreporter.write_sep("!", "SPARK TESTS WERE NOT RUN", red=True, bold=True)
        for reason in sorted(set(_missing)):
            terminalreporter.write_line(f"  {reason}", red=True)
        terminalreporter.write_line("  In CI (CI=true) this is a failure.", red=True)

"""Shared by the line-cleaning tests: which boilerplate rules remove a line."""

from __future__ import annotations

from functools import cache

from sourcetrace.capabilities.clean.boilerplate import Rulebook, compile_rulebook, strip_boilerplate
from sourcetrace.lang import all_packs


@cache
def rulebook() -> Rulebook:
    """Every language pack's boilerplate rules, compiled once per test session."""
    return compile_rulebook(all_packs())


def rules_removing(line: str) -> list[str]:
    """The rules that remove ``line`` (empty when it stays)."""
    return [removal.rule for removal in strip_boilerplate(line, rulebook()).removed]

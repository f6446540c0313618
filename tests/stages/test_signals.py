"""The signals stage on short articles we wrote, in English and French.

Every signal kind has, per language, a text that must trigger it (with an evidence span
containing the trigger words) and a close counter-example that must not. The articles run
through the real pipeline (clean … dates, with the spaCy parse), as in production.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.capabilities.signals.stage import KINDS
from sourcetrace.core.pipeline import Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.ingest.identity import new_document
from sourcetrace.model import Document, RawArticle, Signal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "signals"
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))[
    "cases"
]
RESOURCES = Resources()


@cache
def _pipeline() -> Pipeline:
    return Pipeline.from_modules()


def analyse(
    text: str, language: str, *, title: str | None = None, author: str | None = "Jane Roe"
) -> Document:
    raw = RawArticle(
        origin=f"test:{hash(text)}",
        fmt="txt",
        text=text,
        title=title,
        language=language,
        author=author,
        source="Test Wire",
    )
    (outcome,) = _pipeline().run_batch([new_document(raw)], RESOURCES)
    assert outcome.document is not None, outcome.rejected
    assert not outcome.document.errors, outcome.document.errors
    return outcome.document


def signal(doc: Document, kind: str) -> Signal | None:
    return next((s for s in doc.signals if s.kind == kind), None)


def test_every_kind_has_cases_in_english_and_french() -> None:
    covered = {(c["kind"], c["lang"]) for c in CASES}
    missing = [(k, lang) for k in KINDS for lang in ("en", "fr") if (k, lang) not in covered]
    assert not missing


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}-{c['lang']}" for c in CASES])
def test_signal_fires_on_trigger_and_not_on_counter_example(case: dict[str, Any]) -> None:
    kind, span = case["kind"], case["span"]
    doc = analyse(
        case["text"], case["lang"], title=case.get("title"), author=case.get("author", "Jane Roe")
    )
    found = signal(doc, kind)
    assert found is not None, f"{kind} did not fire: {[s.kind for s in doc.signals]}"
    assert found.score >= 0.3, found
    assert any(span.lower() in e.text.lower() for e in found.evidence), found.evidence
    for e in found.evidence:
        assert e.note
        if e.field == "text":
            assert doc.text[e.start : e.end] == e.text
        elif e.field == "headline":
            assert (doc.headline or doc.title or "")[e.start : e.end] == e.text
        elif e.field == "raw_text":
            assert doc.raw_text[e.start : e.end].startswith(e.text[:50])

    counter = analyse(
        case["counter"],
        case["lang"],
        title=case.get("counter_title", case.get("title")),
        author=case.get("author", "Jane Roe"),
    )
    other = signal(counter, kind)
    if other is not None:
        assert other.score < 0.3, other
        assert not any(span.lower() in e.text.lower() for e in other.evidence), other.evidence


def test_headline_figure_absent_from_body_is_flagged_with_both_spans() -> None:
    doc = analyse(
        "Three people died in the attack on Friday evening, the police said. "
        "Eight more were wounded.",
        "en",
        title="FIVE DEAD IN FESTIVAL KNIFE ATTACK",
    )
    found = signal(doc, "headline_body")
    assert found is not None
    fields = {(e.field, e.text.lower()) for e in found.evidence}
    assert ("headline", "five") in fields
    assert any(f == "text" and t == "three" for f, t in fields)


def test_signals_are_kept_through_storage_shape() -> None:
    from sourcetrace.model.records import record_from_dict, record_to_dict

    doc = analyse(CASES[0]["text"], "en")
    for s in doc.signals:
        assert record_from_dict(Signal, record_to_dict(s)) == s


def test_german_article_without_parse_still_gets_signals() -> None:
    doc = analyse(
        "Das Blutbad in der Konzerthalle schockierte die Stadt. "
        "Es gibt keinen Zweifel, dass die Täter "
        "aus dem Ausland kamen. Die Polizei durchsucht die Wohnung.",
        "de",
    )
    kinds = {s.kind for s in doc.signals}
    assert {"loaded_language", "unverifiable_certainty"} <= kinds

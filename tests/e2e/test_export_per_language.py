"""End to end, per language: ingest a fixture article, export JSON, compare exact spans.

One wire-style article per language (``tests/fixtures/e2e/articles``: text plus sidecar
metadata, with glued boilerplate) goes through the whole per-document pipeline with
``ingest_paths``; the JSON export must then match the expectation written by hand
beside it (``tests/fixtures/e2e/expected``, built by ``build_expected.py`` from the
expected text and chosen substrings, never from the program's output):

- the cleaned ``text`` exactly;
- every expected quote, figure and date present, with exactly the expected fields, and
  no other quote, figure or date (an extra one fails);
- every expected entity mention present with the expected label (extra mentions are
  allowed and listed in the failure message). The export's ``entities`` list fills with
  cross-document linking; until then mentions are read from the stored document.

Where the code still misses a case a careful reader sees, that single expectation is
marked ``xfail(strict=True)`` in ``KNOWN_GAPS`` with the reason, so it stays visible and
a fix turns it into a failure to clean up.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# The public names of ``sourcetrace`` (lazy re-exports), imported where they are defined
# so type checkers see them.
from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.outputs import export
from sourcetrace.storage import open_store

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "e2e"
LANGUAGES = ("en", "fr", "de", "es")
QUOTE_FIELDS = ("text", "start", "end", "direct", "speaker", "cue")
FIGURE_FIELDS = ("text", "start", "end", "value", "low", "high", "unit", "currency", "per",
                 "qualifier", "counted")
DATE_FIELDS = ("text", "start", "end", "value", "precision")

#: (language, kind, expected span text) -> why the code does not produce it yet.
#: kind is "quote", "figure", "date", "mention", or "extra-<kind>" for the no-extras check;
#: "text#n" names the n-th occurrence (from 0) where the text occurs more than once.
KNOWN_GAPS: dict[tuple[str, str, str], str] = {
    # --- English
    # --- French
    # --- German (no spaCy pipeline: rules only)
    # --- Spanish
}


def _expected(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FIXTURES / "expected" / f"{language}.json").read_text(encoding="utf-8"))
    return data


def _meta(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FIXTURES / "articles" / f"{language}.meta.json").read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Result:
    """The export of the fixture folder, and the stored mentions of each article."""

    export: dict[str, Any]
    mentions: dict[str, list[dict[str, Any]]]

    def article(self, article_id: str) -> dict[str, Any]:
        found: list[dict[str, Any]] = [
            a for a in self.export["articles"] if a["id"] == article_id]
        assert len(found) == 1, [a["id"] for a in self.export["articles"]]
        return found[0]

    def records(self, kind: str, article_id: str) -> list[dict[str, Any]]:
        return [r for r in self.export[kind] if r["article_id"] == article_id]


@pytest.fixture(scope="session")
def result(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Result]:
    folder = tmp_path_factory.mktemp("e2e")
    store = open_store(folder / "case.db")
    try:
        summary = ingest_paths([FIXTURES / "articles"], store, Settings.load(env={}))
        assert summary.rejected == 0, summary.rejections
        out = folder / "case.json"
        export(store, "json", out)
        data = json.loads(out.read_text(encoding="utf-8"))
        mentions = {}
        for article in data["articles"]:
            stored = store.get_article(article["id"])
            assert stored is not None
            mentions[article["id"]] = [
                {"text": m.text, "start": m.start, "end": m.end, "label": m.label}
                for m in stored.document.mentions
            ]
        yield Result(export=data, mentions=mentions)
    finally:
        store.close()


def _params(kind: str) -> list[Any]:
    """One pytest param per expected record of ``kind``, xfail where a gap is known."""
    params = []
    for language in LANGUAGES:
        expected = _expected(language)
        for index, record in enumerate(expected[kind + "s"]):
            nth = expected["text"].count(record["text"], 0, record["start"])
            reason = (KNOWN_GAPS.get((language, kind, f"{record['text']}#{nth}"))
                      or KNOWN_GAPS.get((language, kind, record["text"])))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(language, index, marks=marks,
                                       id=f"{language}-{record['text'][:30]}"))
    return params


def _extra_params(kind: str) -> list[Any]:
    params = []
    for language in LANGUAGES:
        reason = KNOWN_GAPS.get((language, f"extra-{kind}", ""))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(language, marks=marks, id=language))
    return params


def _project(record: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    out = {key: record[key] for key in fields}
    if "speaker" in out:
        out["speaker"] = {"text": out["speaker"]["text"]}
    return out


def _check_present(result: Result, language: str, index: int, kind: str,
                   fields: tuple[str, ...]) -> None:
    expected = _expected(language)
    want = expected[kind + "s"][index]
    got = [_project(r, fields) for r in result.records(kind + "s", expected["id"])
           if r.get("field", "text") == "text"]
    same_span = [g for g in got if (g["start"], g["end"]) == (want["start"], want["end"])]
    assert same_span, (
        f"no {kind} at {want['start']}:{want['end']} {want['text']!r}; "
        f"the export has: {[(g['start'], g['end'], g['text']) for g in got]}")
    assert same_span[0] == {key: want[key] for key in fields}


def _check_no_extra(result: Result, language: str, kind: str) -> None:
    expected = _expected(language)
    wanted = {(r["start"], r["end"]) for r in expected[kind + "s"]}
    # Headline figures have offsets in the headline: the expectation covers the body.
    extra = [(r["start"], r["end"], r["text"]) for r in result.records(kind + "s", expected["id"])
             if (r["start"], r["end"]) not in wanted and r.get("field", "text") == "text"]
    assert extra == [], f"unexpected {kind}s: {extra}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_text_and_metadata(result: Result, language: str) -> None:
    expected, meta = _expected(language), _meta(language)
    article = result.article(expected["id"])
    assert {k: article[k] for k in meta} == meta
    assert article["text"] == expected["text"]


@pytest.mark.parametrize(("language", "index"), _params("quote"))
def test_expected_quote(result: Result, language: str, index: int) -> None:
    _check_present(result, language, index, "quote", QUOTE_FIELDS)


@pytest.mark.parametrize("language", _extra_params("quote"))
def test_no_unexpected_quote(result: Result, language: str) -> None:
    _check_no_extra(result, language, "quote")


@pytest.mark.parametrize(("language", "index"), _params("figure"))
def test_expected_figure(result: Result, language: str, index: int) -> None:
    _check_present(result, language, index, "figure", FIGURE_FIELDS)


@pytest.mark.parametrize("language", _extra_params("figure"))
def test_no_unexpected_figure(result: Result, language: str) -> None:
    _check_no_extra(result, language, "figure")


@pytest.mark.parametrize(("language", "index"), _params("date"))
def test_expected_date(result: Result, language: str, index: int) -> None:
    _check_present(result, language, index, "date", DATE_FIELDS)


@pytest.mark.parametrize("language", _extra_params("date"))
def test_no_unexpected_date(result: Result, language: str) -> None:
    _check_no_extra(result, language, "date")


@pytest.mark.parametrize(("language", "index"), _params("mention"))
def test_expected_mention(result: Result, language: str, index: int) -> None:
    expected = _expected(language)
    want = expected["mentions"][index]
    got = result.mentions[expected["id"]]
    at_span = [m for m in got if (m["start"], m["end"]) == (want["start"], want["end"])]
    wanted = {(m["start"], m["end"]) for m in expected["mentions"]}
    extras = [(m["text"], m["label"]) for m in got if (m["start"], m["end"]) not in wanted]
    assert at_span, (f"no mention {want['text']!r} at {want['start']}:{want['end']}; "
                     f"mentions found: {[(m['text'], m['start'], m['label']) for m in got]}")
    assert at_span[0] == want, f"extra mentions (allowed): {extras}"


def test_expectations_match_their_own_text() -> None:
    """The expected files are consistent: every span is the text at its offsets."""
    for language in LANGUAGES:
        expected = _expected(language)
        text = expected["text"]
        for kind in ("quotes", "figures", "dates", "mentions"):
            for record in expected[kind]:
                assert text[record["start"] : record["end"]] == record["text"], (language, record)


def test_every_known_gap_names_an_expectation() -> None:
    """A gap whose expectation was renamed or removed must not linger unnoticed."""
    names = set()
    for language in LANGUAGES:
        expected = _expected(language)
        for kind in ("quote", "figure", "date", "mention"):
            names.add((language, f"extra-{kind}", ""))
            for record in expected[kind + "s"]:
                nth = expected["text"].count(record["text"], 0, record["start"])
                names.add((language, kind, record["text"]))
                names.add((language, kind, f"{record['text']}#{nth}"))
    assert sorted(set(KNOWN_GAPS) - names) == []

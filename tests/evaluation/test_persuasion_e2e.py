"""The end-to-end persuasion evaluation: exported signals mapped back to the task's lines.

Runs on articles we wrote in the SemEval-2023 Task 3 layout (the real data is never read
by tests): the mapping of evidence to paragraphs (text and headline), the held-out split,
and one real ingest → export → score run.
"""

from __future__ import annotations

from pathlib import Path

from sourcetrace.evaluation.persuasion.e2e import (
    Article,
    evaluate_end_to_end,
    format_report,
    load_articles,
    paragraph_predictions,
    split_of,
)

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "signals" / "persuasion-sample"

LINES = (
    "Shocking betrayal at the town hall",
    "",
    "The council voted on Tuesday to close the library.",
    "",
    "The decision is a disgrace, and the  so-called consultation was a sham.",
)
ARTICLE = Article("en", "7", LINES, {1: frozenset(), 3: frozenset(), 5: frozenset()})


def _evidence(text: str, words: str, field: str = "text") -> dict[str, object]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words, "note": "n",
            "field": field}


def test_text_and_headline_evidence_map_to_their_lines() -> None:
    # Cleaning moved the title into the headline and collapsed a double space.
    text = (
        "The council voted on Tuesday to close the library.\n\n"
        "The decision is a disgrace, and the so-called consultation was a sham."
    )
    record = {"text": text, "headline": "Shocking betrayal at the town hall"}
    signals = [
        {"kind": "loaded_language",
         "evidence": [_evidence(text, "disgrace"),
                      _evidence(record["headline"], "betrayal", "headline")]},
        {"kind": "scare_quotes", "evidence": [_evidence(text, "so-called")]},
        # Not a persuasion technique: never scored.
        {"kind": "attribution", "evidence": [_evidence(text, "The council voted")]},
    ]
    pred = paragraph_predictions(ARTICLE, record, signals)
    assert pred == {1: {"Loaded_Language"}, 5: {"Loaded_Language", "Doubt"}}


def test_a_headline_that_is_not_the_first_line_is_not_mapped_to_it() -> None:
    record = {"text": "The council voted on Tuesday to close the library.",
              "headline": "Library news from across the region"}
    signals = [{"kind": "loaded_language",
                "evidence": [_evidence(record["headline"], "news", "headline")]}]
    assert paragraph_predictions(ARTICLE, record, signals) == {}


def test_held_out_fifth_is_fixed_by_hash() -> None:
    ids = [str(n) for n in range(2000)]
    held = [i for i in ids if split_of("en", i) == "heldout"]
    assert 300 < len(held) < 500
    assert held == [i for i in ids if split_of("en", i) == "heldout"]
    assert {split_of("en", i) for i in ids} - {"heldout"} == {f"fold{k}" for k in range(5)}


def test_loader_keeps_labelled_non_empty_lines() -> None:
    articles = {a.id: a for a in load_articles(SAMPLE, "en")}
    assert len(articles) == 6
    assert articles["1001"].gold[5] == {"Loaded_Language"}
    assert set(articles["1001"].gold) == {1, 3, 5}


def test_end_to_end_run_scores_the_exported_signals() -> None:
    result = evaluate_end_to_end(SAMPLE, folds=5, languages=("en",))
    assert result["ingest"]["ingested"] == 6 and not result["not_exported"]
    scores = result["scores"]
    total = sum(s["paragraphs"] for k, s in scores.items() if k in {"en:dev", "en:heldout"})
    assert total == 18
    folds = sum(s["paragraphs"] for k, s in scores.items() if k.startswith("en:fold"))
    assert folds == scores["en:dev"]["paragraphs"]
    # The loaded words of 1001/1003/1006 are in the outlet's own voice: found end to end.
    predicted = sum(s["per_technique"].get("Loaded_Language", {}).get("predicted", 0)
                    for k, s in scores.items() if k in {"en:dev", "en:heldout"})
    assert predicted >= 3
    held = {a.id for a in load_articles(SAMPLE, "en") if split_of("en", a.id) == "heldout"}
    assert not held & {e["article"] for e in result["errors"]}
    assert "micro-F1" in format_report(result)


def test_a_folder_without_the_layout_is_a_format_error(tmp_path: Path) -> None:
    import pytest

    from sourcetrace.errors import FormatError

    with pytest.raises(FormatError, match="train-labels-subtask-3"):
        evaluate_end_to_end(tmp_path, languages=("fr",))

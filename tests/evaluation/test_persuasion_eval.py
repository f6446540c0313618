"""The persuasion evaluation on a tiny SemEval-2023-Task-3-shaped sample we wrote.

The real data is never read by tests; this checks the reader (paragraph = line number),
the cross-validated scoring and the report on six short articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.outlets import auc
from sourcetrace.evaluation.persuasion import evaluate, format_report, load_language

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "signals" / "persuasion-sample"


def test_paragraph_numbers_are_line_numbers() -> None:
    paragraphs = load_language(SAMPLE, "en")
    first = [p for p in paragraphs if p.article == "1001"]
    assert [p.text for p in first] == [
        "Council approves new budget",
        "The council approved the budget on Tuesday.",
        "The carnage on our roads is a national disgrace.",
    ]
    assert first[2].labels == {"Loaded_Language"}


def test_cross_validated_scores_and_report() -> None:
    result = evaluate(SAMPLE, folds=2, languages=("en",))
    en = result["languages"]["en"]
    assert en["articles"] == 6 and en["paragraphs"] == 18
    rules = en["rules"]
    # The rules find the loaded words of 1001, 1003 and 1006 and the doubt of 1005.
    assert rules["per_label"]["Loaded_Language"] > 0.5
    assert rules["per_label"]["Doubt"] > 0
    assert 0 < rules["micro_f1"] <= 1 and 0 <= en["model"]["micro_f1"] <= 1
    report = format_report(result)
    assert "en" in report and "micro-F1" in report


def test_missing_layout_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="train-labels-subtask-3"):
        load_language(tmp_path, "fr")


def test_auc_counts_ties_as_half() -> None:
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.5], [0.5]) == 0.5
    assert auc([0.1], [0.9]) == 0.0


POLNEAR = Path(__file__).resolve().parent.parent / "fixtures" / "signals" / "outlet-sample"


def test_outlet_auc_on_a_polnear_shaped_sample() -> None:
    from sourcetrace.evaluation.outlets import evaluate as evaluate_outlets
    from sourcetrace.evaluation.outlets import format_report as outlets_report

    result = evaluate_outlets(POLNEAR)
    assert result["articles"] == 2 and result["low_articles"] == 1
    # The partisan sample article is written to carry more signals than the wire one.
    assert result["auc"] == 1.0
    assert result["per_outlet"]["breitbart"]["group"] == "low"
    assert "ROC AUC" in outlets_report(result)

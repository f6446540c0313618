"""The figures evaluation on a tiny quantulum3-format file we wrote (tests/fixtures/figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.figures import evaluate, format_report

FIXTURE = Path(__file__).parent.parent / "fixtures" / "figures" / "quantities.json"


def test_evaluate_scores_detection_values_and_units() -> None:
    result = evaluate(FIXTURE)
    assert result["sentences"] == 4
    assert result["gold_quantities"] == 6
    # "7 gigapascals" is found as a bare 7 (we keep no pressure unit): a hit for detection,
    # not comparable for units; every other quantity is found with the right value.
    assert result["detection"] == {
        "tp": 6,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert result["value_accuracy"] == 1.0
    assert result["unit_comparable"] == 5
    assert result["unit_accuracy"] == 1.0
    assert result["subset"]["detection"]["tp"] == 3
    json.dumps(result)  # JSON-able
    report = format_report(result)
    assert "F1 1.000" in report and "counts/currency/percent" in report


def test_evaluate_folder_and_bad_input(tmp_path: Path) -> None:
    copy = tmp_path / "quantities.json"
    copy.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert evaluate(tmp_path)["sentences"] == 4
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad\.json"):
        evaluate(bad)
    with pytest.raises(FormatError, match="no quantities"):
        evaluate(_empty(tmp_path))


def _empty(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder

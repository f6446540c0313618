"""The MEANTIME date evaluation on a small file in MEANTIME's format that we wrote.

The sample (tests/fixtures/dates/meantime_sample.xml, published 2024-04-12) has four
calendar timexes: the dateline, "Tuesday", "March" and "last week" (annotated W13 on
purpose, one week off, so that a value miss is scored), a PRESENT_REF ("now") and a
DURATION that must not count, an unannotated "2019" (a false positive) and a "yesterday"
past the annotated sentences (not scored).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.dates import evaluate, format_report, read_meantime

SAMPLE = Path(__file__).parent.parent / "fixtures" / "dates" / "meantime_sample.xml"


def test_read_meantime_rebuilds_text_and_spans() -> None:
    gold = read_meantime(SAMPLE)
    assert gold.text.startswith("Port reopens\nApril 12, 2024\nThe port reopened on Tuesday,")
    assert gold.creation_time == "2024-04-12"
    spans = {t.text: (t.value, t.calendar) for t in gold.timexes}
    assert spans["Tuesday"] == ("2024-04-09", True)
    assert spans["now"] == ("PRESENT_REF", False)
    assert spans["a year"] == ("P1Y", False)
    assert gold.text[gold.annotated_end:].strip() == "It reopened yesterday."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "corpus_apple").mkdir()
    shutil.copy(SAMPLE, tmp_path / "corpus_apple" / SAMPLE.name)
    return tmp_path


def test_evaluate_scores_spans_and_values(corpus: Path) -> None:
    result = evaluate(corpus, use_parse=False)
    scores = result["scores"]["all"]
    assert (scores["gold"], scores["predicted"]) == (4, 5)
    assert scores["span"] == {"precision": 0.8, "recall": 1.0, "f1": 0.8889}
    assert scores["value"]["precision"] == 0.6
    assert scores["value"]["recall"] == 0.75
    assert result["scores"]["dev"]["gold"] == 4
    assert result["scores"]["held_out"]["gold"] == 0
    assert result["scores"]["all_without_creation_time"]["gold"] == 3
    kinds = sorted((e["kind"], e["text"]) for e in result["dev_errors"])
    assert kinds == [("spurious", "2019"), ("wrong value", "last week")]
    json.dumps(result)  # JSON-able


def test_format_report_lists_every_subset(corpus: Path) -> None:
    report = format_report(evaluate(corpus, use_parse=False))
    assert "0.800/1.000/0.889" in report
    for subset in ("all", "all_without_creation_time", "dev", "held_out"):
        assert subset in report


def test_evaluate_rejects_a_folder_without_meantime_files(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no MEANTIME"):
        evaluate(tmp_path)


def test_read_meantime_names_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<Document><token", "utf-8")
    with pytest.raises(FormatError) as info:
        read_meantime(broken)
    assert str(broken) in str(info.value)

"""The PolNeAR scorer on a two-relation brat article we wrote in the corpus layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.quotes import evaluate, format_report, load_split

DATA = Path(__file__).parent.parent / "fixtures" / "quotes" / "brat"


def test_load_split_reads_relations_and_keeps_one_annotator() -> None:
    (article,) = load_split(DATA, "dev")
    assert article.name == "sample-article"
    direct, indirect = article.relations
    assert direct.direct and not indirect.direct
    assert direct.source_text == "Senator Jane Holt"
    assert indirect.source_text == "Her rival"


def test_missing_layout_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="dev/text"):
        load_split(tmp_path, "dev")


@pytest.mark.slow
def test_evaluate_scores_a_perfect_article() -> None:
    result = evaluate(DATA, "dev")
    json.dumps(result)
    assert result["articles"] == 1
    assert result["direct_quotes"]["f1"] == 1.0
    assert result["all_attributions"]["f1"] == 1.0
    assert result["speaker_accuracy_named"] == 1.0
    assert result["speaker_named_n"] == 1
    assert "direct_quotes" in format_report(result)

"""The FakeNewsCorpus outlet evaluation on a tiny CSV in news_sample.csv's layout that we
write here (the real sample is never read by tests)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation.outlets.fnc import evaluate_fnc, format_report

ROWS = [
    ("wire.example", "reliable", "The council approved the budget on Tuesday, the mayor said. "
     "The budget of €4 million covers roads and schools, according to the city's figures."),
    ("shout.example", "fake", "What a shocking scandal! These so-called experts are puppets of "
     "the elite, and everyone knows it. The carnage on our roads is a disgrace. Wake up!"),
    ("shout.example", "fake", "The corrupt regime lies again. This outrageous betrayal is a "
     "catastrophe for our nation, before it's too late."),
    ("satire.example", "satire", "Local man wins award for longest nap."),
]


def write(tmp_path: Path) -> Path:
    path = tmp_path / "news_sample.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["", "id", "domain", "type", "url", "content", "title"])
        for n, (domain, kind, text) in enumerate(ROWS):
            out.writerow([n, n, domain, kind, f"https://{domain}/{n}", text, f"Story {n}"])
    return path


def test_low_typed_outlet_ranks_above_reliable(tmp_path: Path) -> None:
    result = evaluate_fnc(write(tmp_path))
    # Satire says nothing about factual reporting: left out.
    assert result["types"] == {"reliable": 1, "fake": 2}
    assert result["outlets"] == {"low": 1, "high": 1}
    assert result["per_outlet"]["shout.example"]["articles"] == 2
    assert result["outlet_auc"] == 1.0
    assert "outlet-level ROC AUC" in format_report(result)


def test_missing_columns_are_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(FormatError, match="domain, type and content"):
        evaluate_fnc(path)

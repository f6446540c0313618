"""A time bound on every document: a stage that takes too long is stopped and recorded as
that stage's error, and the batch goes on; the inputs that used to stall a stage finish."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.errors import ConfigError

SENTENCE = "Mayor Elena Brandt said the council of Portmere would spend 3 million euros."


def _errors(db: Path) -> dict[str, list[dict]]:
    with sqlite3.connect(db) as conn:
        return {origin: json.loads(errors)
                for origin, errors in conn.execute("SELECT origin, errors FROM articles")}


@pytest.mark.slow
def test_a_stage_past_the_bound_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"{SENTENCE} Item {n} of the plan was agreed.",
                                            encoding="utf-8")
    db = tmp_path / "case.db"
    # A bound no stage can meet: every stage of every article is stopped.
    settings = Settings.load(env={}, processes=1, stage_timeout_s=1e-6)
    with open_store(db) as store:
        summary = ingest_paths([tmp_path], store, settings, corpus_stages=())
    # Every file went through (uncleaned, the texts may count as duplicates of each other).
    assert summary.files == 3 and summary.rejected == 0
    assert summary.ingested + summary.duplicates == 3
    errors = _errors(db)
    assert errors
    for found in errors.values():
        assert found and {e["error"] for e in found} == {"StageTimeout"}
        assert all("stage_timeout_s" in e["message"] and e["stage"] in e["message"]
                   for e in found)


@pytest.mark.slow
def test_a_long_run_of_spaces_inside_a_sentence_is_cleaned(tmp_path: Path) -> None:
    spaced = tmp_path / "spaces.txt"
    spaced.write_text("The council met on Tuesday and" + " " * 200_000 + SENTENCE + "\n\n"
                      "The post Harbour tax appeared first on Portmere Daily.",
                      encoding="utf-8")
    db = tmp_path / "case.db"
    # Generous: the bound is only there so a regression fails rather than hangs.
    settings = Settings.load(env={}, processes=1, stage_timeout_s=300)
    with open_store(db) as store:
        summary = ingest_paths([spaced], store, settings, corpus_stages=())
    assert summary.ingested == 1
    assert not [e for e in _errors(db)[str(spaced)] if e["stage"] == "clean"]
    with sqlite3.connect(db) as conn:
        text, removed = conn.execute("SELECT text, removed FROM articles").fetchone()
    # The feed footer is still removed (must find) and the sentence kept (must not).
    assert "appeared first on" not in text and "appeared first on" in removed
    assert SENTENCE in text


def test_the_bound_is_a_checked_setting() -> None:
    assert Settings.load(env={"SOURCETRACE_STAGE_TIMEOUT_S": "2.5"}).stage_timeout_s == 2.5
    with pytest.raises(ConfigError, match="stage_timeout_s"):
        Settings.load(env={}, stage_timeout_s=-1)

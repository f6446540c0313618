"""At 80 columns the CLI prints ids and paths whole, and every search hit in snippets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app

runner = CliRunner()
NARROW = {"COLUMNS": "80", "LINES": "40"}

#: Long enough that an 80-column table had to cut it.
LONG_ID = "harbour-council-flood-barrier-vote-2024-03-24-evening-edition-0042"
TEXT = ("The harbour council voted on Sunday to build a flood barrier. Fire crews had "
        "pumped water for three days; the fire station itself was flooded.\n\n"
        "Council members said the barrier would be finished before the winter storms.")


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp_path = tmp_path_factory.mktemp("narrow")
    folder = tmp_path / ("a-folder-with-a-rather-long-name-for-the-inputs-of-this-case" * 2)
    folder.mkdir()
    lines = [{"id": LONG_ID, "title": "Council votes for a flood barrier", "text": TEXT,
              "source": "Portmere Gazette", "published": "2024-03-24", "language": "en"}]
    (folder / "batch.jsonl").write_text(json.dumps(lines[0]) + "\n", encoding="utf-8")
    broken = folder / "unreadable-input-whose-path-is-longer-than-a-narrow-terminal.txt"
    broken.write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    db = tmp_path / "case.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db, broken


def test_search_prints_whole_ids_that_show_opens(case: tuple[Path, Path]) -> None:
    db, _ = case
    result = runner.invoke(app, ["search", "barrier", "--db", str(db)], env=NARROW)
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80  # the width held
    printed = re.findall(r"[\w-]{20,}", result.output)
    assert LONG_ID in printed
    shown = runner.invoke(app, ["show", LONG_ID, "--db", str(db)], env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert "Council votes for a flood barrier" in shown.output


def test_search_snippet_keeps_lower_and_upper_case_hits(case: tuple[Path, Path]) -> None:
    db, _ = case
    result = runner.invoke(app, ["search", "fire", "--db", str(db)], env=NARROW)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    # "Fire crews" and "the fire station": both hits stay in the snippet, without markers.
    assert "Fire crews" in flat
    assert "the fire station" in flat
    assert "[fire]" not in flat and "[Fire]" not in flat


def test_rejects_prints_full_paths_at_80_columns(case: tuple[Path, Path]) -> None:
    db, broken = case
    result = runner.invoke(app, ["rejects", "--db", str(db)], env=NARROW)
    assert result.exit_code == 0, result.output
    assert str(broken) in result.output

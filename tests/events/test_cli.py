"""``sourcetrace events`` over a stored case of hand-built reports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from tests.events.case import count, report, store_with

runner = CliRunner()
LYON = "A gunman opened fire in Lyon on Saturday, killing two people."
KABUL = "A car bomb exploded in Kabul in March 2023, killing 9 people."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("events-cli")
    docs = [
        report("lyon", LYON, trigger="opened fire", type="shooting", source="a",
               published="2024-05-12", date="2024-05-11", precision="day", places=["Lyon"],
               fatalities=count(LYON, "two people", 2)),
        report("kabul", KABUL, trigger="car bomb exploded", type="bombing", source="b",
               published="2023-03-30", date="2023-03", precision="month", places=["Kabul"],
               fatalities=count(KABUL, "9 people", 9)),
    ]
    store_with(folder, docs).close()
    yield folder / "events.db"


def _json(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["events", *args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_the_table_lists_every_event(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "2 events" in result.output
    assert "shooting" in result.output and "bombing" in result.output


def test_filters_by_type_group_place_and_dates(db: Path) -> None:
    assert [e["subtype"] for e in _json("--db", str(db), "--type", "bombing")] == ["bombing"]
    assert len(_json("--db", str(db), "--type", "attacks")) == 2
    assert [e["subtype"] for e in _json("--db", str(db), "--place", "FR")] == ["shooting"]
    assert [e["subtype"] for e in _json("--db", str(db), "--place", "kabul")] == ["bombing"]
    assert [e["subtype"] for e in _json("--db", str(db), "--since", "2024-01-01")] == [
        "shooting"]
    assert [e["subtype"] for e in _json("--db", str(db), "--until", "2023-12")] == ["bombing"]
    assert _json("--db", str(db), "--type", "protest") == []


def test_a_missing_database_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "none.db" in result.output

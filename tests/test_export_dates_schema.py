"""Every precision the dates stage can produce is valid in the export schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.outputs import export, load_schema
from sourcetrace.storage import open_store

TEXT = ("Police made three arrests last week, officials said on Friday. The ministry had "
        "warned in the fourth quarter of 2023 that attacks were rising, as in the 1990s.")


def test_week_quarter_and_decade_dates_validate(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "w", "text": TEXT, "published": "2024-04-10",
                               "language": "en"}), encoding="utf-8")
    out = tmp_path / "x.json"
    with open_store(tmp_path / "c.db") as store:
        ingest_paths([src], store, Settings(processes=1))
        export(store, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    precisions = {d["precision"] for d in data["dates"]}
    assert {"week", "quarter", "decade"} <= precisions
    week = next(d for d in data["dates"] if d["precision"] == "week")
    assert week["text"] == "last week" and week["value"] == "2024-04-01"
    jsonschema.validate(data, load_schema())

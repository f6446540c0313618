"""`sourcetrace analyze` redoes only what an older stage version made, keeping ids and links."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import update
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.storage import open_store
from sourcetrace.storage.schema import articles

runner = CliRunner()

TEXT = (
    "BERLIN, 26. August 2024 (dpa) - Nach dem Anschlag von Solingen hat Bundesinnenministerin "
    "Nancy Faeser schärfere Waffengesetze angekündigt.\n\nDie Polizei nahm einen 26-jährigen "
    "Verdächtigen fest. Drei Menschen wurden getötet, acht verletzt."
)


def test_analyze_redoes_outdated_articles_only(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "one", "text": TEXT, "source": "Westfunk", "url": "https://w.example/1"},
        {"id": "two", "text": TEXT + "\n\nEin Zeuge sprach von Panik.", "source": "Echo",
         "url": "https://e.example/2"},
        {"id": "three", "text": "Le gouvernement a relevé le plan Vigipirate dimanche soir.",
         "language": "fr"},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = tmp_path / "case.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "-q"]).exit_code == 0

    store = open_store(db, create=False)
    before = store.get_article("two")
    assert before is not None and before.duplicate_of == "one"
    with store.writing("simulating an older clean stage") as conn:
        conn.execute(update(articles).where(articles.c.id == "two")
                     .values(stage_versions={"clean": "0"}, text="stale"))
    store.close()

    result = runner.invoke(app, ["analyze", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "re-analysed 1, already current 2" in result.stdout

    store = open_store(db, create=False)
    try:
        after = store.get_article("two")
        assert after is not None
        assert after.document.text == before.document.text  # redone from the stored input
        assert after.duplicate_of == "one" and after.duplicate_kind == before.duplicate_kind
        assert after.document.stage_versions == before.document.stage_versions
        assert [m.text for m in after.document.mentions] == [
            m.text for m in before.document.mentions
        ]
    finally:
        store.close()

    again = runner.invoke(app, ["analyze", "--db", str(db), "--all"])
    assert "re-analysed 3, already current 0" in again.stdout

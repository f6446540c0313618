"""Technique evidence found in the headline: listed with its field on the article page,
never highlighted in the body at the headline's offsets."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.web import create_app

ARTICLE = {
    "id": "headline-cue",
    "title": "Shameful betrayal: council scraps the night bus",
    "text": "The council voted on Tuesday to end the night bus service from March. "
    "The service carried about 300 passengers a night, according to the operator.",
    "source": "Test Daily",
    "language": "en",
}


def test_headline_evidence_is_listed_not_highlighted_in_the_body(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    db = tmp_path / "case.db"
    with open_store(db) as store:
        ingest_paths([source], store, Settings.load(env={}, processes=1), corpus_stages=())
    with TestClient(create_app(db, Settings.load(env={}))) as client:
        detail = client.get("/api/v1/articles/headline-cue").json()
        loaded = [s for s in detail["signals"] if s["kind"] == "loaded_language"]
        assert loaded, [s["kind"] for s in detail["signals"]]
        headline = [e for e in loaded[0]["evidence"] if e["field"] == "headline"]
        assert {e["text"].lower() for e in headline} >= {"betrayal"}
        # The body has no cue: no segment of it is marked as signal evidence.
        assert not any("evidence" in s["kinds"] for s in detail["segments"])
        page = client.get("/articles/headline-cue").text
        assert "headline:" in page and "betrayal" in page

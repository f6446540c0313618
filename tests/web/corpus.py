"""The small case the web tests read: our fixture articles ingested once per session."""

from __future__ import annotations

from pathlib import Path

from sourcetrace import Settings, ingest_paths, open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"

#: Article ids in tests/fixtures/web/articles.jsonl.
HARBOUR = "web-en-harbour"
FOLLOWUP = "web-en-harbour-followup"
FRENCH = "web-fr-barrage"
SLASHED = "https://feeds.example.org/?p=42"
HOSTILE = "web-hostile"
#: A direct quote in HARBOUR, as the reader must highlight it.
KNOWN_QUOTE = "We will not wait for the next storm to decide for us,"

_built: dict[str, Path] = {}


def build_case(folder: Path) -> Path:
    """Ingest the fixture articles into ``folder/case.db`` (once per test session)."""
    if "case" not in _built:
        db = folder / "case.db"
        with open_store(db) as store:
            summary = ingest_paths([FIXTURES], store, Settings.load(env={}, processes=1))
        assert summary.ingested == 5, summary
        _built["case"] = db
    return _built["case"]

"""The small case the web tests read: our fixture articles ingested once per session.

``build_case`` ingests them the normal way (entity linking runs at the end of ingest);
``build_case(..., linked=False)`` skips the corpus stages, for the pages' fallback when
linking has not run. Tests that write (entity decisions) work on a ``copy_case``.
"""

from __future__ import annotations

from pathlib import Path

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.core.corpus import CORPUS_STAGES, corpus_stages
from sourcetrace.storage.backup import backup

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"

#: Article ids in tests/fixtures/web/articles.jsonl.
HARBOUR = "web-en-harbour"
FOLLOWUP = "web-en-harbour-followup"
FRENCH = "web-fr-barrage"
SLASHED = "https://feeds.example.org/?p=42"
HOSTILE = "web-hostile"
#: A direct quote in HARBOUR, as the reader must highlight it.
KNOWN_QUOTE = "We will not wait for the next storm to decide for us,"
#: Entities the linking stage makes of the fixture articles (clusters: none is in the KB).
BRANDT = "x:person/elena-brandt"
PORTMERE = "x:gpe/portmere"
WEBB = "x:person/marcus-webb"

_built: dict[str, Path] = {}


def build_case(folder: Path, *, linked: bool = True) -> Path:
    """Ingest the fixture articles into ``folder/case.db`` (once per session and kind)."""
    key = "linked" if linked else "unlinked"
    if key not in _built:
        db = folder / "case.db"
        with open_store(db) as store:
            summary = ingest_paths([FIXTURES], store, Settings.load(env={}, processes=1),
                                   corpus_stages=CORPUS_STAGES if linked else ())
        assert summary.ingested == 5, summary
        assert [r["stage"] for r in summary.corpus] == (
            [s.name for s in corpus_stages(CORPUS_STAGES)] if linked else [])
        assert all(r["error"] is None for r in summary.corpus), summary.corpus
        _built[key] = db
    return _built[key]


def copy_case(db: Path, folder: Path) -> Path:
    """A private copy of a built case, for a test that changes it (``sourcetrace backup``:
    it copies what other open connections, a running app, still hold in the write-ahead
    log)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "case-copy.db"
    backup(db, target, overwrite=True)
    return target

"""The case the brief tests render: fixture articles ingested through the real pipeline.

``tests/fixtures/brief/case.jsonl`` holds a wire report and a French follow-up of one
(invented) story, and a hostile article whose id, title, outlet, author, URL and body
carry ``<script>``, event-handler attributes and ``javascript:`` URLs. Ingesting loads
the spaCy pipelines, so the database is built once per test session and shared.

``case_db`` is the case as ``sourcetrace ingest`` leaves it (entities linked);
``case_db(..., linked=False)`` skips the corpus stages, for the brief's fallback when
linking has not run (actors grouped by name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.core.corpus import CORPUS_STAGES, corpus_stages

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "brief"

#: A direct quote of the wire article, as the reader must highlight it.
KNOWN_QUOTE = "We will find those responsible and they will answer in court"
HOSTILE_ID = 'evil-1"><script>window.__pwned=1</script>'

#: The linked entity of the minister quoted in both reports (clustered: not in the KB).
KELLER = "x:person/anna-keller"

_built: dict[str, Path] = {}


def case_db(factory: pytest.TempPathFactory, *, linked: bool = True) -> Path:
    """The path of the ingested fixture case (built on first use in this session)."""
    key = "linked" if linked else "unlinked"
    if key not in _built:
        db = factory.mktemp("brief-case") / "case.db"
        store = open_store(db)
        try:
            summary = ingest_paths([FIXTURES / "case.jsonl"], store, Settings(processes=1),
                                   corpus_stages=CORPUS_STAGES if linked else ())
        finally:
            store.close()
        assert summary.ingested == 3, summary
        assert [r["stage"] for r in summary.corpus] == (
            [s.name for s in corpus_stages(CORPUS_STAGES)] if linked else [])
        assert all(r["error"] is None for r in summary.corpus), summary.corpus
        _built[key] = db
    return _built[key]

"""A case made of hostile articles (tests/fixtures/hostile): script, event handlers,
``javascript:`` and ``data:`` URLs, SVG with script, CSS injection, right-to-left
override, zero-width and homoglyph names. Every payload, if it ever ran, would set
``window.__pwned``, call ``alert`` or fetch from ``evil.example``."""

from __future__ import annotations

from pathlib import Path

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.core.corpus import CORPUS_STAGES

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile" / "hostile.jsonl"
IDS = ("hostile-svg", "hostile-names", "hostile-html")
#: What a payload leaves behind if it runs or is followed.
MARKERS = ("__pwned", "evil.example")

_built: dict[str, Path] = {}


def build_hostile_case(folder: Path) -> Path:
    """Ingest the hostile articles into ``folder/hostile.db`` (once per session)."""
    if "db" not in _built:
        db = folder / "hostile.db"
        with open_store(db) as store:
            summary = ingest_paths([FIXTURE], store, Settings.load(env={}, processes=1),
                                   corpus_stages=CORPUS_STAGES)
        assert summary.ingested == len(IDS), summary
        _built["db"] = db
    return _built["db"]


def page_paths(api: dict[str, list[dict]]) -> list[str]:
    """Every page of the app for this case: the main pages, and each article, entity,
    story and outlet page (``api`` holds the API's lists of them)."""
    from urllib.parse import quote

    paths = ["/", "/search", "/search?q=Portmere", "/search?q=%3Cscript%3E", "/entities",
             "/timeline", "/graph", "/quotes", "/figures", "/outlets", "/stories", "/checks",
             "/docs", "/login"]
    paths += [f"/articles/{quote(a['id'], safe='')}" for a in api["articles"]]
    paths += [f"/entities/{quote(e['id'], safe='')}" for e in api["entities"]]
    paths += [f"/stories/{quote(s['id'], safe='')}" for s in api["stories"]]
    paths += [f"/outlets/{quote(o['source'], safe='')}" for o in api["outlets"]]
    return paths

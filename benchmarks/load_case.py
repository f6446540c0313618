"""The cases and routes of ``benchmarks/load.py``: generated articles (``scale.py``'s
generator) as input files or as a stored case, and the read routes to request."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from scale import generate

#: Page and API routes read under load: (label, path). ``{article}``, ``{entity}`` and
#: ``{story}`` are filled with ids of the case.
ROUTES = (
    ("GET /", "/"),
    ("GET /search", "/search?q=attack"),
    ("GET /articles/{id}", "/articles/{article}"),
    ("GET /entities", "/entities"),
    ("GET /entities/{id}", "/entities/{entity}"),
    ("GET /stories", "/stories"),
    ("GET /stories/{id}", "/stories/{story}"),
    ("GET /timeline", "/timeline"),
    ("GET /outlets", "/outlets"),
    ("GET /quotes", "/quotes"),
    ("GET /checks", "/checks"),
    ("GET /api/v1/articles", "/api/v1/articles?limit=20"),
    ("GET /api/v1/articles/{id}", "/api/v1/articles/{article}"),
    ("GET /api/v1/entities", "/api/v1/entities?limit=20"),
    ("GET /api/v1/entities/{id}", "/api/v1/entities/{entity}"),
    ("GET /api/v1/stories", "/api/v1/stories?limit=20"),
    ("GET /api/v1/checks", "/api/v1/checks?limit=20"),
    ("GET /api/v1/search", "/api/v1/search?q=attack&limit=20"),
    ("GET /api/v1/quotes", "/api/v1/quotes?limit=20"),
    ("GET /api/v1/outlets", "/api/v1/outlets?limit=20"),
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def read_targets(base: str) -> list[tuple[str, str]]:
    """Every route of ``ROUTES`` with real ids of the served case (a few of each)."""
    import httpx

    def ids(path: str) -> list[str]:
        items = httpx.get(f"{base}{path}", timeout=60).json().get("items", [])
        return [quote(str(item["id"]), safe="") for item in items]

    found = {"article": ids("/api/v1/articles?limit=5"),
             "entity": ids("/api/v1/entities?limit=5"),
             "story": ids("/api/v1/stories?limit=3")}
    targets = []
    for label, path in ROUTES:
        needs = [k for k in found if "{" + k + "}" in path]
        if not needs:
            targets.append((label, path))
            continue
        for value in found[needs[0]]:
            targets.append((label, path.replace("{" + needs[0] + "}", value)))
    return targets


@dataclass(frozen=True)
class Inputs:
    folder: Path
    ids: list[str]


def write_articles(folder: Path, count: int, seed: int) -> Inputs:
    """``count`` generated articles as .txt files with .meta.json sidecars."""
    folder.mkdir(parents=True)
    ids = []
    for a in generate(count, seed=seed):
        ident = f"load-{seed}-{a.id}"
        (folder / f"{ident}.txt").write_text(a.text, encoding="utf-8")
        meta = {"id": ident, "title": a.title, "source": a.source,
                "published": a.published.isoformat(), "language": a.language}
        (folder / f"{ident}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        ids.append(ident)
    return Inputs(folder, ids)


def build_scaled_case(db: Path, count: int) -> Path:
    """A case of ``count`` generated articles stored as analysed documents (what the
    generator fills in: mentions, figures, dates, quotes), then linked and profiled by
    the corpus stages. Stories and checks are left out: they need the sentence encoder
    over every article, which ``benchmarks/scale.py`` times on its own."""
    from sourcetrace.config import Settings
    from sourcetrace.core.corpus import run_corpus_stages
    from sourcetrace.model import Document
    from sourcetrace.storage import open_store

    with open_store(db) as store:
        for a in generate(count, seed=7):
            doc = Document(id=a.id, origin=f"generated:{a.id}", fmt="txt", title=a.title,
                           source=a.source, published=a.published.isoformat(),
                           language=a.language, raw_text=a.text, text=a.text,
                           mentions=a.mentions, figures=a.figures, dates=a.dates,
                           quotes=a.quotes, provenance={"title": "input", "source": "input"})
            store.put_article(doc, raw_hash=f"raw-{a.id}", content_hash=f"text-{a.id}",
                              minhash=None)
        run_corpus_stages(store, Settings.load(processes=1), store.article_ids(),
                          modules=("sourcetrace.capabilities.linking.corpus",
                                   "sourcetrace.capabilities.outlets.corpus"),
                          whole_corpus=True)
    return db


def cpu_per_route(db: Path, repeat: int = 3) -> list[tuple[str, float]]:
    """(route, CPU ms per request) with one in-process client: what one request costs
    the server, far less disturbed by other jobs on the machine than wall time."""
    import time

    from fastapi.testclient import TestClient

    from sourcetrace.web import create_app

    with TestClient(create_app(db)) as client:
        found = {}
        for kind, path in (("article", "/api/v1/articles?limit=1"),
                           ("entity", "/api/v1/entities?limit=1"),
                           ("story", "/api/v1/stories?limit=1")):
            items = client.get(path).json()["items"]
            found[kind] = quote(str(items[0]["id"]), safe="") if items else "none"
        out = []
        for label, path in ROUTES:
            for kind, value in found.items():
                path = path.replace("{" + kind + "}", value)
            client.get(path)  # warm: the records are read once per change of the case
            started = time.process_time()
            for _ in range(repeat):
                client.get(path)
            out.append((label, (time.process_time() - started) / repeat * 1000))
    return out

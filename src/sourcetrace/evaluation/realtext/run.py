"""Run the real pipeline on the real-text articles: write them as a user would give them,
ingest them into a temporary database, export it as JSON and return the export.

Text articles go into one JSON Lines file (``id``, ``title``, ``text``, ``url``,
``source``, ``published`` where known); pages are ``ID.html`` files with an
``ID.html.meta.json`` sidecar (``id``, ``url``, ``source``). No language is given: users'
scraped corpora rarely carry one, so the language is identified as it would be for them.
The ingest and export are the functions the ``ingest`` and ``export`` commands call
(``end_to_end``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.evaluation.end_to_end import Progress, ingest_and_export
from sourcetrace.evaluation.realtext.sources import SourceArticle

__all__ = ["materialise", "run_pipeline"]

def materialise(articles: Sequence[tuple[str, SourceArticle]], folder: Path) -> list[Path]:
    """Write ``(id, article)`` pairs under ``folder``; the paths to ingest."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    lines: list[str] = []
    for ident, article in articles:
        if article.fmt == "html":
            page = folder / f"{ident}.html"
            page.write_bytes(article.html)
            meta = {"id": ident, "url": article.url, "source": article.outlet}
            (folder / f"{ident}.html.meta.json").write_text(
                json.dumps({k: v for k, v in meta.items() if v is not None}), encoding="utf-8")
            paths.append(page)
            continue
        record = {"id": ident, "title": article.title, "text": article.body, "url": article.url,
                  "source": article.outlet, "published": article.published}
        lines.append(json.dumps({k: v for k, v in record.items() if v is not None},
                                ensure_ascii=False))
    if lines:
        jsonl = folder / "articles.jsonl"
        jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.insert(0, jsonl)
    return paths


def run_pipeline(
    articles: Sequence[tuple[str, SourceArticle]],
    *,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
    keep: Path | None = None,
) -> dict[str, Any]:
    """Ingest ``articles`` into a fresh database and return its JSON export (parsed).

    ``keep``: a folder where the inputs, the database and the export are left for a look
    (else everything is written to a temporary folder and removed).
    """
    return ingest_and_export(lambda folder: materialise(articles, folder), len(articles),
                             settings=settings, on_progress=on_progress, keep=keep)

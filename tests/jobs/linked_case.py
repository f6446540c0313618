"""A small case ingested for real (en + fr articles we wrote) with the fixture knowledge base."""

from __future__ import annotations

import shutil
from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.jobs.ingest import ingest_paths
from sourcetrace.storage import open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = FIXTURES / "linking" / "articles.jsonl"
KB_DIR = FIXTURES / "kb"
SETTINGS = Settings(kb_dir=str(KB_DIR), processes=1)


def build_case(folder: Path) -> Path:
    db = folder / "case.db"
    with open_store(db) as store:
        ingest_paths([ARTICLES], store, SETTINGS)
    return db


def copy_case(db: Path, folder: Path) -> Path:
    target = folder / "copy.db"
    shutil.copy(db, target)
    return target

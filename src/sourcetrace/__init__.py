"""sourcetrace: offline-first news intelligence with every statement tied to source spans.

The public API is what ``__all__`` lists; everything else may change between versions.

    from sourcetrace import Settings, open_store, ingest_paths
    store = open_store("case.db")
    summary = ingest_paths(["articles/"], store, Settings.load())
"""

from __future__ import annotations

from sourcetrace.config import Settings
from sourcetrace.errors import (
    InputError,
    ModelMissingError,
    SourcetraceError,
    StoreError,
)
from sourcetrace.jobs.analyze import analyze_store
from sourcetrace.jobs.ingest import IngestSummary, ingest_paths
from sourcetrace.model import Document, RawArticle
from sourcetrace.outputs import export
from sourcetrace.pipeline import Pipeline, Stage
from sourcetrace.storage import open_store

__version__ = "0.1.0"

__all__ = [
    "Document",
    "IngestSummary",
    "InputError",
    "ModelMissingError",
    "Pipeline",
    "RawArticle",
    "Settings",
    "SourcetraceError",
    "Stage",
    "StoreError",
    "__version__",
    "analyze_store",
    "export",
    "ingest_paths",
    "open_store",
]

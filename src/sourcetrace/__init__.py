"""sourcetrace: offline-first news intelligence with every statement tied to source spans.

The public API is what ``__all__`` lists; everything else may change between versions.

    from sourcetrace import Settings, open_store, ingest_paths
    store = open_store("case.db")
    summary = ingest_paths(["articles/"], store, Settings.load())
    case = open_case("case.db")        # typed, paged tables (docs/python.md)

Names are imported on first use, so importing one pure stage does not load the storage
or CLI layers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "sourcetrace.model",
    "IngestSummary": "sourcetrace.jobs.ingest",
    "InputError": "sourcetrace.errors",
    "ModelMissingError": "sourcetrace.errors",
    "Pipeline": "sourcetrace.core.pipeline",
    "RawArticle": "sourcetrace.model",
    "Settings": "sourcetrace.config",
    "SourcetraceError": "sourcetrace.errors",
    "Stage": "sourcetrace.core.stage",
    "StoreError": "sourcetrace.errors",
    "analyze_store": "sourcetrace.jobs.analyze",
    "export": "sourcetrace.outputs",
    "ingest_paths": "sourcetrace.jobs.ingest",
    "open_case": "sourcetrace.web.readmodel",
    "open_store": "sourcetrace.storage",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:
    # Static names for type checkers; the ``as`` form marks them as re-exports (PEP 484),
    # since ``__all__`` is built from ``_EXPORTS`` and tools cannot read it.
    from sourcetrace.config import Settings as Settings
    from sourcetrace.core.pipeline import Pipeline as Pipeline
    from sourcetrace.core.stage import Stage as Stage
    from sourcetrace.errors import InputError as InputError
    from sourcetrace.errors import ModelMissingError as ModelMissingError
    from sourcetrace.errors import SourcetraceError as SourcetraceError
    from sourcetrace.errors import StoreError as StoreError
    from sourcetrace.jobs.analyze import analyze_store as analyze_store
    from sourcetrace.jobs.ingest import IngestSummary as IngestSummary
    from sourcetrace.jobs.ingest import ingest_paths as ingest_paths
    from sourcetrace.model import Document as Document
    from sourcetrace.model import RawArticle as RawArticle
    from sourcetrace.outputs import export as export
    from sourcetrace.storage import open_store as open_store
    from sourcetrace.web.readmodel import open_case as open_case


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sourcetrace' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

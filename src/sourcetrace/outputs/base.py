"""What every exporter is: ``write(item)`` for each record, then ``finalize()`` once.

Exporters write to a text stream they are given and never open files themselves, so
the same exporter serves a file, a pipe (``--out -``) or an HTTP response. Formats made
of several files (csv, parquet) are the exception: their factory is a
``FolderExporterFactory``, marked ``target = "folder"``, and is given a fresh folder.
A factory may also name a ``supplement(store)``: extra, non-contract items the format
needs appended to the contract stream (graphml's per-article mentions).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Protocol, TextIO

from sourcetrace.outputs.contract import ExportItem

__all__ = ["Exporter", "ExporterFactory", "FolderExporterFactory"]


class Exporter(Protocol):
    def write(self, item: ExportItem) -> None:
        """Add one record (any kind, any order within its kind's stream)."""

    def finalize(self) -> None:
        """Finish the output (close brackets, flush spilled data); call exactly once."""

    def close(self) -> None:
        """Release temporary resources (also after a failure); safe to call twice."""

    @property
    def counts(self) -> Mapping[str, int]:
        """Records written so far, per kind."""


class ExporterFactory(Protocol):
    def __call__(self, stream: TextIO) -> Exporter: ...


class FolderExporterFactory(Protocol):
    """Makes an exporter that writes several files into ``folder`` (which exists, empty)."""

    target: str

    def __call__(self, folder: Path) -> Exporter: ...

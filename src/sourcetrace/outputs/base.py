"""What every exporter is: ``write(item)`` for each record, then ``finalize()`` once.

Exporters write to a text stream they are given and never open files themselves, so
the same exporter serves a file, a pipe (``--out -``) or an HTTP response.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, TextIO

from sourcetrace.outputs.contract import ExportItem

__all__ = ["Exporter", "ExporterFactory"]


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

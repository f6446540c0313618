"""Outputs: exporters of the stored case, following export contract v1.

``export(store, fmt, out)`` writes a whole case in one of ``FORMATS``. The file appears
only when complete: it is written beside ``out`` under a temporary name and renamed at
the end, so a failed export never leaves half a file where a script expects a whole one.
Contract shapes: ``outputs.contract``; JSON Schema: ``outputs/schema/export-v1.schema.json``
(``SCHEMA_PATH``); field reference: ``docs/export.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sourcetrace.errors import ConfigError
from sourcetrace.outputs.base import Exporter, ExporterFactory
from sourcetrace.outputs.contract import CONTRACT_VERSION, KINDS, ExportItem, iter_items
from sourcetrace.outputs.json_export import JsonExporter
from sourcetrace.outputs.jsonl_export import JsonlExporter
from sourcetrace.storage import Store

__all__ = [
    "CONTRACT_VERSION",
    "FORMATS",
    "SCHEMA_PATH",
    "ExportItem",
    "ExportSummary",
    "Exporter",
    "export",
    "load_schema",
]

#: Export format name -> exporter class, as ``sourcetrace export --format`` offers them.
FORMATS: Mapping[str, ExporterFactory] = {
    "json": JsonExporter,
    "jsonl": JsonlExporter,
}

#: The JSON Schema (draft 2020-12) of the ``json`` format, shipped in the package.
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "export-v1.schema.json"


def load_schema() -> dict[str, Any]:
    """The export JSON Schema as a dict."""
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportSummary:
    """What an export wrote: the format, the file, and the number of records per kind."""

    fmt: str
    path: Path
    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def export(store: Store, fmt: str, out: Path) -> ExportSummary:
    """Write every record of ``store`` to ``out`` in format ``fmt`` (see ``FORMATS``)."""
    factory = FORMATS.get(fmt)
    if factory is None:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    if not out.parent.is_dir():
        raise FileNotFoundError(f"{out}: folder {out.parent} does not exist")
    # Beside the target so the final rename stays on one file system; opened with
    # open() so the file gets the user's usual permissions.
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as stream:
            exporter = factory(stream)
            try:
                for item in iter_items(store):
                    exporter.write(item)
                exporter.finalize()
            finally:
                exporter.close()
            counts = {kind: exporter.counts.get(kind, 0) for kind in KINDS}
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportSummary(fmt=fmt, path=out, counts=counts)

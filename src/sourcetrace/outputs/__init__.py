"""Outputs: exporters of the stored case, following export contract v1.

``export(store, fmt, out)`` writes a whole case in one of ``FORMATS``. The file appears
only when complete: it is written beside ``out`` under a temporary name and renamed at
the end, so a failed export never leaves half a file where a script expects a whole one.
Folder formats (csv, parquet) are written the same way, as a temporary folder.
Contract shapes: ``outputs.contract``; JSON Schema: ``outputs/schema/export-v1.schema.json``
(``SCHEMA_PATH``); field reference: ``docs/export.md``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sourcetrace.errors import ConfigError
from sourcetrace.outputs.acled_export import AcledExporter
from sourcetrace.outputs.base import Exporter, ExporterFactory, FolderExporterFactory
from sourcetrace.outputs.contract import CONTRACT_VERSION, KINDS, ExportItem, iter_items
from sourcetrace.outputs.csv_export import CsvExporter
from sourcetrace.outputs.ftm_export import FtmExporter
from sourcetrace.outputs.graphml_export import GraphmlExporter
from sourcetrace.outputs.json_export import JsonExporter
from sourcetrace.outputs.jsonl_export import JsonlExporter
from sourcetrace.outputs.parquet_export import ParquetExporter
from sourcetrace.outputs.stix_export import StixExporter
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
FORMATS: Mapping[str, ExporterFactory | FolderExporterFactory] = {
    "json": JsonExporter,
    "jsonl": JsonlExporter,
    "csv": CsvExporter,
    "parquet": ParquetExporter,
    "ftm": FtmExporter,
    "stix": StixExporter,
    "graphml": GraphmlExporter,
    "acled": AcledExporter,
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
    # Beside the target so the final rename stays on one file system.
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        if getattr(factory, "target", "file") == "folder":
            counts = _write_folder(factory, store, tmp, out)  # type: ignore[arg-type]
        else:
            counts = _write_file(factory, store, tmp, out)  # type: ignore[arg-type]
    except BaseException:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
        raise
    return ExportSummary(fmt=fmt, path=out, counts=counts)


def _items(factory: object, store: Store) -> Iterator[ExportItem]:
    yield from iter_items(store)
    supplement = getattr(factory, "supplement", None)
    if supplement is not None:
        yield from supplement(store)


def _run(exporter: Exporter, items: Iterator[ExportItem]) -> dict[str, int]:
    try:
        for item in items:
            exporter.write(item)
        exporter.finalize()
    finally:
        exporter.close()
    return {kind: exporter.counts.get(kind, 0) for kind in KINDS}


def _write_file(factory: ExporterFactory, store: Store, tmp: Path, out: Path) -> dict[str, int]:
    if out.is_dir():
        raise IsADirectoryError(f"{out}: is a folder; this format writes one file")
    # open() so the file gets the user's usual permissions.
    with open(tmp, "w", encoding="utf-8", newline="\n") as stream:
        counts = _run(factory(stream), _items(factory, store))
    os.replace(tmp, out)
    return counts


def _write_folder(
    factory: FolderExporterFactory, store: Store, tmp: Path, out: Path
) -> dict[str, int]:
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out}: is a file; this format writes a folder")
    tmp.mkdir()
    counts = _run(factory(tmp), _items(factory, store))
    # A folder cannot be renamed over a non-empty one: the previous export is moved
    # aside first and deleted only once the new one is in place.
    old = out.with_name(f".{out.name}.{os.getpid()}.old")
    if out.exists():
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)
    return counts

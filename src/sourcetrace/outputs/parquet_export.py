"""Parquet export: a folder with one Parquet file per record kind (``articles.parquet`` …).

Each file has an explicit Arrow schema built from the contract records
(``outputs.shapes``): strings, 64-bit integers, doubles and booleans, nullable exactly
where the contract allows ``null``; an object is a ``struct`` (a quote's ``speaker``), a
list of objects a ``list<struct>`` (an entity's ``mentions``, a signal's ``evidence``),
a list of strings a ``list<string>``. Reading a file back gives the same records as the
``json`` export. Rows are written in row groups as they arrive, so memory stays flat;
every file is written, with its schema, even when empty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa
import pyarrow.parquet as pq

from sourcetrace.outputs.contract import KEYS, KINDS, ExportItem
from sourcetrace.outputs.shapes import RECORDS, Field, fields_of

__all__ = ["ParquetExporter", "arrow_schema"]

#: Rows buffered per kind before they are written out as one row group.
BATCH_ROWS = 2048

_SCALARS: Mapping[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def _arrow_field(field: Field) -> pa.Field:
    if field.shape == "struct":
        kind: pa.DataType = pa.struct([_arrow_field(f) for f in field.children])
    elif field.shape == "list_struct":
        kind = pa.list_(pa.struct([_arrow_field(f) for f in field.children]))
    elif field.shape == "list":
        kind = pa.list_(_SCALARS[field.type])
    else:
        kind = _SCALARS[field.type]
    return pa.field(field.name, kind, nullable=field.nullable)


def arrow_schema(kind: str) -> pa.Schema:
    """The Arrow schema of one record kind's file."""
    return pa.schema([_arrow_field(f) for f in fields_of(RECORDS[kind])])


class ParquetExporter:
    target: ClassVar[str] = "folder"

    def __init__(self, folder: Path) -> None:
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        self._schemas = {kind: arrow_schema(kind) for kind in KINDS}
        self._rows: dict[str, list[Mapping[str, Any]]] = {kind: [] for kind in KINDS}
        self._writers: dict[str, pq.ParquetWriter] = {}
        try:
            for kind in KINDS:
                path = folder / f"{KEYS[kind]}.parquet"
                self._writers[kind] = pq.ParquetWriter(path, self._schemas[kind])
        except BaseException:
            self.close()
            raise

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        if item.kind not in KEYS:
            raise ValueError(f"unknown export record kind {item.kind!r}")
        rows = self._rows[item.kind]
        rows.append(item.data)
        self._counts[item.kind] += 1
        if len(rows) >= BATCH_ROWS:
            self._flush(item.kind)

    def _flush(self, kind: str) -> None:
        rows = self._rows[kind]
        if not rows:
            return
        try:
            table = pa.Table.from_pylist(rows, schema=self._schemas[kind])
            self._writers[kind].write_table(table)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise ValueError(
                f"{KEYS[kind]}.parquet: a record does not fit the schema: {exc}"
            ) from exc
        rows.clear()

    def finalize(self) -> None:
        try:
            for kind in KINDS:
                self._flush(kind)
        finally:
            self.close()

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

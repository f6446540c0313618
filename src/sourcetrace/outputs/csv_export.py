"""CSV export: a folder with one UTF-8 CSV file (header row first) per record kind.

Columns follow the contract records (``outputs.shapes``). Nested values are flattened:

- an object becomes prefixed columns (a quote's ``speaker`` -> ``speaker_entity_id``,
  ``speaker_text`` …);
- a list of objects, and a list of ids that link to other records, becomes a child
  table keyed by the parent's id (``mentions.csv``, ``evidence.csv``,
  ``story_articles.csv``, ``check_items.csv``);
- any other list of strings (``aliases``, ``via``) is one cell holding a JSON array.

``null`` is an empty cell, booleans are ``true``/``false``. Rows are written as records
arrive, so memory stays flat; every file is written, with its header, even when empty.

Text comes from hostile articles, and a spreadsheet runs a cell that starts with ``=``,
``+``, ``-``, ``@`` (or a tab or carriage return before them) as a formula. Such a text
cell is written with a leading ``'`` (OWASP's rule for CSV injection), which spreadsheets
show as text; numbers are written as they are.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, ClassVar

from sourcetrace.outputs.contract import KEYS, KINDS, ExportItem
from sourcetrace.outputs.shapes import RECORDS, Field, fields_of

__all__ = ["CHILD_TABLES", "FORMULA_STARTS", "CsvExporter", "neutralise"]


@dataclass(frozen=True, slots=True)
class Child:
    """A list field written as its own table: ``table``.csv, ``parent`` column first, then
    the list's object fields or, for a list of ids, one ``value`` column."""

    table: str
    parent: str
    value: str | None = None


#: (kind, list field) -> the child table it is written to.
CHILD_TABLES: Mapping[tuple[str, str], Child] = {
    ("entity", "mentions"): Child("mentions", "entity_id"),
    ("story", "article_ids"): Child("story_articles", "story_id", value="article_id"),
    ("signal", "evidence"): Child("evidence", "signal_id"),
    ("check", "items"): Child("check_items", "check_id", value="item_id"),
    ("event", "actors"): Child("event_actors", "event_id"),
    ("event", "targets"): Child("event_targets", "event_id"),
    ("event", "article_ids"): Child("event_articles", "event_id", value="article_id"),
    ("event", "mentions"): Child("event_mentions", "event_id"),
    ("event", "check_ids"): Child("event_checks", "event_id", value="check_id"),
    ("event", "reports"): Child("event_reports", "event_id"),
}


#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text``, with a leading ``'`` when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return neutralise(value)
    return value


def _columns(fields: tuple[Field, ...]) -> list[str]:
    columns: list[str] = []
    for field in fields:
        if field.shape == "struct":
            columns += [f"{field.name}_{sub}" for sub in _columns(field.children)]
        else:
            columns.append(field.name)
    return columns


def _row(fields: tuple[Field, ...], data: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in fields:
        value = data.get(field.name)
        if field.shape == "struct":
            inner = _row(field.children, value or {})
            row.update({f"{field.name}_{key}": cell for key, cell in inner.items()})
        else:
            row[field.name] = _cell(value)
    return row


class _Table:
    def __init__(self, path: Path, columns: list[str]) -> None:
        self.file: IO[str] = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.file, fieldnames=columns, extrasaction="ignore")
        self.writer.writeheader()


class CsvExporter:
    target: ClassVar[str] = "folder"

    def __init__(self, folder: Path) -> None:
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        self._fields = {kind: fields_of(RECORDS[kind]) for kind in KINDS}
        self._tables: dict[str, _Table] = {}
        # Which fields of each kind stay in the kind's own table, and which go to a child.
        self._own: dict[str, tuple[Field, ...]] = {}
        self._children: dict[str, list[tuple[Field, Child]]] = {}
        try:
            for kind in KINDS:
                self._open_kind(folder, kind)
        except BaseException:
            self.close()
            raise

    def _open_kind(self, folder: Path, kind: str) -> None:
        own: list[Field] = []
        children: list[tuple[Field, Child]] = []
        for field in self._fields[kind]:
            child = CHILD_TABLES.get((kind, field.name))
            if child is None:
                own.append(field)
                continue
            children.append((field, child))
            inner = [child.value] if child.value else _columns(field.children)
            self._tables[child.table] = _Table(folder / f"{child.table}.csv",
                                               [child.parent, *inner])
        self._own[kind], self._children[kind] = tuple(own), children
        self._tables[kind] = _Table(folder / f"{KEYS[kind]}.csv", _columns(self._own[kind]))

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        if item.kind not in KEYS:
            raise ValueError(f"unknown export record kind {item.kind!r}")
        data = item.data
        self._tables[item.kind].writer.writerow(_row(self._own[item.kind], data))
        for field, child in self._children[item.kind]:
            table = self._tables[child.table].writer
            for element in data.get(field.name) or ():
                if child.value is not None:
                    table.writerow({child.parent: data["id"], child.value: _cell(element)})
                else:
                    table.writerow({child.parent: data["id"], **_row(field.children, element)})
        self._counts[item.kind] += 1

    def finalize(self) -> None:
        for table in self._tables.values():
            table.file.flush()
        self.close()

    def close(self) -> None:
        for table in self._tables.values():
            table.file.close()

"""Many articles in one file: JSON (an object or a list), JSONL (one per line) and CSV.

JSONL and CSV stream: one line or row is in memory at a time, so a file of any size is
read with flat memory, and a bad line or row is reported (``path#L12``) while the rest
goes on. A ``.json`` file is parsed whole, so it is capped at ``JSON_SIZE_FACTOR`` times
the text limit; a bigger collection belongs in JSONL. Field names: ``ingest.fields``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.errors import DecodeError, EmptyInputError, FormatError, InputError, TooLargeError
from sourcetrace.ingest.decode import decode_bytes, detect_encoding, human_size, read_limited
from sourcetrace.ingest.fields import FIELD_ALIASES, article_from_mapping, has_body_field
from sourcetrace.ingest.sniff import open_peekable
from sourcetrace.model import RawArticle

__all__ = [
    "JSON_SIZE_FACTOR",
    "LINE_SIZE_FACTOR",
    "read_csv_file",
    "read_json_file",
    "read_jsonl_file",
]

Item = RawArticle | InputError

#: A ``.json`` file over this many times ``max_text_bytes`` is refused (it is parsed whole).
JSON_SIZE_FACTOR = 50
#: A JSONL line or CSV field over this many times ``max_text_bytes`` is refused without
#: being held whole: JSON escapes and an ``html`` field beside ``text`` make a line
#: legitimately larger than its text, but not by more.
LINE_SIZE_FACTOR = 8
#: Keys of a top-level JSON object that hold the list of articles (``{"articles": [...]}``).
_LIST_KEYS = ("articles", "items", "data", "documents", "entries", "records", "results")
#: Bytes of a CSV file looked at to choose its encoding and delimiter.
_CSV_SAMPLE = 65536
_DELIMITERS = (",", ";", "\t", "|")


def read_json_file(path: Path, settings: Settings) -> Iterator[Item]:
    """Articles from a ``.json`` file: one object, a list, or ``{"articles": [...]}``.

    A ``.json`` file that is really JSON Lines (one object per line) is read as JSONL.
    """
    where = str(path)
    try:
        with path.open("rb") as stream:
            data = read_limited(
                stream, JSON_SIZE_FACTOR * settings.max_text_bytes, where, what="JSON file"
            )
        text = decode_bytes(data, where)
    except InputError as exc:
        yield exc
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            del data, text
            yield from read_jsonl_file(path, settings)
            return
        yield FormatError(
            f"is not valid JSON ({exc.msg.removesuffix(' at')} at line {exc.lineno}, "
            f"column {exc.colno})",
            where=f"{where}#L{exc.lineno}",
        )
        return
    del data, text
    items = _article_list(parsed)
    if items is None:
        yield _one(parsed, where, "json", settings)
        return
    for number, item in enumerate(items, start=1):
        yield _one(item, f"{where}#{number}", "json", settings)


def _article_list(parsed: Any) -> list[Any] | None:
    if isinstance(parsed, list):
        return parsed
    if isinstance(parsed, Mapping) and not has_body_field(parsed):
        for key in _LIST_KEYS:
            value = parsed.get(key)
            if isinstance(value, list):
                return value
    return None


def read_jsonl_file(path: Path, settings: Settings) -> Iterator[Item]:
    """Articles from JSON Lines, one line at a time; blank lines are skipped."""
    where = str(path)
    line_limit = LINE_SIZE_FACTOR * settings.max_text_bytes
    with path.open("rb") as stream:
        number = 0
        while line := stream.readline(line_limit + 1):
            number += 1
            origin = f"{where}#L{number}"
            if len(line) > line_limit and not line.endswith(b"\n"):
                _skip_line(stream)
                yield TooLargeError(
                    f"line is over {human_size(line_limit)}, far more than an article under the "
                    "limit (setting max_text_bytes, env SOURCETRACE_MAX_TEXT_BYTES) needs; "
                    "the other lines are read",
                    where=origin,
                )
                continue
            if not line.strip():
                continue
            yield _jsonl_line(line, origin, settings)


def _jsonl_line(line: bytes, origin: str, settings: Settings) -> Item:
    try:
        parsed = json.loads(decode_bytes(line, origin))
    except json.JSONDecodeError as exc:
        return FormatError(
            f"line is not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}); "
            "the other lines are read",
            where=origin,
        )
    except InputError as exc:
        return exc
    return _one(parsed, origin, "jsonl", settings)


def _skip_line(stream: io.BufferedReader) -> None:
    while chunk := stream.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _one(parsed: Any, origin: str, fmt: Any, settings: Settings) -> Item:
    try:
        return article_from_mapping(parsed, origin=origin, fmt=fmt, settings=settings)
    except InputError as exc:
        return exc


def read_csv_file(path: Path, settings: Settings) -> Iterator[Item]:
    """Articles from a CSV/TSV file with a header row, one row at a time.

    The encoding and the delimiter (``,``, ``;``, tab or ``|``) are chosen from the first
    64 kB. A file without a text or html column gives one ``FormatError``.
    """
    where = str(path)
    # The csv module's per-field cap is process-wide; raise it to what an article may need.
    field_limit = LINE_SIZE_FACTOR * settings.max_text_bytes
    if csv.field_size_limit() < field_limit:
        csv.field_size_limit(field_limit)
    with open_peekable(path, _CSV_SAMPLE) as stream:
        sample = stream.peek(_CSV_SAMPLE)[:_CSV_SAMPLE]
        if not sample.strip():
            yield EmptyInputError(
                "is empty" if not sample else "holds only whitespace", where=where
            )
            return
        try:
            encoding = detect_encoding(sample, where, partial=True)
        except InputError as exc:
            yield exc
            return
        delimiter = _delimiter(sample.decode(encoding, errors="ignore"), path)
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        reader = csv.DictReader(text, delimiter=delimiter)
        try:
            columns = reader.fieldnames or []
            if not has_body_field(columns):
                expected = ", ".join((*FIELD_ALIASES["text"][:3], *FIELD_ALIASES["html"][:1]))
                yield FormatError(
                    f"has no article text column (columns: {', '.join(columns) or 'none'}); "
                    f"name the column holding the body one of: {expected}",
                    where=where,
                )
                return
            yield from _rows(reader, where, settings)
        except UnicodeDecodeError:
            yield DecodeError(
                f"is not {encoding.upper()} throughout (as its start is) after line "
                f"{reader.line_num}; the rows before were read; re-save it as UTF-8",
                where=f"{where}#L{reader.line_num + 1}",
            )


def _rows(reader: csv.DictReader[str], where: str, settings: Settings) -> Iterator[Item]:
    while True:
        first_line = reader.line_num + 1
        origin = f"{where}#L{first_line}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield FormatError(
                f"row cannot be read as CSV ({exc}); the other rows are read", where=origin
            )
            if reader.line_num < first_line:  # nothing consumed: stop rather than spin
                return
            continue
        yield _one(row, origin, "csv", settings)


def _delimiter(sample: str, path: Path) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    header = sample.splitlines()[0] if sample else ""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","

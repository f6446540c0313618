"""The I/O edge: files and folders in, ``RawArticle`` values or per-input errors out.

Public API::

    discover(paths)                -> Iterator[Path]
    read_file(path, settings)      -> Iterator[RawArticle | InputError]
    read_paths(paths, settings)    -> Iterator[RawArticle | InputError]

``discover`` walks folders (sorted, hidden entries and sidecars skipped) and never
raises for a bad path: it yields it, and ``read_file`` reports it. ``read_file`` never
raises for bad input either: every problem (missing file, binary or undecodable bytes,
empty file, malformed JSON line or CSV row, missing text column, article over the size
limit, malformed sidecar) is yielded as an ``InputError`` whose ``where`` names the file
and, if any, the line (``path#L12``), entry (``path#3``) or WARC record offset, and the
next input goes on. Multi-article formats stream.

Formats (one module each): plain text and HTML pages (``pages``; sidecar metadata in
``sidecar``), JSON/JSONL/CSV (``records``; field names in ``fields``), RSS/Atom
(``feeds``) and WARC (``warc``). The format comes from the extension, checked against the
content where the extension often lies (``sniff``). Text decoding: ``decode``; dates:
``dates``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.errors import EmptyInputError, FormatError, InputError
from sourcetrace.ingest.discover import discover
from sourcetrace.ingest.feeds import read_feed_file
from sourcetrace.ingest.pages import read_html_file, read_text_file
from sourcetrace.ingest.records import read_csv_file, read_json_file, read_jsonl_file
from sourcetrace.ingest.sniff import SUFFIX_FORMATS, detect_format, is_sidecar
from sourcetrace.ingest.warc import read_warc_file
from sourcetrace.model import RawArticle
from sourcetrace.model.records import Format

__all__ = ["SUFFIX_FORMATS", "detect_format", "discover", "read_file", "read_paths"]

Reader = Callable[[Path, Settings], Iterator[RawArticle | InputError]]

_READERS: dict[Format, Reader] = {
    "txt": read_text_file,
    "html": read_html_file,
    "json": read_json_file,
    "jsonl": read_jsonl_file,
    "csv": read_csv_file,
    "feed": read_feed_file,
    "warc": read_warc_file,
}


def read_file(path: str | Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """Every article in ``path``, or an ``InputError`` for each part that cannot be used.

    A file that yields nothing else yields one ``EmptyInputError``, so no input passes
    silently.
    """
    path = Path(path)
    where = str(path)
    problem = _unreadable(path)
    if problem is not None:
        yield problem
        return
    produced = False
    try:
        for item in _READERS[detect_format(path)](path, settings):
            produced = True
            yield item
    except InputError as exc:
        produced = True
        yield exc
    except OSError as exc:
        produced = True
        yield InputError(f"cannot be read ({exc.strerror or exc})", where=where)
    if not produced:
        yield EmptyInputError("holds no articles", where=where)


def read_paths(
    paths: Sequence[str | Path], settings: Settings
) -> Iterator[RawArticle | InputError]:
    """``read_file`` over everything ``discover(paths)`` finds, in order."""
    for path in discover(paths):
        yield from read_file(path, settings)


def _unreadable(path: Path) -> InputError | None:
    where = str(path)
    if not path.exists():
        return InputError("no such file or folder; check the path", where=where)
    if path.is_dir():
        try:
            next(path.iterdir(), None)
        except OSError as exc:
            return InputError(f"folder cannot be listed ({exc.strerror or exc})", where=where)
        return InputError("is a folder; pass it to discover() to read the files in it", where=where)
    if is_sidecar(path):
        return FormatError(
            "is a sidecar metadata file; give the article file it describes "
            f"({path.name.removesuffix('.meta.json')}.txt or .html) and it is read with it",
            where=where,
        )
    return None

"""Single-article files: a plain-text file or an HTML page, each with an optional sidecar.

The body is checked here (decodable, not empty, under the size limit); an HTML page's
main text and metadata are extracted later by the ``html`` stage, which is pure and so
runs in the workers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.errors import InputError
from sourcetrace.ingest.decode import (
    HTML_SIZE_FACTOR,
    check_html,
    check_text,
    decode_bytes,
    html_declared_charset,
    read_limited,
)
from sourcetrace.ingest.sidecar import read_sidecar
from sourcetrace.model import RawArticle

__all__ = ["read_html_file", "read_text_file"]

#: Decoded UTF-8 is at least a quarter of the file's size (UTF-32), so a file over four
#: times the text limit cannot fit and is refused unread.
_TEXT_FILE_FACTOR = 4


def read_text_file(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """One article from a plain-text file (see ``decode`` for encodings)."""
    where = str(path)
    meta, problem = read_sidecar(path)
    if problem is not None:
        yield problem
    try:
        with path.open("rb") as stream:
            data = read_limited(stream, _TEXT_FILE_FACTOR * settings.max_text_bytes, where)
        text = check_text(decode_bytes(data, where), where, settings)
    except InputError as exc:
        yield exc
        return
    yield RawArticle(origin=where, fmt="txt", text=text, **meta)


def read_html_file(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """One article from an HTML page; its charset comes from a BOM, ``<meta>`` or detection."""
    where = str(path)
    meta, problem = read_sidecar(path)
    if problem is not None:
        yield problem
    try:
        with path.open("rb") as stream:
            limit = HTML_SIZE_FACTOR * settings.max_text_bytes
            data = read_limited(stream, limit, where, what="HTML file")
        html = decode_bytes(data, where, declared=html_declared_charset(data))
        check_html(html, where, settings)
    except InputError as exc:
        yield exc
        return
    yield RawArticle(origin=where, fmt="html", html=html, **meta)

"""Which reader a file needs: by its extension, confirmed or corrected by its first bytes.

The extension decides, except where it commonly lies or says too little:

- ``.txt`` whose content starts with an HTML tag or doctype is read as HTML, and one that
  holds an RSS/Atom document as a feed (pages saved with the wrong extension);
- ``.xml`` is read only when it is an RSS/Atom/RDF feed; other XML is refused;
- ``.html``/``.htm`` that is in fact an RSS/Atom document is read as a feed;
- a file with no known extension (given by name, not found in a folder) is recognised by
  content: WARC, feed, HTML, JSON, else plain text.

Only the first ``SNIFF_BYTES`` are looked at, with a buffered ``peek`` that consumes
nothing, so sniffing costs one small read whatever the file's size.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from collections.abc import Mapping
from pathlib import Path

from sourcetrace.errors import FormatError
from sourcetrace.model.records import Format

__all__ = [
    "SIDECAR_SUFFIX",
    "SNIFF_BYTES",
    "SUFFIX_FORMATS",
    "detect_format",
    "is_sidecar",
    "open_peekable",
    "sniff_content",
    "suffix_format",
]

SNIFF_BYTES = 8192

#: File name endings read when a folder is walked, and the format each announces.
SUFFIX_FORMATS: Mapping[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
#: Metadata for the article file of the same name: ``a.meta.json`` or ``a.txt.meta.json``.
SIDECAR_SUFFIX = ".meta.json"
#: Extensions whose content is checked before the extension is believed.
_SNIFFED: frozenset[str] = frozenset({".txt", ".text", ".xml", ".html", ".htm"})

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_START = re.compile(
    r"^<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6]|section|main)[\s>/]"
)


def open_peekable(path: Path, buffer_size: int) -> io.BufferedReader:
    """``path`` opened for reading bytes, able to ``peek`` ``buffer_size`` bytes ahead."""
    return io.BufferedReader(io.FileIO(path, "r"), buffer_size=buffer_size)


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def suffix_format(path: Path) -> Format | None:
    """The format the file name announces, ``None`` when it is not one we read."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return SUFFIX_FORMATS.get(path.suffix.lower())


def detect_format(path: Path) -> Format:
    """The reader ``path`` needs (see the module docstring); ``FormatError`` for non-feed XML."""
    announced = suffix_format(path)
    suffix = path.suffix.lower()
    if announced is not None and suffix not in _SNIFFED:
        return announced
    with open_peekable(path, SNIFF_BYTES) as stream:
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    found = sniff_content(head)
    if announced is None:
        return found or "txt"
    if suffix == ".xml":
        if found != "feed":
            raise FormatError(
                "is XML but not an RSS/Atom feed; only feeds are read from .xml files",
                where=str(path),
            )
        return "feed"
    if found == "feed" or (announced == "txt" and found == "html"):
        return found
    return announced


def sniff_content(head: bytes) -> Format | None:
    """The format the first bytes of a file show, ``None`` when they show none."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "warc" if _gunzip_head(head).startswith(b"WARC/") else None
    text = _head_text(head).lstrip().lower()
    if not text:
        return None
    if text.startswith("<"):
        if _FEED_ROOT.search(text[:2000]):
            return "feed"
        body = re.sub(r"^(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*", "", text, flags=re.DOTALL)
        if _HTML_START.match(body):
            return "html"
        return None
    if text[0] in "{[":
        return "json"
    return None


def _head_text(head: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""

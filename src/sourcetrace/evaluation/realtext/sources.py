"""Read a real-text article from ``--data`` (the datasets of ``../shared/eval``).

Each dataset keeps its articles its own way (a CSV row, a title line then the body, a
MEANTIME XML file, a gzipped HTML page); ``read_source`` returns them all as one
``SourceArticle``: the metadata a user would have, the body (or the page) and the lines a
correct cleaning must keep.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

__all__ = ["SourceArticle", "read_source"]


@dataclass(slots=True)
class SourceArticle:
    fmt: str  # "txt" (title + body) or "html" (a page)
    title: str | None = None
    body: str = ""
    html: bytes = b""
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    #: The text a reader sees (title first, then body; for a page, its visible text).
    reader_text: str = ""
    #: Lines of the article a correct cleaning keeps (text: source paragraphs; page: the
    #: trafilatura_eval "with" snippets).
    body_lines: list[str] = field(default_factory=list)


def read_source(entry: dict[str, Any], data_root: Path) -> SourceArticle:
    """The article a manifest line points at; ``ValueError`` naming what is missing."""
    source = entry["source"]
    dataset, name = str(source["dataset"]), str(source["file"])
    path = data_root / dataset / name
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    reader = _READERS.get(dataset)
    if reader is None:
        raise ValueError(f"unknown dataset {dataset!r} (known: {', '.join(sorted(_READERS))})")
    article = reader(path, source, data_root / dataset)
    if article.outlet is None and isinstance(entry.get("outlet"), str):
        article.outlet = entry["outlet"]
    if article.fmt == "txt":
        article.reader_text = "\n".join(p for p in (article.title, article.body) if p)
        article.body_lines = [line.strip() for line in article.body.splitlines() if line.strip()]
    return article


def _title_then_body(path: Path) -> tuple[str | None, str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    head, sep, rest = text.lstrip("\ufeff").partition("\n")
    if not sep:
        return None, head
    return head.strip() or None, rest.strip("\n")


def _semeval(path: Path, source: dict[str, Any], root: Path) -> SourceArticle:
    title, body = _title_then_body(path)
    return SourceArticle(fmt="txt", title=title, body=body)


@cache
def _polnear_metadata(root: Path) -> dict[str, dict[str, str]]:
    meta = root / "metadata.tsv"
    if not meta.is_file():
        return {}
    with meta.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _polnear(path: Path, source: dict[str, Any], root: Path) -> SourceArticle:
    title, body = _title_then_body(path)
    row = _polnear_metadata(root).get(path.stem, {})
    published = row.get("publication_date")
    return SourceArticle(
        fmt="txt", title=title, body=body, outlet=row.get("publisher") or None,
        published=published if published and published != "None" else None,
    )


@cache
def _fakenews_rows(path: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def _fakenews(path: Path, source: dict[str, Any], root: Path) -> SourceArticle:
    row_id = str(source.get("row", ""))
    row = _fakenews_rows(path).get(row_id)
    if row is None:
        raise ValueError(f"{path}: no row with id {row_id!r}")
    return SourceArticle(
        fmt="txt", title=row.get("title") or None, body=row.get("content") or "",
        url=row.get("url") or None, outlet=row.get("domain") or None,
    )


def _meantime(path: Path, source: dict[str, Any], root: Path) -> SourceArticle:
    from sourcetrace.evaluation.dates import read_meantime

    doc = read_meantime(path)
    title, _, body = doc.text.partition("\n")
    published = doc.creation_time[:10] if doc.creation_time else None
    return SourceArticle(fmt="txt", title=title.strip() or None, body=body.strip("\n"),
                         published=published)


@cache
def _trafilatura_tables(root: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    mapping = json.loads((root / "mapping.json").read_text(encoding="utf-8"))
    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    return mapping, evaldata


def _trafilatura(path: Path, source: dict[str, Any], root: Path) -> SourceArticle:
    raw = path.read_bytes()
    html = gzip.decompress(raw) if path.suffix == ".gz" else raw
    mapping, evaldata = _trafilatura_tables(root)
    page = path.name.split(".")[0]
    key = mapping.get(page, {}).get("url", "")
    expected = evaldata.get(key, {})
    url = key if key.startswith("http") else None
    article = SourceArticle(fmt="html", html=html, url=url, reader_text=_page_text(html))
    article.body_lines = [s for s in expected.get("with", []) if isinstance(s, str) and s]
    return article


class _VisibleText(HTMLParser):
    """The text of a page outside scripts, styles and noscript blocks."""

    _HIDDEN = frozenset({"script", "style", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _page_text(html: bytes) -> str:
    """The visible text of a page, for checking the gold against it."""
    from sourcetrace.errors import InputError
    from sourcetrace.ingest.decode import decode_bytes, html_declared_charset

    # Decoded as ingest decodes a page (BOM, <meta> charset, else detection).
    try:
        text = decode_bytes(html, "page", declared=html_declared_charset(html))
    except InputError:
        text = html.decode("utf-8", errors="replace")
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


_READERS = {
    "semeval2023_task3_train": _semeval,
    "polnear_train_dev": _polnear,
    "fakenewscorpus_websites": _fakenews,
    "meantime_en": _meantime,
    "trafilatura_eval": _trafilatura,
}

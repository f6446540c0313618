"""Articles from WARC web archives (warcio), streamed one record at a time.

Read: ``response`` records with an HTTP 2xx status and ``resource`` records, whose
content type is HTML. The page becomes ``html`` (decoded with the charset the HTTP
header declares, else its ``<meta>``, else detection), ``WARC-Target-URI`` its ``url``.
Skipped as not articles: requests, metadata, redirects and errors, images, scripts.
Origins are ``path#OFFSET``, the record's byte offset in the (compressed) file, which
``warcio index`` and other WARC tools understand. ``.warc.gz`` is decompressed on the fly.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.errors import FormatError, InputError, TooLargeError
from sourcetrace.ingest.decode import (
    HTML_SIZE_FACTOR,
    check_html,
    decode_bytes,
    html_declared_charset,
    human_size,
)
from sourcetrace.ingest.sniff import SNIFF_BYTES, open_peekable, sniff_content
from sourcetrace.model import RawArticle

__all__ = ["read_warc_file"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_file(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """One article (or one error) per HTML page in the archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    limit = HTML_SIZE_FACTOR * settings.max_text_bytes
    offset: int | None = None
    with open_peekable(path, SNIFF_BYTES) as stream:
        if sniff_content(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]) != "warc":
            yield FormatError(
                "is not a WARC file (it does not start with a WARC/1.x record)", where=where
            )
            return
        records = ArchiveIterator(stream)
        pages = iter(records)
        while True:
            try:
                record = next(pages)
                content_type = _html_content_type(record)
                # Read the page before asking for the offset: warcio finishes reading the
                # record to report it.
                payload = b"" if content_type is None else record.content_stream().read(limit + 1)
                offset = records.get_record_offset()
            except StopIteration:
                return
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as exc:
                # warcio raises AttributeError on some truncated headers (a missing URI):
                # that is said in our words, not Python's.
                at = f" after the record at byte {offset}" if offset is not None else ""
                why = ("a record's headers are incomplete" if isinstance(exc, AttributeError)
                       else f"{type(exc).__name__}: {exc}")
                yield FormatError(
                    f"is not a readable WARC file{at} ({why}); the records before were read",
                    where=where,
                )
                return
            if content_type is None:
                continue
            origin = f"{where}#{offset}"
            if len(payload) > limit:
                yield TooLargeError(
                    f"WARC record's page is over {human_size(limit)} ({HTML_SIZE_FACTOR} times "
                    "the text limit, setting max_text_bytes); the other records are read",
                    where=origin,
                )
                continue
            yield _article(record, payload, content_type, origin, settings)


def _html_content_type(record: Any) -> str | None:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
    elif record.rec_type == "resource":
        headers = record.rec_headers
    else:
        return None
    value = headers.get_header("Content-Type") or ""
    mime = value.split(";", 1)[0].strip().lower()
    return value if mime in _HTML_TYPES else None


def _article(
    record: Any, payload: bytes, content_type: str, origin: str, settings: Settings
) -> RawArticle | InputError:
    try:
        declared = _charset(content_type) or html_declared_charset(payload)
        html = check_html(decode_bytes(payload, origin, declared=declared), origin, settings)
    except InputError as exc:
        return exc
    url = record.rec_headers.get_header("WARC-Target-URI")
    return RawArticle(origin=origin, fmt="warc", html=html, url=url or None)


def _charset(content_type: str) -> str | None:
    message = Message()
    message["Content-Type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sourcetrace.config import Settings
from sourcetrace.errors import FormatError, TooLargeError

if TYPE_CHECKING:
    from conftest import ReadAll

PAGE_FR = (
    "<html><head><title>Grève à Lyon</title></head><body><article><p>Les conducteurs "
    "de bus de Lyon seront en grève lundi, a annoncé l’intersyndicale.</p></article>"
    "</body></html>"
)
PAGE_EN = (
    "<html><head><title>Tram strike</title></head><body><p>Tram drivers in Leeds will "
    "strike on Monday, the union said.</p></body></html>"
)


def _write_warc(path: Path, *, gzip: bool) -> list[int]:
    """A small crawl: a request, an HTML page in cp1252, a PNG, a redirect, a UTF-8 page."""
    offsets: list[int] = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=BytesIO(body), http_headers=headers
            )
            offsets.append(out.tell())
            writer.write_record(record)

        request = writer.create_warc_record(
            "https://lyon-info.example/greve",
            "request",
            payload=BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /greve HTTP/1.1", [("Host", "lyon-info.example")], is_http_request=True
            ),
        )
        writer.write_record(request)
        response(
            "https://lyon-info.example/greve",
            "200 OK",
            "text/html; charset=windows-1252",
            PAGE_FR.encode("cp1252"),
        )
        response(
            "https://lyon-info.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00"
        )
        response("https://leeds.example/old", "301 Moved Permanently", "text/html", b"<a>moved</a>")
        response("https://leeds.example/tram", "200 OK", "text/html", PAGE_EN.encode("utf-8"))
    return offsets


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles_with_url_and_offset(
    tmp_path: Path, gzip: bool, read_all: ReadAll
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = _write_warc(path, gzip=gzip)
    (lyon, leeds), errors = read_all(path)
    assert not errors
    assert lyon.fmt == "warc" and lyon.url == "https://lyon-info.example/greve"
    assert lyon.origin == f"{path}#{offsets[0]}"
    assert lyon.html is not None and "l’intersyndicale" in lyon.html  # charset from the header
    assert leeds.url == "https://leeds.example/tram"
    assert leeds.origin == f"{path}#{offsets[3]}"


def test_oversized_page_is_rejected_and_the_rest_read(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = _write_warc(path, gzip=True)
    # Pages may be 10 x max_text_bytes = 170 bytes: the English page (132) fits, the
    # French one (173) does not.
    (leeds,), (error,) = read_all(path, Settings(max_text_bytes=17))
    assert leeds.url == "https://leeds.example/tram"
    assert isinstance(error, TooLargeError) and error.where == f"{path}#{offsets[0]}"


def test_truncated_warc_keeps_what_came_before(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "crawl.warc"
    offsets = _write_warc(path, gzip=False)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[3] + 40])  # cut inside the last record's headers
    articles, errors = read_all(path)
    assert [a.url for a in articles] == ["https://lyon-info.example/greve"]
    assert len(errors) == 1 and isinstance(errors[0], FormatError)
    assert "WARC" in str(errors[0]) and str(path) in str(errors[0])


def test_not_a_warc(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not an archive\n" * 5, encoding="utf-8")
    articles, (error,) = read_all(path)
    assert not articles and isinstance(error, FormatError)

"""Hypothesis strategies for hostile input files, one per ingest format.

Each strategy draws ``(suffix, bytes)`` (or, for sidecars, a pair of files): random
bytes; truncated, garbled and deeply nested HTML; NUL bytes; BOMs; mixed and wrong
encodings; malformed JSON lines; CSV with stray quotes, huge fields and missing columns;
XML with entity expansion ("billion laughs") and external entities (XXE); truncated WARC
records; zero-width and bidirectional control characters in names; empty files.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

__all__ = ["FORMATS", "sidecar_inputs"]

#: Characters that hostile names carry: zero-width, bidi controls, homoglyphs, NUL.
TRICKY = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" \
         "\u0415\u0430\u043e\u0455\x00\r\t"
WORDS = ["The", "council", "met", "on", "Tuesday", "in", "Portmere", "Elena", "Brandt",
         "said", "3", "million", "euros", "\u201c", "\u201d", '"', "<", ">", "&", ";", "."]

text_pieces = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=TRICKY, min_size=1, max_size=4),
    st.text(max_size=12),
)
sentences = st.lists(text_pieces, max_size=40).map(" ".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252", "koi8-r"]


@st.composite
def encoded(draw: st.DrawFn, text: str) -> bytes:
    """``text`` in a drawn encoding (maybe with a BOM, maybe the wrong one for its
    characters: unencodable ones are replaced), maybe with NUL bytes or garbage spliced
    in, maybe cut short."""
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
    if draw(st.integers(0, 4)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


@st.composite
def txt_files(draw: st.DrawFn) -> tuple[str, bytes]:
    if draw(st.integers(0, 5)) == 0:
        return ".txt", draw(st.binary(max_size=2048))
    text = "\n\n".join(draw(st.lists(sentences, max_size=6)))
    return ".txt", draw(encoded(text))


TAGS = ["div", "p", "article", "main", "span", "b", "table", "tr", "td", "script", "style",
        "svg", "iframe", "h1", "title", "body", "html", "head", "!--", "![CDATA["]


@st.composite
def html_files(draw: st.DrawFn) -> tuple[str, bytes]:
    body = draw(sentences)
    kind = draw(st.integers(0, 3))
    if kind == 0:  # deeply nested
        depth = draw(st.one_of(st.integers(0, 300), st.just(10_000)))
        tag = draw(st.sampled_from(["div", "span", "b", "table"]))
        html = f"<html><body>{f'<{tag}>' * depth}<p>{body}</p>{f'</{tag}>' * depth}</body></html>"
    elif kind == 1:  # tag soup
        parts = draw(st.lists(st.one_of(
            st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
            st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
            st.sampled_from(['<a href="javascript:x">', "<img src=x onerror=y>", "&amp;",
                             "&#0;", "&#xD800;", "&bogus;", "<", ">", "\x00", "<?xml?>"]),
            sentences,
        ), max_size=60))
        html = "".join(parts)
    else:  # a page, maybe truncated
        html = (f"<!doctype html><html><head><meta charset=\"{draw(st.sampled_from(ENCODINGS))}\">"
                f"<title>{draw(sentences)}</title></head><body><article><h1>{draw(sentences)}"
                f"</h1><p>{body}</p><p>{draw(sentences)}</p></article></body></html>")
    return draw(st.sampled_from([".html", ".htm"])), draw(encoded(html))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | sentences,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
FIELDS = ["text", "html", "title", "url", "source", "published", "language", "author", "id",
          "content", "body"]


@st.composite
def article_objects(draw: st.DrawFn) -> dict[str, object]:
    keys = draw(st.lists(st.sampled_from(FIELDS), max_size=6, unique=True))
    return {key: draw(st.one_of(sentences, json_values)) for key in keys}


@st.composite
def json_files(draw: st.DrawFn) -> tuple[str, bytes]:
    value = draw(st.one_of(article_objects(), st.lists(article_objects(), max_size=4),
                           json_values))
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    return ".json", draw(encoded(text))


@st.composite
def jsonl_files(draw: st.DrawFn) -> tuple[str, bytes]:
    lines = draw(st.lists(st.one_of(
        article_objects().map(json.dumps),
        json_values.map(json.dumps),
        st.text(max_size=40),
        article_objects().map(json.dumps).map(lambda s: s[: len(s) // 2]),
    ), max_size=8))
    return ".jsonl", draw(encoded("\n".join(lines)))


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[str, bytes]:
    columns = draw(st.lists(st.sampled_from(FIELDS), max_size=5, unique=True))
    cell = st.one_of(sentences, st.just('"'), st.just('a"b'), st.just('"unterminated'),
                     st.integers(1, 200_000).map(lambda n: "x" * n))
    rows = draw(st.lists(st.lists(cell, max_size=len(columns) + 2), max_size=5))
    text = "\n".join([",".join(columns), *(",".join(row) for row in rows)])
    return ".csv", draw(encoded(text))


def _laughs(depth: int) -> str:
    entities = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, depth + 1)]
    return f"<!DOCTYPE rss [{''.join(entities)}]>", f"&l{depth};"


@st.composite
def feed_files(draw: st.DrawFn) -> tuple[str, bytes]:
    doctype, payload = "", draw(sentences)
    attack = draw(st.integers(0, 3))
    if attack == 0:
        doctype, ref = _laughs(draw(st.integers(1, 9)))
        payload += ref
    elif attack == 1:
        doctype = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        payload += "&xxe;"
    from xml.sax.saxutils import escape

    item = (f"<item><title>{escape(draw(sentences))}</title><description>{payload}"
            f"</description><link>{escape(draw(sentences))}</link><pubDate>"
            f"{escape(draw(sentences))}</pubDate></item>")
    if draw(st.booleans()):
        xml = (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>t</title>'
               f"{item * draw(st.integers(0, 3))}</channel></rss>")
    else:
        xml = (f'<?xml version="1.0"?>{doctype}<feed xmlns="http://www.w3.org/2005/Atom">'
               f"<title>t</title><entry><title>{escape(draw(sentences))}</title>"
               f'<content type="html">{payload}</content></entry></feed>')
    suffix = draw(st.sampled_from([".rss", ".atom", ".xml"]))
    return suffix, draw(encoded(xml))


@st.composite
def warc_files(draw: st.DrawFn) -> tuple[str, bytes]:
    records = []
    for _ in range(draw(st.integers(0, 3))):
        html = f"<html><body><p>{draw(sentences)}</p></body></html>".encode(
            "utf-8", errors="replace")
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
        declared = len(http) + draw(st.sampled_from([0, 0, 0, -5, 50]))
        headers = [b"WARC/1.0", b"WARC-Type: " + draw(st.sampled_from(
            [b"response", b"resource", b"request", b"metadata", b"bogus"]))]
        if draw(st.booleans()):
            headers.append(b"WARC-Target-URI: " + draw(st.sampled_from(
                [b"http://example.org/a", b"", b"javascript:x", b"\xff\xfe"])))
        headers += [b"WARC-Date: 2024-05-01T00:00:00Z",
                    b"Content-Type: application/http; msgtype=response",
                    b"Content-Length: " + str(declared).encode()]
        records.append(b"\r\n".join(headers) + b"\r\n\r\n" + http + b"\r\n\r\n")
    data = b"".join(records)
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]  # a truncated record
    if draw(st.integers(0, 5)) == 0:
        data = draw(st.binary(max_size=512))
    return ".warc", data


FORMATS = {
    "txt": txt_files(),
    "html": html_files(),
    "json": json_files(),
    "jsonl": jsonl_files(),
    "csv": csv_files(),
    "feed": feed_files(),
    "warc": warc_files(),
}


@st.composite
def sidecar_inputs(draw: st.DrawFn) -> tuple[bytes, bytes]:
    """An article text and a hostile ``.meta.json`` beside it."""
    article = f"{draw(sentences)}\n\nThe council met on Tuesday.".encode()
    meta = draw(st.one_of(
        article_objects().map(json.dumps).map(str.encode),
        json_values.map(json.dumps).map(str.encode),
        st.binary(max_size=200),
    ))
    return article, meta

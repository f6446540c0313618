"""Hostile article content stays inert: escaping, link checking and the security headers."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sourcetrace import open_store
from sourcetrace.text.highlight import Span, segments
from sourcetrace.web.security import CONTENT_SECURITY_POLICY, safe_href
from tests.web.corpus import HOSTILE


class Tags(HTMLParser):
    """Every start tag with its attributes, to inspect what a browser would build."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def page_text(html: str) -> str:
    """What a reader sees: the text nodes, entities decoded."""
    parser = Tags()
    parser.feed(html)
    return "".join(parser.text)


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def assert_inert(html: str) -> None:
    for tag, attrs in parse(html):
        assert tag not in ("img", "svg", "iframe", "object", "embed", "b", "i") or not any(
            name.startswith("on") for name in attrs), (tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            assert name != "autofocus", f"injected attribute on <{tag}>"
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith("javascript:"), (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/app.js", attrs
    # The payload may appear as data (a tooltip, a link to this app's outlet page), never
    # anywhere a browser would run or follow it off-site.
    for tag, attrs in parse(html):
        for name, value in attrs.items():
            if "__pwned" in (value or ""):
                assert name in ("title", "href", "value"), (tag, name, value)
                assert name != "href" or (value or "").startswith("/"), (tag, value)


HOSTILE_PAGES = [
    f"/articles/{HOSTILE}",
    "/",
    "/search?q=rigged",
    "/search?q=Portmere",
    "/outlets",
    "/quotes?q=residents",
    "/entities?q=Portmere",
    "/timeline",
]


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_hostile_article_renders_inert(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert_inert(page.text)


def test_hostile_article_is_shown_escaped_not_dropped(client: TestClient) -> None:
    page = client.get(f"/articles/{HOSTILE}").text
    assert "&lt;script&gt;window.__pwned=&#39;title&#39;&lt;/script&gt;" in page
    # Shown to the reader as the text it is (highlights may cut it into several elements).
    assert "<script>window.__pwned='body'</script>" in page_text(page)
    assert "<a href=\"javascript:window.__pwned='link'\">here</a>" in page_text(page)
    # The javascript: URL is shown as text, never as a link.
    assert 'class="unsafe-url"' in page and "javascript:window.__pwned=&#39;url&#39;" in page
    links = [attrs.get("href") for tag, attrs in parse(page) if tag == "a"]
    assert not any((h or "").startswith("javascript") for h in links)


def test_outlet_page_of_a_hostile_source_name(client: TestClient) -> None:
    source = "<i onmouseover=\"window.__pwned='source'\">Shady Outlet</i>"
    page = client.get("/outlets/" + source.replace("?", "%3F"))
    assert page.status_code == 200
    assert_inert(page.text)
    assert "&lt;i onmouseover=" in page.text


def test_json_twin_returns_content_as_data(client: TestClient) -> None:
    data = client.get(f"/articles/{HOSTILE}", params={"format": "json"}).json()
    assert data["article"]["title"].startswith("<script>")
    assert data["article"]["href"] is None


@pytest.mark.parametrize("path", ["/", "/api/v1/articles", "/static/app.css", "/nope",
                                  "/openapi.json", "/docs"])
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert csp == CONTENT_SECURITY_POLICY
    for directive in ("default-src 'self'", "script-src 'self'", "object-src 'none'",
                      "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_carry_no_inline_script_or_style(client: TestClient) -> None:
    for path in ["/", f"/articles/{HOSTILE}", "/graph", "/timeline", "/entities"]:
        for tag, attrs in parse(client.get(path).text):
            assert "style" not in attrs, (path, tag)
            if tag == "script":
                assert attrs.get("src"), path
            assert not (tag == "link" and "http" in (attrs.get("href") or "")), path


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("https://", None),
        ("vbscript:x", None),
        (None, None),
        ("", None),
    ],
)
def test_only_http_links_are_clickable(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


def test_tokens_are_stored_hashed(tmp_path: Path) -> None:
    db = tmp_path / "tokens.db"
    with open_store(db) as store:
        _, token = store.create_token("secret")
    assert token.startswith("st_") and len(token) > 40
    for path in tmp_path.iterdir():
        assert token.encode() not in path.read_bytes(), path


def test_overlapping_spans_cut_into_segments() -> None:
    text = "Mayor Elena Brandt said 45 million."
    spans = [
        Span(start=6, end=18, kind="entity", anchor="m0"),  # Elena Brandt
        Span(start=0, end=18, kind="speaker"),  # Mayor Elena Brandt
        Span(start=11, end=34, kind="quote", anchor="q0"),  # crosses both
        Span(start=24, end=34, kind="figure"),
        Span(start=30, end=99, kind="date"),  # outside the text: dropped
    ]
    parts = segments(text, spans)
    assert "".join(p.text for p in parts) == text
    by_text = {p.text: p for p in parts}
    assert by_text["Mayor "].kinds == ["speaker"]
    assert set(by_text["Elena"].kinds) == {"speaker", "entity"}
    assert set(by_text[" Brandt"].kinds) == {"speaker", "entity", "quote"}
    assert by_text[" said "].kinds == ["quote"]
    assert set(by_text["45 million"].kinds) == {"quote", "figure"}
    assert by_text["Elena"].anchors == ["m0"] and by_text[" Brandt"].anchors == ["q0"]
    assert by_text["."].kinds == []

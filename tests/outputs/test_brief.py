"""The analyst brief: rendered from a case ingested through the real pipeline.

Covers the span nesting of the reader, which addresses become links, every section in
HTML and Markdown (with "not computed yet" states today and real content when the
contract's entity/story/check/signal records are present), focusing, the CLI, and a
hostile article rendering inert.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.errors import ConfigError
from sourcetrace.outputs.brief import focus_case, render_brief, write_brief
from sourcetrace.outputs.brief.links import safe_url
from sourcetrace.outputs.casefile import CaseFile
from sourcetrace.outputs.contract import ExportItem, iter_items
from sourcetrace.storage import open_store
from sourcetrace.text.highlight import Span, tokens
from tests.outputs.brief_case import HOSTILE_ID, KELLER, KNOWN_QUOTE, case_db

SECTIONS = ["overview", "stories", "timeline", "actors", "figures", "quotes", "sources",
            "articles"]


class _Page(HTMLParser):
    """Collects every start tag with its attributes and the text inside each ``mark``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[dict[str, str | None], list[str]]] = []
        self._open: list[list[str] | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            texts: list[str] = []
            self.marks.append((dict(attrs), texts))
            self._open.append(texts)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for texts in self._open:
            if texts is not None:
                texts.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return case_db(tmp_path_factory)


@pytest.fixture(scope="module")
def case(db: Path) -> CaseFile:
    with open_store(db, create=False) as store:
        return CaseFile.load(store)


@pytest.fixture(scope="module")
def unlinked_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return case_db(tmp_path_factory, linked=False)


@pytest.fixture(scope="module")
def unlinked_case(unlinked_db: Path) -> CaseFile:
    """The same articles with the corpus stages skipped: no entity records."""
    with open_store(unlinked_db, create=False) as store:
        return CaseFile.load(store)


@pytest.fixture(scope="module")
def html(db: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("brief") / "brief.html"
    with open_store(db, create=False) as store:
        summary = write_brief(store, out)
    assert summary.articles == 3
    return out.read_text(encoding="utf-8")


# -- pure parts ------------------------------------------------------------------------
def test_overlapping_spans_nest_and_keep_every_character() -> None:
    text = "Keller said the blast killed 12."
    spans = [
        Span(start=0, end=20, kind="quote", anchor="q1"),
        Span(start=0, end=6, kind="entity"),
        Span(start=16, end=32, kind="signal"),  # crosses the quote's end
        Span(start=29, end=31, kind="figure"),
        Span(start=5, end=99, kind="date"),  # past the end: dropped, never a crash
    ]
    out = tokens(text, spans)
    assert "".join(t.text for t in out if t.op == "text") == text
    stack: list[Span] = []
    for t in out:
        if t.op == "open":
            assert t.span is not None
            stack.append(t.span)
        elif t.op == "close":
            assert stack.pop() is t.span  # closes exactly the innermost open element
    assert stack == []
    kinds = [(t.span.kind, t.first) for t in out if t.op == "open" and t.span]
    assert kinds.count(("quote", True)) == 1 and ("quote", False) not in kinds
    # The crossing signal is split in two pieces; only the first carries an anchor.
    assert kinds.count(("signal", True)) == 1 and kinds.count(("signal", False)) == 1
    assert all(kind != "date" for kind, _ in kinds)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/x", False),
        ("https:///nohost", False),
        ("vbscript:msgbox", False),
        (None, False),
    ],
)
def test_only_http_and_https_addresses_are_links(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


# -- the case ----------------------------------------------------------------------------
def test_casefile_holds_the_export_records_and_reader_extras(db: Path, case: CaseFile) -> None:
    with open_store(db, create=False) as store:
        kinds = [item.kind for item in iter_items(store)]
    assert len(case.articles) == kinds.count("article") == 3
    assert len(case.quotes) == kinds.count("quote") > 0
    assert len(case.figures) == kinds.count("figure") > 0
    assert len(case.dates) == kinds.count("date") > 0
    wire = case.extras["nw-0412"]
    assert [r.rule for r in wire.removed] == ["see_also"]
    assert any(m.text == "Anna Keller" for m in wire.mentions)
    index = case.by_article()
    assert {q["article_id"] for q in index.quotes["nw-0412"]} == {"nw-0412"}


def test_html_brief_has_every_section_and_says_what_is_not_computed(
    html: str, case: CaseFile
) -> None:
    page = _parse(html)
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert set(SECTIONS) <= ids
    # A section says "not computed yet" exactly when the case has none of its records.
    for records, name in ((case.stories, "story clustering"),
                          (case.checks, "cross-source checking"),
                          (case.signals, "source signals"), (case.entities, "entity linking")):
        notice = f"<strong>Not computed yet:</strong> {name}"
        assert (notice in html) == (not records), name
    # The timeline chart and the resolved dates with their passages.
    assert 'aria-label="Timeline of the case"' in html and "2024-04-11" in html
    # What cleaning removed is shown under the article.
    assert "Read more: Port safety under scrutiny" in html


def _actor_rows(html: str) -> dict[str, str]:
    """The key-actors table: each row's text, by the id (or key) shown under the name."""
    section = html[html.index('<section id="actors">'):]
    section = section[:section.index("</section>")]
    rows = {}
    for row in section.split("<tr id=")[1:]:
        row = row[row.index(">") + 1:]
        first_cell = row[:row.index("</td>")]
        key = re.findall(r'<span class="mono muted">([^<]*)</span>', first_cell)[-1]
        rows[unescape(key)] = " ".join(unescape(re.sub(r"<[^>]+>", " ", row)).split())
    return rows


def test_key_actors_are_the_linked_entities(html: str, case: CaseFile) -> None:
    rows = _actor_rows(html)
    assert {e["id"] for e in case.entities} == set(rows)
    # Canonical name, type, names per language, role, articles (2, 2 mentions).
    assert rows[KELLER].startswith("Anna Keller x:person/anna-keller PERSON")
    assert "en Anna Keller fr Anna Keller" in rows[KELLER]
    assert "Interior Minister" in rows[KELLER]
    assert " 2 2\u00d7 " in rows[KELLER]  # articles, mentions
    # A knowledge-base entity under its canonical name, with the name the article used.
    assert rows["st:media/afp"].startswith("Agence France-Presse st:media/afp MEDIA")
    assert "AFP" in rows["st:media/afp"]
    assert rows["geo:726050"].startswith("Varna geo:726050 GPE")
    assert "VARNA" in rows["geo:726050"] and "Varna" in rows["geo:726050"]
    # The reader highlights a linked mention with its entity's canonical name.
    assert 'title="Agence France-Presse · MEDIA"' in html


def test_without_linking_actors_are_names_grouped_and_the_brief_says_so(
    unlinked_case: CaseFile,
) -> None:
    assert unlinked_case.entities == ()
    html = render_brief(unlinked_case)
    assert "<strong>Not computed yet:</strong> entity linking" in html
    rows = _actor_rows(html)
    assert "person:anna keller" in rows and KELLER not in rows
    assert rows["person:anna keller"].startswith("Anna Keller person:anna keller PERSON")
    assert "Agence France-Presse" not in html


def test_reader_highlights_the_known_quote_as_one_mark(html: str) -> None:
    page = _parse(html)
    quotes = ["".join(texts) for attrs, texts in page.marks
              if "k-quote" in (attrs.get("class") or "")]
    assert KNOWN_QUOTE in quotes
    speaker = [("".join(t), a.get("title")) for a, t in page.marks
               if "k-speaker" in (a.get("class") or "")]
    assert any(text == "Anna Keller" for text, _ in speaker)
    assert any("k-figure" in (a.get("class") or "") and "".join(t) == "At least 12"
               for a, t in page.marks)


def test_brief_is_self_contained(html: str) -> None:
    page = _parse(html)
    lowered = html.lower()
    assert "<script" not in lowered and "<link" not in lowered and "@import" not in lowered
    assert "url(" not in lowered
    assert all("src" not in attrs for _, attrs in page.tags)
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in (csp[0].get("content") or "")


def test_hostile_article_is_inert_in_html(html: str) -> None:
    page = _parse(html)
    for tag, attrs in page.tags:
        assert tag not in {"script", "img", "iframe", "object", "embed", "base", "form"}, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"href", "xlink:href", "action"}:
                assert value and (value.startswith("#") or value.startswith("https://")), value
    # Shown as text, escaped, exactly as the input gave it.
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;Breaking" in html
    assert "javascript:window.__pwned=1;alert(document.domain)" in html
    assert 'href="javascript' not in html.lower()
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html


def test_markdown_brief_has_the_same_sections_and_escapes(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    with open_store(db, create=False) as store:
        write_brief(store, out, fmt="md")
    md = out.read_text(encoding="utf-8")
    for heading in ("## Overview", "## Stories", "## Timeline", "## Key actors",
                    "## Figures and cross-source checks", "## Quotes and claims",
                    "## Sources and signals", "## Article reader"):
        assert heading in md
    assert f"**{KNOWN_QUOTE}**" in md
    assert "<https://northgate-wire.example/2024/04/12/varna-depot>" in md
    assert "<script" not in md.lower() and "<img" not in md.lower() and "<a " not in md
    assert "<javascript:" not in md


def _with_later_stages(case: CaseFile) -> CaseFile:
    """The case plus records of the kinds the cross-document stages will export."""
    keller = [m for m in case.extras["nw-0412"].mentions + case.extras["lq-0413"].mentions
              if m.text == "Anna Keller"]
    article_of = {id(m): "nw-0412" for m in case.extras["nw-0412"].mentions}
    toll = [f for f in case.figures if f["text"] in ("At least 12", "14")]
    items = [ExportItem(kind, r) for kind, records in (
        ("article", case.articles), ("quote", case.quotes), ("figure", case.figures),
        ("date", case.dates)) for r in records]
    items += [
        ExportItem("entity", {
            "id": "ent-keller", "name": "Anna Keller", "type": "PERSON", "kb_id": "Q999",
            "aliases": ["Anna Keller", "Keller"],
            "mentions": [{"article_id": article_of.get(id(m), "lq-0413"), "start": m.start,
                          "end": m.end, "text": m.text} for m in keller]}),
        ExportItem("story", {"id": "story-varna", "label": "Varna depot explosion",
                             "article_ids": ["nw-0412", "lq-0413"]}),
        ExportItem("check", {"id": "chk-1", "kind": "figure",
                             "items": [f["id"] for f in toll], "verdict": "updated",
                             "explanation": "12 dead on Friday, 14 by Saturday: the toll rose."}),
        ExportItem("signal", {"id": "nw-0412:signal:0", "article_id": "nw-0412",
                              "kind": "unattributed_claims", "score": 0.25,
                              "evidence": [{"start": 0, "end": 5, "text": "VARNA",
                                            "note": "dateline without a source"}]}),
        ExportItem("signal", {"id": "outlet:nw", "article_id": None, "outlet": "Northgate Wire",
                              "kind": "attribution_rate", "score": 0.9, "evidence": []}),
    ]
    return CaseFile.from_items(items, extras=case.extras)


def test_sections_fill_from_contract_records_without_change(case: CaseFile) -> None:
    full = _with_later_stages(case)
    html = render_brief(full)
    assert "Not computed yet" not in html
    assert "Varna depot explosion" in html and "story-varna" in html
    assert "12 dead on Friday, 14 by Saturday: the toll rose." in html
    assert 'class="verdict v-updated"' in html and 'aria-label="Figures compared"' in html
    assert "dateline without a source" in html and "attribution_rate" in html
    evidence = [a.get("id") for a, t in _parse(html).marks
                if "k-signal" in (a.get("class") or "") and "".join(t) == "VARNA"]
    assert evidence and evidence[0] and f'href="#{evidence[0]}"' in html
    # The linked entity: one actor, names per language, its mentions highlighted.
    page = _parse(html)
    assert "ent-keller" in html and "Q999" in html
    marks = [a.get("title") for a, t in page.marks if "t-person" in (a.get("class") or "")
             and "".join(t) == "Anna Keller"]
    assert "Anna Keller · PERSON" in marks
    md = render_brief(full, fmt="md")
    assert "Varna depot explosion" in md and "**updated**" in md


def test_focus_on_a_story_or_an_actor(case: CaseFile, unlinked_case: CaseFile) -> None:
    full = _with_later_stages(case)
    focused, label = focus_case(full, story="story-varna")
    assert [a["id"] for a in focused.articles] == ["nw-0412", "lq-0413"]
    assert label == "story “Varna depot explosion”"
    focused, label = focus_case(full, entity="ent-keller")
    assert {a["id"] for a in focused.articles} == {"nw-0412", "lq-0413"}
    # A real entity id from the linking stage.
    focused, label = focus_case(case, entity=KELLER)
    assert {a["id"] for a in focused.articles} == {"nw-0412", "lq-0413"}
    assert label == "person “Anna Keller”"
    assert {e["id"] for e in focused.entities} >= {KELLER}
    focused, _ = focus_case(case, entity="st:media/afp")
    assert len(focused.articles) == 1
    # Without linking, an actor key from the brief focuses the same way.
    focused, label = focus_case(unlinked_case, entity="person:anna keller")
    assert HOSTILE_ID not in {a["id"] for a in focused.articles}
    assert len(focused.articles) == 2 and label == "person “Anna Keller”"
    with pytest.raises(ConfigError, match="no story"):
        focus_case(full, story="nope")
    with pytest.raises(ConfigError, match="entities are not linked yet"):
        focus_case(unlinked_case, entity=KELLER)
    with pytest.raises(ConfigError, match="no entity 'person:anna keller'"):
        focus_case(case, entity="person:anna keller")


def test_cli_writes_html_and_markdown(db: Path, unlinked_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "b.html"
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output and out.read_text(encoding="utf-8").startswith(
        "<!DOCTYPE html>")
    md = tmp_path / "b.md"
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(md), "--format", "md",
                                 "--entity", KELLER])
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert "Focus: **person “Anna Keller”**" in text and "2 articles" in result.output
    assert "Interior Minister" in text
    result = runner.invoke(app, ["brief", "--db", str(unlinked_db), "--out", str(md),
                                 "--entity", "person:anna keller"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(md),
                                 "--entity", "x:person/nobody"])
    assert result.exit_code == 1 and "no entity 'x:person/nobody'" in result.output
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(md), "--story", "x"])
    assert result.exit_code == 1 and "no story" in result.output
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(md), "-f", "pdf"])
    assert result.exit_code == 1

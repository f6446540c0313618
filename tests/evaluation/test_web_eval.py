"""``sourcetrace eval web`` on a three-page set in trafilatura's format (pages we wrote)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.errors import FormatError
from sourcetrace.evaluation import web

DATA = Path(__file__).resolve().parent.parent / "fixtures" / "webpages" / "evalset"


@pytest.fixture(autouse=True)
def _split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "SPLIT_FILE", DATA / "split.json")


def test_split_is_by_site_and_fixed_in_the_split_file() -> None:
    assert [p.id for p in web.load_pages(DATA, "dev")] == ["p0000", "p0002"]
    assert [p.id for p in web.load_pages(DATA, "check")] == ["p0001"]
    assert len(web.load_pages(DATA, "all")) == 3


def test_site_of_takes_the_registered_domain() -> None:
    assert web.site_of("https://www.blog.example.co.uk/a/b", "x.html") == "example.co.uk"
    assert web.site_of("hard::news.example.com-storm.html", "news.example.com-storm.html") == (
        "example.com"
    )


def test_scores_both_systems_and_lists_the_rejected_page() -> None:
    result = web.evaluate(DATA, "all")
    ours, bare = result["sourcetrace"], result["trafilatura"]
    # Four "with" snippets are in the two articles; the menu page has none.
    assert ours["tp"] + ours["fn"] == bare["tp"] + bare["fn"] == 4
    assert ours["recall"] == 1.0
    assert ours["title_exact"] == 1.0 and ours["titles_annotated"] == 2
    assert [r["page"] for r in ours["rejected"]] == ["p0002"]
    assert "rejected by sourcetrace: p0002" in web.format_report(result)


def test_a_page_from_an_unrecorded_site_is_refused(tmp_path: Path) -> None:
    split = tmp_path / "split.json"
    split.write_text('{"dev": ["example.org"], "check": []}', encoding="utf-8")
    web.SPLIT_FILE = split  # restored by the autouse fixture's monkeypatch
    with pytest.raises(FormatError, match=r"not in split\.json"):
        web.load_pages(DATA, "dev")


def test_a_folder_without_the_set_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"missing evaldata\.json"):
        web.load_pages(tmp_path)

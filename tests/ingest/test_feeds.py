from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sourcetrace.errors import EmptyInputError, FormatError

if TYPE_CHECKING:
    from conftest import ReadAll


def test_rss_entries_with_content_encoded_guid_pubdate_and_author(
    fixtures: Path, read_all: ReadAll
) -> None:
    path = fixtures / "feeds" / "wire.rss"
    (first, _second), (_empty,) = read_all(path)
    assert first.origin == f"{path}#1" and first.fmt == "feed"
    assert first.input_id == "cw-2024-0322-gard"
    assert first.title == "Three killed in Gard floods"
    assert first.url == "https://wire.example/2024/03/22/gard-floods"
    assert first.published == "2024-03-22T10:00:00+00:00"
    assert first.published_raw == "Fri, 22 Mar 2024 10:00:00 GMT"
    assert first.author == "Paul Martin"
    assert first.source == "Continental Wire - Europe"  # the feed's title: the entry has none
    assert first.language == "en"
    assert (
        first.html is not None and "More than 1,200 homes" in first.html
    )  # full content, not summary
    assert first.text is None


def test_rss_summary_fallback_and_entry_source(fixtures: Path, read_all: ReadAll) -> None:
    path = fixtures / "feeds" / "wire.rss"
    (_, second), (empty,) = read_all(path)
    assert second.origin == f"{path}#2"
    assert second.source == "The Leeds Daily"  # <source> wins over the feed title
    assert second.published == "2024-05-02T07:15:00+01:00"
    body = second.text or second.html or ""
    assert "Tram drivers in Leeds will walk out on Monday" in body
    assert isinstance(empty, EmptyInputError) and empty.where == f"{path}#3"


def test_atom_entry(fixtures: Path, read_all: ReadAll) -> None:
    (entry,), errors = read_all(fixtures / "feeds" / "agency.atom")
    assert not errors
    assert entry.input_id == "tag:agencia-iberica.example,2024:ai-5512"
    assert entry.url == "https://agencia-iberica.example/valencia/detenidos"
    assert entry.published == "2024-04-12T11:20:00+02:00"  # published, not updated; ISO kept
    assert entry.published_raw is None
    assert entry.author == "Marta Ruiz"
    assert entry.source == "Agencia Ibérica"
    assert entry.html is not None and "300 kilos de cocaína" in entry.html


def test_xml_that_is_not_a_feed(fixtures: Path, read_all: ReadAll) -> None:
    path = fixtures / "feeds" / "not-a-feed.xml"
    articles, (error,) = read_all(path)
    assert not articles and isinstance(error, FormatError) and error.where == str(path)
    assert "not an RSS/Atom feed" in str(error)


def test_broken_feed_is_reported(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "broken.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>A',
        encoding="utf-8",
    )
    articles, errors = read_all(path)
    assert not articles and len(errors) == 1 and str(path) in str(errors[0])

"""The public API of sourcetrace.ingest and the behaviour every format shares."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sourcetrace.ingest as ingest
from sourcetrace.config import Settings
from sourcetrace.errors import EmptyInputError, InputError
from sourcetrace.ingest import detect_format, read_paths
from sourcetrace.model import RawArticle

if TYPE_CHECKING:
    from conftest import ReadAll


def test_public_api_is_exactly_this() -> None:
    assert sorted(ingest.__all__) == [
        "SUFFIX_FORMATS",
        "detect_format",
        "discover",
        "read_file",
        "read_paths",
    ]
    for name in ingest.__all__:
        assert getattr(ingest, name) is not None


def test_formats_by_extension_and_content(fixtures: Path) -> None:
    assert detect_format(fixtures / "records" / "articles.jsonl") == "jsonl"
    assert detect_format(fixtures / "records" / "articles.tsv") == "csv"
    assert detect_format(fixtures / "feeds" / "agency.atom") == "feed"
    assert detect_format(fixtures / "html" / "saved-page.txt") == "html"
    assert detect_format(fixtures / "txt" / "gard-floods.txt") == "txt"


def test_a_folder_given_to_read_file_is_explained(tmp_path: Path, read_all: ReadAll) -> None:
    articles, (error,) = read_all(tmp_path)
    assert not articles and "is a folder" in str(error)


def test_a_file_that_yields_nothing_is_reported(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n\n  \n", encoding="utf-8")
    articles, (error,) = read_all(path)
    assert not articles and isinstance(error, EmptyInputError) and error.where == str(path)


def test_whole_fixture_folder_every_error_names_its_input(fixtures: Path) -> None:
    items = list(read_paths([fixtures, fixtures / "missing.jsonl"], Settings()))
    articles = [i for i in items if isinstance(i, RawArticle)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(articles) == 20
    assert len(errors) == 8
    for error in errors:
        assert error.where and str(error).startswith(error.where)
        assert str(fixtures) in error.where
    assert len({a.origin for a in articles}) == len(articles)

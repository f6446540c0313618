"""Plain-text and HTML files, sidecar metadata, and content sniffing of the extension."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sourcetrace.errors import FormatError

if TYPE_CHECKING:
    from conftest import ReadAll


def test_text_file_with_sidecar_keeps_every_value_exactly(
    fixtures: Path, read_all: ReadAll
) -> None:
    (article,), errors = read_all(fixtures / "txt" / "gard-floods.txt")
    assert not errors
    assert article.fmt == "txt"
    assert article.origin == str(fixtures / "txt" / "gard-floods.txt")
    assert article.input_id == "CDS-2024-0322-017"
    assert article.title == "Inondations dans le Gard : au moins trois morts"
    assert article.source == "Le Courrier du Sud"
    assert article.url == "https://www.courrierdusud.example/gard/inondations-trois-morts"
    assert article.published == "2024-03-22T09:30:00+01:00"
    assert article.published_raw is None
    assert article.author == "Claire Dumas"
    assert article.language == "fr"
    assert article.text is not None and article.text.startswith("Inondations dans le Gard")
    assert "\n\nDe violents orages" in article.text  # paragraph breaks kept


def test_name_txt_meta_json_sidecar_with_aliases_and_numeric_id(
    fixtures: Path, read_all: ReadAll
) -> None:
    (article,), errors = read_all(fixtures / "txt" / "berlin-arrest.txt")
    assert not errors
    assert article.input_id == "48213"
    assert article.title == "Festnahme nach Messerangriff in Berlin"
    assert article.source == "Nordkurier Online"
    assert article.published == "2024-04-09T18:30:00+02:00"
    assert article.published_raw == "Tue, 09 Apr 2024 18:30:00 +0200"
    assert article.language == "de"


def test_the_more_specific_sidecar_wins(tmp_path: Path, read_all: ReadAll) -> None:
    (tmp_path / "a.txt").write_text(
        "Police arrested two men in Leeds on Tuesday.", encoding="utf-8"
    )
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "generic"}), encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text(json.dumps({"title": "specific"}), encoding="utf-8")
    (article,), _ = read_all(tmp_path / "a.txt")
    assert article.title == "specific"


def test_malformed_sidecar_is_reported_and_the_text_still_read(
    fixtures: Path, read_all: ReadAll
) -> None:
    (article,), (error,) = read_all(fixtures / "txt" / "valencia-port.txt")
    assert isinstance(error, FormatError)
    assert error.where == str(fixtures / "txt" / "valencia-port.meta.json")
    assert "not valid JSON" in str(error)
    assert "valencia-port.txt was read without this metadata" in str(error)
    assert article.text is not None and "Guardia Civil" in article.text
    assert article.input_id is None and article.title is None


def test_sidecar_that_is_not_an_object(tmp_path: Path, read_all: ReadAll) -> None:
    (tmp_path / "a.txt").write_text(
        "Police arrested two men in Leeds on Tuesday.", encoding="utf-8"
    )
    (tmp_path / "a.meta.json").write_text('["title", "x"]', encoding="utf-8")
    (article,), (error,) = read_all(tmp_path / "a.txt")
    assert "must be a JSON object" in str(error)
    assert article.title is None


def test_a_sidecar_given_on_its_own_is_refused_with_advice(
    fixtures: Path, read_all: ReadAll
) -> None:
    articles, (error,) = read_all(fixtures / "txt" / "gard-floods.meta.json")
    assert not articles
    assert "sidecar" in str(error) and "gard-floods.txt" in str(error)


def test_html_file_keeps_the_page_for_the_html_stage(fixtures: Path, read_all: ReadAll) -> None:
    (article,), errors = read_all(fixtures / "html" / "courrier-gard.html")
    assert not errors
    assert article.fmt == "html"
    assert article.text is None
    assert article.html is not None and "<article>" in article.html
    assert article.title is None  # metadata comes from the html stage, not ingest


def test_html_meta_charset_is_honoured(tmp_path: Path, read_all: ReadAll) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Grève</title></head><body>'
        "<p>« C’est une grève historique », a déclaré la syndicaliste à Lyon.</p></body></html>"
    )
    path = tmp_path / "greve.html"
    path.write_bytes(page.encode("cp1252"))
    (article,), _ = read_all(path)
    assert article.html is not None and "« C’est une grève historique »" in article.html


def test_txt_that_is_really_html_is_read_as_html(fixtures: Path, read_all: ReadAll) -> None:
    (article,), errors = read_all(fixtures / "html" / "saved-page.txt")
    assert not errors
    assert article.fmt == "html"
    assert article.html is not None and article.text is None


def test_txt_that_is_really_a_feed_is_read_as_a_feed(
    fixtures: Path, tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "export.txt"
    shutil.copy(fixtures / "feeds" / "wire.rss", path)
    articles, _ = read_all(path)
    assert [a.fmt for a in articles] == ["feed", "feed"]


def test_file_without_known_extension_is_recognised_by_content(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "article"
    path.write_text(
        "Tram drivers in Leeds will strike on Monday, the union said.", encoding="utf-8"
    )
    (article,), _ = read_all(path)
    assert article.fmt == "txt"
    page = tmp_path / "page.download"
    page.write_text(
        "<!doctype html><html><body><p>Hello there.</p></body></html>", encoding="utf-8"
    )
    (article,), _ = read_all(page)
    assert article.fmt == "html"

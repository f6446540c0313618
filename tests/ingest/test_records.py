"""JSON, JSONL and CSV: field aliases, exact values, per-line errors, streaming."""

from __future__ import annotations

import codecs
import json
import os
import threading
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sourcetrace.config import Settings
from sourcetrace.errors import EmptyInputError, FormatError, InputError, TooLargeError
from sourcetrace.ingest import read_file

if TYPE_CHECKING:
    from conftest import ReadAll


def test_jsonl_good_lines_survive_a_malformed_one(fixtures: Path, read_all: ReadAll) -> None:
    path = fixtures / "records" / "articles.jsonl"
    articles, errors = read_all(path)
    assert [a.origin for a in articles] == [f"{path}#L1", f"{path}#L2", f"{path}#L4"]
    assert [(type(e), e.where) for e in errors] == [
        (FormatError, f"{path}#L3"),
        (FormatError, f"{path}#L6"),  # line 5 is blank and skipped
    ]
    assert "not valid JSON" in str(errors[0]) and str(path) in str(errors[0])
    assert "no article text" in str(errors[1])


def test_jsonl_values_kept_exactly_and_aliases_mapped(fixtures: Path, read_all: ReadAll) -> None:
    first, second, fourth = read_all(fixtures / "records" / "articles.jsonl")[0]
    assert first.input_id == "wire-001"
    assert first.url == "https://wire.example/2024/03/22/gard-floods"
    assert first.source == "Continental Wire"
    assert first.published == "2024-03-22"
    assert first.language == "en"
    assert first.text is not None and "\n\nMore than 1,200" in first.text
    assert second.input_id == "7"  # numeric id as text
    assert second.url == "https://nordkurier.example/berlin/festnahme"  # link
    assert second.text is not None and second.text.startswith("Die Berliner")  # content
    assert second.published == "2024-04-09T18:30:00+02:00"  # pubDate
    assert second.published_raw == "Tue, 09 Apr 2024 18:30:00 +0200"
    assert second.language == "de"  # lang
    assert fourth.text is not None and fourth.text.startswith("La Guardia Civil")  # body
    assert fourth.source == "La Voz del Levante"  # publisher object
    assert fourth.author == "Marta Ruiz, Jordi Puig"
    assert fourth.published == "2024-04-12"  # date, day first


def test_one_article_over_the_limit_is_rejected_and_the_others_go_on(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        {"id": "a", "text": "Short report from Leeds."},
        {"id": "b", "text": "A very long report. " * 100},
        {"id": "c", "text": "Another short report."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    articles, (error,) = read_all(path, Settings(max_text_bytes=200))
    assert [a.input_id for a in articles] == ["a", "c"]
    assert isinstance(error, TooLargeError)
    assert error.where == f"{path}#L2"


def test_a_giant_line_is_skipped_without_being_held(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "giant.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "a", "text": "Before."}) + "\n")
        out.write('{"id": "huge", "text": "' + "x" * 50_000 + '"}\n')
        out.write(json.dumps({"id": "c", "text": "After."}) + "\n")
    articles, (error,) = read_all(path, Settings(max_text_bytes=1_000))
    assert [a.input_id for a in articles] == ["a", "c"]
    assert isinstance(error, TooLargeError) and error.where == f"{path}#L2"


def test_jsonl_with_undecodable_line_reports_that_line(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "Fine."}\n{"text": "\x00\x01\x02"}\n{"text": "Also fine."}\n')
    articles, (error,) = read_all(path)
    assert len(articles) == 2
    assert error.where == f"{path}#L2"


def test_json_list_object_and_wrapped_list(
    fixtures: Path, tmp_path: Path, read_all: ReadAll
) -> None:
    path = fixtures / "records" / "articles.json"
    first, second = read_all(path)[0]
    assert first.origin == f"{path}#1" and first.fmt == "json"
    assert first.published == "2024-03-22" and first.published_raw == "22 mars 2024"
    assert second.input_id == "2" and second.title == "Two arrested after Leeds raid"
    assert second.html is not None and second.text is None
    one = tmp_path / "one.json"
    one.write_text(
        json.dumps({"id": "x1", "text": "Une grève est prévue lundi à Lyon."}), encoding="utf-8"
    )
    (article,), _ = read_all(one)
    assert article.origin == str(one) and article.input_id == "x1"
    wrapped = tmp_path / "export.json"
    wrapped.write_text(
        json.dumps({"status": "ok", "articles": [{"content": "Uno."}, {"content": "Dos."}]})
    )
    assert [a.text for a in read_all(wrapped)[0]] == ["Uno.", "Dos."]


def test_json_file_that_is_really_jsonl(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"text": "Uno."}\n{"text": "Dos."}\n', encoding="utf-8")
    articles, errors = read_all(path)
    assert [a.origin for a in articles] == [f"{path}#L1", f"{path}#L2"] and not errors


def test_malformed_json_file_names_the_line(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n{"text": "Uno."},\n{"text": "Dos."\n]', encoding="utf-8")
    articles, (error,) = read_all(path)
    assert not articles and isinstance(error, FormatError)
    assert error.where == f"{path}#L4"


def test_csv_semicolon_multiline_fields_and_row_lines(fixtures: Path, read_all: ReadAll) -> None:
    path = fixtures / "records" / "articles.csv"
    articles, errors = read_all(path)
    assert [a.origin for a in articles] == [f"{path}#L2", f"{path}#L3"]
    first, second = articles
    assert first.input_id == "LV-1" and first.source == "La Voz del Levante"
    assert first.text is not None and "; la operación" in first.text  # quoted delimiter kept
    assert first.url == "https://vozdellevante.example/valencia/detenidos"
    assert second.text == (
        "El alcalde anunció el martes un dispositivo reforzado.\n\nMás de 900 agentes participarán."
    )
    assert second.published == "2024-01-16" and second.published_raw == "16/01/2024"
    assert second.url is None  # empty cell is absent, not ""
    (error,) = errors
    assert isinstance(error, EmptyInputError) and error.where == f"{path}#L6"


def test_tsv(fixtures: Path, read_all: ReadAll) -> None:
    (article,), errors = read_all(fixtures / "records" / "articles.tsv")
    assert not errors and article.input_id == "TR-1" and article.title == "Tram strike in Leeds"


def test_csv_without_text_column_gives_one_error(fixtures: Path, read_all: ReadAll) -> None:
    path = fixtures / "records" / "no-text-column.csv"
    articles, (error,) = read_all(path)
    assert not articles
    assert isinstance(error, FormatError) and error.where == str(path)
    assert "columns: id, titre, corps, date" in str(error)


def test_cp1252_csv(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        'id,text\n1,"« L’été sera chaud », prévient le syndicat : 50 € de plus."\n'.encode("cp1252")
    )
    (article,), errors = read_all(path)
    assert (
        not errors and article.text == "« L’été sera chaud », prévient le syndicat : 50 € de plus."
    )


def test_excel_csv_with_bom_and_semicolons(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "excel.csv"
    rows = "Title;Text;Date\r\nGrève à Lyon;Les bus ne circuleront pas lundi.;02/05/2024\r\n"
    path.write_bytes(codecs.BOM_UTF8 + rows.encode("utf-8"))
    articles, errors = read_all(path)
    assert not errors, errors
    (article,) = articles
    assert article.title == "Grève à Lyon"
    assert article.text == "Les bus ne circuleront pas lundi."
    assert article.published == "2024-05-02"


def test_csv_header_only_is_reported_empty(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "header.csv"
    path.write_text("id,title,text\n", encoding="utf-8")
    articles, (error,) = read_all(path)
    assert not articles and isinstance(error, EmptyInputError)


# --- streaming ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "header", "line"),
    [
        ("feed.jsonl", "", '{"id": "%d", "text": "Report number %d from Leeds."}\n'),
        ("feed.csv", "id,text\n", '%d,"Report number %d from Leeds."\n'),
    ],
)
def test_first_article_comes_before_the_file_ends(
    tmp_path: Path, name: str, header: str, line: str
) -> None:
    """A reader that read the whole file first would block here: the file is a pipe whose
    writer only sends the rest once the first article has been received."""
    path = tmp_path / name
    os.mkfifo(path)
    first_received = threading.Event()
    writer_saw_first = []

    def write() -> None:
        with path.open("w", encoding="utf-8") as pipe:
            pipe.write(header + line % (1, 1))
            pipe.flush()
            writer_saw_first.append(first_received.wait(timeout=10))
            for n in range(2, 200):
                pipe.write(line % (n, n))

    thread = threading.Thread(target=write)
    thread.start()
    items = read_file(path, Settings())
    first = next(items)
    first_received.set()
    rest = list(items)
    thread.join()
    assert not isinstance(first, InputError) and first.input_id == "1"
    assert writer_saw_first == [True]
    assert len(rest) == 198 and not any(isinstance(i, InputError) for i in rest)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_memory_stays_flat_over_a_large_file(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"big.{fmt}"
    text = "The council met on Monday and agreed the budget for the coming year. " * 8
    with path.open("w", encoding="utf-8") as out:
        if fmt == "csv":
            out.write("id,text\n")
        for n in range(8_000):
            out.write(
                json.dumps({"id": str(n), "text": text}) + "\n"
                if fmt == "jsonl"
                else f'{n},"{text}"\n'
            )
    size = path.stat().st_size
    assert size > 4_000_000
    tracemalloc.start()
    try:
        count = sum(1 for item in read_file(path, Settings()) if not isinstance(item, InputError))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 8_000
    assert peak < 1_000_000, f"peak {peak} bytes while reading a {size}-byte file"

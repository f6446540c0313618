"""Exports of a real stored case: contract v1 keys, schema validity, JSONL kinds."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sourcetrace.errors import ConfigError
from sourcetrace.outputs import FORMATS, ExportItem, export, load_schema
from sourcetrace.outputs.json_export import JsonExporter
from sourcetrace.outputs.jsonl_export import JsonlExporter
from sourcetrace.storage import Store, open_store
from tests.storage.samples import analysed_document, put

KEYS = ["articles", "entities", "quotes", "figures", "dates", "stories", "signals", "checks",
        "events"]


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture
def case(store: Store) -> Iterator[Store]:
    """A small stored case, on each backend (``store`` from tests/conftest.py)."""
    put(store, analysed_document("brx-001"))
    # A bare article, as a JSONL input with only text gives it: every unknown is null.
    put(store, analysed_document(
        "b9f3c2", input_id=None, title=None, source=None, url=None, published=None,
        author=None, html=None, language=None, language_confidence=None,
        text="Only a short text.", raw_text="Only a short text.", removed=(), segments=(),
        mentions=(), quotes=(), figures=(), dates=(), signals=(), errors=(),
    ))
    put(store, analysed_document("brx-copy", source="Content Farm", origin="farm.html"),
        duplicate_of="brx-001", duplicate_kind="near", similarity=0.91)
    yield store


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_json_export_is_the_contract_and_validates(
    case: Store, tmp_path: Path, validator: Draft202012Validator
) -> None:
    out = tmp_path / "case.json"
    summary = export(case, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))

    assert _errors(validator, data) == []
    assert list(data) == KEYS
    assert data["entities"] == [] and data["stories"] == [] and data["checks"] == []
    assert summary.counts == {"article": 3, "entity": 0, "quote": 2, "figure": 4, "date": 2,
                              "story": 0, "signal": 2, "check": 0, "event": 0}
    assert summary.total == 13 and summary.path == out and summary.fmt == "json"
    assert [len(data[k]) for k in KEYS] == [3, 0, 2, 4, 2, 0, 2, 0, 0]


def test_article_values_come_back_exactly(case: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.json"
    export(case, "json", out)
    articles = {a["id"]: a for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    doc = analysed_document("brx-001")
    first = articles["brx-001"]
    assert {k: first[k] for k in ("title", "source", "url", "published", "language", "text")} == {
        "title": doc.title, "source": doc.source, "url": doc.url,
        "published": doc.published, "language": doc.language, "text": doc.text,
    }
    assert first["duplicate_of"] is None and first["origin"] == doc.origin
    bare = articles["b9f3c2"]
    assert bare["text"] == "Only a short text."
    for key in ("title", "source", "url", "published", "language", "author"):
        assert bare[key] is None
    copy = articles["brx-copy"]
    assert (copy["duplicate_of"], copy["duplicate_kind"], copy["source"]) == (
        "brx-001", "near", "Content Farm")


def test_annotation_records_point_into_the_article_text(case: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.json"
    export(case, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for key in ("quotes", "figures", "dates"):
        for record in data[key]:
            assert texts[record["article_id"]][record["start"]:record["end"]] == record["text"]
    for signal in data["signals"]:
        for ev in signal["evidence"]:
            if ev.get("field", "text") != "text":
                continue
            assert texts[signal["article_id"]][ev["start"]:ev["end"]] == ev["text"]

    quote = data["quotes"][0]
    assert quote["id"] == "brx-001:quote:0"
    assert quote["speaker"]["entity_id"] is None
    assert quote["speaker"]["text"] == "prosecutor Eric Van Damme"
    assert (quote["direct"], quote["cue"], quote["via"]) == (True, "said", ["AFP"])
    figure = data["figures"][1]
    assert (figure["value"], figure["qualifier"], figure["per"], figure["currency"]) == (
        40.0, "at least", None, None)
    assert data["dates"][0]["value"] == "2024-04-09" and data["dates"][0]["precision"] == "day"
    assert data["signals"][0]["kind"] == "unattributed_claims"


def test_jsonl_streams_one_tagged_record_per_line(case: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.jsonl"
    summary = export(case, "jsonl", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == summary.total == 13
    assert [line["kind"] for line in lines[:6]] == [
        "article", "quote", "figure", "figure", "date", "signal"]
    assert all(next(iter(line)) == "kind" for line in lines)
    signal = next(line for line in lines if line["kind"] == "signal")
    assert signal["signal_kind"] == "unattributed_claims"
    article = lines[0]
    assert article["id"] == "brx-001" and article["text"] == analysed_document().text


def test_an_empty_case_still_has_every_key(tmp_path: Path, validator: Draft202012Validator) -> None:
    with open_store(tmp_path / "empty.db") as store:
        export(store, "json", tmp_path / "empty.json")
    data = json.loads((tmp_path / "empty.json").read_text(encoding="utf-8"))
    assert data == {key: [] for key in KEYS}
    assert _errors(validator, data) == []


def test_other_kinds_are_placed_under_their_keys(validator: Draft202012Validator) -> None:
    stream = io.StringIO()
    exporter = JsonExporter(stream)
    items = [
        ExportItem("check", {"id": "c1", "kind": "figure", "items": ["a:figure:0", "b:figure:2"],
                             "verdict": "conflicting", "explanation": "85 vs 60 killed"}),
        ExportItem("article", {"id": "a", "title": None, "source": None, "url": None,
                               "published": None, "language": "fr", "text": "Texte."}),
        ExportItem("story", {"id": "s1", "label": "Brussels shooting", "article_ids": ["a"]}),
        ExportItem("entity", {"id": "e1", "name": "Islamic State", "type": "ARMED_GROUP",
                              "aliases": ["ISIS", "Daech"], "kb_id": "Q2429253",
                              "mentions": [{"article_id": "a", "start": 0, "end": 5,
                                            "text": "Texte"}]}),
        ExportItem("check", {"id": "c2", "kind": "claim", "items": ["a:quote:0"],
                             "verdict": "unclear", "explanation": "one source"}),
    ]
    for item in items:
        exporter.write(item)
    exporter.finalize()
    data = json.loads(stream.getvalue())
    assert list(data) == KEYS
    assert [c["id"] for c in data["checks"]] == ["c1", "c2"]
    assert data["entities"][0]["kb_id"] == "Q2429253"
    assert data["stories"][0]["article_ids"] == ["a"]
    assert _errors(validator, data) == []


def test_jsonl_renames_a_records_own_kind() -> None:
    stream = io.StringIO()
    exporter = JsonlExporter(stream)
    exporter.write(ExportItem("check", {"id": "c1", "kind": "figure"}))
    exporter.finalize()
    assert json.loads(stream.getvalue()) == {"kind": "check", "id": "c1", "check_kind": "figure"}
    assert exporter.counts["check"] == 1 and exporter.counts["article"] == 0


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("figures", 0, "per"), "fortnight"),
        (("figures", 0, "qualifier"), "roughly"),
        (("figures", 0, "currency"), "euros"),
        (("dates", 0, "precision"), "fortnight"),
        (("dates", 0, "value"), "9 April 2024"),
        (("signals", 0, "score"), 1.5),
        (("quotes", 0, "direct"), "yes"),
        (("articles", 0, "language"), "English"),
        (("articles", 0, "text"), None),
    ],
)
def test_the_schema_refuses_values_outside_the_contract(
    case: Store, tmp_path: Path, validator: Draft202012Validator,
    path: tuple[str, int, str], value: object,
) -> None:
    out = tmp_path / "case.json"
    export(case, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    key, index, field = path
    data[key][index][field] = value
    assert _errors(validator, data) != []


def test_the_schema_requires_every_key(validator: Draft202012Validator) -> None:
    data = {key: [] for key in KEYS}
    del data["checks"]
    assert _errors(validator, data) != []


def test_unknown_format_is_refused_and_writes_nothing(case: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="json, jsonl"):
        export(case, "xml", tmp_path / "case.xml")
    assert list(tmp_path.glob("case.xml*")) == []
    assert set(FORMATS) == {"json", "jsonl", "csv", "parquet", "ftm", "stix", "graphml",
                            "acled"}


def test_a_missing_output_folder_is_named(case: Store, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        export(case, "json", tmp_path / "nowhere" / "case.json")


def test_a_failed_export_leaves_the_previous_file_alone(tmp_path: Path) -> None:
    store = open_store(tmp_path / "case.db")
    put(store, analysed_document("a"))
    out = tmp_path / "case.json"
    out.write_text("previous export\n")

    class FailingMidway:
        """The real store, whose reading breaks after the last article."""

        def __getattr__(self, name: str) -> object:
            return getattr(store, name)

        def iter_articles(self):  # type: ignore[no-untyped-def]
            yield from store.iter_articles()
            raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError, match="disk went away"):
        export(FailingMidway(), "json", out)  # type: ignore[arg-type]
    store.close()
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "case.json" in p.name) == ["case.json"]

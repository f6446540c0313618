"""Parquet export read back with pyarrow: explicit schemas, the same records as the JSON export."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sourcetrace.outputs import export
from sourcetrace.outputs.contract import KEYS as KEYS_BY_KIND
from sourcetrace.outputs.parquet_export import ParquetExporter, arrow_schema
from sourcetrace.storage import Store
from tests.outputs.export_cases import all_items, case_db, case_store, json_records

__all__ = ["case_db", "case_store"]


def test_files_read_back_equal_the_json_records(case_store: Store, tmp_path: Path) -> None:
    items = all_items(case_store)
    exporter = ParquetExporter(tmp_path)
    for item in items:
        exporter.write(item)
    exporter.finalize()
    reference = json_records(items)
    for kind, key in KEYS_BY_KIND.items():
        table = pq.read_table(tmp_path / f"{key}.parquet")
        assert table.schema == arrow_schema(kind)
        # A table column cannot tell an absent optional key from a null one.
        assert _no_nulls(table.to_pylist()) == _no_nulls(reference[key]), key
    assert {p.name for p in tmp_path.iterdir()} == {f"{k}.parquet" for k in KEYS_BY_KIND.values()}


def _no_nulls(value: object) -> object:
    if isinstance(value, dict):
        return {k: _no_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_no_nulls(v) for v in value]
    return value


def test_schemas_are_typed_and_nullable_where_the_contract_says() -> None:
    figure = arrow_schema("figure")
    assert figure.field("start").type == pa.int64() and not figure.field("start").nullable
    assert figure.field("value").type == pa.float64() and figure.field("value").nullable
    quote = arrow_schema("quote")
    assert quote.field("direct").type == pa.bool_()
    assert pa.types.is_struct(quote.field("speaker").type)
    assert quote.field("via").type == pa.list_(pa.string())
    mentions = arrow_schema("entity").field("mentions").type
    assert pa.types.is_list(mentions) and pa.types.is_struct(mentions.value_type)
    assert mentions.value_type.field("start").type == pa.int64()


def test_a_record_breaking_the_schema_is_refused_by_name(tmp_path: Path) -> None:
    from sourcetrace.outputs import ExportItem

    exporter = ParquetExporter(tmp_path)
    exporter.write(ExportItem("story", {"id": None, "label": "x", "article_ids": []}))
    with pytest.raises(ValueError, match=r"stories\.parquet"):
        exporter.finalize()


def test_export_refuses_a_file_where_the_folder_goes(case_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "case.parquet"
    out.write_text("not a folder\n")
    with pytest.raises(NotADirectoryError, match=r"case\.parquet"):
        export(case_store, "parquet", out)
    assert out.read_text() == "not a folder\n"
    assert [p.name for p in tmp_path.iterdir()] == ["case.parquet"]
    folder = tmp_path / "pq"
    summary = export(case_store, "parquet", folder)
    assert pq.read_table(folder / "articles.parquet").num_rows == summary.counts["article"] == 3

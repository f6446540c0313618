from __future__ import annotations

from sourcetrace.ingest.identity import language_code, new_document, raw_hash
from sourcetrace.model import RawArticle


def test_language_tags_become_iso_639_1() -> None:
    assert language_code("en-US") == "en"
    assert language_code("FR") == "fr"
    assert language_code("de_DE") == "de"
    assert language_code("  ") is None
    assert language_code("english") is None
    raw = RawArticle(origin="a.jsonl#L1", fmt="jsonl", text="x", language="es-ES")
    assert new_document(raw).language_given == "es"


def test_raw_hash_changes_with_any_field() -> None:
    base = RawArticle(origin="a", fmt="txt", text="Body.", title="T")
    assert raw_hash(base) == raw_hash(
        RawArticle(origin="elsewhere", fmt="txt", text="Body.", title="T")
    )
    assert raw_hash(base) != raw_hash(RawArticle(origin="a", fmt="txt", text="Body.", title="T2"))
    assert raw_hash(base) != raw_hash(RawArticle(origin="a", fmt="txt", text="Body!", title="T"))

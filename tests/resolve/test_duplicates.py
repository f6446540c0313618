"""Exact and near-duplicate detection on short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.duplicates.index import (
    NearDuplicateIndex,
    content_hash,
    from_bytes,
    shingles,
    signature,
    to_bytes,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "duplicates"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


ORIGINAL = _read("original.txt")
REPUBLISHED = _read("republished.txt")  # a trimmed sentence and a feed-plugin footer
SAME_TOPIC = _read("same_topic.txt")  # a different report on the same shooting


def test_content_hash_ignores_whitespace_layout_only() -> None:
    rewrapped = "  " + ORIGINAL.replace("\n\n", "\n \n").replace(". ", ".\n") + "\n"
    assert content_hash(rewrapped) == content_hash(ORIGINAL)
    assert content_hash(ORIGINAL.replace("two people", "three people")) != content_hash(ORIGINAL)


def test_content_hash_is_hex_sha256_and_unicode_normalised() -> None:
    composed = "L'\u00c9tat islamique"
    decomposed = "L'E\u0301tat islamique"
    assert content_hash(composed) == content_hash(decomposed)
    assert len(content_hash(composed)) == 64


def test_shingles_lowercase_and_strip_punctuation() -> None:
    assert shingles("One, TWO; three - four five!") == {"one two three four five"}
    assert shingles("Too short.") == {"too short"}
    assert shingles("  ... ") == set()


def test_signature_bytes_round_trip_is_compact_and_exact() -> None:
    sig = signature(ORIGINAL)
    data = to_bytes(sig)
    assert len(data) == 513
    back = from_bytes(data)
    assert back.jaccard(sig) == 1.0
    assert to_bytes(back) == data


def test_from_bytes_rejects_foreign_bytes() -> None:
    with pytest.raises(ValueError, match="not a sourcetrace MinHash"):
        from_bytes(b"\x00" * 513)
    with pytest.raises(ValueError, match="not a sourcetrace MinHash"):
        from_bytes(b"\x01" * 100)


def test_republished_copy_is_near_duplicate_and_other_report_is_not() -> None:
    index = NearDuplicateIndex(0.8)
    index.add("orig", signature(ORIGINAL))
    index.add("other", signature(SAME_TOPIC))

    match = index.best_match(signature(REPUBLISHED))
    assert match is not None
    assert match[0] == "orig"
    assert match[1] >= 0.8

    assert signature(SAME_TOPIC).jaccard(signature(ORIGINAL)) < 0.2
    fresh = NearDuplicateIndex(0.8)
    fresh.add("orig", signature(ORIGINAL))
    assert fresh.best_match(signature(SAME_TOPIC)) is None


def test_ties_go_to_the_earliest_added_and_exclude_skips_self() -> None:
    index = NearDuplicateIndex(0.8)
    index.add("first", signature(ORIGINAL))
    index.add("copy", signature(ORIGINAL))
    assert index.best_match(signature(ORIGINAL)) == ("first", 1.0)
    assert index.best_match(signature(ORIGINAL), exclude="first") == ("copy", 1.0)


def test_re_adding_an_id_replaces_its_signature() -> None:
    index = NearDuplicateIndex(0.8)
    index.add("a", signature(ORIGINAL))
    index.add("a", signature(SAME_TOPIC))
    assert len(index) == 1
    assert index.best_match(signature(ORIGINAL)) is None
    assert index.best_match(signature(SAME_TOPIC)) == ("a", 1.0)


def test_from_pairs_rebuilds_from_stored_bytes() -> None:
    pairs = [("orig", to_bytes(signature(ORIGINAL))), ("other", to_bytes(signature(SAME_TOPIC)))]
    index = NearDuplicateIndex.from_pairs(pairs, threshold=0.8)
    assert "orig" in index and len(index) == 2
    match = index.best_match(signature(REPUBLISHED))
    assert match is not None and match[0] == "orig"


def test_threshold_is_validated() -> None:
    with pytest.raises(ValueError):
        NearDuplicateIndex(0.0)

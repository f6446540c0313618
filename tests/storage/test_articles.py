"""Storing and reading back articles on a real SQLite file: round trip, identity, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.errors import StoreError
from sourcetrace.model import Mention
from sourcetrace.storage import Store, open_store
from sourcetrace.storage.queries import articles as article_queries
from tests.storage.samples import analysed_document, put


def test_round_trip_restores_the_document_with_every_annotation(store: Store) -> None:
    doc = analysed_document()
    put(store, doc, raw_hash="r1", content_hash="c1", minhash=b"\x01sig",
        duplicate_of=None, duplicate_kind=None, similarity=None)
    stored = store.get_article(doc.id)
    assert stored is not None
    assert stored.document == doc
    # Spot-check what equality covers, so a broken __eq__ could not hide a loss.
    assert stored.document.quotes[0].via == ("AFP",)
    assert stored.document.signals[0].evidence[0].note == "figure without a source"
    assert [f.qualifier for f in stored.document.figures] == ["about", "at least"]
    event = stored.document.events[0]
    assert [a.role for a in event.arguments] == ["actor", "place"]
    assert event.fatalities is not None and event.fatalities.value == 2.0
    assert stored.document.html == doc.html
    assert stored.raw_hash == "r1" and stored.content_hash == "c1"
    assert stored.ingested_at and stored.ingested_at == stored.updated_at
    assert store.get_article("nope") is None


def test_the_parsed_spacy_doc_is_never_stored(store: Store) -> None:
    put(store, analysed_document(parsed=object()))
    stored = store.get_article("brx-001")
    assert stored is not None and stored.document.parsed is None


def test_duplicate_link_is_stored(store: Store) -> None:
    put(store, analysed_document("orig"))
    put(store, analysed_document("copy"), duplicate_of="orig", duplicate_kind="near",
        similarity=0.86)
    stored = store.get_article("copy")
    assert stored is not None
    assert (stored.duplicate_of, stored.duplicate_kind, stored.similarity) == ("orig", "near", 0.86)


def test_replacing_an_article_keeps_its_place_and_replaces_annotations(store: Store) -> None:
    put(store, analysed_document("a"))
    put(store, analysed_document("b"))
    first = store.get_article("a")
    assert first is not None
    edited = analysed_document("a", title="Updated title", quotes=(), figures=())
    put(store, edited, content_hash="content-a-v2")

    again = store.get_article("a")
    assert again is not None
    assert again.document.title == "Updated title"
    assert again.document.quotes == () and again.document.figures == ()
    assert len(again.document.mentions) == 2
    assert again.content_hash == "content-a-v2"
    assert again.ingested_at == first.ingested_at
    assert [s.document.id for s in store.iter_articles()] == ["a", "b"]
    assert store.count_articles() == 2


def test_identity_lookup_prefers_input_id_then_url_then_origin(store: Store) -> None:
    put(store, analysed_document("x1", input_id="x1", url="https://a.example/1",
                                 origin="f.jsonl#L1"))
    put(store, analysed_document("x2", input_id=None, url="https://a.example/2",
                                 origin="f.jsonl#L2"))
    put(store, analysed_document("x3", input_id=None, url=None, origin="notes.txt"))

    def found(**keys: str | None) -> str | None:
        given = {"input_id": None, "url": None, **keys}
        ref = store.find_identity(**given)  # type: ignore[arg-type]
        return ref.id if ref else None

    assert found(input_id="x1", url="https://a.example/2", origin="notes.txt") == "x1"
    assert found(input_id="unknown", url="https://a.example/2", origin="notes.txt") == "x2"
    assert found(url="https://other.example", origin="notes.txt") == "x3"
    assert found(origin="never-seen.txt") is None
    ref = store.find_identity(input_id="x1", url=None, origin="")
    assert ref is not None
    assert (ref.raw_hash, ref.content_hash, ref.source, ref.url, ref.origin) == (
        "raw-x1", "content-x1", "Wire Europe", "https://a.example/1", "f.jsonl#L1"
    )


def test_content_hash_lookup_returns_the_earliest(store: Store) -> None:
    put(store, analysed_document("first"), content_hash="same")
    put(store, analysed_document("second"), content_hash="same")
    ref = store.find_content_hash("same")
    assert ref is not None and ref.id == "first"
    assert store.find_content_hash("other") is None


def test_raw_hashes_cover_articles_and_skipped_duplicates(store: Store) -> None:
    put(store, analysed_document("a"), raw_hash="raw-a")
    assert store.has_raw_hash("raw-a")
    assert not store.has_raw_hash("raw-skipped")
    store.remember_raw_hash("raw-skipped", "a")
    store.remember_raw_hash("raw-skipped", "a")  # idempotent
    assert store.has_raw_hash("raw-skipped")


def test_remembering_a_hash_for_a_missing_article_fails_loudly(store: Store) -> None:
    with pytest.raises(StoreError, match=r"case\.db"):
        store.remember_raw_hash("raw-x", "no-such-article")


def test_iter_articles_streams_in_pages_in_ingest_order(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_queries, "PAGE_SIZE", 2)
    ids = ["e", "a", "d", "b", "c"]
    for doc_id in ids:
        put(store, analysed_document(doc_id))
    seen = list(store.iter_articles())
    assert [s.document.id for s in seen] == ids
    assert all(len(s.document.quotes) == 1 for s in seen)


def test_minhashes_skip_articles_without_a_signature(store: Store) -> None:
    put(store, analysed_document("a"), minhash=b"sig-a")
    put(store, analysed_document("b"), minhash=None)
    put(store, analysed_document("c"), minhash=b"sig-c")
    assert list(store.minhashes()) == [("a", b"sig-a"), ("c", b"sig-c")]


def _bad(doc_id: str) -> object:
    # A record whose data cannot be written as JSON: storing it fails after the article
    # row and its search entry were written in the same transaction.
    bad = Mention(start=0, end=3, text="Bel", label="GPE", stage="entities",
                  entity_key=object())  # type: ignore[arg-type]
    return analysed_document(doc_id, mentions=(bad,))


def test_a_failed_insert_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(StoreError, match=r"case\.db.*'broken'"):
        put(store, _bad("broken"))  # type: ignore[arg-type]
    assert store.count_articles() == 0
    assert store.get_article("broken") is None
    assert store.search("gunman") == []
    put(store, analysed_document("fine"))
    assert [s.document.id for s in store.iter_articles()] == ["fine"]


def test_a_failed_update_keeps_the_previous_version_whole(store: Store) -> None:
    put(store, analysed_document("a"))
    bad = _bad("a").evolve(text="Completely new text about floods.")  # type: ignore[attr-defined]
    with pytest.raises(StoreError):
        put(store, bad)
    stored = store.get_article("a")
    assert stored is not None
    assert stored.document == analysed_document("a")
    assert [h.article_id for h in store.search("gunman")] == ["a"]
    assert store.search("floods") == []


def test_articles_survive_reopening(db_path: Path) -> None:
    with open_store(db_path) as first:
        put(first, analysed_document("kept"))
    with open_store(db_path, create=False) as again:
        stored = again.get_article("kept")
        assert stored is not None and stored.document == analysed_document("kept")
        assert [h.article_id for h in again.search("Damme")] == ["kept"]


def test_every_record_kind_has_a_document_field() -> None:
    from sourcetrace.model import ANNOTATION_KINDS, Document
    from sourcetrace.storage.rows import ANNOTATION_FIELDS

    assert set(ANNOTATION_FIELDS) == set(ANNOTATION_KINDS)
    fields = Document.__dataclass_fields__
    assert all(name in fields for name in ANNOTATION_FIELDS.values())


def test_the_corpus_lock_lets_one_store_at_a_time_through(db_path: Path) -> None:
    # Two ingests on one case must not interleave their corpus stages (one would write
    # checks for a story the other merged away): a second store waits for the lock.
    import threading

    first, second = open_store(db_path), open_store(db_path)
    entered = threading.Event()
    order: list[str] = []

    def wait_for_lock() -> None:
        with second.corpus_lock():
            order.append("second in")
            entered.set()

    try:
        with first.corpus_lock():
            waiter = threading.Thread(target=wait_for_lock)
            waiter.start()
            assert not entered.wait(0.5), "the second store entered while the first held the lock"
            order.append("first out")
        waiter.join(timeout=10)
        assert order == ["first out", "second in"]
    finally:
        first.close()
        second.close()

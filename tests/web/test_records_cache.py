"""The web app reads the corpus records once per change of the case, not per request."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.storage import open_store
from sourcetrace.web.records import RecordsCache, entity_articles
from tests.storage.samples import analysed_document, put


def _articles_named(records: object) -> set[str]:
    return {a for e in records.entities for a in entity_articles(e)}  # type: ignore[attr-defined]


def test_records_are_kept_until_another_connection_commits(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    with open_store(db) as writer:
        put(writer, analysed_document("first"))
    cache = RecordsCache()
    with open_store(db) as app_store:
        once = cache.get(app_store)
        assert cache.get(app_store) is once  # nothing committed: the same records
        assert _articles_named(once) == {"first"}
        # Another store (as another worker or an ingest would be) commits an article.
        with open_store(db) as writer:
            put(writer, analysed_document("second"))
        again = cache.get(app_store)
        assert again is not once
        assert _articles_named(again) == {"first", "second"}
        # A commit through the app's own store is seen too.
        put(app_store, analysed_document("third"))
        assert _articles_named(cache.get(app_store)) == {"first", "second", "third"}


def test_without_a_change_marker_records_are_read_each_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "case.db"
    cache = RecordsCache()
    with open_store(db) as store:
        put(store, analysed_document("first"))
        # A backend that cannot tell whether the case changed.
        monkeypatch.setattr(store, "change_marker", lambda: None)
        assert cache.get(store) is not cache.get(store)

"""Opening case files: migrations from nothing, reopening, refusing what is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from sourcetrace.errors import StoreError
from sourcetrace.storage import Store, open_store
from sourcetrace.storage.migrate import MIGRATIONS, head_revision
from sourcetrace.storage.postgres import engine_url
from sourcetrace.storage.schema import metadata
from tests.conftest import BACKENDS
from tests.storage.samples import analysed_document, put


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_a_new_file_gets_the_whole_schema(db_path: Path) -> None:
    open_store(db_path).close()
    assert {"articles", "seen_inputs", "annotations", "rejects", "articles_fts",
            "alembic_version"} <= _tables(db_path)
    # The head moves as capabilities add migrations (re-chained at merge).
    assert _revision(db_path) == head_revision()


def test_an_empty_existing_file_is_migrated(db_path: Path) -> None:
    db_path.touch()
    with open_store(db_path, create=False) as store:
        put(store, analysed_document())
        assert store.count_articles() == 1


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, db_path: Path) -> str:
    """A database no sourcetrace has opened yet (its engine URL), on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{db_path}"
    return engine_url(request.getfixturevalue("pg_session").get().new_database(migrated=False))


def test_migrated_schema_matches_the_code_tables(empty_db: str) -> None:
    # Every migration runs on both backends and ends at the tables the code declares.
    open_store(empty_db).close()

    def ours(name: str | None, type_: str, parent: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("articles_fts"))

    engine = create_engine(empty_db)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": ours})
        assert compare_metadata(context, metadata) == []
    engine.dispose()


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db_path: Path) -> None:
    from sourcetrace.storage.sql import SqlStore

    store = open_store(db_path)
    assert isinstance(store, SqlStore)
    with store._engine.connect() as conn:  # checking the connection setup
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000
    store.close()


def test_reopening_does_not_migrate_again_or_lose_data(db_path: Path) -> None:
    with open_store(db_path) as store:
        put(store, analysed_document("a"))
    with open_store(db_path) as store:
        assert store.count_articles() == 1
    assert _revision(db_path) == head_revision()


def test_create_false_refuses_a_missing_file_and_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    with pytest.raises(StoreError, match=r"nowhere\.db"):
        open_store(missing, create=False)
    assert not missing.exists()


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "case.db")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("These are my notes, not a database.\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.db.*not a sourcetrace database|notes\.db"):
        open_store(notes)
    assert notes.read_text().startswith("These are my notes")


def test_a_database_from_a_newer_sourcetrace_is_refused(db_path: Path) -> None:
    open_store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer than this sourcetrace"):
        open_store(db_path)


def test_migrations_ship_inside_the_package() -> None:
    import sourcetrace.storage

    package = Path(sourcetrace.storage.__file__).parent.parent
    assert MIGRATIONS.is_relative_to(package)
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "versions" / "0001_initial.py").is_file()
    assert (MIGRATIONS / "__init__.py").is_file()  # found by setuptools as a package


def test_rejections_are_kept_replaced_and_cleared(store: Store) -> None:
    store.add_rejection(origin="bad.json#L2", code="E102", reason="malformed JSON")
    store.add_rejection(origin="empty.txt", code="E103", reason="empty file")
    store.add_rejection(origin="bad.json#L2", code="E102", reason="malformed JSON again")
    got = [(r.origin, r.code, r.reason) for r in store.rejections()]
    assert got == [("empty.txt", "E103", "empty file"),
                   ("bad.json#L2", "E102", "malformed JSON again")]
    assert all(r.at for r in store.rejections())
    store.clear_rejection("bad.json#L2")
    assert [r.origin for r in store.rejections()] == ["empty.txt"]
    store.clear_rejection("never-rejected.txt")


def test_concurrent_first_opens_migrate_once(empty_db: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def opener(_: int) -> int:
        with open_store(empty_db) as store:
            return store.count_articles()

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(opener, range(4))) == [0, 0, 0, 0]
    engine = create_engine(empty_db)
    with engine.connect() as conn:
        versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    engine.dispose()
    assert [v[0] for v in versions] == [head_revision()]


def test_a_sqlite_url_opens_the_same_file_as_its_path(db_path: Path) -> None:
    with open_store(db_path) as store:
        put(store, analysed_document("a"))
    with open_store(f"sqlite:///{db_path}", create=False) as store:
        assert store.article_ids() == ["a"] and store.path == str(db_path)


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_postgresql_url_fails_clearly_and_is_never_taken_for_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = f"postgresql+psycopg://analyst:s3cret@127.0.0.1:{_closed_port()}/case"
    with pytest.raises(StoreError, match="cannot open as a sourcetrace database") as caught:
        open_store(url)
    assert "s3cret" not in str(caught.value) and "analyst:***@127.0.0.1" in str(caught.value)
    with pytest.raises(StoreError, match="only the psycopg driver"):
        open_store("postgresql+psycopg2://db.example/case")
    with pytest.raises(StoreError, match="unknown store scheme 'mysql'"):
        open_store("mysql://db.example/case")
    assert list(tmp_path.iterdir()) == []  # no file named after the URL was made


def test_the_cli_names_an_unreachable_postgresql_url_without_its_password(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from sourcetrace.cli import app

    url = f"postgresql://analyst:s3cret@127.0.0.1:{_closed_port()}/case"
    result = CliRunner().invoke(app, ["export", "--db", url, "--out", str(tmp_path / "x")])
    assert result.exit_code != 0
    assert "analyst:***@127.0.0.1" in result.output and "cannot open" in result.output
    assert "s3cret" not in result.output
    assert not (tmp_path / "x").exists()


def test_a_postgresql_database_that_sorts_by_language_is_refused(pg_session: Any) -> None:
    # Lists and exports must come out in the same order as on SQLite (bytewise).
    cluster = pg_session.get()
    name = "st_wrong_locale"
    cluster.admin(f"DROP DATABASE IF EXISTS {name}")
    cluster.admin(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                   "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C'")
    url = cluster.url(name)
    try:
        with pytest.raises(StoreError, match=r"not bytewise.*no accented letter.*LC_COLLATE 'C'"):
            open_store(url)
    finally:
        cluster.drop_database(url)

"""Fuzzed ingest (Hypothesis): every input format, fed hostile files.

The property, for each format: reading a file either gives articles or rejects it with
one line that names the file (and line, entry or record) and the reason; never a
traceback, never a hang (a generous alarm stops a stuck example and fails it). Ingesting
it into a case that already holds articles leaves those articles exactly as they were.

``make test`` runs a fixed, seeded, small budget (``ST_FUZZ_EXAMPLES``, default 30 per
format for reading; ``ST_FUZZ_INGEST_EXAMPLES``, default 6, for ingesting, which runs
the per-article pipeline); ``make fuzz`` runs 10,000 per format for reading and 200 for
ingesting.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from sourcetrace import Settings, ingest_paths, open_store
from sourcetrace.errors import InputError
from sourcetrace.ingest import read_file
from sourcetrace.model import RawArticle
from tests.ingest.fuzz_inputs import FORMATS, sidecar_inputs

EXAMPLES = int(os.environ.get("ST_FUZZ_EXAMPLES", "30"))
SEED = 20261207
#: Far above what any example needs; only a hang reaches it.
HANG_S = 60

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture])
INGEST = settings(FUZZ, max_examples=int(os.environ.get("ST_FUZZ_INGEST_EXAMPLES", "6")))
SETTINGS = Settings.load(env={}, processes=1)


@contextmanager
def bounded(what: str) -> Iterator[None]:
    def stuck(signum: int, frame: object) -> None:
        raise AssertionError(f"{what} did not finish in {HANG_S}s (a hang)")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(HANG_S)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_read(path: Path) -> list[RawArticle]:
    """Read ``path``; every rejection is one line naming the file (or its sidecar)."""
    articles = []
    with bounded(f"reading {path.name}"):
        for item in read_file(path, SETTINGS):
            if isinstance(item, InputError):
                message = str(item)
                assert message.startswith((str(path), str(path.with_suffix(".meta.json")))), \
                    message
                assert "\n" not in message and len(message) < 2000, message
                assert "Traceback" not in message and "Error:" not in message.split(": ", 1)[0]
            else:
                assert isinstance(item, RawArticle), item
                articles.append(item)
    return articles


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_reading_hostile_files_never_fails_badly(fmt: str) -> None:
    @seed(SEED)
    @FUZZ
    @given(FORMATS[fmt])
    def run(drawn: tuple[str, bytes]) -> None:
        suffix, data = drawn
        with tempfile.TemporaryDirectory(prefix="st-fuzz-") as folder:
            path = Path(folder) / f"input{suffix}"
            path.write_bytes(data)
            check_read(path)

    run()


def test_reading_hostile_sidecars_never_fails_badly() -> None:
    @seed(SEED)
    @FUZZ
    @given(sidecar_inputs())
    def run(drawn: tuple[bytes, bytes]) -> None:
        article, meta = drawn
        with tempfile.TemporaryDirectory(prefix="st-fuzz-") as folder:
            path = Path(folder) / "story.txt"
            path.write_bytes(article)
            (Path(folder) / "story.meta.json").write_bytes(meta)
            check_read(path)

    run()


BASE = ("The council of Portmere met on Tuesday and agreed a budget of 3 million euros "
        "for the flood barrier, Mayor Elena Brandt said.")


def _snapshot(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT * FROM articles ORDER BY id").fetchall()


@pytest.fixture(scope="module")
def base_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-base")
    (folder / "base.txt").write_text(BASE, encoding="utf-8")
    db = folder / "case.db"
    with open_store(db) as store:
        summary = ingest_paths([folder / "base.txt"], store, SETTINGS, corpus_stages=())
    assert summary.ingested == 1
    return db


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_ingesting_hostile_files_keeps_the_case(fmt: str, base_case: Path,
                                               tmp_path_factory: pytest.TempPathFactory
                                               ) -> None:
    before = _snapshot(base_case)

    @seed(SEED)
    @INGEST
    @given(FORMATS[fmt], st.integers(0, 10**6))
    def run(drawn: tuple[str, bytes], n: int) -> None:
        suffix, data = drawn
        folder = tmp_path_factory.mktemp("fuzz-ingest")
        db = folder / "case.db"
        db.write_bytes(base_case.read_bytes())
        path = folder / f"input-{n}{suffix}"
        path.write_bytes(data)
        messages: list[str] = []
        with bounded(f"ingesting {path.name}"), open_store(db) as store:
            ingest_paths([path], store, SETTINGS, corpus_stages=(),
                         on_event=lambda e: messages.append(e.message or ""))
        for message in messages:
            assert "\n" not in message and "Traceback" not in message, message
        after = _snapshot(db)
        assert [row for row in after if row in before] == before  # nothing stored changed

    run()

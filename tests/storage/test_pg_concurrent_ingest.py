"""Three ``sourcetrace ingest`` processes on one PostgreSQL case at once, one of them killed
with SIGKILL half-way, then run again: no article lost, duplicated or half-written.

Two of the processes share an input file, so they race on the same articles too. Each
stored article is compared field by field with the same inputs ingested by one process
into SQLite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sourcetrace import Settings, ingest_paths
from sourcetrace.storage import Store, open_store

PLACES = ["Lyon", "Porto", "Gdansk", "Tampere", "Brno", "Varna", "Aarhus", "Bilbao",
          "Graz", "Split", "Kaunas", "Turin"]
TOPICS = ["tram line", "harbour bridge", "water plant", "school roof", "flood wall",
          "bus depot", "library wing", "rail tunnel"]


def _text(tag: str, i: int) -> str:
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i * 3) % len(TOPICS)]
    code = f"{tag.upper()}{i:03d}"
    return (
        f"The council of {place} approved plan {code} for the {topic} on Monday.\n\n"
        f"Mayor Anna Berg said plan {code} would cost {12 + i} million euros and "
        f"take {2 + i % 5} years, according to a statement quoted by the Harbour Post.\n\n"
        f"Residents near the {topic} in {place} asked about noise; plan {code} sets work "
        f"hours from 7am to 6pm, the council said."
    )


def _jsonl(path: Path, tag: str, count: int) -> list[str]:
    ids = [f"{tag}-{i}" for i in range(count)]
    with path.open("w", encoding="utf-8") as fh:
        for i, input_id in enumerate(ids):
            fh.write(json.dumps({"id": input_id, "title": f"Plan {tag.upper()}{i:03d}",
                                 "text": _text(tag, i), "language": "en",
                                 "source": "Harbour Post", "published": "2025-05-05"}) + "\n")
    return ids


def _ingest(folder: Path, db: str) -> subprocess.Popen[str]:
    env = {**os.environ, "SOURCETRACE_PROCESSES": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "sourcetrace", "ingest", str(folder), "--db", db, "-q"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _by_input(store: Store) -> dict[str, object]:
    return {s.document.input_id: s for s in store.iter_articles()}  # type: ignore[misc]


@pytest.mark.slow
def test_three_ingesters_and_a_killed_one_lose_and_duplicate_nothing(
    pg_url: str, tmp_path: Path
) -> None:
    folders = {name: tmp_path / name for name in ("one", "two", "three")}
    for folder in folders.values():
        folder.mkdir()
    expected = (_jsonl(folders["one"] / "a.jsonl", "a", 4)
                + _jsonl(folders["two"] / "b.jsonl", "b", 4)
                + _jsonl(folders["three"] / "c.jsonl", "c", 30))
    # The same file in two processes: both race to store the same three articles.
    shared = _jsonl(folders["one"] / "shared.jsonl", "s", 3)
    (folders["two"] / "shared.jsonl").write_text(
        (folders["one"] / "shared.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    expected += shared

    open_store(pg_url).close()  # migrated once, before the race
    procs = {name: _ingest(folder, pg_url) for name, folder in folders.items()}
    # Kill the third once it has stored some of its articles, well before its end.
    deadline = time.time() + 300
    stored_c = 0
    with open_store(pg_url, create=False) as watcher:
        while time.time() < deadline and procs["three"].poll() is None:
            time.sleep(0.3)
            stored_c = sum(1 for s in watcher.iter_articles()
                           if (s.document.input_id or "").startswith("c-"))
            if stored_c >= 3:
                break
    assert procs["three"].poll() is None, "the third ingest ended before it was killed"
    procs["three"].send_signal(signal.SIGKILL)
    procs["three"].wait()
    for name in ("one", "two"):
        _, err = procs[name].communicate(timeout=600)
        assert procs[name].returncode == 0, err

    with open_store(pg_url, create=False) as store:
        partial = _by_input(store)
        assert 3 <= len([k for k in partial if str(k).startswith("c-")]) < 30
    again = _ingest(folders["three"], pg_url)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err

    reference_db = tmp_path / "reference.db"
    with open_store(reference_db) as reference:  # in this process: its models are loaded once
        ingest_paths(list(folders.values()), reference, Settings.load(env={}))

    with open_store(pg_url, create=False) as store, \
            open_store(reference_db, create=False) as reference:
        got, want = _by_input(store), _by_input(reference)
        ids = store.article_ids()
        assert len(ids) == len(set(ids)) == len(expected)  # nothing lost, nothing twice
        assert sorted(got) == sorted(expected)
        for input_id in expected:
            stored, ref_article = got[input_id].document, want[input_id].document  # type: ignore[attr-defined]
            # A shared input is stored by whichever process came first: its origin names
            # that process's copy of the file.
            assert stored.evolve(origin=ref_article.origin) == ref_article, input_id
        assert store.corpus_pending() == []  # the re-run finished the cross-document work
        for input_id in expected:  # every article is in the search index, once
            code = input_id.split("-")[0].upper() + f"{int(input_id.split('-')[1]):03d}"
            assert [h.article_id for h in store.search(code)] == [got[input_id].document.id]  # type: ignore[attr-defined]

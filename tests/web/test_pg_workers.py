"""The web app on PostgreSQL with two uvicorn worker processes (``serve --workers 2``).

Articles posted through the API in parallel (answered by either worker, each ingest a
write transaction of its own) are all stored once, and every later read, from either
worker, sees them: a worker notices what the other (or another process) wrote.
"""

from __future__ import annotations

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.storage import open_store
from tests.live_server import served
from tests.storage.samples import analysed_document, put


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())


def _post(url: str, token: str, body: Any) -> Any:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode("utf-8"), method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())


@pytest.mark.slow
def test_two_workers_on_postgresql_share_writes_and_reads(pg_url: str, tmp_path: Path) -> None:
    with open_store(pg_url) as store:
        put(store, analysed_document("seed"))
        token = store.create_token("tests")[1]
    # Two worker processes each load the app: slow to start on a busy machine.
    with served(pg_url, tmp_path / "serve.log", "--workers", "2", ready="/api/v1/articles",
                start_s=300) as base:
        assert _get(f"{base}/api/v1/articles")["total"] == 1
        posted = [{"id": f"post-{i}", "title": f"Ferry route {i} reopens",
                   "text": f"The ferry route number {i} between Kiel and Oslo reopened on "
                           f"Tuesday after repairs, the operator said in a statement.",
                   "language": "en"} for i in range(2)]
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(
                lambda item: _post(f"{base}/api/v1/articles", token, item), posted))
        assert [a["summary"]["ingested"] for a in answers] == [1, 1]
        # A write from outside the app: both workers must see it on their next read.
        with open_store(pg_url, create=False) as store:
            put(store, analysed_document("outside"))
        for _ in range(8):  # enough requests to reach both workers
            listing = _get(f"{base}/api/v1/articles?limit=50")
            assert listing["total"] == 4
            found = _get(f"{base}/api/v1/search?q=ferry+Kiel&limit=50")
            assert found["total"] == 2
    log = (tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace")
    assert "postgresql://postgres@" in log and "Traceback" not in log
    with open_store(pg_url, create=False) as store:
        ids = store.article_ids()
    assert len(ids) == len(set(ids)) == 4

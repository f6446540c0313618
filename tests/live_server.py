"""A real ``sourcetrace serve`` on 127.0.0.1 for tests that need a live server (the
browser's hostile-content test, schemathesis): started on a free port, waited for, and
stopped when the block ends. Its output goes to a log shown when it fails to start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served(db: Path | str, log: Path, *args: str, ready: str = "/",
           env: dict[str, str] | None = None, start_s: float = 60) -> Iterator[str]:
    """Serve ``db`` (a file or a URL) with the extra ``serve`` arguments; yields the base
    URL once ``ready`` answers (``start_s`` seconds at most)."""
    port = free_port()
    environ = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + str(ROOT),
               **(env or {})}
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "sourcetrace", "serve", "--db", str(db),
             "--host", "127.0.0.1", "--port", str(port), *args],
            stdout=out, stderr=subprocess.STDOUT, env=environ, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_s
        while True:
            assert process.poll() is None, log.read_text()
            try:
                with urllib.request.urlopen(url + ready, timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)

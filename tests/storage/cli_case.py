"""A small real case for the fault tests: six demo articles on one story, and the CLI run
as a separate process (what a user's kill, full disk or second ingest hits)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo" / "corpus" / "articles"
#: One story told by six outlets in three languages: per-article results, entities, a
#: story and its checks, all of which a killed run could leave half-written.
STEMS = (
    "bergland-echo_2024-08-24_solingen-fronhof",
    "daily-blitz_2024-08-25_solingen-horror",
    "journal-atlantique_2024-08-26_solingen",
    "northgate-wire_2024-08-24_solingen-manhunt",
    "northgate-wire_2024-08-25_solingen-suspect",
    "actu-planete_2024-08-27_solingen-mt",
)


def copy_articles(folder: Path, stems: Sequence[str] = STEMS) -> Path:
    """The articles of ``stems`` (text and sidecar) copied into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem in stems:
        for path in DEMO.glob(f"{stem}.*"):
            shutil.copy(path, folder / path.name)
    return folder


def env() -> dict[str, str]:
    return {**os.environ, "SOURCETRACE_PROCESSES": "1", "COLUMNS": "200"}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "sourcetrace", *args]


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command(*args), env=env(), capture_output=True, text=True,
                          timeout=600, cwd=ROOT)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def export(db: Path) -> object:
    out = db.with_suffix(".json")
    cli("export", "--db", str(db), "--format", "json", "--out", str(out))
    return json.loads(out.read_text(encoding="utf-8"))


def copy_db(db: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db}{suffix}")
        if source.exists():
            shutil.copy(source, f"{target}{suffix}")
    return target

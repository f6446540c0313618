"""End-to-end runs for the evaluations: input files → ingest → JSON export.

What a user gets is what the export says, after every per-article and cross-document
stage (typing votes, linking, cleaning). The evaluations that score "end to end" write
their documents as input files, ingest them into a fresh temporary database with the
``ingest`` command's function and read back the ``export`` command's JSON.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings

__all__ = ["Progress", "ingest_and_export"]

#: Called with (articles done, articles in all, what is happening).
Progress = Callable[[int, int, str], None]


def ingest_and_export(
    write_inputs: Callable[[Path], list[Path]],
    total: int,
    *,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
    keep: Path | None = None,
) -> dict[str, Any]:
    """``write_inputs(folder)`` writes the input files; they are ingested into a fresh
    database by the ``ingest`` command's function, which is exported as JSON by the
    ``export`` command's function; the export, parsed, with the ingest's counts and
    rejections added under ``"ingest"``."""
    from sourcetrace.jobs.ingest import IngestEvent, ingest_paths
    from sourcetrace.outputs import export
    from sourcetrace.storage import open_store

    settings = settings or Settings.load()
    report: Progress = on_progress or (lambda done, total, what: None)
    with tempfile.TemporaryDirectory(prefix="sourcetrace-eval-") as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        paths = write_inputs(work / "input")
        db = work / "eval.db"
        db.unlink(missing_ok=True)
        store = open_store(db, create=True)
        done = 0

        def on_event(event: IngestEvent) -> None:
            nonlocal done
            if event.kind in {"ingested", "updated", "duplicate", "unchanged", "rejected"}:
                done += 1
                report(done, total, event.article_id or event.origin)
            elif event.kind == "stage":
                report(done, total, f"cross-document: {event.origin}")

        try:
            summary = ingest_paths(paths, store, settings, on_event=on_event)
            out = work / "export.json"
            report(done, total, "export")
            export(store, "json", out)
        finally:
            store.close()
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["ingest"] = {"ingested": summary.ingested, "duplicates": summary.duplicates,
                        "rejected": summary.rejected, "rejections": summary.rejections,
                        "stage_errors": summary.stage_errors}
    return result

"""Across the bundled KB files: every reference names an entry that exists."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "src/sourcetrace/kb/data"


def _entries() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            assert entry["id"] not in out, f"{entry['id']} defined twice ({path.name})"
            out[entry["id"]] = entry
    return out


def test_role_orgs_and_parents_resolve() -> None:
    entries = _entries()
    dangling = []
    for entry in entries.values():
        for role in entry.get("roles") or []:
            org = role["org"]  # type: ignore[index]
            if org.startswith("st:") and org not in entries:
                dangling.append(f"{entry['id']} role org {org}")
        parent = entry.get("parent")
        if parent and parent not in entries:
            dangling.append(f"{entry['id']} parent {parent}")
    assert not dangling, dangling


def test_qids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for entry in _entries().values():
        qid = entry.get("qid")
        if qid:
            assert qid not in seen, f"{qid} on {seen.get(str(qid))} and {entry['id']}"
            seen[str(qid)] = str(entry["id"])

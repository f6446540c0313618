"""docs/architecture.md names the tree as it is: no folder or core module missing, none extra."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "sourcetrace"
DOC = ROOT / "docs" / "architecture.md"


def _named(pattern: str) -> set[str]:
    return set(re.findall(pattern, DOC.read_text(encoding="utf-8"), re.MULTILINE))


def _packages(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if (p / "__init__.py").is_file()}


def test_every_capability_is_documented_and_every_documented_one_exists() -> None:
    named = _named(r"`capabilities/([a-z_]+)/")
    present = _packages(PACKAGE / "capabilities")
    assert named, "docs/architecture.md names no capability"
    assert named - present == set(), "named in docs/architecture.md but missing"
    assert present - named == set(), "capability packages missing from docs/architecture.md"


def test_every_core_module_is_documented_and_every_documented_one_exists() -> None:
    named = _named(r"`core/(\w+)\.py`")
    present = {p.stem for p in (PACKAGE / "core").glob("*.py")} - {"__init__"}
    assert named - present == set(), "named in docs/architecture.md but missing"
    assert present - named == set(), "core modules missing from docs/architecture.md"


def test_every_top_level_package_is_in_the_tree_table() -> None:
    rows = _named(r"^\| `(\w+)/` \|")
    assert rows == _packages(PACKAGE)


def test_the_documented_stage_modules_are_the_pipelines() -> None:
    from sourcetrace.core.corpus import CORPUS_STAGES
    from sourcetrace.core.pipeline import DEFAULT_STAGES

    for module in (*DEFAULT_STAGES, *CORPUS_STAGES):
        _, capabilities, package, leaf = module.split(".")
        assert capabilities == "capabilities" and leaf in {"stage", "corpus"}, module
        assert f"`capabilities/{package}/`" in DOC.read_text(encoding="utf-8"), module


#: What code outside ``storage/`` must not write: SQL, SQLAlchemy, or a way around the
#: store protocols (an untyped store, a cast of one, a test for the SQL class).
_FORBIDDEN_OUTSIDE_STORAGE = {
    "SQLAlchemy": re.compile(r"^\s*(from|import) sqlalchemy\b", re.MULTILINE),
    "sqlite3": re.compile(r"^\s*(from|import) sqlite3\b", re.MULTILINE),
    "an untyped store": re.compile(r"\bstore: Any\b"),
    "a cast of a store": re.compile(r"\bcast\(\s*\w*(Store|Connected)\b|\bcast\([^)]*\bstore\)"),
    "the SQL store class": re.compile(r"\bSqlStore\b|\bisinstance\(\s*store\b"),
    "a raw connection": re.compile(r"\.(reading|writing)\(|\.execute\(\s*(select|insert|update|"
                                   r"delete|text)\b"),
    "a storage module other than the protocols": re.compile(
        r"\bsourcetrace\.storage\.(?!(base|protocols)\b)\w+"),
}


def test_no_sql_and_no_way_around_the_store_protocols_outside_storage() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "storage":
            continue
        text = path.read_text(encoding="utf-8")
        for what, pattern in _FORBIDDEN_OUTSIDE_STORAGE.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{relative}:{line}: {what}: {match.group(0).strip()}")
    assert found == []


def test_the_guard_sees_each_forbidden_pattern() -> None:
    """Must-find cases for the guard above, and close cases it must leave alone."""
    bad = {
        "SQLAlchemy": "from sqlalchemy import select\n",
        "sqlite3": "import sqlite3\n",
        "an untyped store": "def f(store: Any) -> None: ...\n",
        "a cast of a store": "db = cast(Connected, store)\n",
        "the SQL store class": "if isinstance(store, SqlStore): ...\n",
        "a raw connection": "with store.reading('x') as conn: ...\n",
        "a storage module other than the protocols": "from sourcetrace.storage.sql import X\n",
    }
    for what, text in bad.items():
        assert _FORBIDDEN_OUTSIDE_STORAGE[what].search(text), what
    fine = ("from sourcetrace.storage.protocols import StoryStore\n"
            "from sourcetrace.storage.base import Store\n"
            "def f(store: StoryStore, n: Any) -> None: store.iter_stories()\n"
            "value = cast(int, other)\nreading = 'x'\n")
    assert not [w for w, p in _FORBIDDEN_OUTSIDE_STORAGE.items() if p.search(fine)]


def test_no_module_over_450_lines() -> None:
    long = [f"{p.relative_to(PACKAGE)}: {n}" for p in sorted(PACKAGE.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450]
    assert long == []


def test_no_folder_of_more_than_15_modules() -> None:
    # A folder that grows past 15 modules is split into sub-packages by what they do
    # (as ``storage/queries/``, ``storage/tables/`` and ``evaluation/realtext/``).
    crowded = [f"{d.relative_to(PACKAGE)}: {n}" for d in sorted(PACKAGE.rglob("*"))
               if d.is_dir() and (n := len(list(d.glob("*.py")))) > 15]
    assert crowded == []

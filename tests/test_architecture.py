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

"""CONTRIBUTING.md and the pre-commit hooks name targets, files and tools that exist."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", text, re.MULTILINE))


def test_every_make_target_named_exists() -> None:
    named = set(re.findall(r"make (\w+)", GUIDE))
    assert {"lint", "typecheck", "test"} <= named
    assert named <= _make_targets()


def test_every_file_named_exists() -> None:
    package = ROOT / "src" / "sourcetrace"
    for path in re.findall(r"`((?:src|tests|docs)/[\w/.-]+\.(?:py|md))`", GUIDE):
        if "NAME" not in path:  # a placeholder for the reader's new module
            assert (ROOT / path).exists(), path
    for path in re.findall(r"`((?:core|outputs|model|capabilities/checks)/[\w/]+\.py)`", GUIDE):
        assert (package / path).exists(), path
    assert (package / "lang" / "xx").is_dir()


def test_pre_commit_hooks_run_the_venv_tools_on_changed_files() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert set(hooks) == {"ruff", "mypy"}
    for hook in hooks.values():
        assert hook["language"] == "system"  # the venv's pinned tools, nothing downloaded
        assert hook["entry"].startswith(".venv/bin/")
        assert hook.get("pass_filenames", True)  # only the files a commit changes
    assert "--strict" in hooks["mypy"]["entry"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "mypy --strict src" in makefile and "ruff check src tests benchmarks" in makefile

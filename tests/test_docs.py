"""Docs are part of the product: a command, setting or export field missing from docs/ fails."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import typer.main

import sourcetrace
from sourcetrace.cli import app
from sourcetrace.config import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _commands() -> list[str]:
    group = typer.main.get_group(app)
    return sorted(group.commands)


def test_every_command_is_documented() -> None:
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in _commands():
        assert f"sourcetrace {name}" in guide, f"`sourcetrace {name}` missing from docs/guide.md"
        assert f"sourcetrace {name}" in readme, f"`sourcetrace {name}` missing from README.md"


def test_every_setting_is_documented() -> None:
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    for field in dataclasses.fields(Settings):
        variable = ENV_PREFIX + field.name.upper()
        assert variable in guide, f"{variable} missing from docs/guide.md"


def _schema_fields(node: object, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            found.add(key)
            _schema_fields(value, found)
        for key in ("items", "$defs", "oneOf", "anyOf", "allOf"):
            if key in node:
                _schema_fields(node[key], found)
        for value in node.get("$defs", {}).values():
            _schema_fields(value, found)
    elif isinstance(node, list):
        for item in node:
            _schema_fields(item, found)


def test_every_export_field_is_documented() -> None:
    schema_path = ROOT / "src/sourcetrace/outputs/schema/export-v1.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    fields: set[str] = set()
    _schema_fields(schema, fields)
    assert {"articles", "entities", "quotes", "figures", "dates", "stories", "signals",
            "checks"} <= fields
    text = (DOCS / "export.md").read_text(encoding="utf-8")
    missing = sorted(f for f in fields if f"`{f}`" not in text)
    assert not missing, f"export fields missing from docs/export.md: {missing}"


def _doc_tables(text: str) -> dict[str, dict[str, bool]]:
    """Per ``### `kind``` section of docs/export.md: field → whether it is marked *Extra*."""
    tables: dict[str, dict[str, bool]] = {}
    for section in re.split(r"^### ", text, flags=re.MULTILINE)[1:]:
        title = re.match(r"`(\w+)`", section)
        if title is None:
            continue
        fields = tables.setdefault(title.group(1), {})
        for cells in re.findall(r"^\| (`[^|]+`) \| [^|]* \| ([^\n]*)\|$", section, re.MULTILINE):
            for name in re.findall(r"`(\w+)`", cells[0]):
                fields[name] = cells[1].startswith("*Extra")
    return tables


def test_each_record_kind_is_documented_as_its_schema_declares_it() -> None:
    """The schema declares each record kind once; the docs table of that kind names every
    field it declares, and marks *Extra* exactly the fields it does not require."""
    schema_path = ROOT / "src/sourcetrace/outputs/schema/export-v1.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    tables = _doc_tables((DOCS / "export.md").read_text(encoding="utf-8"))
    for kind, prop in schema["properties"].items():
        record = schema["$defs"][prop["items"]["$ref"].rsplit("/", 1)[-1]]
        required = set(record.get("required", ()))
        documented = tables.get(kind)
        assert documented, f"no table for `{kind}` in docs/export.md"
        missing = set(record["properties"]) - set(documented)
        assert not missing, f"{kind}: schema fields missing from the docs table: {missing}"
        wrong = sorted(f for f, extra in documented.items()
                       if f in record["properties"] and extra == (f in required))
        assert not wrong, f"{kind}: *Extra* marks disagree with the schema's required: {wrong}"
        # Fields only in the docs are additional (the schema allows them): marked *Extra*.
        unmarked = sorted(f for f, extra in documented.items()
                          if f not in record["properties"] and not extra)
        assert not unmarked, f"{kind}: documented, not in the schema, not *Extra*: {unmarked}"


def test_the_doc_table_reader_sees_fields_and_extra_marks() -> None:
    text = ("### `things`\n\n| field | type | meaning |\n|---|---|---|\n"
            "| `id` | string | The id. |\n| `start`, `end` | integer | *Extra.* Span. |\n"
            "### Other\n| `x` | y | z |\n")
    assert _doc_tables(text) == {"things": {"id": False, "start": True, "end": True}}


def test_public_api_is_exactly_all() -> None:
    import types

    names = {n for n in dir(sourcetrace) if not n.startswith("_")}
    public = {n for n in names if not isinstance(getattr(sourcetrace, n), types.ModuleType)}
    public -= {"annotations", "importlib", "TYPE_CHECKING", "Any"}
    assert public == set(sourcetrace.__all__) - {"__version__"}
    for name in sourcetrace.__all__:
        assert getattr(sourcetrace, name) is not None

"""Reading knowledge-base lists: our JSON Lines/JSON/YAML format and FollowTheMoney lines.

A list is read entry by entry: a bad line or entry becomes a ``FormatError`` naming the
file and line (or entry number) and the rest is still read. FollowTheMoney entities (an
OpenSanctions export, an Aleph dump) are recognised by their ``schema`` and
``properties`` keys; people and organisations become entries, other schemata (sanctions,
addresses, ownership links …) are counted as skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sourcetrace.errors import FormatError
from sourcetrace.kb.entries import KBEntry, entry_from_dict
from sourcetrace.kb.normalise import normalise

__all__ = ["FTM_TYPES", "ListReport", "entries_from_text", "read_list"]

#: FollowTheMoney schema → our type.
FTM_TYPES: Mapping[str, str] = {
    "Person": "PERSON",
    "Organization": "ORG",
    "Company": "COMPANY",
    "LegalEntity": "ORG",
    "PublicBody": "AGENCY",
}
_YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class ListReport:
    """What reading one list gave: entries, per-line errors, and how many were skipped."""

    path: str
    entries: list[KBEntry] = field(default_factory=list)
    errors: list[FormatError] = field(default_factory=list)
    skipped: int = 0


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", normalise(text)).strip("-") or "x"


def _from_ftm(data: Mapping[str, Any], where: str) -> KBEntry | None:
    schema = data.get("schema")
    kind = FTM_TYPES.get(str(schema))
    if kind is None:
        return None
    props = data.get("properties")
    if not isinstance(props, dict):
        raise FormatError("FollowTheMoney entity without 'properties'", where=where)

    def values(key: str) -> list[str]:
        found = props.get(key) or []
        if isinstance(found, str):
            found = [found]
        return [v.strip() for v in found if isinstance(v, str) and v.strip()]

    names = values("name")
    if not names:
        raise FormatError(f"{schema} entity without a 'name' property", where=where)
    aliases = tuple(dict.fromkeys(values("alias") + values("weakAlias") + names[1:]))
    qids = [q for q in values("wikidataId") if re.fullmatch(r"Q\d+", q)]
    countries = [c for c in values("country") if len(c) == 2]
    ident = str(data.get("id") or _slug(names[0]))
    return KBEntry(
        id=f"ftm:{ident}",
        name=names[0],
        type=kind,
        qid=qids[0] if qids else None,
        aliases={"*": aliases} if aliases else {},
        country=countries[0].upper() if countries else None,
        origin="user",
    )


def _entry(data: Any, where: str) -> KBEntry | None:
    """Our format or FollowTheMoney; None for an FtM schema we do not link against."""
    if isinstance(data, dict) and "schema" in data and "properties" in data:
        return _from_ftm(data, where)
    if isinstance(data, dict) and not data.get("id") and isinstance(data.get("name"), str):
        data = {**data, "id": f"user:{str(data.get('type', 'org')).lower()}/{_slug(data['name'])}"}
    return entry_from_dict(data, where=where, origin="user")


def _items(text: str, path: str) -> Iterator[tuple[str, Any]]:
    """(where, parsed object) per entry; a parse failure is yielded as the exception."""
    suffix = Path(path).suffix.lower()
    stripped = text.lstrip()
    if suffix in _YAML_SUFFIXES or (suffix == ".json" and stripped[:1] in "[{"):
        try:
            if suffix in _YAML_SUFFIXES:
                import yaml  # type: ignore[import-untyped]

                whole = yaml.safe_load(text)
            else:
                whole = json.loads(text)
        except Exception as exc:
            yield path, FormatError(f"cannot be read: {exc}", where=path)
            return
        if isinstance(whole, dict) and isinstance(whole.get("entities"), list):
            whole = whole["entities"]
        if isinstance(whole, dict):
            whole = [whole]
        if not isinstance(whole, list):
            yield path, FormatError("expected a list of entries", where=path)
            return
        for n, item in enumerate(whole, start=1):
            yield f"{path}#{n}", item
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{n}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, FormatError(f"not valid JSON ({exc.msg})", where=where)


def entries_from_text(text: str, path: str) -> ListReport:
    """Parse a list's text (``path`` names it in errors and picks the format by suffix)."""
    report = ListReport(path=path)
    for where, item in _items(text, path):
        if isinstance(item, FormatError):
            report.errors.append(item)
            continue
        try:
            entry = _entry(item, where)
        except FormatError as exc:
            report.errors.append(exc)
            continue
        if entry is None:
            report.skipped += 1
        else:
            report.entries.append(entry)
    return report


def read_list(path: Path) -> ListReport:
    """Read a list file; a file that cannot be opened is one error, not an exception."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        report = ListReport(path=str(path))
        report.errors.append(FormatError(f"cannot be read: {exc}", where=str(path)))
        return report
    return entries_from_text(text, str(path))

"""``load_kb``: the bundled knowledge base, places, and the user's entries, built once.

The bundled entries are the JSON Lines files in ``kb/data/`` (or in a folder given
instead, e.g. a test's fixture knowledge base). Building the indexes takes about a
second, so the result is cached per process, keyed by the folder, whether places are
included, and a hash of the extra entries: adding a user list builds a new one.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from sourcetrace.errors import FormatError
from sourcetrace.kb.entries import KBEntry, entry_to_dict
from sourcetrace.kb.index import KnowledgeBase
from sourcetrace.kb.places import cities, countries
from sourcetrace.kb.userlists import entries_from_text

__all__ = ["bundled_dir", "load_kb", "read_entries"]

_CACHE: dict[tuple[str, bool, str], KnowledgeBase] = {}
_LOCK = threading.Lock()
#: Knowledge bases kept per process (a few user lists tried in one session).
_CACHE_SIZE = 4


def bundled_dir() -> Path:
    """The folder of the bundled JSON Lines files."""
    return Path(str(resources.files("sourcetrace.kb"))) / "data"


def read_entries(folder: Path) -> tuple[list[KBEntry], list[FormatError]]:
    """Every entry of every ``*.jsonl`` file in ``folder`` (sorted by name), and the errors."""
    entries: list[KBEntry] = []
    problems: list[FormatError] = []
    if not folder.is_dir():
        return entries, problems
    for path in sorted(folder.glob("*.jsonl")):
        report = entries_from_text(path.read_text(encoding="utf-8"), str(path))
        # Our own files use our ids and origin, not the user-list defaults.
        entries += [_as_bundled(e) for e in report.entries]
        problems += report.errors
    return entries, problems


def _as_bundled(entry: KBEntry) -> KBEntry:
    return replace(entry, origin="bundled")


def _key(extra: Sequence[KBEntry]) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    for entry in extra:
        digest.update(json.dumps(entry_to_dict(entry), sort_keys=True).encode())
    return digest.hexdigest()


def load_kb(
    extra: Iterable[KBEntry] = (),
    *,
    data_dir: Path | str | None = None,
    places: bool = True,
) -> KnowledgeBase:
    """The knowledge base: bundled (or ``data_dir``) entries, countries and cities
    (``places``), and ``extra`` entries (a user's lists, which win on equal names).

    Bad lines of the data files are skipped and listed in ``KnowledgeBase.problems``.
    """
    extra = tuple(extra)
    folder = Path(data_dir) if data_dir is not None else bundled_dir()
    key = (str(folder), places, _key(extra))
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        entries, problems = read_entries(folder)
        every: list[KBEntry] = [*extra, *entries]
        if places:
            every += [*countries(), *cities()]
        kb = KnowledgeBase(every)
        kb.problems = list(problems)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = kb
        return kb

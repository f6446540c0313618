"""Finding the input files under the paths a user gives."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from sourcetrace.ingest.sniff import is_sidecar, suffix_format

__all__ = ["discover"]


def discover(paths: Sequence[str | Path]) -> Iterator[Path]:
    """Yield the files to read under ``paths``, in a stable order, each once.

    - A folder is walked recursively, its entries sorted by name; hidden files and
      folders (name starting with ".") are skipped, as are files whose extension is not
      one we read (``sniff.SUFFIX_FORMATS``) and sidecar ``*.meta.json`` files, which
      are read with their article.
    - A file given by name is yielded whatever its extension (``read_file`` recognises
      its content or says why it cannot).
    - A path that does not exist, or a folder that cannot be listed, is yielded as
      given: ``read_file`` then reports it as an ``InputError`` in the same stream as
      every other per-input problem, and the other paths go on. ``discover`` never raises
      for a bad path.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = _walk(path) if path.is_dir() else iter((path,))
        for item in found:
            key = _identity(item)
            if key not in seen:
                seen.add(key)
                yield item


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        yield folder  # read_file reports why it cannot be listed
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        # Symlinked folders are not followed: they can loop, and walking outside the
        # given tree would surprise the user.
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file() and suffix_format(path) is not None and not is_sidecar(path):
            yield path


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()

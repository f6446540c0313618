"""JSON export: the one-object document of contract v1, written as a stream.

Articles go straight to the output as they arrive; records of the other kinds are
spilled to temporary files and copied in after the articles by ``finalize``, so memory
stays flat however large the case is. Every key of the contract is written, with an
empty list when there is nothing of that kind. One record per line keeps the file
readable and diffable.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Mapping
from typing import IO, TextIO

from sourcetrace.outputs.contract import KEYS, KINDS, ExportItem

__all__ = ["JsonExporter"]

_STREAMED = "article"


class JsonExporter:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        self._spills: dict[str, IO[str]] = {}
        self._finalized = False
        stream.write("{" + json.dumps(KEYS[_STREAMED]) + ": [")

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        if self._finalized:
            raise RuntimeError("write() after finalize()")
        if item.kind not in KEYS:
            raise ValueError(f"unknown export record kind {item.kind!r}")
        if item.kind == _STREAMED:
            target: IO[str] = self._stream
        else:
            target = self._spills.get(item.kind) or self._spill(item.kind)
        separator = ",\n" if self._counts[item.kind] else "\n"
        target.write(separator + json.dumps(item.data, ensure_ascii=False, allow_nan=False))
        self._counts[item.kind] += 1

    def _spill(self, kind: str) -> IO[str]:
        spill = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._spills[kind] = spill
        return spill

    def finalize(self) -> None:
        if self._finalized:
            return
        self._finalized = True
        self._stream.write(self._close(_STREAMED))
        try:
            for kind, key in KEYS.items():
                if kind == _STREAMED:
                    continue
                self._stream.write(",\n" + json.dumps(key) + ": [")
                spill = self._spills.get(kind)
                if spill is not None:
                    spill.seek(0)
                    shutil.copyfileobj(spill, self._stream)
                self._stream.write(self._close(kind))
        finally:
            self.close()
        self._stream.write("}\n")
        self._stream.flush()

    def close(self) -> None:
        """Delete the spill files (they are anonymous temporary files)."""
        for spill in self._spills.values():
            spill.close()
        self._spills.clear()

    def _close(self, kind: str) -> str:
        return "\n]" if self._counts[kind] else "]"

"""JSON Lines export: one record per line, tagged with its ``kind``.

A line is the contract record with ``"kind"`` first (``"article"``, ``"quote"``,
``"figure"``, ``"date"``, ``"signal"``, ``"entity"``, ``"story"``, ``"check"``). Signals
and checks have a ``kind`` of their own; on a line it is renamed ``signal_kind`` and
``check_kind`` so the tag stays unambiguous. Nothing is buffered: lines can be piped
into ``jq`` or another tool as they are produced.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any, TextIO

from sourcetrace.outputs.contract import KINDS, ExportItem

__all__ = ["JsonlExporter"]


class JsonlExporter:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._counts: Counter[str] = Counter({kind: 0 for kind in KINDS})

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def write(self, item: ExportItem) -> None:
        line: dict[str, Any] = {"kind": item.kind}
        for key, value in item.data.items():
            line[f"{item.kind}_kind" if key == "kind" else key] = value
        self._stream.write(json.dumps(line, ensure_ascii=False, allow_nan=False))
        self._stream.write("\n")
        self._counts[item.kind] += 1

    def finalize(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        """Nothing to release: lines go straight to the stream."""

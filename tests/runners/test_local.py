"""The local runner gives the same results in-process and on worker processes, in order."""

from __future__ import annotations

from sourcetrace.config import Settings
from sourcetrace.model import Document
from sourcetrace.runners.local import LocalRunner

MODULES = ("sourcetrace.capabilities.clean.stage", "sourcetrace.capabilities.language.stage")


def _docs(n: int) -> list[Document]:
    texts = [
        "The interior minister said on Tuesday that the border would stay open.",
        "Le ministre de l'Intérieur a déclaré mardi que la frontière resterait ouverte.",
        "Der Innenminister sagte am Dienstag, die Grenze bleibe offen.",
        "El ministro del Interior dijo el martes que la frontera seguiría abierta.",
    ]
    return [Document(id=str(i), origin=f"doc-{i}", fmt="txt", raw_text=texts[i % 4])
            for i in range(n)]


def test_parallel_equals_in_process() -> None:
    docs = _docs(24)
    serial = LocalRunner(Settings(processes=1), modules=MODULES)
    parallel = LocalRunner(Settings(processes=2, min_parallel_articles=4, batch_size=3),
                           modules=MODULES)
    a = list(serial.map(docs))
    b = list(parallel.map(docs))
    assert serial.mode == "in-process"
    assert parallel.mode == "2 processes"
    assert [o.origin for o in b] == [d.origin for d in docs]
    assert [o.document.language for o in a] == [o.document.language for o in b]  # type: ignore[union-attr]
    assert [o.document.language for o in a][:4] == ["en", "fr", "de", "es"]  # type: ignore[union-attr]

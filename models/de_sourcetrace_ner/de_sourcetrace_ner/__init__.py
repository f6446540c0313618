"""The German entity pipeline sourcetrace trains on GermEval-2014 (models/de_ner/train.py).

A sentencizer, a small hash-embedding tok2vec and an ``ner`` component; no tagger or parser.
Labels: PER, ORG, LOC, MISC (GermEval's OTH).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["load", "model_path"]


def model_path() -> Path:
    """The folder ``spacy.load`` reads."""
    return Path(__file__).parent / "model"


def load(**overrides: Any) -> Any:
    import spacy

    return spacy.load(model_path(), **overrides)

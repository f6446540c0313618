"""Shared fixtures for the cross-document tests: the real multilingual encoder, loaded once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.text.embeddings import Embedder, load_embedder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return load_embedder()


def read_fixture(name: str) -> list[dict[str, Any]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]

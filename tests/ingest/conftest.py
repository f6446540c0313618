from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sourcetrace.config import Settings
from sourcetrace.errors import InputError
from sourcetrace.ingest import read_file
from sourcetrace.model import RawArticle

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@pytest.fixture()
def fixtures() -> Path:
    return FIXTURES


ReadAll = Callable[..., tuple[list[RawArticle], list[InputError]]]


def _read_all(
    path: Path, settings: Settings | None = None
) -> tuple[list[RawArticle], list[InputError]]:
    articles: list[RawArticle] = []
    errors: list[InputError] = []
    for item in read_file(path, settings or Settings()):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            articles.append(item)
    return articles, errors


@pytest.fixture()
def read_all() -> ReadAll:
    """``read_all(path, settings=None)``: the articles and the errors read_file yields, in order."""
    return _read_all

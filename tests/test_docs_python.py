"""docs/python.md runs: its Python blocks, in order, against a small case."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shutil
from pathlib import Path

import pytest

import sourcetrace
from sourcetrace.web.readmodel import Check, Event, Quote
from tests.web.conflict_case import REPORTS, build_conflict_case

DOC = Path(__file__).resolve().parent.parent / "docs" / "python.md"
BLOCK = re.compile(r"^```python( pandas)?\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.fixture(scope="module")
def case_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_conflict_case(tmp_path_factory.mktemp("python-doc"))


def test_the_documented_session_runs(case_db: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(case_db, tmp_path / "case.db")
    monkeypatch.chdir(tmp_path)
    blocks = BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 3
    namespace: dict[str, object] = {}
    out = io.StringIO()
    has_pandas = importlib.util.find_spec("pandas") is not None
    for needs_pandas, code in blocks:
        with contextlib.redirect_stdout(out):
            if needs_pandas and not has_pandas:
                with pytest.raises(ImportError, match="pip install pandas"):
                    exec(code, namespace)
            else:
                exec(code, namespace)
    printed = out.getvalue()
    assert f"{len(REPORTS)} articles" in printed
    assert "conflicting event" in printed  # the first check is the conflict
    assert "bombing Brussels 2024-05-07" in printed


def test_tables_are_typed_paged_and_convert(case_db: Path) -> None:
    with sourcetrace.open_case(case_db) as case:
        assert len(case.articles) == len(REPORTS)
        pages = case.articles.page(0, 2) + case.articles.page(2, 2)
        assert sorted(a.id for a in pages) == sorted(r[0] for r in REPORTS)
        assert [a.id for a in case.articles] == [a.id for a in pages]
        checks = list(case.checks)
        assert all(isinstance(c, Check) for c in checks)
        assert checks[0].verdict == "conflicting"
        (event,) = case.events
        assert isinstance(event, Event) and event.place == "Brussels"
        assert len(case.figures) == len(REPORTS)
        arrow = case.figures.to_arrow()
        assert arrow.num_rows == len(REPORTS)
        assert arrow.column("value").to_pylist() == [3.0] * len(REPORTS)
        assert case.events.to_arrow().column("article_ids").to_pylist()[0] == list(
            event.article_ids)
        assert case.quotes.to_arrow().num_rows == len(case.quotes) == 0
        assert Quote.__dataclass_fields__["speaker"]  # the typed row of quotes
        signals = case.signals
        assert len(signals) == len(list(signals))
        for name in ("articles", "entities", "quotes", "figures", "events", "checks",
                     "signals"):
            table = getattr(case, name)
            assert table.to_arrow().num_rows == len(table), name
        with pytest.raises(ValueError, match="offset"):
            case.articles.page(-1, 5)


def test_a_missing_case_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such case database"):
        sourcetrace.open_case(tmp_path / "nope.db")

from __future__ import annotations

from pathlib import Path

from sourcetrace.config import Settings
from sourcetrace.errors import InputError
from sourcetrace.ingest import discover, read_paths


def _touch(path: Path, text: str = "Police arrested two men in Leeds on Tuesday.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_walks_folders_recursively_sorted_skipping_hidden_sidecars_and_unknown(
    tmp_path: Path,
) -> None:
    _touch(tmp_path / "b.txt")
    _touch(tmp_path / "a.html", "<html><body><p>x</p></body></html>")
    _touch(tmp_path / "a.meta.json", '{"title": "x"}')
    _touch(tmp_path / "sub" / "c.jsonl", '{"text": "x"}')
    _touch(tmp_path / "sub" / "archive.warc.gz", "")
    _touch(tmp_path / ".hidden.txt")
    _touch(tmp_path / ".git" / "inside.txt")
    _touch(tmp_path / "photo.png", "not read")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.html", "b.txt", "sub/archive.warc.gz", "sub/c.jsonl"]


def test_keeps_the_order_given_and_yields_each_file_once(tmp_path: Path) -> None:
    b = _touch(tmp_path / "b.txt")
    a = _touch(tmp_path / "a.txt")
    found = list(discover([b, tmp_path, str(a)]))
    assert found == [b, a]


def test_a_file_named_explicitly_is_yielded_whatever_its_extension(tmp_path: Path) -> None:
    odd = _touch(tmp_path / "article.body")
    assert list(discover([odd])) == [odd]


def test_a_missing_path_is_reported_by_read_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = _touch(tmp_path / "good.txt")
    missing = tmp_path / "missing"
    assert list(discover([missing, good])) == [missing, good]
    items = list(read_paths([missing, good], Settings()))
    assert isinstance(items[0], InputError)
    assert items[0].where == str(missing)
    assert "no such file or folder" in str(items[0])
    assert not isinstance(items[1], InputError)
    assert items[1].origin == str(good)

"""A page with a few stray NUL bytes is read; bytes full of NULs are still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.errors import DecodeError
from sourcetrace.ingest.decode import decode_bytes

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "webpages"


@pytest.mark.parametrize("name", ["broken-nav-en.html", "broken-nav-fr.html", "broken-nav-de.html"])
def test_a_few_stray_nul_bytes_are_dropped(name: str) -> None:
    data = (PAGES / name).read_bytes()
    middle = len(data) // 2
    soiled = data[:100] + b"\x00" + data[100:middle] + b"\x00" + data[middle:]
    assert decode_bytes(soiled, name) == data.decode("utf-8")


def test_bytes_with_many_nuls_are_still_binary() -> None:
    data = (PAGES / "broken-nav-en.html").read_bytes()
    binary = b"".join(bytes([byte, 0]) for byte in data[:400]) + data
    with pytest.raises(DecodeError, match="NUL bytes"):
        decode_bytes(binary, "page.bin")

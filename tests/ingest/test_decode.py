from __future__ import annotations

import codecs
import random
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sourcetrace.config import Settings
from sourcetrace.errors import DecodeError, EmptyInputError, TooLargeError
from sourcetrace.ingest.decode import check_text, decode_bytes

if TYPE_CHECKING:
    from conftest import ReadAll


FRENCH = "Le ministre de l’Intérieur a annoncé 4,5 millions d’euros (4 500 000 €) jeudi."


def test_real_cp1252_file_decodes_accents_quotes_and_euro(
    fixtures: Path, read_all: ReadAll
) -> None:
    (article,), errors = read_all(fixtures / "encodings" / "gares-cp1252.txt")
    assert not errors
    assert article.text is not None
    assert "l’Intérieur" in article.text
    assert "4 500 000 €" in article.text
    assert "« C’est une première étape »" in article.text


def test_real_latin1_file_decodes(fixtures: Path, read_all: ReadAll) -> None:
    (article,), errors = read_all(fixtures / "encodings" / "cabalgata-latin1.txt")
    assert not errors
    assert article.text is not None
    assert "¿Habrá cortes de tráfico?" in article.text
    assert "la señora Peña" in article.text


def test_utf8_with_and_without_bom_and_utf16_with_bom() -> None:
    assert decode_bytes(FRENCH.encode("utf-8"), "x") == FRENCH
    assert decode_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "x") == FRENCH
    assert decode_bytes(FRENCH.encode("utf-16"), "x") == FRENCH


def test_latin9_euro_sign_is_recognised() -> None:
    text = "Le billet coûte 12 € depuis lundi, a annoncé la société."
    assert decode_bytes(text.encode("iso8859_15"), "x") == text


def test_cyrillic_cp1251_is_not_mistaken_for_western() -> None:
    text = (
        "Президент заявил журналистам, что переговоры продолжатся на следующей неделе "
        "в Москве, несмотря на разногласия сторон."
    )
    assert decode_bytes(text.encode("cp1251"), "x") == text


def test_declared_charset_is_used_when_the_bytes_fit_it() -> None:
    text = "Die Straße in München wurde am Montag gesperrt."
    assert decode_bytes(text.encode("iso8859_2"), "x", declared="iso-8859-2") == text


def test_binary_with_nul_bytes_is_refused_naming_the_file(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    articles, (error,) = read_all(path)
    assert not articles
    assert isinstance(error, DecodeError)
    assert error.where == str(path)
    assert "binary" in str(error) and str(path) in str(error)


def test_undecodable_bytes_are_refused(tmp_path: Path, read_all: ReadAll) -> None:
    noise = random.Random(7)
    data = bytes(noise.choice(range(1, 256)) for _ in range(3000))
    path = tmp_path / "garbled.txt"
    path.write_bytes(data)
    articles, (error,) = read_all(path)
    assert not articles
    assert isinstance(error, DecodeError)
    assert str(path) in str(error)


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_and_whitespace_files_are_refused(
    tmp_path: Path, content: bytes, read_all: ReadAll
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    articles, (error,) = read_all(path)
    assert not articles
    assert isinstance(error, EmptyInputError)
    assert error.where == str(path)


def test_text_over_the_limit_is_refused_with_the_setting_named(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The council met again on Monday. " * 40, encoding="utf-8")
    articles, (error,) = read_all(path, Settings(max_text_bytes=500))
    assert not articles
    assert isinstance(error, TooLargeError)
    assert "max_text_bytes" in str(error) and str(path) in str(error)


def test_limit_counts_utf8_bytes_not_characters() -> None:
    settings = Settings(max_text_bytes=10)
    assert check_text("ééééé", "x", settings) == "ééééé"  # 10 bytes
    with pytest.raises(TooLargeError):
        check_text("éééééé", "x", settings)  # 12 bytes, 6 characters


def test_a_declared_utf16_without_bom_is_not_trusted() -> None:
    """Found by fuzzing: a page declaring UTF-16 whose bytes have no BOM made the UTF-16
    codec raise a bare UnicodeError (not a decode error) that escaped as a traceback. The
    declaration is unusable, so the bytes are read as what they are (must find the text);
    real UTF-16 with its BOM is still read as UTF-16 (must not lose it)."""
    text = "Le caf\u00e9 \u201cdu port\u201d a rouvert mardi. " * 20
    assert decode_bytes(text.encode("cp1252"), "page.html", declared="utf-16") == text
    assert decode_bytes(text.encode("utf-16"), "page.html", declared="utf-16") == text

"""Bytes to text, and the size and emptiness checks every article passes.

Decoding order, most certain first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. an encoding the container declares (HTTP ``Content-Type``, HTML ``<meta charset>``),
   used only if the bytes decode with it strictly;
3. strict UTF-8;
4. Windows-1252, when the result reads as Western-European text (see ``_looks_western``).
   Undeclared legacy news in English, French, German, Spanish, Italian or Portuguese is
   nearly always cp1252 or latin-1 (which cp1252 extends), and statistical detectors are
   unreliable on a few hundred bytes of it: charset-normalizer reads a short French cp1252
   paragraph as cp1250 and turns "’" into "ŕ". Latin-9 is recognised by its euro sign;
5. charset-normalizer, for everything else (Cyrillic, Greek, Arabic, Central European
   code pages).

A few stray NUL bytes (at most ``MAX_STRAY_NULS``, or one in ``1 / MAX_STRAY_NUL_SHARE``
bytes in a long page, as left by a faulty crawler or editor) are dropped before decoding:
text is not made of them, while UTF-16 without a mark is half NULs and compressed or
binary data about one in 256.
Bytes that contain more NUL characters (without a UTF-16/32 mark), that no step can decode,
or that decode to text full of control characters are refused with ``DecodeError``.
Known limit: Czech or Slovak text in cp1250 without a declaration can pass the Western
check and be misread; such files should be given as UTF-8.
"""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

from sourcetrace.config import Settings
from sourcetrace.errors import DecodeError, EmptyInputError, TooLargeError

__all__ = [
    "HTML_SIZE_FACTOR",
    "check_html",
    "check_text",
    "decode_bytes",
    "detect_encoding",
    "html_declared_charset",
    "human_size",
    "read_limited",
]

#: HTML is refused when it is over this many times ``max_text_bytes``: markup is commonly
#: 3 to 10 times the size of the article it carries, and the text limit is checked again
#: after extraction.
HTML_SIZE_FACTOR = 10

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Non-ASCII characters that Western-European news in cp1252 decodes to. Superscripts,
#: currency signs other than the euro, pound and yen, and symbols such as "¤" or "¦" are
#: left out on purpose: they are what a Central European or Cyrillic text turns into when
#: misread as cp1252.
_WESTERN_LETTERS = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸ"
_WESTERN_MARKS = "’‘“”„‚–—…€£¥«»°·•¡¿§©®™ºª±×\u00a0"
_WESTERN = frozenset(_WESTERN_LETTERS + _WESTERN_MARKS)
#: In Western languages accented letters are a small share of all letters (French about
#: 4%, German and Spanish 2-3%); Cyrillic or Greek misread as cp1252 is nearly all accents.
_MAX_ACCENTED_SHARE = 0.3
#: Share of NUL bytes up to which they are stray bytes in text and dropped (see above).
MAX_STRAY_NUL_SHARE = 0.001
MAX_STRAY_NULS = 4
#: Share of control characters (other than tab and line breaks) above which "text" is binary.
_MAX_CONTROL_SHARE = 0.01
#: charset-normalizer's "chaos" (0: clean, 1: noise) above which a guess is not trusted.
_MAX_CHAOS = 0.3

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
#: Unicode category Cc without tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def human_size(n_bytes: int) -> str:
    """``1.5 MB`` style size for messages."""
    if n_bytes >= 1_000_000:
        return f"{n_bytes / 1_000_000:.1f} MB"
    if n_bytes >= 1_000:
        return f"{n_bytes / 1_000:.1f} kB"
    return f"{n_bytes} bytes"


def decode_bytes(data: bytes, where: str, *, declared: str | None = None) -> str:
    """Decode ``data`` to text, or raise ``DecodeError``/``EmptyInputError`` naming ``where``.

    ``declared`` is an encoding the container states (HTTP header, HTML meta); it is
    trusted only when the bytes decode with it without error.
    """
    if not data.strip():
        raise EmptyInputError("is empty" if not data else "holds only whitespace", where=where)
    text = _decode(_drop_stray_nuls(data), where, declared)
    if not text.strip():
        raise EmptyInputError("holds only whitespace", where=where)
    _refuse_control_characters(text, where)
    return text


def _drop_stray_nuls(data: bytes) -> bytes:
    nuls = data.count(b"\x00")
    if not nuls or nuls > max(MAX_STRAY_NULS, MAX_STRAY_NUL_SHARE * len(data)):
        return data
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return data
    return data.replace(b"\x00", b"")


def _decode(data: bytes, where: str, declared: str | None) -> str:
    encoding = detect_encoding(data, where, declared=declared)
    try:
        return data.decode(encoding)
    except UnicodeError as exc:
        at = f" (bad byte at offset {exc.start})" if isinstance(exc, UnicodeDecodeError) else ""
        raise DecodeError(
            f"is not valid {encoding.upper()}{at}; re-save it as UTF-8",
            where=where,
        ) from exc


def detect_encoding(
    data: bytes, where: str, *, declared: str | None = None, partial: bool = False
) -> str:
    """The codec name to decode ``data`` with, following the order in the module docstring.

    ``partial``: ``data`` is the start of a longer stream (a CSV sample), so a multi-byte
    character cut at its end is not an error.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if b"\x00" in data:
        raise DecodeError(
            "looks like a binary file (it contains NUL bytes), not text; give text, HTML, "
            "JSON, CSV, RSS/Atom or WARC files",
            where=where,
        )
    if declared:
        name = _usable_declared(data, declared, partial)
        if name is not None:
            return name
    if _decodes(data, "utf-8", partial):
        return "utf-8"
    western = _western_encoding(data, partial)
    if western is not None:
        return western
    return _detect(data, where)


def _decodes(data: bytes, encoding: str, partial: bool) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=not partial)
    except UnicodeError:  # UTF-16/32 without a BOM raise the base class, not a decode error
        return False
    return True


def _usable_declared(data: bytes, declared: str, partial: bool) -> str | None:
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    # Browsers read a declared latin-1/ascii as windows-1252 (WHATWG Encoding): pages that
    # say latin-1 routinely contain cp1252 quotes and euro signs.
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"
    return name if _decodes(data, name, partial) else None


def _western_encoding(data: bytes, partial: bool) -> str | None:
    try:
        # Genuine latin-1 text never uses 0x80-0x9F (C1 controls), so reading it as cp1252
        # gives the same result; a byte cp1252 leaves undefined means another encoding.
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    encoding = "cp1252"
    if "¤" in text:
        # Latin-9 puts the euro sign where latin-1 and cp1252 have the currency sign.
        encoding = "iso8859_15"
        text = data.decode(encoding)
    return encoding if _looks_western(text) else None


def _looks_western(text: str) -> bool:
    non_ascii = _NON_ASCII.findall(text)
    if any(ch not in _WESTERN for ch in non_ascii):
        return False
    accented = sum(1 for ch in non_ascii if ch.isalpha())
    letters = len(_ASCII_LETTER.findall(text)) + accented
    return letters > 0 and accented / letters <= _MAX_ACCENTED_SHARE


def _detect(data: bytes, where: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise DecodeError(
            "is not text in any encoding we recognise (tried UTF-8, Windows-1252 and "
            "charset detection); if it is text, re-save it as UTF-8",
            where=where,
        )
    return best.encoding


def _refuse_control_characters(text: str, where: str) -> None:
    sample = text[:100_000]
    controls = len(_CONTROL.findall(sample))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise DecodeError(
            f"looks like a binary file ({controls} control characters in the first "
            f"{len(sample)} characters), not text",
            where=where,
        )


def html_declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 kB."""
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def check_text(text: str, where: str, settings: Settings, *, what: str = "text") -> str:
    """``text`` if it is usable as an article body, else ``EmptyInputError``/``TooLargeError``."""
    if not text.strip():
        raise EmptyInputError(f"{what} is empty", where=where)
    _check_size(text, where, settings.max_text_bytes, what)
    return text


def check_html(html: str, where: str, settings: Settings) -> str:
    """``html`` if it is non-empty and under ``HTML_SIZE_FACTOR`` times the text limit."""
    if not html.strip():
        raise EmptyInputError("HTML is empty", where=where)
    _check_size(html, where, settings.max_text_bytes * HTML_SIZE_FACTOR, "HTML")
    return html


def _check_size(text: str, where: str, limit: int, what: str) -> None:
    # len() is a lower bound on the UTF-8 size and 4 * len() an upper one: only texts
    # between the two need encoding.
    if 4 * len(text) <= limit:
        return
    size = len(text) if len(text) > limit else len(text.encode("utf-8"))
    if size > limit:
        raise TooLargeError(
            f"{what} is {human_size(size)}, over the limit of {human_size(limit)} "
            "(setting max_text_bytes, env SOURCETRACE_MAX_TEXT_BYTES); split it or raise the limit",
            where=where,
        )


def read_limited(stream: BinaryIO, limit: int, where: str, *, what: str = "file") -> bytes:
    """Read ``stream`` to its end, refusing with ``TooLargeError`` past ``limit`` bytes.

    Never holds more than ``limit + 1`` bytes, however large the input.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(
            f"{what} is over {human_size(limit)}, more than any article under the limit "
            "(setting max_text_bytes, env SOURCETRACE_MAX_TEXT_BYTES) could need; split it "
            "or raise the limit",
            where=where,
        )
    return data

"""Sidecar metadata: ``NAME.meta.json`` (or ``NAME.txt.meta.json``) beside an article file.

The sidecar is a JSON object with any of the metadata fields of ``ingest.fields``
(``id``, ``title``, ``source``, ``url``, ``published``, ``author``, ``language`` and their
aliases); a body field in it is ignored. ``NAME.txt.meta.json`` wins when both exist.

A sidecar that cannot be used (not JSON, not an object, undecodable) is reported as an
``InputError`` naming the sidecar, and the article is still read, without its metadata:
losing the text over a typo in the metadata would lose more than it protects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from sourcetrace.errors import FormatError, InputError
from sourcetrace.ingest.decode import decode_bytes, read_limited
from sourcetrace.ingest.fields import metadata_from_mapping
from sourcetrace.ingest.sniff import SIDECAR_SUFFIX

__all__ = ["find_sidecar", "read_sidecar"]

#: Metadata never needs more; a bigger sidecar is a mistake, not metadata.
_MAX_SIDECAR_BYTES = 1_000_000


def find_sidecar(article: Path) -> Path | None:
    """The sidecar of ``article``, if one exists."""
    for candidate in (
        article.with_name(article.name + SIDECAR_SUFFIX),
        article.with_name(article.stem + SIDECAR_SUFFIX),
    ):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(article: Path) -> tuple[dict[str, str | None], InputError | None]:
    """The metadata of ``article``'s sidecar (empty without one) and the problem, if any."""
    sidecar = find_sidecar(article)
    if sidecar is None:
        return {}, None
    where = str(sidecar)
    consequence = f"{article.name} was read without this metadata"
    try:
        with sidecar.open("rb") as stream:
            data = read_limited(stream, _MAX_SIDECAR_BYTES, where, what="sidecar")
        parsed = json.loads(decode_bytes(data, where))
    except json.JSONDecodeError as exc:
        return {}, FormatError(
            f"sidecar metadata is not valid JSON ({exc.msg.removesuffix(' at')} at line "
            f"{exc.lineno}, column {exc.colno}); {consequence}",
            where=where,
        )
    except InputError as exc:
        return {}, type(exc)(f"sidecar {exc.message}; {consequence}", where=where)
    except OSError as exc:
        return {}, InputError(
            f"sidecar cannot be read ({exc.strerror}); {consequence}", where=where
        )
    if not isinstance(parsed, Mapping):
        return {}, FormatError(
            f"sidecar metadata must be a JSON object, not a {type(parsed).__name__}; {consequence}",
            where=where,
        )
    try:
        return metadata_from_mapping(parsed, where), None
    except InputError as exc:
        return {}, type(exc)(f"sidecar {exc.message}; {consequence}", where=where)

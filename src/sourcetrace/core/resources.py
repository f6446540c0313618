"""Loaded language resources for one process: settings, spaCy pipelines, detectors.

Stages receive a ``Resources`` and ask it for what they need; it loads each model once
per process, from installed packages only (nothing downloads). A missing model raises
``ModelMissingError`` naming the package to install.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
import warnings
from typing import TYPE_CHECKING, Any

from sourcetrace.config import Settings
from sourcetrace.errors import ModelMissingError
from sourcetrace.lang import get_pack
from sourcetrace.lang.pack import ModelRef

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Resources"]


class Resources:
    """Per-process cache of loaded models. Cheap to create; loads lazily."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._lock = threading.Lock()
        self._spacy: dict[tuple[str, tuple[str, ...]], Language | None] = {}
        self._cache: dict[str, Any] = {}

    def spacy(
        self, language: str, *, disable: tuple[str, ...] = (), required: bool = True
    ) -> Language | None:
        """The best installed spaCy pipeline for ``language``.

        Returns ``None`` when the pack lists no model (German) or, with ``required=False``,
        when none of its models is installed.
        """
        key = (language, disable)
        with self._lock:
            if key not in self._spacy:
                self._spacy[key] = _shared_spacy(language, disable, required=required)
            return self._spacy[key]

    def ner(self, language: str, *, required: bool = True) -> Language | None:
        """The pack's entity-only pipeline (``LanguagePack.ner_model``; German), or ``None``
        when the pack has none. Absent from the environment: ``ModelMissingError`` naming
        the package, or ``None`` with ``required=False``."""
        key = (language, (_NER_ONLY,))
        with _LOADED_LOCK:
            if key not in _LOADED or (_LOADED[key] is None and required):
                _LOADED[key] = _load_ner(language, required=required)
            return _LOADED[key]

    def cached(self, name: str, factory: Any) -> Any:
        """A process-wide object built once by ``factory()`` (detectors, compiled patterns)."""
        with self._lock:
            if name not in self._cache:
                self._cache[name] = factory()
            return self._cache[name]


_LOADED: dict[tuple[str, tuple[str, ...]], Language | None] = {}
_LOADED_LOCK = threading.Lock()
#: Cache key marker of the entity-only pipelines (never a component name).
_NER_ONLY = "<ner-only>"


def _shared_spacy(language: str, disable: tuple[str, ...], *, required: bool) -> Language | None:
    """Pipelines are read-only at inference, so one load serves every Resources in a process."""
    key = (language, disable)
    with _LOADED_LOCK:
        if key not in _LOADED or (_LOADED[key] is None and required):
            _LOADED[key] = _load_spacy(language, disable, required=required)
        return _LOADED[key]


def _load_spacy(language: str, disable: tuple[str, ...], *, required: bool) -> Language | None:
    pack = get_pack(language)
    if not pack.spacy_models:
        return None
    for ref in pack.spacy_models:
        if importlib.util.find_spec(ref.package) is not None:
            return _load_ref(ref, disable)
    if not required:
        return None
    names = ", ".join(ref.pypi for ref in pack.spacy_models)
    raise ModelMissingError(
        f"no spaCy pipeline for {pack.name} ({language}) is installed; install one of: {names} "
        "(`make install` installs the pinned ones)"
    )


def _load_ref(ref: ModelRef, disable: tuple[str, ...]) -> Language:
    import spacy

    with warnings.catch_warnings():
        # W095: the Spanish pipeline on PyPI (3.1) predates spaCy 3.8; it loads and
        # runs, and docs/benchmarks.md measures what it is worth. Say it once, not per process.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        if ref.loader == "model_path":
            module = importlib.import_module(ref.package)
            return spacy.load(module.model_path(), exclude=list(disable))
        return spacy.load(ref.package, exclude=list(disable))


def _load_ner(language: str, *, required: bool) -> Language | None:
    ref = get_pack(language).ner_model
    if ref is None:
        return None
    if importlib.util.find_spec(ref.package) is not None:
        return _load_ref(ref, ())
    if not required:
        return None
    raise ModelMissingError(
        f"the {get_pack(language).name} ({language}) entity model is not installed; install "
        f"{ref.pypi} (it ships in models/{ref.package}/; `make install` installs it)"
    )

"""Language detectors behind one small interface, restricted to the languages in use.

Two backends, chosen by ``Settings.langid_backend``:
- ``py3langid``: a naive Bayes model over byte n-grams; fast on long text, with
  length-calibrated probabilities (``norm_probs``).
- ``lingua``: n-gram models of several orders with rules for unique characters; slower
  to load and run, better on short text.

Both are restricted to ``Settings.languages`` (codes a backend does not know are left
out; none known is a ``ConfigError``), and both answer ``(code, confidence)`` with the
code in ISO 639-1, or ``(None, 0.0)`` when the text gives nothing to go on.

A text in a language outside the list (a Korean page when only European languages are
configured) would otherwise get the nearest configured language with a low confidence:
when the restricted answer is below ``UNDETERMINED_BELOW`` and the unrestricted model
names a language outside the list, py3langid answers ``UNDETERMINED`` ("und") with that
low confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sourcetrace.errors import ConfigError, ModelMissingError

__all__ = [
    "UNDETERMINED",
    "UNDETERMINED_BELOW",
    "Detector",
    "LinguaDetector",
    "Py3LangidDetector",
    "build_detector",
]

#: ISO 639-2 code for "undetermined": the text is in none of the configured languages.
UNDETERMINED = "und"
#: A restricted answer below this confidence is checked against all languages.
UNDETERMINED_BELOW = 0.5


class Detector(Protocol):
    """Detects the language of one text."""

    languages: tuple[str, ...]

    def detect(self, text: str) -> tuple[str | None, float]: ...


class Py3LangidDetector:
    def __init__(self, languages: Sequence[str]) -> None:
        try:
            from py3langid.langid import (  # type: ignore[import-untyped]
                MODEL_FILE,
                LanguageIdentifier,
            )
        except ImportError as exc:
            raise ModelMissingError("py3langid is not installed; install py3langid") from exc
        self._identifier: Any = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        known = set(self._identifier.labels)
        self.languages = _restrict(languages, known, "py3langid")
        self._everything: Any = None
        if len(self.languages) > 1:
            # The unrestricted model tells a text in no configured language (see above).
            self._everything = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            self._identifier.set_languages(list(self.languages))

    def detect(self, text: str) -> tuple[str | None, float]:
        if not any(ch.isalpha() for ch in text):
            return None, 0.0
        if len(self.languages) == 1:
            return self.languages[0], 1.0
        code, confidence = self._identifier.classify(text)
        if confidence < UNDETERMINED_BELOW:
            best, _ = self._everything.classify(text)
            if str(best) not in self.languages:
                return UNDETERMINED, float(confidence)
        return str(code), float(confidence)


class LinguaDetector:
    def __init__(self, languages: Sequence[str]) -> None:
        try:
            import lingua
        except ImportError as exc:
            raise ModelMissingError(
                "lingua is not installed; install lingua-language-detector"
            ) from exc
        by_code = {}
        for code in languages:
            iso = getattr(lingua.IsoCode639_1, code.upper(), None)
            if iso is not None:
                by_code[code] = lingua.Language.from_iso_code_639_1(iso)
        self.languages = _restrict(languages, set(by_code), "lingua")
        self._detector: Any = None
        if len(self.languages) > 1:
            builder = lingua.LanguageDetectorBuilder.from_languages(
                *(by_code[code] for code in self.languages)
            )
            self._detector = builder.build()

    def detect(self, text: str) -> tuple[str | None, float]:
        if not any(ch.isalpha() for ch in text):
            return None, 0.0
        if self._detector is None:
            return self.languages[0], 1.0
        values = self._detector.compute_language_confidence_values(text)
        if not values or values[0].value <= 0.0:
            return None, 0.0
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), float(best.value)


def _restrict(languages: Sequence[str], known: set[str], backend: str) -> tuple[str, ...]:
    usable = tuple(dict.fromkeys(code.lower() for code in languages if code.lower() in known))
    if not usable:
        raise ConfigError(
            f"none of the configured languages {list(languages)} is known to {backend}"
        )
    return usable


def build_detector(backend: str, languages: Sequence[str]) -> Detector:
    """A detector for ``backend`` ("py3langid" or "lingua") over ``languages``."""
    if backend == "py3langid":
        return Py3LangidDetector(languages)
    if backend == "lingua":
        return LinguaDetector(languages)
    raise ConfigError(f"langid_backend must be 'py3langid' or 'lingua', not {backend!r}")

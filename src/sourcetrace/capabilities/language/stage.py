"""Language identification: one ISO 639-1 code per article, plus the paragraphs in another.

- The article's language is detected on its cleaned text (the headline when the body is
  empty); a language given in the input wins, with confidence 1.0; no text, no language.
- Every paragraph long enough to judge is detected too; those confidently in a language
  other than the article's become ``LanguageSegment``s (a quoted statement left in the
  original, a translated paragraph, a bilingual page), in ``text`` offsets.

The backend (py3langid or lingua, see ``capabilities.language.detectors``) comes from
``settings.langid_backend`` and is built once per process, restricted to
``settings.languages``.
"""

from __future__ import annotations

from collections.abc import Iterator

from sourcetrace.capabilities.language.detectors import Detector, build_detector
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.model import Document, LanguageSegment
from sourcetrace.text.segments import blocks

__all__ = ["STAGE", "detector_for", "identify"]

#: Paragraphs shorter than this (characters or words) are not judged: a detector's
#: guess on a few words is too often wrong to report.
MIN_SEGMENT_CHARS = 60
MIN_SEGMENT_WORDS = 8
#: A paragraph is reported as a segment only at this confidence or above.
SEGMENT_MIN_CONFIDENCE = 0.9
#: The article's language is read from its first this-many characters.
ARTICLE_SAMPLE_CHARS = 20_000



def detector_for(resources: Resources) -> Detector:
    """The configured detector, built once per process and settings."""
    settings = resources.settings
    key = f"langid.{settings.langid_backend}.{','.join(settings.languages)}"
    detector: Detector = resources.cached(
        key, lambda: build_detector(settings.langid_backend, settings.languages)
    )
    return detector


def identify(doc: Document, resources: Resources) -> Document:
    sample = doc.text or doc.headline or ""
    if not sample.strip():
        given = doc.language_given
        return doc.evolve(
            language=given, language_confidence=1.0 if given else None, segments=()
        )
    detector = detector_for(resources)
    if doc.language_given:
        language: str | None = doc.language_given
        confidence: float | None = 1.0
    else:
        language, confidence = detector.detect(_head(sample))
        if language is None:
            confidence = None
    segments = tuple(_segments(doc.text, language, detector))
    return doc.evolve(language=language, language_confidence=confidence, segments=segments)


def _segments(text: str, language: str | None, detector: Detector) -> Iterator[LanguageSegment]:
    article = (language or "").lower().split("-")[0]
    for start, end in blocks(text):
        paragraph = text[start:end]
        if len(paragraph) < MIN_SEGMENT_CHARS or len(paragraph.split()) < MIN_SEGMENT_WORDS:
            continue
        code, confidence = detector.detect(paragraph)
        if code is None or code == article or confidence < SEGMENT_MIN_CONFIDENCE:
            continue
        yield LanguageSegment(start=start, end=end, language=code, confidence=round(confidence, 4))


def _head(text: str) -> str:
    if len(text) <= ARTICLE_SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, ARTICLE_SAMPLE_CHARS)
    return text[: cut if cut > 0 else ARTICLE_SAMPLE_CHARS]


STAGE = Stage(
    name="langid",
    version="1",
    requires=frozenset({"text", "headline", "language_given"}),
    assigns=frozenset({"language", "language_confidence", "segments"}),
    run=identify,
)

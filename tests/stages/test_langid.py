"""Language identification with both backends, on articles we wrote in four languages."""

# Fixture articles are written out whole, so some lines run long.
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.clean.boilerplate import compile_rulebook
from sourcetrace.capabilities.clean.stage import clean_text
from sourcetrace.capabilities.language.detectors import build_detector
from sourcetrace.capabilities.language.stage import STAGE, detector_for, identify
from sourcetrace.config import Settings
from sourcetrace.core.resources import Resources
from sourcetrace.errors import ConfigError
from sourcetrace.lang import all_packs
from sourcetrace.model import Document
from sourcetrace.text.segments import blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BACKENDS = ("py3langid", "lingua")
ARTICLES = sorted((FIXTURES / "langid" / "articles").glob("*.txt"))
CLEAN_ARTICLES = sorted((FIXTURES / "clean").glob("*.txt"))


@pytest.fixture(scope="module", params=BACKENDS)
def resources(request: pytest.FixtureRequest) -> Resources:
    return Resources(Settings(langid_backend=request.param))


def _doc(text: str, **fields: object) -> Document:
    return Document(id="t", origin="test.txt", fmt="txt", text=text, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_language(path: Path, resources: Resources) -> None:
    doc = identify(_doc(path.read_text(encoding="utf-8")), resources)
    assert doc.language == path.name.split("_")[0]
    assert doc.language_confidence is not None and doc.language_confidence > 0.9
    assert doc.segments == ()


@pytest.mark.parametrize("path", CLEAN_ARTICLES, ids=lambda p: p.stem)
def test_cleaned_article_language(path: Path, resources: Resources) -> None:
    text = clean_text(path.read_text(encoding="utf-8"), compile_rulebook(all_packs())).text
    doc = identify(_doc(text), resources)
    assert doc.language == path.name.split("_")[0]
    assert doc.segments == ()


def test_mixed_article_yields_a_segment(resources: Resources) -> None:
    text = (FIXTURES / "langid" / "mixed_en_fr.txt").read_text(encoding="utf-8").strip()
    doc = identify(_doc(text), resources)
    assert doc.language == "en"
    assert len(doc.segments) == 1
    segment = doc.segments[0]
    assert segment.language == "fr"
    assert segment.confidence >= 0.9
    assert text[segment.start : segment.end].startswith("« Nous avons pris nos responsabilités")
    assert text[segment.start : segment.end].endswith("à l'issue du sommet.")


def test_given_language_wins_but_segments_are_still_found(resources: Resources) -> None:
    text = (FIXTURES / "langid" / "mixed_en_fr.txt").read_text(encoding="utf-8")
    doc = identify(_doc(text, language_given="en"), resources)
    assert (doc.language, doc.language_confidence) == ("en", 1.0)
    assert [s.language for s in doc.segments] == ["fr"]
    # Even a wrong given language wins; every paragraph then reads as another language.
    doc = identify(_doc(text, language_given="de"), resources)
    assert (doc.language, doc.language_confidence) == ("de", 1.0)
    assert {s.language for s in doc.segments} == {"en", "fr"}


def test_short_paragraphs_are_not_judged(resources: Resources) -> None:
    text = ("The minister said the talks had failed and that a new round would be held in May, "
            "after the summer recess.\n\n« Merci beaucoup. »\n\n"
            "Diplomats said they expected little progress before the elections in the autumn.")
    assert identify(_doc(text), resources).segments == ()


def test_empty_text_has_no_language(resources: Resources) -> None:
    doc = identify(_doc(""), resources)
    assert (doc.language, doc.language_confidence, doc.segments) == (None, None, ())
    assert identify(_doc("  \n\n 2024 – 12:30 "), resources).language is None


def test_headline_alone_is_enough(resources: Resources) -> None:
    doc = identify(_doc("", headline="Le gouvernement annonce un plan contre la sécheresse"),
                   resources)
    assert doc.language == "fr"


@pytest.mark.parametrize("backend", BACKENDS)
def test_detector_is_restricted_to_the_configured_languages(backend: str) -> None:
    detector = build_detector(backend, ("en", "fr"))
    code, _ = detector.detect("Die Bundesregierung hat am Mittwoch schärfere Kontrollen beschlossen.")
    assert code in ("en", "fr")
    assert build_detector(backend, ("xq", "es")).languages == ("es",)
    with pytest.raises(ConfigError):
        build_detector(backend, ("xq",))


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "Police say two people were injured."),
     ("fr", "Les négociations reprendront lundi."),
     ("de", "Die Gespräche gehen am Montag weiter."),
     ("es", "Las negociaciones se reanudarán el lunes.")],
)
@pytest.mark.parametrize("backend", BACKENDS)
def test_short_sentences(backend: str, code: str, text: str) -> None:
    assert build_detector(backend, Settings().languages).detect(text)[0] == code


def test_detector_built_once_per_process(resources: Resources) -> None:
    assert detector_for(resources) is detector_for(resources)


def test_paragraph_offsets() -> None:
    text = "One.\n\nTwo lines\nhere.\n\n\nThree."
    assert [text[s:e] for s, e in blocks(text)] == ["One.", "Two lines\nhere.", "Three."]


def test_stage_declaration() -> None:
    assert STAGE.requires == {"text", "headline", "language_given"}
    assert STAGE.assigns == {"language", "language_confidence", "segments"}


def test_a_language_outside_the_configured_list_is_undetermined() -> None:
    from sourcetrace.capabilities.language.detectors import UNDETERMINED, build_detector

    detector = build_detector("py3langid", ["en", "fr", "de", "es"])
    code, confidence = detector.detect(
        "대한민국 정부는 오늘 새로운 경제 정책을 발표했다. 이번 정책은 중소기업 지원을 확대한다."
    )
    assert code == UNDETERMINED and confidence < 0.5
    assert detector.detect("The council approved the new bridge on Monday evening.")[0] == "en"

"""The pipeline's contract: declared fields checked once, per-document error policy."""

from __future__ import annotations

import pytest

from sourcetrace.core.pipeline import DEFAULT_STAGES, Pipeline, Stage
from sourcetrace.core.resources import Resources
from sourcetrace.errors import EmptyInputError, PipelineError
from sourcetrace.model import Document


def _doc(origin: str, text: str) -> Document:
    return Document(id=origin, origin=origin, fmt="txt", raw_text=text)


def _upper(doc: Document, resources: Resources) -> Document:
    return doc.evolve(text=doc.raw_text.upper())


def _explode_on_b(doc: Document, resources: Resources) -> Document:
    if "b" in doc.text.lower():
        raise ValueError("cannot handle b")
    return doc.evolve(headline="ok")


def _reject_empty(doc: Document, resources: Resources) -> Document:
    if not doc.raw_text.strip():
        raise EmptyInputError("no text")
    return doc


UPPER = Stage(name="upper", version="1", requires=frozenset({"raw_text"}),
              assigns=frozenset({"text"}), run=_upper)
FRAGILE = Stage(name="fragile", version="2", requires=frozenset({"text"}),
                assigns=frozenset({"headline"}), run=_explode_on_b)
GATE = Stage(name="gate", version="1", requires=frozenset({"raw_text"}),
             assigns=frozenset(), run=_reject_empty)


def test_requires_must_be_assigned_earlier() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([FRAGILE, UPPER])


def test_assigns_must_be_document_fields() -> None:
    bogus = Stage(name="bogus", version="1", requires=frozenset(), assigns=frozenset({"nope"}),
                  run=_upper)
    with pytest.raises(PipelineError, match="nope"):
        Pipeline([bogus])


def test_stage_error_is_recorded_and_document_kept() -> None:
    outcomes = Pipeline([GATE, UPPER, FRAGILE]).run_batch(
        [_doc("1", "alpha"), _doc("2", "beta"), _doc("3", "  ")], Resources()
    )
    assert [o.origin for o in outcomes] == ["1", "2", "3"]
    first, second, third = outcomes
    assert first.document is not None and first.document.headline == "ok"
    assert second.document is not None and second.document.text == "BETA"
    assert second.document.headline is None
    assert [(e.stage, e.error) for e in second.document.errors] == [("fragile", "ValueError")]
    assert third.document is None and third.rejected is not None
    assert third.rejected.where == "3"
    assert first.document.stage_versions == {"gate": "1", "upper": "1", "fragile": "2"}


def test_default_stages_form_a_valid_pipeline() -> None:
    pipeline = Pipeline.from_modules(DEFAULT_STAGES)
    names = [s.name for s in pipeline.stages]
    assert names[:2] == ["html", "clean"]
    assert "parse" in names and "langid" in names
    assert names.index("langid") < names.index("parse")


def test_parsed_doc_never_leaves_the_pipeline() -> None:
    def attach(doc: Document, resources: Resources) -> Document:
        return doc.evolve(parsed=object())

    stage = Stage(name="attach", version="1", requires=frozenset(), assigns=frozenset({"parsed"}),
                  run=attach)
    (outcome,) = Pipeline([stage]).run_batch([_doc("1", "x")], Resources())
    assert outcome.document is not None and outcome.document.parsed is None


def test_given_fields_allow_a_partial_pipeline() -> None:
    with pytest.raises(PipelineError):
        Pipeline([FRAGILE])
    (outcome,) = Pipeline([FRAGILE], given={"text"}).run_batch(
        [Document(id="1", origin="1", fmt="txt", text="alpha")], Resources()
    )
    assert outcome.document is not None and outcome.document.headline == "ok"

"""The signals stage: explainable, evidence-backed source signals for one article.

Each signal is a ``Signal(kind, score, evidence)``: a stable snake_case ``kind`` (listed
in docs/export.md), a 0..1 ``score`` and the spans that triggered it, each with a note in
words. Signals are evidence for a reader, never a verdict on a person; nothing here infers
anyone's religion, ethnicity or origin. Families, one module each:

- sourcing (``signal_attribution``): attribution, anonymous_sourcing,
  unverifiable_certainty, hedging, unsupported_figures;
- wording (``signal_language``): loaded_language and the SemEval-2023 Task 3 persuasion
  techniques detectable from text (name_calling, exaggeration_minimisation, doubt,
  appeal_to_fear, flag_waving, causal_oversimplification, slogans, whataboutism,
  questioning_reputation, appeal_to_authority, appeal_to_popularity, appeal_to_values,
  appeal_to_hypocrisy, guilt_by_association, consequential_oversimplification,
  false_dilemma, conversation_killer, appeal_to_time, repetition, scare_quotes), and
  opinion_as_news, each with its cues in the headline too (``field="headline"``); the
  technique each kind stands for is in ``signal_techniques``;
- headline (``signal_headline``): headline_body;
- provenance (``signal_republication``, ``signal_mt``): republication, machine_translation.

A signal with nothing to show is left out (its score would be 0); outlet profiles read a
missing kind as 0. The words and phrases come from the language pack
(``LanguagePack.signals``); an article in a language without a lexicon still gets the
language-independent signals (attribution, figures, republication).
"""

from __future__ import annotations

from sourcetrace.capabilities.signals.attribution import sourcing_signals
from sourcetrace.capabilities.signals.headline import headline_signals
from sourcetrace.capabilities.signals.language import language_signals
from sourcetrace.capabilities.signals.mt import mt_signals
from sourcetrace.capabilities.signals.republication import republication_signals
from sourcetrace.capabilities.signals.text import view_of
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.lang import get_pack
from sourcetrace.model import Document, Signal

__all__ = ["KINDS", "STAGE", "compute_signals"]

#: Every kind this stage can emit, in the order it emits them.
KINDS: tuple[str, ...] = (
    "attribution",
    "unsupported_figures",
    "anonymous_sourcing",
    "unverifiable_certainty",
    "hedging",
    "loaded_language",
    "name_calling",
    "exaggeration_minimisation",
    "doubt",
    "appeal_to_fear",
    "flag_waving",
    "causal_oversimplification",
    "whataboutism",
    "slogans",
    "questioning_reputation",
    "appeal_to_authority",
    "appeal_to_popularity",
    "appeal_to_values",
    "appeal_to_hypocrisy",
    "guilt_by_association",
    "consequential_oversimplification",
    "false_dilemma",
    "conversation_killer",
    "appeal_to_time",
    "scare_quotes",
    "repetition",
    "opinion_as_news",
    "headline_body",
    "republication",
    "machine_translation",
)


def compute_signals(doc: Document, resources: Resources) -> tuple[Signal, ...]:
    """All signals of ``doc`` (which has been through clean … dates)."""
    if not doc.text.strip():
        return ()
    pack = get_pack(doc.language)
    view = view_of(doc)
    found: list[Signal] = []
    found += sourcing_signals(doc, view, pack, resources)
    found += language_signals(doc, view, pack.signals, resources)
    found += headline_signals(doc, pack, resources)
    found += republication_signals(doc)
    found += mt_signals(doc, view, pack, resources)
    return tuple(s for s in found if s.evidence)


def run(doc: Document, resources: Resources) -> Document:
    return doc.evolve(signals=compute_signals(doc, resources))


STAGE = Stage(
    name="signals",
    version="2",
    requires=frozenset(
        {
            "text",
            "language",
            "parsed",
            "quotes",
            "mentions",
            "figures",
            "dates",
            "headline",
            "title",
            "removed",
        }
    ),
    assigns=frozenset({"signals"}),
    run=run,
)

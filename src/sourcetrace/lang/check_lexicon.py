"""Per-language data for cross-source checks: negation cues, counted things, figure context.

``negation_cues``: lower-cased words that turn a statement into its denial ("not",
"ne … pas", "nicht"); a claim with a cue set against a close paraphrase without one is
flagged as a possible contradiction. ``counted_concepts`` maps a counted noun as the
figures stage gives it (lower-cased, singular or plural) to a language-neutral concept
("mort" → "dead"), so figures about the same thing are compared across languages.

The context fields say what a figure is about beyond its counted noun (read in the
figure's own sentence by ``capabilities.checks.figure_context``):

- ``figure_scopes``: a word → the language-neutral thing an amount is of, for or paid to
  ("donation", "wallet", "network" for one network, "networks" for several, "women" as
  recipients, "total"). Singular and plural stay apart where they name a part against
  the whole ("un réseau" is one of "les réseaux").
- ``subcount_before`` / ``subcount_after``: phrases right before or after a figure that
  make it a part of another count ("dont trois enfants", "four of them").
- ``relative_openers``: phrases opening a relative clause ("in which", "où"); such a
  clause belongs to the clause before it when a figure is dated ("the 2004 siege, in
  which 330 died" is about 2004).
- ``since_words``: words before a year that make it the start of a period running up to
  now ("since 2019"), not the date of another event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["CheckLexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckLexicon:
    negation_cues: frozenset[str] = frozenset()
    counted_concepts: Mapping[str, str] = field(default_factory=dict)
    figure_scopes: Mapping[str, str] = field(default_factory=dict)
    subcount_before: frozenset[str] = frozenset()
    subcount_after: frozenset[str] = frozenset()
    relative_openers: frozenset[str] = frozenset()
    since_words: frozenset[str] = frozenset()

"""Per-language data for cross-source checks: negation cues and counted-thing concepts.

``negation_cues``: lower-cased words that turn a statement into its denial ("not",
"ne … pas", "nicht"); a claim with a cue set against a close paraphrase without one is
flagged as a possible contradiction. ``counted_concepts`` maps a counted noun as the
figures stage gives it (lower-cased, singular or plural) to a language-neutral concept
("mort" → "dead"), so figures about the same thing are compared across languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["CheckLexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckLexicon:
    negation_cues: frozenset[str] = frozenset()
    counted_concepts: Mapping[str, str] = field(default_factory=dict)

"""Linking quality: pairwise precision and recall over mentions.

Every pair of mentions put in one entity by the linker is a predicted link; every pair in
one gold cluster a true link. Precision = correct predicted pairs / predicted pairs,
recall = correct predicted pairs / true pairs. Mentions missing from either side count
as singletons. Pairs are counted per cluster (sizes), so the cost stays linear in the
mentions even for large entities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["PairwiseScore", "pairwise"]


@dataclass(frozen=True, slots=True)
class PairwiseScore:
    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PairwiseScore:
    """Scores of ``predicted`` (mention → entity) against ``gold`` (mention → cluster)."""
    mentions = set(predicted) | set(gold)
    pred = {m: predicted.get(m, f"~{m}") for m in mentions}
    true = {m: gold.get(m, f"~{m}") for m in mentions}
    predicted_pairs = sum(_pairs(n) for n in Counter(pred.values()).values())
    gold_pairs = sum(_pairs(n) for n in Counter(true.values()).values())
    correct = sum(_pairs(n) for n in Counter((pred[m], true[m]) for m in mentions).values())
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairwiseScore(precision, recall, f1, predicted_pairs, gold_pairs, correct)

"""Coreference scores: MUC, B-cubed, CEAF-e and their average, the CoNLL F1.

Clusterings are ``item -> cluster id`` mappings; the gold and the system may hold
different items (a gold mention the system missed, a system mention the gold lacks).
As in the CoNLL-2012 reference scorer: recall is counted over the gold items and
precision over the system's, an item missing from the other side standing alone there.

- MUC (Vilain et al. 1995): links; a cluster of n items has n - 1, and the other side
  recovers as many as its clusters cut it into fewer parts;
- B-cubed (Bagga & Baldwin 1998): per item, the share of its cluster that the other
  side puts with it, averaged over items;
- CEAF-e (Luo 2005): the best one-to-one alignment of gold and system clusters, each
  pair scored 2|K ∩ R| / (|K| + |R|), divided by the number of clusters on each side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

__all__ = ["b_cubed", "ceaf_e", "conll", "muc"]

Clustering = Mapping[str, str]


def _clusters(items: Clustering) -> list[set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for item, cluster in items.items():
        found[cluster].add(item)
    return list(found.values())


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _muc_recall(key: Clustering, response: Clustering) -> float:
    links = parts = 0
    for cluster in _clusters(key):
        cut = {response[i] if i in response else f"alone:{i}" for i in cluster}
        links += len(cluster) - 1
        parts += len(cluster) - len(cut)
    return parts / links if links else 0.0


def muc(gold: Clustering, system: Clustering) -> dict[str, float]:
    return _prf(_muc_recall(system, gold), _muc_recall(gold, system))


def _b3_recall(key: Clustering, response: Clustering) -> float:
    if not key:
        return 0.0
    by_cluster = {id(c): c for c in _clusters(response)}
    cluster_of = {i: c for c in by_cluster.values() for i in c}
    total = 0.0
    for cluster in _clusters(key):
        for item in cluster:
            other = cluster_of.get(item, set())  # missed by the other side: nothing
            total += len(cluster & other) / len(cluster)
    return total / len(key)


def b_cubed(gold: Clustering, system: Clustering) -> dict[str, float]:
    return _prf(_b3_recall(system, gold), _b3_recall(gold, system))


def ceaf_e(gold: Clustering, system: Clustering) -> dict[str, float]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

    keys, responses = _clusters(gold), _clusters(system)
    if not keys or not responses:
        return _prf(0.0, 0.0)
    scores = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys])
    rows, cols = linear_sum_assignment(scores, maximize=True)
    best = float(scores[rows, cols].sum())
    return _prf(best / len(responses), best / len(keys))


def conll(gold: Clustering, system: Clustering) -> dict[str, Any]:
    """MUC, B-cubed and CEAF-e, and ``conll_f1``: the mean of their F1."""
    scores = {"muc": muc(gold, system), "b_cubed": b_cubed(gold, system),
              "ceaf_e": ceaf_e(gold, system)}
    return {**scores, "conll_f1": round(sum(s["f1"] for s in scores.values()) / 3, 4)}

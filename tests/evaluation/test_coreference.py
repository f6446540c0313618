"""MUC, B-cubed and CEAF-e on clusterings small enough to count by hand."""

from __future__ import annotations

from sourcetrace.evaluation.coreference import b_cubed, ceaf_e, conll, muc

# gold {a b c} {d e}; system {a b} {c d e}
GOLD = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}
SYSTEM = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}


def test_muc_counts_links() -> None:
    # Recall: {a b c} is cut in two (1 of 2 links), {d e} whole (1 of 1): 2/3.
    # Precision: {a b} whole (1/1), {c d e} cut in two (1/2): 2/3.
    assert muc(GOLD, SYSTEM) == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}


def test_b_cubed_averages_over_items() -> None:
    # Recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15; precision (1 + 1 + 1/3 + 2/3 + 2/3) / 5.
    assert b_cubed(GOLD, SYSTEM) == {"precision": 0.7333, "recall": 0.7333, "f1": 0.7333}


def test_ceaf_e_aligns_clusters_one_to_one() -> None:
    # {a b c}~{a b}: 4/5, {d e}~{c d e}: 4/5; two clusters each side.
    assert ceaf_e(GOLD, SYSTEM) == {"precision": 0.8, "recall": 0.8, "f1": 0.8}


def test_missed_and_extra_mentions_cost_recall_and_precision() -> None:
    gold = {"a": "1", "b": "1"}
    system = {"a": "x", "z": "x"}  # "b" missed, "z" not in the gold
    scores = conll(gold, system)
    assert scores["muc"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    # a: half its cluster on either side; b (missed) and z (extra) count nothing.
    assert scores["b_cubed"] == {"precision": 0.25, "recall": 0.25, "f1": 0.25}
    perfect = conll(gold, {"a": "x", "b": "x"})
    assert perfect["conll_f1"] == 1.0
    assert scores["conll_f1"] < perfect["conll_f1"]

"""Score persuasion-technique detection on SemEval-2023 Task 3 (subtask 3), cross-validated.

The data (a path the user gives; never copied into the repository) has, per language
folder (``en``, ``fr``, ``ge``), article texts and ``train-labels-subtask-3.txt``: one line
per paragraph (``article_id``, ``paragraph_no``: the 1-based line number in the article
file, comma-separated techniques). The metric is the task's: paragraph-level multi-label
micro-F1 (primary) and macro-F1 over techniques, per language.

Two systems are scored, both on held-out folds of articles (k-fold, grouped by article,
so no article's paragraphs are on both sides):

- ``rules``: our lexicons (``LanguagePack.signals``), each technique kind mapped to its
  SemEval label; nothing is fitted, the folds only make its numbers comparable;
- ``model``: a light one-vs-rest logistic regression (numpy + scipy.sparse) on hashed word
  unigrams and bigrams plus the rule counts, trained only on the training folds; each
  label's decision threshold is chosen on an inner split of the training folds.

Usage: ``sourcetrace eval persuasion --data DATA_DIR [--folds 5] [--out FILE]``
(``sourcetrace eval persuasion --data PATH`` calls ``evaluate``).
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]

from sourcetrace.capabilities.signals.text import compile_terms
from sourcetrace.errors import FormatError
from sourcetrace.lang import get_pack

__all__ = ["RULE_LABELS", "evaluate", "format_report", "load_language"]

#: Our technique kinds -> (lexicon field, SemEval-2023 label).
RULE_LABELS: dict[str, tuple[str, str]] = {
    "loaded_language": ("loaded", "Loaded_Language"),
    "name_calling": ("name_calling", "Name_Calling-Labeling"),
    "exaggeration_minimisation": ("exaggeration", "Exaggeration-Minimisation"),
    "doubt": ("doubt", "Doubt"),
    "appeal_to_fear": ("fear", "Appeal_to_Fear-Prejudice"),
    "flag_waving": ("flag_waving", "Flag_Waving"),
    "causal_oversimplification": ("causal", "Causal_Oversimplification"),
    "whataboutism": ("whataboutism", "Whataboutism"),
    "slogans": ("slogans", "Slogans"),
}
_FOLDERS = {"en": "en", "fr": "fr", "de": "ge"}
_HASH_BITS = 18
_WORD = re.compile(r"\w+")
_MIN_POSITIVES = 8


@dataclass
class Paragraph:
    article: str
    text: str
    labels: frozenset[str]


def load_language(path: Path, language: str) -> list[Paragraph]:
    folder = path / _FOLDERS.get(language, language)
    labels_file = folder / "train-labels-subtask-3.txt"
    articles = folder / "train-articles-subtask-3"
    if not labels_file.is_file() or not articles.is_dir():
        raise FormatError(
            f"{folder}: no train-labels-subtask-3.txt and train-articles-subtask-3/ "
            "(SemEval-2023 Task 3 layout)"
        )
    lines_of: dict[str, list[str]] = {}
    out: list[Paragraph] = []
    for n, row in enumerate(labels_file.read_text(encoding="utf-8").splitlines(), start=1):
        parts = row.split("\t")
        if len(parts) < 2:
            continue
        if not parts[1].strip().isdigit():
            raise FormatError(
                f"{labels_file}: line {n}: paragraph number {parts[1]!r} is not a number"
            )
        article, number = parts[0], int(parts[1])
        if article not in lines_of:
            text_file = articles / f"article{article}.txt"
            if not text_file.is_file():
                raise FormatError(f"{labels_file}: line {n}: no article file {text_file.name}")
            lines_of[article] = text_file.read_text(encoding="utf-8").splitlines()
        lines = lines_of[article]
        text = lines[number - 1] if 0 < number <= len(lines) else ""
        labels = frozenset(x for x in (parts[2].split(",") if len(parts) > 2 else []) if x.strip())
        if text.strip():
            out.append(Paragraph(article=article, text=text, labels=labels))
    return out


def _rule_patterns(language: str) -> dict[str, re.Pattern[str] | None]:
    lex = get_pack(language).signals
    return {kind: compile_terms(getattr(lex, field)) for kind, (field, _) in RULE_LABELS.items()}


def _rule_counts(paragraphs: Sequence[Paragraph], language: str) -> np.ndarray:
    patterns = _rule_patterns(language)
    counts = np.zeros((len(paragraphs), len(RULE_LABELS)), dtype=np.float32)
    for i, p in enumerate(paragraphs):
        for j, pattern in enumerate(patterns.values()):
            if pattern is not None:
                counts[i, j] = len(pattern.findall(p.text))
    return counts


def _hashed(paragraphs: Sequence[Paragraph], rule_counts: np.ndarray) -> sparse.csr_matrix:
    size = 1 << _HASH_BITS
    rows, cols, vals = [], [], []
    for i, p in enumerate(paragraphs):
        words = [w.lower() for w in _WORD.findall(p.text)]
        feats = {*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))}
        for f in feats:
            rows.append(i)
            cols.append(zlib.crc32(f.encode()) & (size - 1))
            vals.append(1.0)
        rows.append(i)
        cols.append(size)  # bias
        vals.append(1.0)
    words_part = sparse.csr_matrix(
        (vals, (rows, cols)), shape=(len(paragraphs), size + 1), dtype=np.float32
    )
    words_part.data = np.minimum(words_part.data, 1.0)
    norms = np.sqrt(np.asarray(words_part.multiply(words_part).sum(axis=1))).ravel()
    words_part = sparse.diags(1.0 / np.maximum(norms, 1e-6)) @ words_part
    return sparse.hstack([words_part, sparse.csr_matrix(np.log1p(rule_counts))], format="csr")


def _train(
    x: sparse.csr_matrix, y: np.ndarray, *, epochs: int = 120, l2: float = 1e-4, lr: float = 0.5
) -> np.ndarray:
    """One-vs-rest logistic regression, full-batch Adam; positives weighted to balance."""
    n, d = x.shape
    w = np.zeros((d, y.shape[1]), dtype=np.float32)
    pos = y.mean(axis=0).clip(1e-3, 0.5)
    weight = np.where(y > 0, 0.5 / pos, 0.5 / (1 - pos)).astype(np.float32)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    xt = x.T.tocsr()
    for t in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = (xt @ ((p - y) * weight)) / n + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def _predict(x: sparse.csr_matrix, w: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))))


def _best_thresholds(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    grid = np.linspace(0.1, 0.9, 17)
    out = np.full(y.shape[1], 0.5)
    for j in range(y.shape[1]):
        f1s = []
        for th in grid:
            pred = p[:, j] >= th
            tp = float((pred & (y[:, j] > 0)).sum())
            f1s.append(2 * tp / max(pred.sum() + y[:, j].sum(), 1))
        out[j] = grid[int(np.argmax(f1s))]
    return out


def _folds(paragraphs: Sequence[Paragraph], k: int, seed: int = 13) -> list[np.ndarray]:
    articles = sorted({p.article for p in paragraphs})
    order = np.random.default_rng(seed).permutation(len(articles))
    fold_of = {articles[i]: n % k for n, i in enumerate(order)}
    ids = np.array([fold_of[p.article] for p in paragraphs])
    return [np.flatnonzero(ids == f) for f in range(k)]


def _scores(
    gold: list[frozenset[str]], pred: list[frozenset[str]], labels: Sequence[str]
) -> dict[str, Any]:
    per: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for label in labels:
        tp = sum(label in g and label in p for g, p in zip(gold, pred, strict=True))
        fp = sum(label not in g and label in p for g, p in zip(gold, pred, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred, strict=True))
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        per[label] = {"f1": 2 * tp / max(2 * tp + fp + fn, 1), "support": tp + fn}
    micro = 2 * tp_all / max(2 * tp_all + fp_all + fn_all, 1)
    precision = tp_all / max(tp_all + fp_all, 1)
    recall = tp_all / max(tp_all + fn_all, 1)
    macro = float(np.mean([v["f1"] for v in per.values()])) if per else 0.0
    return {
        "micro_f1": round(micro, 4),
        "macro_f1": round(macro, 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "per_label": {k: round(v["f1"], 4) for k, v in per.items() if v["support"]},
    }


def _evaluate_language(paragraphs: list[Paragraph], language: str, folds: int) -> dict[str, Any]:
    labels = sorted({label for p in paragraphs for label in p.labels})
    gold = [p.labels for p in paragraphs]
    counts = _rule_counts(paragraphs, language)
    rule_pred = [
        frozenset(RULE_LABELS[kind][1] for j, kind in enumerate(RULE_LABELS) if counts[i, j] > 0)
        for i in range(len(paragraphs))
    ]
    x = _hashed(paragraphs, counts)
    y = np.array([[label in g for label in labels] for g in gold], dtype=np.float32)
    model_pred: list[frozenset[str]] = [frozenset()] * len(paragraphs)
    for test in _folds(paragraphs, folds):
        train = np.setdiff1d(np.arange(len(paragraphs)), test)
        trainable = [j for j in range(len(labels)) if y[train, j].sum() >= _MIN_POSITIVES]
        if not trainable:
            continue
        inner = _folds([paragraphs[i] for i in train], 5, seed=7)[0]
        fit, tune = np.setdiff1d(np.arange(len(train)), inner), inner
        yt = y[train][:, trainable]
        w = _train(x[train][fit], yt[fit])
        thresholds = _best_thresholds(_predict(x[train][tune], w), yt[tune])
        w = _train(x[train], yt)
        p = _predict(x[test], w) >= thresholds
        for row, i in enumerate(test):
            model_pred[i] = frozenset(labels[trainable[j]] for j in np.flatnonzero(p[row]))
    return {
        "paragraphs": len(paragraphs),
        "articles": len({p.article for p in paragraphs}),
        "labels": len(labels),
        "rules": _scores(gold, rule_pred, labels),
        "model": _scores(gold, model_pred, labels),
    }


def evaluate(
    path: Path, folds: int = 5, languages: Sequence[str] = ("en", "fr", "de")
) -> dict[str, Any]:
    """Cross-validated paragraph-level micro/macro-F1 per language (see the module doc)."""
    result: dict[str, Any] = {"dataset": str(path), "folds": folds, "languages": {}}
    for language in languages:
        paragraphs = load_language(Path(path), language)
        result["languages"][language] = _evaluate_language(paragraphs, language, folds)
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"SemEval-2023 Task 3 subtask 3 (train, {result['folds']}-fold CV by article): "
        "paragraph-level F1",
        f"{'lang':5} {'paras':>6} {'system':7} {'micro-F1':>9} {'macro-F1':>9} {'P':>6} {'R':>6}",
    ]
    for language, r in result["languages"].items():
        for system in ("rules", "model"):
            s = r[system]
            lines.append(
                f"{language:5} {r['paragraphs']:>6} {system:7} "
                f"{s['micro_f1']:>9.3f} {s['macro_f1']:>9.3f}"
                f" {s['precision']:>6.3f} {s['recall']:>6.3f}"
            )
    return "\n".join(lines)

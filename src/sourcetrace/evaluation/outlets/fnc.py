"""Outlet profiles on the FakeNewsCorpus sample: do shrunk outlet profiles rank outlets
typed fake/conspiracy/bias/junksci/… above those typed reliable?

``news_sample.csv`` (a path the user gives; never copied into the repository) holds
articles with their ``domain`` and the domain's OpenSources ``type``. Every article runs
through the per-document pipeline; outlet profiles are built as the product builds them
(``capabilities.outlets.profiles``: each kind's mean shrunk toward the corpus mean by the
outlet's article count), and each outlet's score is the mean of its shrunk ``AGGREGATE``
kinds (fixed before looking at this data, ``evaluation.outlets``). Two AUCs: per outlet
(low types against ``reliable``) and per article. Types that say nothing about factual
reporting (political, satire, state, unknown, none) are left out.

Usage: ``sourcetrace eval outlets --data news_sample.csv``.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.outlets.profiles import (
    PRIOR_ARTICLES,
    OutletProfile,
    profile_outlets,
)
from sourcetrace.core.pipeline import Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.errors import FormatError
from sourcetrace.evaluation.outlets import AGGREGATE, aggregate_score, auc
from sourcetrace.ingest.identity import new_document
from sourcetrace.model import Document, RawArticle

__all__ = ["HIGH", "LOW", "evaluate_fnc", "format_report"]

#: OpenSources types counted as low factuality.
LOW = frozenset({"fake", "conspiracy", "bias", "junksci", "unreliable", "hate", "clickbait",
                 "rumor"})
HIGH = frozenset({"reliable"})


def _articles(path: Path, limit: int | None) -> list[tuple[str, str, RawArticle]]:
    csv.field_size_limit(min(sys.maxsize, 1 << 28))
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"domain", "type", "content"} <= set(reader.fieldnames):
            raise FormatError(f"{path}: no domain, type and content columns "
                              "(FakeNewsCorpus news_sample.csv layout)")
        for n, row in enumerate(reader, start=2):
            kind = (row.get("type") or "").strip()
            text = (row.get("content") or "").strip()
            if kind not in LOW | HIGH or not text:
                continue
            domain = row["domain"].strip().removeprefix("www.")
            out.append((domain, kind, RawArticle(
                origin=f"{path}#L{n}", fmt="txt", text=text,
                title=(row.get("title") or "").strip() or None, source=domain,
                url=(row.get("url") or "").strip() or None, language="en")))
            if limit is not None and len(out) >= limit:
                break
    return out


def evaluate_fnc(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    articles = _articles(Path(path), limit)
    pipeline = Pipeline.from_modules()
    resources = Resources()
    docs: list[tuple[str, str, Document]] = []
    for start in range(0, len(articles), 16):
        batch = articles[start : start + 16]
        outcomes = pipeline.run_batch([new_document(raw) for _, _, raw in batch], resources)
        docs += [(domain, kind, o.document) for (domain, kind, _), o in
                 zip(batch, outcomes, strict=True) if o.document is not None]
    type_of = {domain: kind for domain, kind, _ in docs}
    profiles = profile_outlets(d for _, _, d in docs)
    totals: dict[str, float] = dict.fromkeys(AGGREGATE, 0.0)
    for _, _, d in docs:
        for signal in d.signals:
            totals[signal.kind] = totals.get(signal.kind, 0.0) + signal.score
    corpus_mean = {k: totals[k] / max(len(docs), 1) for k in AGGREGATE}

    def shrunk(p: OutletProfile, kind: str) -> float:
        # A kind the outlet never shows is 0 in each of its articles, shrunk like the rest.
        stats = p.signals.get(kind)
        if stats is not None:
            return float(stats["shrunk"])
        return PRIOR_ARTICLES * corpus_mean[kind] / (p.articles + PRIOR_ARTICLES)

    outlet_score = {p.outlet: sum(shrunk(p, k) for k in AGGREGATE) / len(AGGREGATE)
                    for p in profiles}
    low = [v for o, v in outlet_score.items() if type_of[o] in LOW]
    high = [v for o, v in outlet_score.items() if type_of[o] in HIGH]
    low_articles = [aggregate_score(d) for _, kind, d in docs if kind in LOW]
    high_articles = [aggregate_score(d) for _, kind, d in docs if kind in HIGH]
    return {
        "dataset": str(path),
        "articles": len(docs),
        "types": dict(Counter(kind for _, kind, _ in docs)),
        "outlets": {"low": len(low), "high": len(high)},
        "outlet_auc": round(auc(low, high), 3),
        "article_auc": round(auc(low_articles, high_articles), 3),
        "per_outlet": {
            o: {"type": type_of[o], "articles": next(p.articles for p in profiles
                                                     if p.outlet == o),
                "score": round(v, 4)}
            for o, v in sorted(outlet_score.items(), key=lambda kv: -kv[1])
        },
        "stage_errors": sum(len(d.errors) for _, _, d in docs),
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"FakeNewsCorpus sample: {result['articles']} articles, outlets "
        f"{result['outlets']['low']} low-typed / {result['outlets']['high']} reliable",
        f"outlet-level ROC AUC (shrunk profile aggregate): {result['outlet_auc']:.3f}",
        f"article-level ROC AUC (aggregate): {result['article_auc']:.3f}",
    ]
    for outlet, r in result["per_outlet"].items():
        lines.append(f"  {outlet:32} {r['type']:11} {r['score']:.4f} ({r['articles']} articles)")
    return "\n".join(lines)

"""Do our signals separate low- from high-factuality outlets? ROC AUC on PolNeAR.

PolNeAR (a path the user gives; never copied into the repository) holds 2016 US election
articles from seven outlets, 120 per outlet in its train compartment, with their publisher
in ``metadata.tsv``. We run the whole per-document pipeline on each article's text and
compute one aggregate per article: the mean of the signals that describe the outlet's own
voice and sourcing (``AGGREGATE``, fixed before looking at this data). The AUC is the
probability that an article from an outlet independent raters rate mixed/low factuality
(``outlets.ratings``) scores higher than one from a high-factuality outlet (0.5 = chance).
Per-signal AUCs and per-outlet means are reported too, to show where the separation
comes from. Articles are scored, not outlets: seven outlets are too few for an outlet-
level AUC, so the figure also reflects each outlet's house style.

Usage: ``sourcetrace eval outlets --data DATA_DIR [--per-outlet N] [--out FILE]``.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.signals.stage import KINDS
from sourcetrace.core.pipeline import Pipeline
from sourcetrace.core.resources import Resources
from sourcetrace.errors import FormatError
from sourcetrace.evaluation.outlets.ratings import ORIGIN, RATINGS
from sourcetrace.ingest.identity import new_document
from sourcetrace.model import Document, RawArticle

__all__ = ["AGGREGATE", "aggregate_score", "auc", "evaluate", "format_report"]

#: Signals left out of the per-article aggregate: careful reporting uses anonymous
#: sourcing and hedging, and the headline, republication and translation signals describe
#: the page's production rather than its wording.
_NOT_AGGREGATED = frozenset(
    {"anonymous_sourcing", "hedging", "headline_body", "republication", "machine_translation"}
)
#: Signals averaged into the per-article aggregate (every other kind the stage makes).
AGGREGATE: tuple[str, ...] = tuple(k for k in KINDS if k not in _NOT_AGGREGATED)


def aggregate_score(doc: Document) -> float:
    scores = {s.kind: s.score for s in doc.signals}
    return sum(scores.get(k, 0.0) for k in AGGREGATE) / len(AGGREGATE)


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """ROC AUC by the rank-sum (Mann–Whitney) statistic; ties count one half."""
    if not positives or not negatives:
        return float("nan")
    ranked = sorted([(v, 1) for v in positives] + [(v, 0) for v in negatives])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mean_rank = (i + j + 1) / 2
        rank_sum += mean_rank * sum(label for _, label in ranked[i:j])
        i = j
    n_pos, n_neg = len(positives), len(negatives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def _articles(path: Path, split: str, per_outlet: int | None) -> list[tuple[str, RawArticle]]:
    meta = path / "metadata.tsv"
    if not meta.is_file():
        raise FormatError(f"{path}: no metadata.tsv (PolNeAR layout)")
    taken: dict[str, int] = defaultdict(int)
    out = []
    with meta.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            publisher = row["publisher"]
            if row["compartment"] != split or publisher not in RATINGS:
                continue
            if per_outlet is not None and taken[publisher] >= per_outlet:
                continue
            text_file = path / split / "text" / f"{row['filename']}.txt"
            if not text_file.is_file():
                continue
            taken[publisher] += 1
            out.append(
                (
                    publisher,
                    RawArticle(
                        origin=str(text_file),
                        fmt="txt",
                        text=text_file.read_text(encoding="utf-8"),
                        title=row.get("title") or None,
                        source=publisher,
                        language="en",
                        author=None if row.get("author") in (None, "", "None") else row["author"],
                        published=row.get("publication_date") or None,
                    ),
                )
            )
    return out


def evaluate(path: Path, *, split: str = "train", per_outlet: int | None = None) -> dict[str, Any]:
    articles = _articles(Path(path), split, per_outlet)
    pipeline = Pipeline.from_modules()
    resources = Resources()
    rows: list[tuple[str, Document]] = []
    for start in range(0, len(articles), 16):
        batch = articles[start : start + 16]
        outcomes = pipeline.run_batch([new_document(raw) for _, raw in batch], resources)
        rows += [
            (pub, o.document)
            for (pub, _), o in zip(batch, outcomes, strict=True)
            if o.document is not None
        ]
    low = [aggregate_score(d) for pub, d in rows if RATINGS[pub][1] == "low"]
    high = [aggregate_score(d) for pub, d in rows if RATINGS[pub][1] == "high"]
    per_signal = {}
    for kind in KINDS:

        def score(d: Document, kind: str = kind) -> float:
            return next((s.score for s in d.signals if s.kind == kind), 0.0)

        per_signal[kind] = round(
            auc(
                [score(d) for p, d in rows if RATINGS[p][1] == "low"],
                [score(d) for p, d in rows if RATINGS[p][1] == "high"],
            ),
            3,
        )
    per_outlet_mean: dict[str, list[float]] = defaultdict(list)
    for pub, d in rows:
        per_outlet_mean[pub].append(aggregate_score(d))
    return {
        "dataset": str(path),
        "split": split,
        "articles": len(rows),
        "ratings_origin": ORIGIN,
        "low_articles": len(low),
        "high_articles": len(high),
        "auc": round(auc(low, high), 3),
        "per_signal_auc": per_signal,
        "per_outlet": {
            pub: {
                "group": RATINGS[pub][1],
                "articles": len(v),
                "mean_aggregate": round(sum(v) / len(v), 3),
            }
            for pub, v in sorted(per_outlet_mean.items())
        },
        "stage_errors": sum(len(d.errors) for _, d in rows),
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"PolNeAR {result['split']}: {result['articles']} articles "
        f"({result['low_articles']} from mixed/low-factuality outlets, "
        f"{result['high_articles']} from high)",
        f"article-level ROC AUC of the aggregate signal score: {result['auc']:.3f}",
        "per outlet (mean aggregate):",
    ]
    for pub, r in sorted(result["per_outlet"].items(), key=lambda kv: -kv[1]["mean_aggregate"]):
        lines.append(
            f"  {pub:13} {r['group']:5} {r['mean_aggregate']:.3f}  ({r['articles']} articles)"
        )
    lines.append(
        "per-signal AUC: " + ", ".join(f"{k} {v:.2f}" for k, v in result["per_signal_auc"].items())
    )
    lines.append(f"ratings: {result['ratings_origin']}")
    return "\n".join(lines)

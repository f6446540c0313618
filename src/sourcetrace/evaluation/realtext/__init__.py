"""Real-text evaluation: real news articles, end to end, against our own gold.

    sourcetrace eval realtext --data ../shared/eval --gold benchmarks/realtext
        [--split dev|check|all] [--language xx] [--out FILE] [--validate-only]

The gold is checked first (``realtext.gold``); articles with a problem are listed and left
out. The others are written as a user would give them, ingested into a temporary database
and exported (``realtext.run``), and the export is scored (``realtext.score``) per
language, per split and pooled. For ``dev`` articles the errors behind the numbers are
kept (``errors`` in the result); ``check`` articles give numbers only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sourcetrace.config import Settings
from sourcetrace.evaluation.realtext.gold import Article, load_set
from sourcetrace.evaluation.realtext.run import run_pipeline
from sourcetrace.evaluation.realtext.score import aggregate, score_articles

__all__ = ["ROWS", "evaluate", "select", "validate"]

SPLITS = ("dev", "check", "all")

#: The table's rows: (label, path into a group's metrics).
ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("articles", ("articles",)),
    ("entity precision", ("entity_precision",)),
    ("entity recall", ("entity_recall",)),
    ("cluster B-cubed F1", ("cluster_bcubed", "f1")),
    ("quote recall", ("quote_recall",)),
    ("speaker accuracy", ("speaker_accuracy",)),
    ("quotes from furniture", ("quotes_from_boilerplate",)),
    ("figure recall", ("figure_recall",)),
    ("figure per", ("figure_attributes", "per")),
    ("figure counted", ("figure_attributes", "counted")),
    ("figure qualifier", ("figure_attributes", "qualifier")),
    ("figure value", ("figure_attributes", "value")),
    ("figure currency", ("figure_attributes", "currency")),
    ("per+counted+qualifier", ("figure_per_counted_qualifier",)),
    ("check recall", ("check_recall",)),
    ("check verdicts", ("check_verdict_accuracy",)),
    ("boilerplate left", ("boilerplate_left",)),
    ("body lines lost", ("body_lines_lost",)),
)


def select(articles: list[Article], split: str, language: str | None) -> list[Article]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    return [a for a in articles
            if (split == "all" or a.split == split) and (language is None
                                                         or a.language == language)]


def validate(gold: Path, data: Path) -> tuple[list[Article], list[str]]:
    """Every article of the set and every problem found in its manifest line or gold."""
    if not (gold / "manifest").is_dir():
        raise ValueError(f"{gold}: no manifest/ folder (expected the real-text set's root)")
    articles = load_set(gold, data)
    return articles, [str(p) for a in articles for p in a.problems]


def evaluate(
    data: Path,
    gold: Path,
    split: str = "dev",
    language: str | None = None,
    *,
    settings: Settings | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    keep: Path | None = None,
) -> dict[str, Any]:
    """Ingest, export and score the selected articles; a JSON-able dict."""
    articles, problems = validate(gold, data)
    chosen = select([a for a in articles if not a.problems], split, language)
    skipped = sorted({a.id for a in select([a for a in articles if a.problems], split,
                                             language)})
    inputs = [(a.id, a.source) for a in chosen if a.source is not None]
    export = run_pipeline(inputs, settings=settings, on_progress=on_progress,
                          keep=keep) if inputs else {}
    scores = score_articles(chosen, export)
    groups: dict[str, Any] = {"all": aggregate(scores)}
    for name in sorted({s.split for s in scores}):
        groups[f"split:{name}"] = aggregate(s for s in scores if s.split == name)
    for lang in sorted({s.language for s in scores}):
        groups[f"language:{lang}"] = aggregate(s for s in scores if s.language == lang)
        for name in sorted({s.split for s in scores if s.language == lang}):
            groups[f"{lang}/{name}"] = aggregate(
                s for s in scores if s.language == lang and s.split == name)
    # Errors are read on dev only: the check split's errors are never listed.
    errors = [e for s in scores if s.split == "dev" for e in s.errors]
    return {
        "data": str(data),
        "gold": str(gold),
        "split": split,
        "language": language,
        "articles": len(scores),
        "left_out": skipped,
        "problems": problems,
        "exported_articles": len(export.get("articles", [])),
        "ingest": export.get("ingest", {}),
        "groups": groups,
        "error_counts": dict(Counter(e["kind"] for e in errors).most_common()),
        "errors": errors,
    }


def value_at(metrics: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = metrics
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value

"""``sourcetrace eval TASK --data PATH``: score a stage on public benchmark data.

The data stays where the user keeps it (research licences): it is read from ``--data``
and never copied. Each task prints precision/recall/F1 and writes the full result as
JSON (``--out``, default ``eval-results/<task>.json``).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from sourcetrace.cli.options import console, errors, fail
from sourcetrace.errors import SourcetraceError

eval_app = typer.Typer(
    help="Score the analysis on public benchmarks (CoNLL, GermEval, HIPE, PolNeAR, MEANTIME, "
    "quantulum3, SemEval-2023 Task 3, trafilatura's web set). The data is read from --data "
    "and never copied.",
    no_args_is_help=True,
)

DataOption = Annotated[Path, typer.Option("--data", help="The benchmark file or folder.")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write the result JSON here.")]


def _run(task: str, out: Path | None, call: Callable[[Any], dict[str, Any]]) -> None:
    module = importlib.import_module(f"sourcetrace.evaluation.{task}")
    try:
        with errors.status(f"evaluating {task} …"):
            result = call(module)
    except (SourcetraceError, OSError, ValueError) as exc:
        raise fail(f"{task} evaluation failed: {exc}") from exc
    console.print(module.format_report(result))
    target = out or Path("eval-results") / f"{task}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps(result, indent=2, ensure_ascii=False, default=str), encoding="utf-8"
    )
    console.print(f"result written to {target}")


def _check(data: Path) -> None:
    if not data.exists():
        raise fail(f"{data}: no such file or folder")


@eval_app.command("ner")
def eval_ner(
    data: DataOption,
    fmt: Annotated[str, typer.Option("--format", help="auto, conll, germeval or hipe.")] = "auto",
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    news_only: Annotated[
        bool, typer.Option("--news-only", help="GermEval: news sentences only.")
    ] = False,
    baseline: Annotated[
        bool, typer.Option("--baseline", help="Also score bare spaCy on the same texts.")
    ] = False,
    out: OutOption = None,
) -> None:
    """Named entities (PER/ORG/LOC) on CoNLL-2003/2002, GermEval-2014 or HIPE-2020 files."""
    _check(data)
    _run("ner", out, lambda m: m.evaluate(data, fmt, limit, news_only=news_only, baseline=baseline))


@eval_app.command("quotes")
def eval_quotes(
    data: DataOption,
    split: Annotated[str, typer.Option(help="PolNeAR split: train or dev.")] = "dev",
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
    out: OutOption = None,
) -> None:
    """Quotes and attributions (direct, all, speaker accuracy) on PolNeAR brat files."""
    _check(data)
    _run("quotes", out, lambda m: m.evaluate(data, split, limit))


@eval_app.command("dates")
def eval_dates(data: DataOption, out: OutOption = None) -> None:
    """Calendar dates (span and normalised value) on MEANTIME TimeML files."""
    _check(data)
    _run("dates", out, lambda m: m.evaluate(data))


@eval_app.command("figures")
def eval_figures(data: DataOption, out: OutOption = None) -> None:
    """Quantities (detection, value, unit) on quantulum3's test format."""
    _check(data)
    _run("figures", out, lambda m: m.evaluate(data))


@eval_app.command("stories")
def eval_stories(data: DataOption, out: OutOption = None) -> None:
    """Story clustering (B-cubed) against MEANTIME's cross-document events."""
    _check(data)
    _run("stories", out, lambda m: m.evaluate(data))


@eval_app.command("persuasion")
def eval_persuasion(
    data: DataOption,
    folds: Annotated[int, typer.Option(help="Cross-validation folds (grouped by article).")] = 5,
    out: OutOption = None,
) -> None:
    """Persuasion techniques (paragraph micro/macro F1, en/fr/de) on SemEval-2023 Task 3 train."""
    _check(data)
    _run("persuasion", out, lambda m: m.evaluate(data, folds))


@eval_app.command("outlets")
def eval_outlets(
    data: DataOption,
    split: Annotated[str, typer.Option(help="PolNeAR split: train or dev.")] = "train",
    per_outlet: Annotated[int | None, typer.Option(help="At most N articles per outlet.")] = None,
    out: OutOption = None,
) -> None:
    """Outlet signals: article-level ROC AUC separating low- from high-factuality outlets
    (PolNeAR)."""
    _check(data)
    _run("outlets", out, lambda m: m.evaluate(data, split=split, per_outlet=per_outlet))


@eval_app.command("web")
def eval_web(
    data: DataOption,
    split: Annotated[
        str, typer.Option(help="dev (errors read), check (held out) or all; by site.")
    ] = "dev",
    limit: Annotated[int | None, typer.Option(help="Score only the first N pages.")] = None,
    out: OutOption = None,
) -> None:
    """Main text (P/R/F1), title and date of HTML pages on trafilatura's evaluation set,
    against bare trafilatura on the same pages in the same run."""
    _check(data)
    _run("web", out, lambda m: m.evaluate(data, split, limit))


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")

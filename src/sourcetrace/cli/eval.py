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
    "quantulum3, SemEval-2023 Task 3, trafilatura's web set) and on real articles with our "
    "own gold (realtext). The data is read from --data and never copied.",
    no_args_is_help=True,
)

DataOption = Annotated[Path, typer.Option("--data", help="The benchmark file or folder.")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write the result JSON here.")]


#: Evaluation tasks whose module is not named after the task.
_MODULES = {"events_real": "events.real", "persuasion_e2e": "persuasion.e2e"}


def _run(task: str, out: Path | None, call: Callable[..., dict[str, Any]], *,
         with_status: bool = False) -> None:
    """Run ``call(module)`` (``call(module, status)`` with ``with_status``, to report progress
    on the spinner's line), print the report and write the result JSON."""
    module = importlib.import_module(f"sourcetrace.evaluation.{_MODULES.get(task, task)}")
    try:
        with errors.status(f"evaluating {task} …") as status:
            result = call(module, status) if with_status else call(module)
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
    end_to_end: Annotated[
        bool,
        typer.Option("--end-to-end", help="Also ingest the documents, export them and score "
                     "the export's entity mentions (what users get)."),
    ] = False,
    out: OutOption = None,
) -> None:
    """Named entities (PER/ORG/LOC) on CoNLL-2003/2002, GermEval-2014 or HIPE-2020 files.

    Scores the entities stage; with --end-to-end also the JSON export after ingest, so the
    gap between the stage and what users get is visible."""
    from sourcetrace.config import Settings

    _check(data)

    def call(module: Any, status: Any) -> dict[str, Any]:
        def on_progress(done: int, total: int, what: str) -> None:
            status.update(f"ner end to end: ingest {done}/{total} {what}")

        return module.evaluate(  # type: ignore[no-any-return]
            data, fmt, limit, news_only=news_only, baseline=baseline, end_to_end=end_to_end,
            settings=Settings.load() if end_to_end else None, on_progress=on_progress)

    _run("ner", out, call, with_status=True)


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


@eval_app.command("events")
def eval_events(data: DataOption, out: OutOption = None) -> None:
    """Event-mention detection (P/R/F1) for the classes MEANTIME shares with ours, and
    cross-document event coreference (MUC, B-cubed, CEAF-e, CoNLL F1) of the events
    the corpus stages merge them into."""
    _check(data)
    _run("events", out, lambda m: m.evaluate(data))


@eval_app.command("events-real")
def eval_events_real(
    data: DataOption,
    gold: Annotated[Path, typer.Option("--gold", help="benchmarks/events (gold.jsonl).")] = Path(
        "benchmarks/events"),
    split: Annotated[str | None, typer.Option("--split", help="dev or check (default: both).")]
    = None,
    through: Annotated[str, typer.Option(
        "--through", help="stage: score the events stage's mentions; export: the events "
        "the corpus stage merges them into, as exported.")] = "stage",
    out: OutOption = None,
) -> None:
    """Event typing (weighted F1) and all fields right on real English event reports,
    gold by reference (benchmarks/events); the check split's per-report results are not
    written."""
    _check(data)
    _run("events_real", out, lambda m: m.evaluate(data, gold, split, through=through))


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
    end_to_end: Annotated[
        bool,
        typer.Option("--end-to-end", help="Ingest the articles, export them and score the "
                     "export's technique signals per paragraph, headline included (what users "
                     "get); a fixed fifth of the articles is held out and its errors not listed."),
    ] = False,
    limit: Annotated[
        int | None, typer.Option(help="--end-to-end: only the first N articles a language.")
    ] = None,
    out: OutOption = None,
) -> None:
    """Persuasion techniques (paragraph micro/macro F1, en/fr/de) on SemEval-2023 Task 3 train.

    Without --end-to-end: our lexicons and a classifier baseline on the paragraphs' text.
    With --end-to-end: the product's exported signals; the dev errors (never the held-out
    ones) are written beside the result (NAME.errors.jsonl)."""
    from sourcetrace.config import Settings

    _check(data)
    if not end_to_end:
        _run("persuasion", out, lambda m: m.evaluate(data, folds))
        return

    def call(module: Any, status: Any) -> dict[str, Any]:
        def on_progress(done: int, total: int, what: str) -> None:
            status.update(f"persuasion end to end: ingest {done}/{total} {what}")

        result: dict[str, Any] = module.evaluate_end_to_end(
            data, folds, settings=Settings.load(), on_progress=on_progress, limit=limit)
        listing = result.pop("errors")
        target = out or Path("eval-results") / "persuasion_e2e.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.with_name(target.stem + ".errors.jsonl").write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in listing),
            encoding="utf-8")
        return result

    _run("persuasion_e2e", out or Path("eval-results") / "persuasion_e2e.json", call,
         with_status=True)


@eval_app.command("outlets")
def eval_outlets(
    data: DataOption,
    split: Annotated[str, typer.Option(help="PolNeAR split: train or dev.")] = "train",
    per_outlet: Annotated[int | None, typer.Option(help="At most N articles per outlet.")] = None,
    out: OutOption = None,
) -> None:
    """Outlet signals: ROC AUC separating low- from high-factuality outlets.

    A folder is read as PolNeAR (article-level AUC); a .csv file as FakeNewsCorpus's
    news_sample.csv (domain, type, content): outlet profiles shrunk toward the corpus mean
    by article count, outlet- and article-level AUC of fake/conspiracy/bias/junksci/…
    against reliable."""
    _check(data)
    if data.is_file() and data.suffix.lower() == ".csv":
        _run("outlets_fnc", out or Path("eval-results") / "outlets_fnc.json",
             lambda m: m.evaluate_fnc(data))
        return
    _run("outlets", out, lambda m: m.evaluate(data, split=split, per_outlet=per_outlet))


@eval_app.command("realtext")
def eval_realtext(
    data: DataOption,
    gold: Annotated[
        Path, typer.Option("--gold", help="The real-text set's folder (manifest/ and gold/).")
    ] = Path("benchmarks/realtext"),
    split: Annotated[str, typer.Option(help="dev, check or all.")] = "dev",
    language: Annotated[
        str | None, typer.Option("--language", help="Only articles of this language (en, fr …).")
    ] = None,
    validate_only: Annotated[
        bool, typer.Option("--validate-only", help="Only check the manifests and gold files.")
    ] = False,
    keep: Annotated[
        Path | None,
        typer.Option("--keep", help="Leave the inputs, database and export in this folder."),
    ] = None,
    out: OutOption = None,
) -> None:
    """Real news articles end to end (ingest, then the JSON export) against our own gold:
    entities, clusters, quotes and speakers, figures, checks, boilerplate (benchmarks/realtext).

    Writes the result JSON (--out) and, for dev articles, the errors behind the numbers
    beside it (NAME.errors.jsonl); the check split gives numbers only."""
    from sourcetrace.evaluation import realtext

    _check(data)
    _check(gold)
    try:
        articles, problems = realtext.validate(gold, data)
    except (OSError, ValueError) as exc:
        raise fail(f"realtext evaluation failed: {exc}") from exc
    for problem in problems:
        errors.print(f"[yellow]gold problem[/] {problem}", markup=True, highlight=False)
    if validate_only:
        bad = sum(1 for a in articles if a.problems)
        console.print(f"{len(articles)} articles, {len(articles) - bad} with valid gold, "
                      f"{len(problems)} problems")
        if problems:
            raise typer.Exit(1)
        return
    _run_realtext(data, gold, split, language, keep, out)


def _run_realtext(data: Path, gold: Path, split: str, language: str | None,
                  keep: Path | None, out: Path | None) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sourcetrace.config import Settings
    from sourcetrace.evaluation import realtext

    progress = Progress(TextColumn("[bold]realtext[/]"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[what]}"), TimeElapsedColumn(),
                        console=errors, transient=True)
    try:
        with progress:
            task = progress.add_task("ingest", total=None, what="")

            def on_progress(done: int, total: int, what: str) -> None:
                progress.update(task, completed=done, total=total, what=what)

            result = realtext.evaluate(data, gold, split, language, settings=Settings.load(),
                                       on_progress=on_progress, keep=keep)
    except (SourcetraceError, OSError, ValueError) as exc:
        raise fail(f"realtext evaluation failed: {exc}") from exc
    console.print(_realtext_table(result))
    for rejection in result["ingest"].get("rejections", []):
        console.print(f"[yellow]rejected at ingest[/] {rejection}")
    target = out or Path("eval-results") / "realtext.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    listing = result.pop("errors")
    target.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    console.print(f"result written to {target}")
    if listing:
        errors_file = target.with_name(target.stem + ".errors.jsonl")
        errors_file.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n"
                                       for e in listing), encoding="utf-8")
        counts = ", ".join(f"{kind} {n}" for kind, n in result["error_counts"].items())
        console.print(f"dev errors ({counts}) written to {errors_file}")


def _realtext_table(result: dict[str, Any]) -> Any:
    from rich.table import Table

    from sourcetrace.evaluation.realtext import ROWS, value_at

    groups = result["groups"]
    shown = ["all", *(g for g in groups if g.startswith("split:")),
             *(g for g in groups if g.startswith("language:"))]
    from rich import box

    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False,
                  title=f"Real text, end to end ({result['split']} split, "
                  f"{result['articles']} articles"
                  + (f", {len(result['left_out'])} left out for gold problems)"
                     if result["left_out"] else ")"), title_justify="left")
    table.add_column("metric", no_wrap=True)
    for name in shown:
        table.add_column(name.split(":")[-1], justify="right", no_wrap=True)
    for label, path in ROWS:
        cells = []
        for name in shown:
            value = value_at(groups[name], path)
            cells.append("–" if value is None else
                         f"{value:.3f}" if isinstance(value, float) else str(value))
        table.add_row(label, *cells)
    return table


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

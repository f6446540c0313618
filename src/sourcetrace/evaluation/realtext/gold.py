"""The real-text set's gold: read the manifests and gold files, and check them.

The format is described in ``benchmarks/realtext/README.md``. Every problem found is a
``Problem`` naming the file, the key inside it and what is wrong, so an annotator can fix
the gold without reading the scorer. An article with a problem is left out of the score
(and listed); the others are scored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sourcetrace.evaluation.realtext.sources import SourceArticle, read_source

__all__ = [
    "ENTITY_TYPES",
    "Article",
    "Problem",
    "load_set",
    "normalise",
    "strip_bullet",
]

ENTITY_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "ARMED_GROUP", "AGENCY", "MEDIA", "COMPANY", "PARTY", "IGO"}
)
QUALIFIERS = frozenset({"about", "at least", "more than", "less than", "up to"})
PERIODS = frozenset({"day", "week", "month", "year"})
VERDICTS = frozenset({"consistent", "conflicting", "updated", "unclear"})
SPLITS = frozenset({"dev", "check"})
_QID = re.compile(r"Q[1-9][0-9]*$")
_CURRENCY = re.compile(r"[A-Z]{3}$")
_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟«»‹›〝〞＂"} | {c: "'" for c in "‘’‚‛´`"})
_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"^[-*•–—·]\s+")


def normalise(text: str) -> str:
    """Whitespace collapsed, quote marks and apostrophes made plain, case folded."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS).replace("\u00ad", "")).strip().casefold()


def strip_bullet(text: str) -> str:
    """A list bullet that extraction writes before a list item ("- ", "• ") is not on the
    page: the string is looked up without it."""
    return _BULLET.sub("", text)


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}"


@dataclass(slots=True)
class Article:
    """One manifest line, its source article and its gold (``gold`` is the parsed JSON)."""

    id: str
    language: str
    split: str
    manifest: dict[str, Any]
    manifest_file: str
    gold_file: str
    source: SourceArticle | None = None
    gold: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_set(gold_root: Path, data_root: Path) -> list[Article]:
    """Every article of every ``manifest/*.jsonl`` under ``gold_root``, checked.

    A manifest that cannot be read at all is a ``Problem`` on a pseudo-article with the
    id ``"<manifest>"``; the caller decides what to do with problems.
    """
    manifests = sorted((gold_root / "manifest").glob("*.jsonl"))
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for manifest in manifests:
        for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{manifest}:{number}"
            article = _manifest_line(line, where, gold_root)
            if article.id in seen:
                article.problems.append(
                    Problem(where, "id", f"{article.id!r} already listed at {seen[article.id]}")
                )
            seen.setdefault(article.id, where)
            if not article.problems:
                _load_source(article, data_root)
            if not article.problems:
                _load_gold(article)
            articles.append(article)
    known = {a.id: a for a in articles if not a.problems}
    for article in known.values():
        _check_cross_refs(article, known)
    return articles


def _manifest_line(line: str, where: str, gold_root: Path) -> Article:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        entry = None
        problem = Problem(where, "(line)", f"not valid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(entry, dict):
        article = Article("<manifest>", "", "", {}, where, "")
        article.problems.append(
            problem if entry is None else Problem(where, "(line)", "not a JSON object")
        )
        return article
    ident = entry.get("id")
    article = Article(
        id=str(ident), language=str(entry.get("language", "")), split=str(entry.get("split", "")),
        manifest=entry, manifest_file=where,
        gold_file=str(gold_root / "gold" / f"{ident}.json"),
    )
    if not isinstance(ident, str) or not ident:
        article.problems.append(Problem(where, "id", "missing or not a string"))
    if not re.fullmatch(r"[a-z]{2}", article.language):
        article.problems.append(Problem(where, "language", "missing or not an ISO 639-1 code"))
    if article.split not in SPLITS:
        article.problems.append(Problem(where, "split", f"{article.split!r} is not dev or check"))
    source = entry.get("source")
    if not isinstance(source, dict) or not source.get("dataset") or not source.get("file"):
        article.problems.append(Problem(where, "source", "needs 'dataset' and 'file'"))
    return article


def _load_source(article: Article, data_root: Path) -> None:
    try:
        article.source = read_source(article.manifest, data_root)
    except (OSError, ValueError, KeyError) as exc:
        article.problems.append(Problem(article.manifest_file, "source", str(exc)))


def _load_gold(article: Article) -> None:
    path = Path(article.gold_file)
    if not path.is_file():
        article.problems.append(Problem(article.gold_file, "(file)", "no gold file"))
        return
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        article.problems.append(Problem(article.gold_file, "(file)", f"unreadable: {exc}"))
        return
    except json.JSONDecodeError as exc:
        article.problems.append(Problem(
            article.gold_file, "(file)",
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"))
        return
    if not isinstance(gold, dict):
        article.problems.append(Problem(article.gold_file, "(file)", "not a JSON object"))
        return
    article.gold = gold
    _GoldChecker(article).run()


class _GoldChecker:
    """Checks one gold file against its article's text."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.gold = article.gold
        assert article.source is not None
        self.text = normalise(article.source.reader_text)
        self.problems = article.problems

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.article.gold_file, key, message))

    def occurs(self, key: str, value: object, what: str) -> None:
        if not isinstance(value, str) or not value.strip():
            self.problem(key, f"{what} must be a non-empty string")
        elif strip_bullet(normalise(value)) not in self.text:
            self.problem(key, f"{what} {value!r} does not occur in the article's text")

    def items(self, name: str) -> list[dict[str, Any]]:
        value = self.gold.get(name, [])
        if not isinstance(value, list):
            self.problem(name, "must be a list")
            return []
        out = []
        for n, item in enumerate(value):
            if isinstance(item, dict):
                out.append(item)
            else:
                self.problem(f"{name}[{n}]", "must be an object")
        return out

    def run(self) -> None:
        if self.gold.get("id") != self.article.id:
            self.problem("id", f"{self.gold.get('id')!r} is not the manifest's {self.article.id!r}")
        entity_keys = self.entities()
        figure_keys = self.figures(entity_keys)
        self.quotes(entity_keys)
        for n, line in enumerate(self.gold.get("boilerplate", []) or []):
            self.occurs(f"boilerplate[{n}]", line, "boilerplate line")
        for n, check in enumerate(self.items("checks")):
            key = f"checks[{n}]"
            if check.get("verdict") not in VERDICTS:
                self.problem(key, f"verdict {check.get('verdict')!r} is not one of "
                             + ", ".join(sorted(VERDICTS)))
            items = check.get("items")
            if not isinstance(items, list) or len(items) < 2:
                self.problem(key, "items must list at least two figures")
                continue
            for item in items:
                if not isinstance(item, str):
                    self.problem(key, f"item {item!r} is not a string")
                elif ":" not in item and item not in figure_keys:
                    self.problem(key, f"item {item!r} is no figure key of this article")

    def entities(self) -> set[str]:
        keys: set[str] = set()
        for n, entity in enumerate(self.items("entities")):
            key = entity.get("key")
            where = f"entities[{n}]" if not isinstance(key, str) else f"entity {key}"
            if not isinstance(key, str) or not key:
                self.problem(where, "needs a 'key'")
            elif key in keys:
                self.problem(where, "key used twice")
            else:
                keys.add(key)
            if entity.get("type") not in ENTITY_TYPES:
                self.problem(where, f"type {entity.get('type')!r} is not one of "
                             + ", ".join(sorted(ENTITY_TYPES)))
            if not isinstance(entity.get("name"), str) or not entity.get("name"):
                self.problem(where, "needs a 'name'")
            kb_id = entity.get("kb_id")
            if kb_id is not None and not (isinstance(kb_id, str) and _QID.match(kb_id)):
                self.problem(where, f"kb_id {kb_id!r} is not a Wikidata QID or null")
            forms = entity.get("forms")
            if not isinstance(forms, list) or not forms:
                self.problem(where, "forms must be a non-empty list")
                continue
            for form in forms:
                self.occurs(where, form, "form")
        return keys

    def quotes(self, entity_keys: set[str]) -> None:
        for n, quote in enumerate(self.items("quotes")):
            where = f"quotes[{n}]"
            self.occurs(where, quote.get("start"), "start")
            if not isinstance(quote.get("direct"), bool):
                self.problem(where, "direct must be true or false")
            speaker = quote.get("speaker")
            if speaker is not None and speaker not in entity_keys:
                self.problem(where, f"speaker {speaker!r} is no entity key of this article")
            if quote.get("speaker_text") is not None:
                self.occurs(where, quote.get("speaker_text"), "speaker_text")

    def figures(self, entity_keys: set[str]) -> set[str]:
        keys: set[str] = set()
        for n, figure in enumerate(self.items("figures")):
            key = figure.get("key")
            where = f"figure {key}" if isinstance(key, str) else f"figures[{n}]"
            if not isinstance(key, str) or not key:
                self.problem(where, "needs a 'key'")
            elif key in keys:
                self.problem(where, "key used twice")
            else:
                keys.add(key)
            self.occurs(where, figure.get("text"), "text")
            for name in ("value", "low", "high"):
                value = figure.get(name)
                if value is not None and (isinstance(value, bool)
                                          or not isinstance(value, int | float)):
                    self.problem(where, f"{name} {value!r} is not a number or null")
            if figure.get("value") is None and figure.get("low") is None \
                    and figure.get("high") is None:
                self.problem(where, "needs a value, or low/high for a range")
            if figure.get("qualifier") not in QUALIFIERS | {None}:
                self.problem(where, f"qualifier {figure.get('qualifier')!r} is not one of "
                             + ", ".join(sorted(QUALIFIERS)) + " or null")
            if figure.get("per") not in PERIODS | {None}:
                self.problem(where, f"per {figure.get('per')!r} is not day, week, month, "
                             "year or null")
            counted = figure.get("counted")
            if counted is not None and (not isinstance(counted, str) or not counted.strip()):
                self.problem(where, "counted must be a non-empty string or null")
            currency = figure.get("currency")
            if currency is not None and not (isinstance(currency, str)
                                             and _CURRENCY.match(currency)):
                self.problem(where, f"currency {currency!r} is not an ISO 4217 code or null")
            source = figure.get("source")
            if source is not None and source not in entity_keys:
                self.problem(where, f"source {source!r} is no entity key of this article")
        return keys


def _check_cross_refs(article: Article, known: dict[str, Article]) -> None:
    """``ARTICLE_ID:fK`` items of checks must name a figure of a listed article."""
    for n, check in enumerate(article.gold.get("checks", []) or []):
        for item in check.get("items", []) if isinstance(check, dict) else []:
            if not isinstance(item, str) or ":" not in item:
                continue
            other, _, key = item.partition(":")
            target = known.get(other)
            if target is None:
                article.problems.append(Problem(
                    article.gold_file, f"checks[{n}]", f"item {item!r}: no article {other!r}"))
            elif key not in {f.get("key") for f in target.gold.get("figures", []) or []
                             if isinstance(f, dict)}:
                article.problems.append(Problem(
                    article.gold_file, f"checks[{n}]", f"item {item!r}: no figure {key!r} "
                    f"in {other}"))

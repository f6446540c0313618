"""Score the quotes stage on PolNeAR (brat standoff), read from a path the user gives.

PolNeAR annotates attribution relations in 2016 US election news: a Source, a Cue and a
Content span (contents may be discontinuous). We run our own parse and quotes stages on
each article's raw text and score:
- all attributions: one-to-one matches whose content overlap is at least half of the
  longer of the two (characters, spaces and quote marks ignored);
- direct quotes: the same on gold contents that open with a quote mark, against our
  direct quotes;
- speaker accuracy: among matched relations whose gold source names someone (has a
  capitalised word that is not a pronoun), the share whose predicted speaker mention
  overlaps the gold source.
Our quotes that share one cue (a partial quote and the clause around it, or "“A,” said X.
“B.”") form one predicted relation, as PolNeAR joins them.

Usage: ``sourcetrace eval quotes --data DATA_DIR [--split dev] [--limit N] [--out FILE]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.entities.stage import extract_entities
from sourcetrace.capabilities.parse.stage import parse_batch
from sourcetrace.capabilities.quotes.stage import extract_quotes, people_of
from sourcetrace.core.resources import Resources
from sourcetrace.errors import FormatError
from sourcetrace.model import Document, Quote

__all__ = ["evaluate", "format_report", "load_split"]

_IGNORED = set(" \t\n\r\u00a0\"'“”‘’«»„‚,.")
_NOT_NAMES = frozenset("he she they it we i the a an this that his her their you".split())


@dataclass
class Relation:
    content: set[int]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""
    direct: bool = False


@dataclass
class Article:
    name: str
    text: str
    relations: list[Relation]


def load_split(path: Path, split: str = "dev") -> list[Article]:
    """Articles of one PolNeAR split, one annotation file per article (the first by name)."""
    text_dir, ann_dir = path / split / "text", path / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FormatError(
            f"{path}: no {split}/text and {split}/attributions folders (PolNeAR layout)"
        )
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        chosen.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), ann)
    articles = []
    for name, ann in sorted(chosen.items()):
        text = (text_dir / f"{name}.txt").read_text(encoding="utf-8")
        articles.append(Article(name, text, _relations(ann, text)))
    return articles


def _relations(ann: Path, text: str) -> list[Relation]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    lines = list(enumerate(ann.read_text(encoding="utf-8").splitlines(), 1))
    # Text-bound spans first: an event line may name a span defined further down.
    # A span's text may run over several lines: only "T12\t…" and "E3\t…" lines count.
    lines = [item for item in lines if re.match(r"[TE]\d+\t", item[1])]
    lines.sort(key=lambda item: not item[1].startswith("T"))
    for number, line in lines:
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                spans[parts[0]] = [
                    (int(a), int(b))
                    for a, b in (piece.split() for piece in parts[1].split(" ", 1)[1].split(";"))
                ]
            elif line.startswith("E"):
                roles = dict(arg.split(":") for arg in parts[1].split())
                if "Content" not in roles:
                    continue
                content = {
                    k
                    for a, b in spans[roles["Content"]]
                    for k in range(a, b)
                    if text[k] not in _IGNORED
                }
                first = text[spans[roles["Content"]][0][0]]
                source = spans.get(roles.get("Source", ""), [])
                source_text = " ".join(text[a:b] for a, b in source)
                relations.append(Relation(content, source, source_text, first in "\"“«‘'"))
        except (ValueError, KeyError, IndexError) as exc:
            raise FormatError(f"{ann}:{number}: unreadable brat line {line!r}") from exc
    return relations


def _predicted(text: str, quotes: tuple[Quote, ...]) -> list[Relation]:
    groups: dict[Any, list[Quote]] = {}
    for index, quote in enumerate(quotes):
        groups.setdefault(
            quote.cue_start if quote.cue_start is not None else ("alone", index), []
        ).append(quote)
    relations = []
    for members in groups.values():
        content = {k for q in members for k in range(q.start, q.end) if text[k] not in _IGNORED}
        first = members[0]
        source = []
        if first.speaker_mention_start is not None and first.speaker_mention_end is not None:
            source = [(first.speaker_mention_start, first.speaker_mention_end)]
        relations.append(
            Relation(content, source, first.speaker_text or "", all(q.direct for q in members))
        )
    return relations


def _match(gold: list[Relation], predicted: list[Relation]) -> list[tuple[Relation, Relation]]:
    pairs = []
    for g in gold:
        for p in predicted:
            if g.content and p.content:
                overlap = len(g.content & p.content) / max(len(g.content), len(p.content))
                if overlap >= 0.5:
                    pairs.append((overlap, id(g), id(p), g, p))
    pairs.sort(key=lambda item: -item[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gid, pid, g, p in pairs:
        if gid not in used_g and pid not in used_p:
            used_g.add(gid)
            used_p.add(pid)
            matched.append((g, p))
    return matched


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def _named(relation: Relation) -> bool:
    words = re.findall(r"[\w'’]+", relation.source_text)
    return any(w[:1].isupper() and w.lower() not in _NOT_NAMES for w in words)


def evaluate(path: Path, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Run parse, entities and quotes on a PolNeAR split and score it; a JSON-able dict of
    the numbers."""
    articles = load_split(Path(path), split)[:limit]
    resources = Resources()
    docs = [
        Document(id=a.name, origin=a.name, fmt="txt", text=a.text, language="en") for a in articles
    ]
    parsed = parse_batch(docs, resources)
    counts = {"all": [0, 0, 0], "direct": [0, 0, 0], "indirect": [0, 0, 0]}
    speaker = {"named": [0, 0], "any_source": [0, 0]}
    for article, doc in zip(articles, parsed, strict=True):
        doc = extract_entities(doc, resources)  # speakers are read from the entities stage
        quotes = extract_quotes(article.text, "en", doc.parsed, people_of(doc))
        predicted = _predicted(article.text, quotes)
        for kind, gold_f, pred_f in (
            ("all", lambda r: True, lambda r: True),
            ("direct", lambda r: r.direct, lambda r: r.direct),
            ("indirect", lambda r: not r.direct, lambda r: not r.direct),
        ):
            gold = [r for r in article.relations if gold_f(r)]
            pred = [r for r in predicted if pred_f(r)]
            matched = _match(gold, pred)
            counts[kind][0] += len(matched)
            counts[kind][1] += len(pred)
            counts[kind][2] += len(gold)
            if kind != "all":
                continue
            for g, p in matched:
                if not g.source:
                    continue
                hit = any(a < d and c < b for a, b in g.source for c, d in p.source)
                for key in ("any_source",) + (("named",) if _named(g) else ()):
                    speaker[key][0] += int(hit)
                    speaker[key][1] += 1
    return {
        "dataset": "PolNeAR",
        "split": split,
        "articles": len(articles),
        "all_attributions": _prf(*counts["all"]),
        "direct_quotes": _prf(*counts["direct"]),
        "indirect": _prf(*counts["indirect"]),
        "speaker_accuracy_named": (
            round(speaker["named"][0] / speaker["named"][1], 4) if speaker["named"][1] else 0.0
        ),
        "speaker_named_n": speaker["named"][1],
        "speaker_accuracy_any_source": (
            round(speaker["any_source"][0] / speaker["any_source"][1], 4)
            if speaker["any_source"][1]
            else 0.0
        ),
        "speaker_any_source_n": speaker["any_source"][1],
    }


def format_report(result: dict[str, Any]) -> str:
    """A few readable lines of an ``evaluate`` result."""
    lines = [f"{result['dataset']} {result['split']}: {result['articles']} articles"]
    for key in ("direct_quotes", "all_attributions", "indirect"):
        r = result[key]
        lines.append(f"  {key:<17} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                     f"  (tp {r['tp']}, predicted {r['predicted']}, gold {r['gold']})")
    lines.append(
        f"  speaker accuracy, named sources: {result['speaker_accuracy_named']:.3f} "
        f"(n={result['speaker_named_n']})"
    )
    lines.append(
        f"  speaker accuracy, any source:    {result['speaker_accuracy_any_source']:.3f} "
        f"(n={result['speaker_any_source_n']})"
    )
    return "\n".join(lines)

"""Anchors and short references shared by every section of the brief.

Record ids come from the input (an article id is whatever the user's data said) and are
hostile, so they never become element ids: every anchor is a kind letter plus the
record's position in the case (``a3`` the third article, ``q12`` the twelfth quote).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.outputs.brief.charts import RANGE_DASH, format_number
from sourcetrace.outputs.casefile import CaseFile, Record, outlet_of

__all__ = ["Anchors", "ArticleRef", "day_of", "describe_figure"]


def day_of(value: object) -> str | None:
    """The ``YYYY-MM-DD`` (or shorter) date part of an ISO date or timestamp."""
    if not isinstance(value, str) or not value:
        return None
    return value[:10]


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRef:
    """What a list shows of an article, with the reader anchor to jump to."""

    id: str
    anchor: str
    title: str
    outlet: str
    published: str | None
    language: str | None


class Anchors:
    """Element ids for the records of one case, by position."""

    def __init__(self, case: CaseFile) -> None:
        self._articles = {a["id"]: n for n, a in enumerate(case.articles, 1)}
        self._refs = {a["id"]: self._ref(a) for a in case.articles}
        # Signal records are matched by identity: the same dicts the case holds.
        self._signals = {id(s): n for n, s in enumerate(case.signals, 1)}
        # A headline figure has no highlight in the reader (its offsets are in the
        # headline): a link to it goes to its article instead.
        self._records = {
            prefix: {r["id"]: f"{prefix}{n}" for n, r in enumerate(records, 1)
                     if "id" in r and r.get("field", "text") == "text"}
            for prefix, records in (("q", case.quotes), ("f", case.figures), ("d", case.dates))
        }

    def _ref(self, article: Record) -> ArticleRef:
        title = article.get("title") or article.get("headline") or "(untitled)"
        return ArticleRef(
            id=article["id"],
            anchor=f"a{self._articles[article['id']]}",
            title=" ".join(str(title).split()),
            outlet=outlet_of(article),
            published=day_of(article.get("published")),
            language=article.get("language"),
        )

    def evidence(self, signal: Record, n: int) -> str | None:
        """The anchor of the ``n``-th evidence passage of a per-article signal."""
        position = self._signals.get(id(signal))
        return f"ev{position}-{n}" if position is not None else None

    def article(self, article_id: str) -> ArticleRef | None:
        return self._refs.get(article_id)

    def articles(self, ids: Sequence[str]) -> list[ArticleRef]:
        return [ref for i in ids if (ref := self._refs.get(i)) is not None]

    def record(self, prefix: str, record_id: object) -> str | None:
        """The anchor of quote (``q``), figure (``f``) or date (``d``) ``record_id``."""
        return self._records[prefix].get(record_id) if isinstance(record_id, str) else None

    def href(self, prefix: str, record: Record) -> str | None:
        """Where a link to ``record`` goes: its highlight, else its article, else nowhere."""
        anchor = self.record(prefix, record.get("id"))
        if anchor:
            return f"#{anchor}"
        ref = self._refs.get(record.get("article_id") or "")
        return f"#{ref.anchor}" if ref else None


def describe_figure(figure: Record) -> str:
    """A figure's normalised reading in words: "at least 4,500,000 EUR per month"."""
    low, high, value = figure.get("low"), figure.get("high"), figure.get("value")
    if low is not None and high is not None:
        amount = f"{format_number(low)}{RANGE_DASH}{format_number(high)}"
    elif value is not None:
        amount = format_number(value)
    else:
        return "(no value)"
    parts = [figure.get("qualifier"), amount, figure.get("currency") or figure.get("unit")]
    if figure.get("counted"):
        parts.append(str(figure["counted"]))
    if figure.get("per"):
        parts.append(f"per {figure['per']}")
    return " ".join(str(p) for p in parts if p)

"""Outlet profiles from per-article signals: pure aggregation, no I/O.

An outlet is an article's ``source`` field, else its URL's domain (without "www.").
Per outlet: how many articles, in which languages, and for each signal kind its mean
score (an article without the kind counts as 0), the share of articles scoring above
0.5, and its most typical evidence (the evidence wordings seen in most articles).

``shrunk`` is the mean pulled toward the corpus mean by the outlet's article count:
``(sum + PRIOR_ARTICLES × corpus mean) / (articles + PRIOR_ARTICLES)``, so one article
with a strong score does not make an outlet: an outlet with one article sits near the
corpus mean, one with fifty near its own mean.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sourcetrace.model import Document

__all__ = ["PRIOR_ARTICLES", "OutletProfile", "domain_of", "outlet_of", "profile_outlets"]

_TYPICAL = 3
#: How many articles' worth of weight the corpus mean gets in an outlet's ``shrunk`` mean.
PRIOR_ARTICLES = 5.0


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host.removeprefix("www.")


def outlet_of(doc: Document) -> str | None:
    return (doc.source or "").strip() or domain_of(doc.url)


@dataclass
class OutletProfile:
    outlet: str
    articles: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    domains: set[str] = field(default_factory=set)
    signals: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_data(self) -> dict[str, Any]:
        return {
            "languages": dict(self.languages.most_common()),
            "domains": sorted(self.domains),
            "signals": self.signals,
        }


def profile_outlets(docs: Iterable[Document]) -> list[OutletProfile]:
    """One profile per outlet, outlets sorted by name."""
    grouped: dict[str, list[Document]] = defaultdict(list)
    totals: dict[str, float] = defaultdict(float)
    count = 0
    for doc in docs:
        outlet = outlet_of(doc)
        if outlet:
            grouped[outlet].append(doc)
            count += 1
            for signal in doc.signals:
                totals[signal.kind] += signal.score
    corpus_mean = {kind: total / count for kind, total in totals.items()} if count else {}
    return [_profile(name, grouped[name], corpus_mean) for name in sorted(grouped)]


def _profile(name: str, docs: list[Document], corpus_mean: dict[str, float]) -> OutletProfile:
    profile = OutletProfile(outlet=name, articles=len(docs))
    scores: dict[str, list[float]] = defaultdict(list)
    typical: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[tuple[str, str], dict[str, Any]] = {}
    for doc in docs:
        profile.languages[doc.language or "und"] += 1
        domain = domain_of(doc.url)
        if domain:
            profile.domains.add(domain)
        for signal in doc.signals:
            scores[signal.kind].append(signal.score)
            seen: set[str] = set()
            for e in signal.evidence:
                key = " ".join(e.text.lower().split())[:120] or e.note
                if key in seen:
                    continue
                seen.add(key)
                typical[signal.kind][key] += 1
                example.setdefault(
                    (signal.kind, key),
                    {
                        "article_id": doc.id,
                        "start": e.start,
                        "end": e.end,
                        "text": e.text,
                        "note": e.note,
                        "field": e.field,
                    },
                )
    for kind in sorted(scores):
        values = scores[kind]
        profile.signals[kind] = {
            "mean": round(sum(values) / len(docs), 3),
            "shrunk": round(
                (sum(values) + PRIOR_ARTICLES * corpus_mean.get(kind, 0.0))
                / (len(docs) + PRIOR_ARTICLES),
                3,
            ),
            "share_above_half": round(sum(v > 0.5 for v in values) / len(docs), 3),
            "articles_with": len(values),
            "evidence": [
                {
                    **example[(kind, key)],
                    "note": f"{example[(kind, key)]['note']} "
                    f"(in {n} article{'s' if n > 1 else ''})",
                }
                for key, n in typical[kind].most_common(_TYPICAL)
            ],
        }
    return profile

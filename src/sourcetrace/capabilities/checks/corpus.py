"""Corpus stage ``checks``: cross-check figures and claims within the stories that changed.

Runs after ``stories``. For every story holding a changed article, the figures and
quotes of all its articles are compared (``capabilities.checks.figure_checks``,
``capabilities.checks.claims``), and each article's figures checked against each other
(``capabilities.checks.figure_arithmetic``: parts and totals, shares), and the story's
checks are replaced, so an incremental run redoes only the stories it touched.
Quote embeddings (for "same point" claims) are computed here for those stories only, and
only for the quotes compared (``claims.same_point_reps``: a bounded number per story),
so a story of 2,000 articles costs no more per article than one of 100.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sourcetrace.capabilities.checks.claims import (
    QuoteItem,
    claim_checks,
    quote_groups,
    same_point_reps,
)
from sourcetrace.capabilities.checks.figure_arithmetic import arithmetic_checks
from sourcetrace.capabilities.checks.figure_checks import Check, FigureItem, figure_checks
from sourcetrace.capabilities.stories.corpus import default_embedder
from sourcetrace.config import Settings
from sourcetrace.core.corpus import CorpusReport, CorpusStage
from sourcetrace.model import Quote
from sourcetrace.outputs.contract import ExportItem
from sourcetrace.storage.base import Store, StoredArticle, annotation_id
from sourcetrace.text.embeddings import Embedder, Vector
from sourcetrace.text.normalise import parse_day

__all__ = ["CORPUS_STAGE", "export", "run", "run_checks", "story_checks"]

#: Characters before and after a figure handed to the checks: enough for the figure's
#: sentence, where its counted thing, scope and date are read
#: (``capabilities.checks.figure_context``).
AFTER_CHARS = 300


def _items(
    articles: Sequence[StoredArticle],
) -> tuple[list[FigureItem], list[QuoteItem]]:
    figures: list[FigureItem] = []
    quotes: list[QuoteItem] = []
    for seq, stored in enumerate(articles):
        doc = stored.document
        published = parse_day(doc.published)
        for n, f in enumerate(doc.figures):
            # A headline figure's offsets are in the headline, and nobody is quoted there.
            text = (doc.headline or doc.title or "") if f.field == "headline" else doc.text
            figures.append(FigureItem(
                id=annotation_id(doc.id, "figure", n), article_id=doc.id, figure=f,
                source=doc.source, published=published, language=doc.language,
                before=text[max(0, f.start - AFTER_CHARS) : f.start],
                after=text[f.end : f.end + AFTER_CHARS], seq=seq,
                speaker=None if f.field == "headline" else _speaker_of(doc.quotes, f.start,
                                                                        f.end),
            ))
        for n, q in enumerate(doc.quotes):
            quotes.append(QuoteItem(
                id=annotation_id(doc.id, "quote", n), article_id=doc.id, quote=q,
                source=doc.source, published=published, language=doc.language, seq=seq,
            ))
    return figures, quotes


def _speaker_of(quotes: Sequence[Quote], start: int, end: int) -> str | None:
    """The speaker of the attribution whose content holds the figure (the innermost)."""
    holding = [
        q for q in quotes if q.start <= start and end <= q.end and q.speaker_text
    ]
    if not holding:
        return None
    return min(holding, key=lambda q: q.end - q.start).speaker_text


def story_checks(
    story_id: str, articles: Sequence[StoredArticle], embedder: Embedder | None
) -> list[Check]:
    """Every figure and claim check of one story's articles."""
    figures, quotes = _items(articles)
    found = list(figure_checks(figures, story_id=story_id))
    found.extend(arithmetic_checks(figures, story_id=story_id))
    groups = quote_groups(quotes)
    vectors: dict[str, Vector] = {}
    if embedder is not None and len({q.article_id for q in quotes}) > 1:
        reps = same_point_reps(groups)
        matrix = embedder.encode([q.quote.text for q in reps])
        vectors = {q.id: row for q, row in zip(reps, matrix, strict=True)}
    found.extend(claim_checks(quotes, vectors, story_id=story_id, groups=groups))
    return found


def run_checks(
    store: Store, changed: Sequence[str], *, embedder: Embedder | None = None,
    use_embeddings: bool = True,
) -> CorpusReport:
    # The stories now holding the changed articles, and those whose checks still name
    # them (an updated article may have moved to another story).
    story_ids = sorted(
        set(store.memberships(list(changed)).values()) | store.stories_checking(list(changed))
    )
    if not story_ids:
        return CorpusReport(stage="checks", counts={"stories": 0, "checks": 0})
    members = store.story_members_of(story_ids)
    encoder = (embedder or default_embedder()) if use_embeddings else None
    rows: dict[str, dict[str, object]] = {}
    verdicts: dict[str, int] = {}
    for story_id in story_ids:
        ids = members.get(story_id, [])
        if not ids:
            continue  # one article is checked too: two sources inside it may disagree
        articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
        for check in story_checks(story_id, articles, encoder):
            rows[check.id] = {
                "id": check.id, "story_id": story_id, "kind": check.kind,
                "verdict": check.verdict, "items": list(check.items),
                "explanation": check.explanation, "data": check.data,
            }
            verdicts[check.verdict] = verdicts.get(check.verdict, 0) + 1
    store.put_checks(story_ids, list(rows.values()))
    return CorpusReport(
        stage="checks",
        counts={"stories": len(story_ids), "checks": len(rows), **verdicts},
        message=f"{len(rows)} checks in {len(story_ids)} stories",
    )


def run(store: Store, settings: Settings, changed: Sequence[str]) -> CorpusReport:
    return run_checks(store, changed)


def export(store: Store) -> Iterator[ExportItem]:
    for row in store.iter_checks():
        yield ExportItem("check", row)


CORPUS_STAGE = CorpusStage(
    name="checks", version="3", run=run, export=export,
    requires=frozenset({"text", "published", "source", "language", "figures", "quotes",
                        "stories"}),
    assigns=frozenset({"checks"}),
)

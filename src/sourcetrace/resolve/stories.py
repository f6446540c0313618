"""Stories: event-level clustering of articles across languages, time-aware and incremental.

Each article is a point: its title-and-lead embedding (multilingual, so a French and a
German report of one event lie close), the keys of the entities it names (linked entity
ids when linking has run, else normalised mention keys) and the day-precise dates it
mentions. A story keeps the running sum of its members' vectors (its centroid), its
first and last publication dates and its key counts.

A new article joins the best-scoring story if the score clears ``threshold``, else it
starts a story. Nothing is re-clustered: adding articles costs one lookup each.

Score against a story = cosine(article, centroid)
                      + ``key_bonus`` per shared entity/date key (at most ``max_keys``)
                      - ``gap_penalty`` × (days outside the story's span / its window).
The window is ``base_window`` days around the story's span, widening by ``widen`` per
day the story has already lasted (a long-running story takes later follow-ups), capped at
``max_window``. Outside the window an article never joins: the same actors two years
apart are a different story.

Cost: candidates come from an inverted index keyed by (time bucket, LSH band) and
(time bucket, entity key); a story is indexed in every bucket its window covers, so an
article looks up its own bucket only and is scored against the few stories whose window
reaches it and that share a band of its random-hyperplane signature (16 bands of 8 bits)
or an entity, never against all stories. Over-full entity postings (a key every story
shares) are skipped, as stop words are in search.
"""

# ruff: noqa: RUF002 - typographic quotes, dashes and signs are the wording here

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from hashlib import sha1

import numpy as np

from sourcetrace.resolve.embeddings import DIM, Vector

__all__ = [
    "Assignment",
    "Story",
    "StoryIndex",
    "StoryInput",
    "StoryParams",
    "story_id_for",
    "story_label",
]

_UNDATED = -1  # time bucket of articles and stories without a date


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryParams:
    """Tunable constants (chosen on the demo corpus and our fixtures, not on MEANTIME)."""

    threshold: float = 0.5
    key_bonus: float = 0.05
    max_keys: int = 4
    gap_penalty: float = 0.2
    base_window: int = 30
    widen: float = 0.5
    max_window: int = 120
    bucket_days: int = 30
    bands: int = 16
    bits: int = 8
    posting_cap: int = 64
    seed: int = 20240322


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryInput:
    """What clustering needs of one article."""

    id: str
    vector: Vector
    published: date | None = None
    keys: frozenset[str] = frozenset()
    title: str | None = None


@dataclass(slots=True, kw_only=True)
class Story:
    """A story's state: enough to score new articles without reading its members."""

    id: str
    total: Vector
    size: int = 0
    first: date | None = None
    last: date | None = None
    keys: Counter[str] = field(default_factory=Counter)
    members: list[str] = field(default_factory=list)
    label: str | None = None

    def centroid(self) -> Vector:
        norm = float(np.linalg.norm(self.total))
        return self.total / norm if norm else self.total

    def window(self, params: StoryParams) -> int:
        span = (self.last - self.first).days if self.first and self.last else 0
        return int(min(params.max_window, params.base_window + params.widen * span))

    def gap(self, when: date | None) -> int:
        """Days from ``when`` to the story's span (0 inside it or when either is undated)."""
        if when is None or self.first is None or self.last is None:
            return 0
        if when < self.first:
            return (self.first - when).days
        if when > self.last:
            return (when - self.last).days
        return 0

    def add(self, article: StoryInput) -> None:
        self.total = self.total + article.vector
        self.size += 1
        self.keys.update(article.keys)
        self.members.append(article.id)
        if article.published is not None:
            if self.first is None or article.published < self.first:
                self.first = article.published
            if self.last is None or article.published > self.last:
                self.last = article.published

    def remove(self, article: StoryInput) -> None:
        """Take an article out (it was updated); the span is kept, as it is only a window."""
        if article.id not in self.members:
            return
        self.members.remove(article.id)
        self.total = self.total - article.vector
        self.size -= 1
        self.keys.subtract(article.keys)
        self.keys = +self.keys


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """Where an article went, with its score and the reason in words."""

    article_id: str
    story_id: str
    score: float
    new: bool
    reason: str


def story_id_for(article_id: str) -> str:
    """A story's id, stable across runs: derived from the article that started it."""
    return "story-" + sha1(article_id.encode("utf-8")).hexdigest()[:12]


class StoryIndex:
    """Stories plus the inverted index that finds the few worth scoring for an article."""

    def __init__(self, stories: Iterable[Story] = (), params: StoryParams | None = None) -> None:
        self.params = params or StoryParams()
        rng = np.random.default_rng(self.params.seed)
        self._planes = rng.standard_normal((self.params.bands * self.params.bits, DIM)).astype(
            np.float32
        )
        self._weights = (1 << np.arange(self.params.bits)).astype(np.int64)
        self.stories: dict[str, Story] = {}
        #: Stories scored so far (the work done; stays proportional to articles added).
        self.comparisons = 0
        self._postings: dict[tuple[int, str], list[str]] = defaultdict(list)
        self._registered: set[tuple[int, str, str]] = set()
        for story in stories:
            self.stories[story.id] = story
            self._register(story, story.centroid(), frozenset(story.keys))

    # -- index ------------------------------------------------------------------
    def _bands(self, vector: Vector) -> list[str]:
        bits = (self._planes @ vector > 0).reshape(self.params.bands, self.params.bits)
        codes = bits.astype(np.int64) @ self._weights
        return [f"b{i}:{int(c)}" for i, c in enumerate(codes)]

    def _bucket(self, when: date | None) -> int:
        return _UNDATED if when is None else when.toordinal() // self.params.bucket_days

    def _register(self, story: Story, vector: Vector, keys: frozenset[str]) -> None:
        """Index the story under ``vector``'s bands and ``keys`` in every time bucket its
        window covers, so an article looks up its own bucket only."""
        if story.first is None or story.last is None:
            buckets = {_UNDATED}
        else:
            reach = timedelta(days=story.window(self.params))
            lo, hi = self._bucket(story.first - reach), self._bucket(story.last + reach)
            buckets = {*range(lo, hi + 1), _UNDATED}
        entries = [*self._bands(vector), *(f"k:{k}" for k in keys)]
        centroid = [*self._bands(story.centroid())] if story.size > 1 else []
        for key in [*entries, *centroid]:
            for b in buckets:
                marker = (b, key, story.id)
                if marker not in self._registered:
                    self._registered.add(marker)
                    self._postings[(b, key)].append(story.id)

    def _candidates(self, article: StoryInput) -> set[str]:
        p = self.params
        bucket = self._bucket(article.published)
        found: set[str] = set()
        for key in self._bands(article.vector):
            posting = self._postings.get((bucket, key))
            if posting:
                # A band shared by very many stories carries little; its newest do.
                found.update(posting[-p.posting_cap :])
        for key in article.keys:
            posting = self._postings.get((bucket, f"k:{key}"))
            if posting and len(posting) <= p.posting_cap:
                found.update(posting)
        return found

    # -- scoring ----------------------------------------------------------------
    def score(self, article: StoryInput, story: Story) -> tuple[float, str] | None:
        """The article's score against one story and why, or None outside its window."""
        p = self.params
        gap = story.gap(article.published)
        window = story.window(p)
        if gap > window or story.size <= 0:
            return None
        cosine = float(article.vector @ story.centroid())
        shared = sorted(article.keys & set(story.keys))
        bonus = p.key_bonus * min(len(shared), p.max_keys)
        penalty = p.gap_penalty * gap / window if window else 0.0
        total = cosine + bonus - penalty
        reason = f"similarity {cosine:.2f}"
        if shared:
            reason += f", {len(shared)} shared ({', '.join(shared[:3])})"
        if gap:
            reason += f", {gap} days outside the story's dates (window {window})"
        return total, reason

    def assign(self, article: StoryInput) -> Assignment:
        """Put the article in its best story above the threshold, or start a new one."""
        best: tuple[float, str, Story] | None = None
        for story_id in sorted(self._candidates(article)):
            story = self.stories.get(story_id)
            if story is None:
                continue
            self.comparisons += 1
            scored = self.score(article, story)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = (scored[0], scored[1], story)
        if best is not None and best[0] >= self.params.threshold:
            score, reason, story = best
            story.add(article)
            self._register(story, article.vector, article.keys)
            return Assignment(
                article_id=article.id, story_id=story.id, score=score, new=False, reason=reason
            )
        story = Story(id=story_id_for(article.id), total=np.zeros(DIM, dtype=np.float32))
        while story.id in self.stories:  # the starting article was re-added after removal
            story.id = story_id_for(story.id)
        story.add(article)
        self.stories[story.id] = story
        self._register(story, article.vector, article.keys)
        reason = "no story close enough"
        if best is not None:
            reason += f" (best {best[0]:.2f}: {best[1]})"
        return Assignment(article_id=article.id, story_id=story.id, score=1.0, new=True,
                          reason=reason)

    def remove(self, article: StoryInput, story_id: str) -> None:
        story = self.stories.get(story_id)
        if story is not None:
            story.remove(article)
            if story.size <= 0:
                del self.stories[story_id]

    def cluster(self, articles: Sequence[StoryInput]) -> Iterator[Assignment]:
        """Assign a batch oldest first (undated last), so stories grow forward in time."""
        ordered = sorted(articles, key=lambda a: (a.published is None, a.published or date.min,
                                                  a.id))
        for article in ordered:
            yield self.assign(article)


def story_label(members: Sequence[tuple[str | None, Vector]], centroid: Vector) -> str | None:
    """The title of the member closest to the centroid (the most central report)."""
    best: tuple[float, str] | None = None
    for title, vector in members:
        if not title:
            continue
        sim = float(vector @ centroid)
        if best is None or sim > best[0] + 1e-6:
            best = (sim, title)
    return best[1] if best else None

"""Stories: event-level clustering of articles across languages, time-aware and incremental.

Each article is a point: its title-and-lead embedding (multilingual, so a French and a
German report of one event lie close), the keys of the entities it names (linked entity
ids when linking has run, else normalised mention keys) and the day-precise dates it
mentions. A story keeps the running sum of its members' vectors (its centroid), its
first and last publication dates and its key counts.

A new article joins the best-scoring story if the score clears ``threshold``, else it
starts a story. Nothing is re-clustered: adding articles costs one lookup each.

Score against a story = cosine(article, centroid)
                      + ``date_bonus`` × the event day both name (``story_evidence``)
                      + ``key_bonus`` × the rarity-weighted entity keys both name
                        (at most ``key_cap``)
                      - ``gap_penalty`` × (days outside the story's span beyond
                        ``gap_grace`` / its window).
An article whose cosine is below ``min_similarity`` never joins, nor one whose main event
(``stories.events``: type, place, date window, actors) does not fit the main events of
the story's members, however alike their words. So similarity alone
(``threshold``) joins reports of one event in other words or languages, and a looser
report joins only with evidence of the same *event* — the same day, names rare in the
corpus — not of the same topic: a company's name, its chief and its city are shared
by all its news and weigh about nothing once the corpus holds several of its stories.
The window is ``base_window`` days around the story's span, widening by ``widen`` per
day the story has already lasted (a long-running story takes later follow-ups), capped at
``max_window``. Outside the window an article never joins: the same actors two years
apart are a different story.

Bridging: when an article clears ``merge_threshold`` against two stories, both were
reporting the same event, so the smaller story is merged into the larger (``merged``
records it, so the caller can move its members).

Cost: candidates come from an inverted index keyed by (time bucket, LSH band) and
(time bucket, entity key); a story is indexed in every bucket its window covers, so an
article looks up its own bucket only and is scored against the few stories whose window
reaches it and that share a band of its random-hyperplane signature (16 bands of 8 bits)
or a key, never against all stories. Over-full key postings (a key every story shares)
are skipped, as stop words are in search. ``cluster`` takes articles oldest first and
drops the buckets before the current article's: no later article looks them up, so
the index holds the stories within reach of "now" and memory and time per article stay
flat as the corpus grows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice

import numpy as np

from sourcetrace.capabilities.stories.events import fits_story
from sourcetrace.capabilities.stories.evidence import (
    KeyRarity,
    event_day,
    lookup_keys,
    shared_entity_weight,
)
from sourcetrace.capabilities.stories.model import (
    Assignment,
    Story,
    StoryInput,
    StoryParams,
    story_id_for,
    story_label,
)
from sourcetrace.text.embeddings import DIM, Vector

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


@dataclass(frozen=True, slots=True)
class _Scored:
    total: float
    cosine: float
    reason: str
    eligible: bool


class StoryIndex:
    """Stories plus the inverted index that finds the few worth scoring for an article.

    ``rarity`` holds the document frequency of every key (pass the store's to continue
    a corpus); ``merged`` maps each story absorbed by a bridging article to the story
    that took its members.
    """

    def __init__(
        self,
        stories: Iterable[Story] = (),
        params: StoryParams | None = None,
        *,
        rarity: KeyRarity | None = None,
    ) -> None:
        self.params = params or StoryParams()
        rng = np.random.default_rng(self.params.seed)
        self._planes = rng.standard_normal((self.params.bands * self.params.bits, DIM)).astype(
            np.float32
        )
        self._weights = (1 << np.arange(self.params.bits)).astype(np.int64)
        self.stories: dict[str, Story] = {}
        self.rarity = rarity or KeyRarity()
        self.merged: dict[str, str] = {}
        #: Stories scored so far (the work done; stays proportional to articles added).
        self.comparisons = 0
        # bucket -> key -> story ids, oldest registration first (a dict keeps order and
        # de-duplicates); whole buckets are dropped by ``prune``.
        self._postings: dict[int, dict[str, dict[str, None]]] = {}
        self._pruned_before: int | None = None
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
            buckets = [_UNDATED]
        else:
            reach = timedelta(days=story.window(self.params))
            lo, hi = self._bucket(story.first - reach), self._bucket(story.last + reach)
            if self._pruned_before is not None:
                lo = max(lo, self._pruned_before)
            buckets = [*range(lo, hi + 1), _UNDATED]
        entries = [*self._bands(vector), *(f"k:{k}" for k in keys)]
        if story.size > 1:
            entries += self._bands(story.centroid())
        cap = 4 * self.params.posting_cap
        for b in buckets:
            postings = self._postings.setdefault(b, {})
            for key in entries:
                posting = postings.setdefault(key, {})
                posting.pop(story.id, None)  # re-registered: now among the newest
                posting[story.id] = None
                if b == _UNDATED and len(posting) > cap:
                    # Undated articles may join any story; the undated bucket keeps the
                    # newest per key only, so it does not grow with the whole corpus.
                    del posting[next(iter(posting))]

    def prune(self, before: date) -> None:
        """Drop the dated buckets before ``before``'s: articles come oldest first, so none
        of them will be looked up again (a story whose window reaches later buckets is
        still indexed there)."""
        cut = self._bucket(before)
        if self._pruned_before is not None and cut <= self._pruned_before:
            return
        for b in [b for b in self._postings if b != _UNDATED and b < cut]:
            del self._postings[b]
        self._pruned_before = cut

    def posting_entries(self) -> int:
        """Entries in the inverted index now (what pruning keeps bounded)."""
        return sum(len(posting) for keys in self._postings.values()
                   for posting in keys.values())

    def _candidates(self, article: StoryInput) -> set[str]:
        p = self.params
        postings = self._postings.get(self._bucket(article.published), {})
        found: set[str] = set()
        for key in self._bands(article.vector):
            posting = postings.get(key)
            if posting:
                # A band shared by very many stories carries little; its newest do.
                found.update(islice(reversed(posting), p.posting_cap))
        for key in lookup_keys(article.keys, slack=p.date_slack):
            posting = postings.get(f"k:{key}")
            if posting and len(posting) <= p.posting_cap:
                found.update(posting)
        return found

    # -- scoring ----------------------------------------------------------------
    def score(self, article: StoryInput, story: Story) -> tuple[float, str] | None:
        """The article's score against one story and why, or None when it may not join
        (outside the story's window, too dissimilar, or neither close enough alone nor
        sharing evidence of the same event)."""
        scored = self._score(article, story)
        if scored is None or not scored.eligible:
            return None
        return scored.total, scored.reason

    def _score(
        self, article: StoryInput, story: Story, cosine: float | None = None
    ) -> _Scored | None:
        p = self.params
        gap = story.gap(article.published)
        window = story.window(p)
        if gap > window or story.size <= 0:
            return None
        if cosine is None:
            cosine = float(article.vector @ story.centroid())
        if cosine < p.min_similarity:
            return None
        same_event, other = fits_story(article.keys, story.keys)
        if not same_event:
            return _Scored(cosine, cosine, f"similarity {cosine:.2f}, its main event differs "
                           f"from the story's ({other})", False)
        day_strength, day = event_day(article.keys, story.keys, article.published,
                                      slack=p.date_slack, reach=p.date_reach)
        weight, shared = shared_entity_weight(article.keys, story.keys, self.rarity)
        late = max(0, gap - p.gap_grace)
        penalty = p.gap_penalty * late / window if window else 0.0
        total = (cosine + p.date_bonus * day_strength + p.key_bonus * min(weight, p.key_cap)
                 - penalty)
        # Below ``threshold`` similarity, only evidence of the same event may carry an
        # article: a day named by both (other than its own publication day) or a name
        # rare in the corpus. Common names (the company, its city) add score, never
        # open the way.
        event = day_strength >= 1.0 or (bool(shared) and shared[0][0] >= p.rare_weight)
        eligible = cosine >= p.threshold or event
        reason = f"similarity {cosine:.2f}"
        if day:
            reason += f", same day {day}" + (" (publication day)" if day_strength < 1 else "")
        if shared:
            names = ", ".join(f"{k} {w:.2f}" for w, k in shared[:3])
            reason += f", {len(shared)} shared names weighing {weight:.2f} ({names})"
        if gap:
            reason += f", {gap} days outside the story's dates (window {window})"
        if not eligible:
            reason += ", no shared day or rare name"
        return _Scored(total, cosine, reason, eligible)

    def assign(self, article: StoryInput) -> Assignment:
        """Put the article in its best story above the threshold, or start a new one."""
        p = self.params
        joinable: list[tuple[float, str, Story]] = []
        closest: tuple[float, str] | None = None  # for the reason of a new story
        candidates = [self.stories[i] for i in sorted(self._candidates(article))
                      if i in self.stories]
        self.comparisons += len(candidates)
        # One product for every candidate; most fall below ``min_similarity`` at once.
        cosines = (np.stack([c.centroid() for c in candidates]) @ article.vector
                   if candidates else np.zeros(0, dtype=np.float32))
        for story, cosine in zip(candidates, cosines.tolist(), strict=True):
            if cosine < p.min_similarity:
                continue
            result = self._score(article, story, cosine)
            if result is None:
                continue
            if closest is None or result.total > closest[0]:
                closest = (result.total, result.reason)
            if result.eligible and result.total >= p.threshold:
                joinable.append((result.total, result.reason, story))
        self.rarity.add(article.keys)
        if joinable:
            joinable.sort(key=lambda t: (-t[0], t[2].id))
            score, reason, story = joinable[0]
            story.add(article)
            self._register(story, article.vector, article.keys)
            if score >= p.merge_threshold:
                for other_score, _, other in joinable[1:]:
                    if other_score >= p.merge_threshold and other.id in self.stories:
                        story = self._merge(story, other)
                        reason += f"; also {other_score:.2f} to another story: merged"
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
        if closest is not None:
            reason += f" (best {closest[0]:.2f}: {closest[1]})"
        return Assignment(article_id=article.id, story_id=story.id, score=1.0, new=True,
                          reason=reason)

    def _merge(self, a: Story, b: Story) -> Story:
        """Merge the smaller of two stories into the larger (the older on a tie)."""
        keep, gone = (a, b) if (a.size, b.id) >= (b.size, a.id) else (b, a)
        keep.absorb(gone)
        del self.stories[gone.id]
        for old, into in list(self.merged.items()):
            if into == gone.id:
                self.merged[old] = keep.id
        self.merged[gone.id] = keep.id
        self._register(keep, keep.centroid(), frozenset(keep.keys))
        return keep

    def remove(self, article: StoryInput, story_id: str) -> None:
        story = self.stories.get(story_id)
        if story is not None and article.id in story.members:
            story.remove(article)
            self.rarity.add(article.keys, sign=-1)
            if story.size <= 0:
                del self.stories[story_id]

    def cluster(self, articles: Sequence[StoryInput]) -> Iterator[Assignment]:
        """Assign a batch oldest first (undated last), so stories grow forward in time;
        buckets behind the current article are pruned as it goes."""
        ordered = sorted(articles, key=lambda a: (a.published is None, a.published or date.min,
                                                  a.id))
        for article in ordered:
            if article.published is not None:
                self.prune(article.published)
            yield self.assign(article)

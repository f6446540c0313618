"""Evidence that an article reports the same *event* as a story, not just the same topic.

Two articles about one company in one month share its name, its chief executive and
its home city whatever they report; what marks the same event is a shared day (the
event's date, referred to by every report of it) and names that are rare in the corpus
(the place of an accident, the flight, the union on strike). So shared keys are weighed
by rarity, never counted flat:

- ``KeyRarity`` keeps how many indexed articles carry each key (document frequency)
  and gives a key the weight log((N+1)/df) / log(20), at most 1: 1 for a key fewer
  than 1 article in 20 carries, 0 for one every article carries; a corpus of a few
  articles cannot show that a name is rare, so there names weigh less. Linked entity
  ids ("e:...", one id for "IS", "Daesh" and "État islamique") count fully; unlinked
  mention keys count half, as spellings split them and common words pass for names.
- ``event_day``: the article names a day (a "date:" key) that the story's articles name
  too, give or take ``slack`` days (time zones, "late on Monday" reported as Tuesday).
  A day that is the article's own publication day is weak evidence (everything
  published that day says "on Monday"), so it counts half; an earlier or later day
  (the attack last Friday, the vote next Sunday) counts fully. Only days within
  ``reach`` days of publication count: an anniversary is not the same event.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

__all__ = ["DATE_PREFIX", "KeyRarity", "date_key", "event_day", "shared_entity_weight"]

DATE_PREFIX = "date:"
LINKED_PREFIX = "e:"
#: An article's main event (``stories.events``): compared by its fields, never as a name.
EVENT_PREFIX = "event:"
#: log of "1 article in 20": a name carried by fewer is fully rare. A corpus of fewer
#: than 20 articles cannot show that a name is rare, so its names weigh less.
_FULLY_RARE = math.log(20)
#: Weight of a mention key that linking did not resolve (its own spelling only).
UNLINKED_FACTOR = 0.5


def date_key(day: date) -> str:
    return f"{DATE_PREFIX}{day.isoformat()}"


def _day_of(key: str) -> date | None:
    try:
        return date.fromisoformat(key[len(DATE_PREFIX) :])
    except ValueError:
        return None


class KeyRarity:
    """Document frequencies of story keys over every article indexed so far.

    ``counts`` and ``articles`` may start from what the store holds (an incremental run
    loads the frequencies of the keys its articles carry); ``added`` keeps what this
    run changed, so the caller can write it back.
    """

    def __init__(self, counts: Mapping[str, int] | None = None, articles: int = 0) -> None:
        self.counts: Counter[str] = Counter(counts or {})
        self.articles = articles
        self.added: Counter[str] = Counter()
        self.added_articles = 0

    def add(self, keys: Iterable[str], sign: int = 1) -> None:
        for key in keys:
            self.counts[key] += sign
            self.added[key] += sign
        self.articles += sign
        self.added_articles += sign

    def weight(self, key: str) -> float:
        """Rarity in [0, 1] of a key the story already holds (so df >= 1)."""
        n = self.articles + 1
        df = min(max(1, self.counts.get(key, 0)), n)
        return max(0.0, min(1.0, math.log(n / df) / _FULLY_RARE))


def shared_entity_weight(
    keys: Iterable[str], story_keys: Mapping[str, int], rarity: KeyRarity
) -> tuple[float, list[tuple[float, str]]]:
    """Summed rarity of the entity keys the article shares with the story, and the keys
    (weight, key) heaviest first."""
    found: list[tuple[float, str]] = []
    for key in keys:
        if key.startswith((DATE_PREFIX, EVENT_PREFIX)) or not story_keys.get(key):
            continue
        factor = 1.0 if key.startswith(LINKED_PREFIX) else UNLINKED_FACTOR
        found.append((factor * rarity.weight(key), key))
    found.sort(key=lambda wk: (-wk[0], wk[1]))
    return sum(w for w, _ in found), found


def event_day(
    keys: Iterable[str],
    story_keys: Mapping[str, int],
    published: date | None,
    *,
    slack: int = 1,
    reach: int = 31,
) -> tuple[float, str | None]:
    """(strength 0, 0.5 or 1, the day) of the best day the article shares with the story."""
    best: tuple[float, str | None] = (0.0, None)
    for key in keys:
        if not key.startswith(DATE_PREFIX):
            continue
        day = _day_of(key)
        if day is None or (published is not None and abs((day - published).days) > reach):
            continue
        if not any(story_keys.get(date_key(day + timedelta(days=d)))
                   for d in range(-slack, slack + 1)):
            continue
        strength = 0.5 if day == published else 1.0
        if strength > best[0]:
            best = (strength, day.isoformat())
    return best


def lookup_keys(keys: Iterable[str], *, slack: int = 1) -> set[str]:
    """The keys to look up for candidates: each day widened by ``slack`` days."""
    out: set[str] = set()
    for key in keys:
        if key.startswith(EVENT_PREFIX):
            continue
        out.add(key)
        if key.startswith(DATE_PREFIX) and (day := _day_of(key)) is not None:
            out.update(date_key(day + timedelta(days=d)) for d in range(-slack, slack + 1))
    return out

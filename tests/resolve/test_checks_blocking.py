"""Claim checks in a large story: quotes blocked by key, only compared quotes embedded."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np

from sourcetrace.capabilities.checks.claims import (
    MAX_GROUPS,
    QuoteItem,
    quote_groups,
    same_point_reps,
)
from sourcetrace.capabilities.checks.corpus import story_checks
from sourcetrace.model import Document, Quote
from sourcetrace.storage.base import StoredArticle
from sourcetrace.text.embeddings import DIM, Vector, normalise_rows


def _quote(n: int, text: str, *, source: str = "Northgate Wire") -> QuoteItem:
    quote = Quote(start=0, end=len(text), text=text, direct=True, stage="quotes")
    return QuoteItem(id=f"q{n}", article_id=f"a{n}", quote=quote, source=source,
                     published=date(2024, 3, 1) + timedelta(days=n), language="en", seq=n)


def test_a_near_copy_joins_its_quote_and_a_negated_one_does_not() -> None:
    items = [
        _quote(0, "We will rebuild the harbour and find those responsible for it"),
        _quote(1, "The ministry has opened an inquiry into the collapse"),
        _quote(2, "We will rebuild the harbour and find those responsible for this"),
        _quote(3, "We will not rebuild the harbour and find those responsible for it"),
        _quote(4, "The ministry has opened an inquiry into the collapse"),
    ]
    groups = [[q.id for q in g] for g in quote_groups(items)]
    assert groups == [["q0", "q2"], ["q1", "q4"], ["q3"]]


def test_quotes_sharing_only_short_words_stay_apart() -> None:
    items = [_quote(0, "We will be there for all of them"),
             _quote(1, "We will be here for all of you")]
    assert [[q.id for q in g] for g in quote_groups(items)] == [["q0"], ["q1"]]


class Counting:
    """A stand-in encoder that records what it was asked to embed (one vector per text,
    from the text's hash: equal texts, equal vectors)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> Vector:
        self.texts.extend(texts)
        rows = [np.random.default_rng(zlib.crc32(t.encode())).standard_normal(DIM)
                for t in texts]
        return normalise_rows(np.array(rows, dtype=np.float32))


SYLLABLES = ["ka", "ri", "lo", "me", "ta", "no", "vi", "sa", "du", "ber", "gan", "tor"]


def _statement(n: int) -> str:
    """A quote of its own for each ``n``: six invented words drawn from ``n``."""
    rng = np.random.default_rng(n)
    return " ".join("".join(rng.choice(SYLLABLES, size=3)) for _ in range(6))


def _article(n: int, quote: str) -> StoredArticle:
    text = f'Officials spoke on Monday. "{quote}," a spokesman said.'
    start = text.index(quote)
    doc = Document(id=f"a{n}", origin=f"t:{n}", fmt="txt", text=text, raw_text=text,
                   source=f"Outlet {n % 7}", published=f"2024-03-{1 + n % 28:02d}",
                   language="en",
                   quotes=(Quote(start=start, end=start + len(quote), text=quote, direct=True,
                                 stage="quotes", speaker_text="a spokesman",
                                 speaker_kind="described"),))
    return StoredArticle(document=doc, raw_hash=f"r{n}", content_hash=f"c{n}")


def test_a_large_story_embeds_only_the_quotes_a_same_point_check_reads() -> None:
    # 300 articles, 150 distinct quotes (each carried twice): far more groups than are
    # compared for "same point", so most quotes must not be embedded.
    articles = [_article(n, _statement(n // 2)) for n in range(300)]
    encoder = Counting()
    checks = story_checks("s1", articles, encoder)
    assert len(encoder.texts) == MAX_GROUPS
    same_quote = [c for c in checks if c.data.get("relation") == "same quote"]
    assert len(same_quote) == 150
    assert all(len(c.items) == 2 for c in same_quote)


def test_same_point_reps_are_the_first_of_each_group_up_to_the_bound() -> None:
    items = [_quote(n, _statement(n)) for n in range(90)]
    reps = same_point_reps(quote_groups(items))
    assert [q.id for q in reps] == [f"q{n}" for n in range(MAX_GROUPS)]


def _said(n: int, article: str, speaker: str, text: str) -> QuoteItem:
    quote = Quote(start=0, end=len(text), text=text, direct=True, stage="quotes",
                  speaker_text=speaker, speaker_kind="name")
    return QuoteItem(id=f"q{n}", article_id=article, quote=quote, source="Le Regard",
                     published=date(2024, 3, 1), language="en", seq=n)


def test_a_quote_with_no_possible_partner_is_not_embedded() -> None:
    items = [
        _said(0, "a1", "Mara Lindqvist", "The harbour will reopen in the spring"),
        _said(1, "a2", "Mara Lindqvist", "We expect the port to open again by April"),
        _said(2, "a1", "Ruben Okafor", "Nobody warned the fishermen in time"),
        _said(3, "a2", "Ilse Dremmer", "The budget for repairs is not yet agreed"),
    ]
    # Lindqvist is quoted in two articles: both are compared. Okafor and Dremmer are
    # each quoted once, and no quote elsewhere has an unknown speaker: never compared.
    assert [q.id for q in same_point_reps(quote_groups(items))] == ["q0", "q1"]
    unknown = _said(4, "a3", "", "Repairs will take months")
    assert [q.id for q in same_point_reps(quote_groups([*items, unknown]))] == [
        "q0", "q1", "q2", "q3", "q4"]

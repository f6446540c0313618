"""Reading the linking fixture corpus (tests/fixtures/linking/corpus.json) into mentions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from sourcetrace.capabilities.linking.records import LinkMention

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPUS = FIXTURES / "linking" / "corpus.json"
KB_DIR = FIXTURES / "kb"


def load_corpus() -> dict[str, Any]:
    return json.loads(CORPUS.read_text(encoding="utf-8"))


def ref(mention_id: str) -> str:
    """ "en1:mention:4" → "en1:4" (the fixture's short form)."""
    article, _kind, n = mention_id.rsplit(":", 2)
    return f"{article}:{n}"


def corpus_mentions(corpus: dict[str, Any] | None = None) -> list[LinkMention]:
    """Mentions with spans found in order in each article's text."""
    corpus = corpus or load_corpus()
    out: list[LinkMention] = []
    for article in corpus["articles"]:
        text, pos = article["text"], 0
        for n, row in enumerate(article["mentions"]):
            surface, label, key, *rest = row
            start = text.index(surface, pos)
            pos = start + len(surface)
            out.append(
                LinkMention(
                    id=f"{article['id']}:mention:{n}",
                    article_id=article["id"],
                    start=start,
                    end=pos,
                    text=surface,
                    label=label,
                    entity_key=key,
                    role=rest[0] if rest else None,
                    role_org=rest[1] if len(rest) > 1 else None,
                    language=article["language"],
                    published=article["published"],
                )
            )
    return out


def corpus_copies(count: int) -> list[LinkMention]:
    """``count`` copies of the corpus's mentions, each under other article ids."""
    base = corpus_mentions()
    return [
        dataclasses.replace(m, id=f"{m.article_id}-{n}:mention:{m.id.rsplit(':', 1)[1]}",
                            article_id=f"{m.article_id}-{n}")
        for n in range(count)
        for m in base
    ]

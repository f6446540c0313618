"""A quote whose speaker is a description ("the group") exports the entity of the name it
stands for; a speaker without such a link exports the entity at its own words."""

from __future__ import annotations

from sourcetrace.model import Document, Quote
from sourcetrace.outputs.contract import article_items
from sourcetrace.storage.base import StoredArticle

_TEXT = "The NRA met on Monday. “We back it,” the group said. “No,” Anna Lind said."


def _resolve(_article: str, start: int | None, end: int | None) -> str | None:
    # The article's linked mentions: "NRA" and "Anna Lind".
    spans = {(_TEXT.index("NRA"), _TEXT.index("NRA") + 3): "E-nra",
             (_TEXT.index("Anna"), _TEXT.index("Anna") + 9): "E-lind"}
    return next((e for (s, t), e in spans.items() if start is not None and end is not None
                 and s < end and start < t), None)


def _quote(text: str, speaker: str, ref: str | None) -> Quote:
    start = _TEXT.index(speaker)
    return Quote(
        start=_TEXT.index(text), end=_TEXT.index(text) + len(text), text=text, direct=True,
        stage="quotes", speaker_text=speaker, speaker_start=start,
        speaker_end=start + len(speaker),
        speaker_ref_start=_TEXT.index(ref) if ref else None,
        speaker_ref_end=_TEXT.index(ref) + len(ref) if ref else None,
    )


def test_a_description_exports_the_entity_it_stands_for() -> None:
    doc = Document(id="a1", origin="a1", fmt="txt", text=_TEXT, language="en", quotes=(
        _quote("We back it", "the group", "NRA"),
        _quote("No", "Anna Lind", None),
        _quote("We back it", "the group", None),
    ))
    stored = StoredArticle(document=doc, raw_hash="r", content_hash="c")
    quotes = [item.data for item in article_items(stored, _resolve) if item.kind == "quote"]
    assert quotes[0]["speaker"]["entity_id"] == "E-nra"
    assert quotes[0]["speaker"]["text"] == "the group"  # the words stay the description
    assert quotes[1]["speaker"]["entity_id"] == "E-lind"
    # Must not: without a link, the description's own words name no entity.
    assert quotes[2]["speaker"]["entity_id"] is None

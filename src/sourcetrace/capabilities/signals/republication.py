"""Republication and content-farm markers, read from what the clean stage removed.

The clean stage keeps every boilerplate stretch it takes out (``Document.removed``, each
with its rule name). A feed-plugin footer ("The post … appeared first on …") says the
text was pulled from someone's feed; a "See also"/"Related" block, comment-form and
anti-spam notices are scraped template; a high share of boilerplate in the raw text and
no byline add to the picture. The evidence spans of this signal are the removed stretches,
so they point into ``raw_text``: their ``field`` is "raw_text".
"""

from __future__ import annotations

from collections.abc import Iterator

from sourcetrace.model import Document, Evidence, Signal

__all__ = ["republication_signals"]

STAGE_NAME = "signals"

#: Removal rule -> (weight, note). Rule names are the clean stage's, the same in every language.
MARKERS: dict[str, tuple[float, str]] = {
    "feed_footer": (0.6, "a feed-plugin republication footer"),
    "see_also": (0.15, "a “See also”/“Related” link block"),
    "antispam": (0.1, "a blog template's anti-spam notice"),
    "comment_form": (0.05, "a blog template's comment form"),
}
_BYLINE_WEIGHT = 0.1
_DENSITY_WEIGHT = 0.2


def republication_signals(doc: Document) -> Iterator[Signal]:
    score = 0.0
    found: list[Evidence] = []
    seen: set[str] = set()
    for removal in doc.removed:
        marker = MARKERS.get(removal.rule)
        if marker is None:
            continue
        weight, note = marker
        if removal.rule not in seen:
            score += weight
            seen.add(removal.rule)
        found.append(
            Evidence(
                start=removal.start,
                end=removal.end,
                text=removal.text[:300],
                note=note,
                field="raw_text",
            )
        )
    if not found:
        return
    removed_chars = sum(r.end - r.start for r in doc.removed)
    density = removed_chars / max(len(doc.raw_text), 1)
    if density > 0.25:
        score += _DENSITY_WEIGHT
        found.append(
            Evidence(
                start=0,
                end=0,
                text="",
                field="document",
                note=f"{density:.0%} of the page was boilerplate",
            )
        )
    if not doc.author:
        score += _BYLINE_WEIGHT
        found.append(Evidence(start=0, end=0, text="", field="document", note="no byline"))
    yield Signal(
        kind="republication",
        score=round(min(score, 1.0), 3),
        stage=STAGE_NAME,
        evidence=tuple(found[:12]),
    )

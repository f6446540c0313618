"""The article's own headline on an HTML page, rather than the site's or blog's name.

A page's ``<title>`` often carries the site name ("Storm closes bridge - Eastbay
Courier") or, on blogs and archive pages, only the blog's or category's name. The
headline the reader sees is the heading right above the body: ``headline`` looks for the
body's first paragraph in the page and takes the nearest heading before it (``h1``-``h3``
or an element whose class names a title, within ``_LOOKBACK`` elements). That heading
wins over the extracted title; with no such heading the extracted title stays. Pure:
works on the HTML string it is given.
"""

from __future__ import annotations

import re
from typing import Any

from sourcetrace.stages.headline import fold

__all__ = ["headline"]

_HEADINGS = ("h1", "h2", "h3")
_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:entry|post|article|story)[_-]?(?:title|name|headline)\b|\bheadline\b", re.I
)
#: Characters of the body's first paragraph looked for in the page.
_PROBE_CHARS = 40
#: A heading longer than this is a paragraph set in large type, not a headline.
_MAX_HEADING = 250
#: How many elements before the body's first paragraph are searched for its heading.
_LOOKBACK = 60


def headline(html: str, title: str | None, body: str | None) -> str | None:
    """The headline to keep for this page: ``title`` or the heading above ``body``."""
    if not body:
        return title
    tree = _parse(html)
    if tree is None:
        return title
    heading = _heading_above(tree, body)
    if heading is None:
        return title
    if title is None:
        return heading
    return heading if fold(heading) else title


def _parse(html: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, TypeError):
        return None
    except Exception:  # lxml.etree.ParserError on empty documents
        return None


def _heading_above(tree: Any, body: str) -> str | None:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    probe = first[:_PROBE_CHARS]
    if len(probe) < 10:
        return None
    bodies = tree.xpath("//body")
    elements = list((bodies[0] if bodies else tree).iter())
    start = None
    for index, element in enumerate(elements):
        text = element.text or ""
        if probe in text or probe in (element.tail or ""):
            start = index
            break
    if start is None:
        for index, element in enumerate(elements):
            if element.tag in ("p", "div") and probe in element.text_content():
                start = index
    if start is None:
        return None
    if _is_heading(elements[start]):
        return _heading_text(elements[start])  # the extracted text opens with the headline
    for element in reversed(elements[max(0, start - _LOOKBACK) : start]):
        if _is_heading(element):
            text = _heading_text(element)
            if text is not None:
                return text
    return None


def _is_heading(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return False
    return element.tag in _HEADINGS or bool(_TITLE_CLASS.search(element.get("class") or ""))


def _heading_text(element: Any) -> str | None:
    text = " ".join(element.text_content().split())
    return text if 3 <= len(text) <= _MAX_HEADING else None

"""Main text and metadata of documents that came as HTML (trafilatura, htmldate).

- ``raw_text``: the page's main text, paragraphs separated by a blank line, comments,
  menus (``<nav>``) and page footers left out (unless broken markup put the article in
  one; a page left with no text is extracted once more without that pruning). The
  article's lead (standfirst), which many pages print between the headline and the body
  outside the element trafilatura takes as the body, is put back before the body when
  extraction left it out (``lead_paragraph``). A page
  whose "main text" is only short fragments (menu entries, link labels; words of
  spaceless scripts counted by length) has none, and is rejected with ``EmptyInputError``.
- Metadata from ``<meta>`` tags (Open Graph, Dublin Core, article:*), JSON-LD and the
  ``<title>``: ``title`` (the article's own headline over the site's or blog's name, see
  ``html_title``), ``author``, ``published`` (htmldate: the markup, then the page's text
  when the markup gives no date), ``source`` (the site name) and ``url`` (canonical).
  A value the input gave always wins: only empty fields are filled, and ``provenance``
  records ``"html"`` for each one filled here.
  A site name that is only the page's domain is left to the metadata stage, which
  derives it from the URL and says so.

A document with both ``html`` and ``raw_text`` (a feed entry with a text summary) keeps
its text and only gains metadata. Pure: trafilatura works on the string it is given.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from sourcetrace.capabilities.extract.title import headline
from sourcetrace.core.pipeline import Stage
from sourcetrace.core.resources import Resources
from sourcetrace.errors import EmptyInputError, TooLargeError
from sourcetrace.model import Document

__all__ = ["STAGE", "extract_html", "word_count"]

#: A page has main text only if at least one paragraph has this many words; menus, tag
#: lists and link rows left after extraction are shorter.
MIN_PARAGRAPH_WORDS = 5
#: Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar,
#: Tibetan): there every ``CHARS_PER_WORD`` characters count as one word.
_SPACELESS = re.compile(
    r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uf900-\ufaff]"
)
CHARS_PER_WORD = 2
#: Elements dropped before extraction: site navigation and page footers are never body,
#: unless broken markup put the article inside one (it holds an ``<article>``/``<main>``
#: or a paragraph of body length), which then stays.
_HOLDS_ARTICLE = "not(.//article or .//main or .//p[string-length(normalize-space()) > 200])"
PRUNE_XPATHS = [f"//nav[{_HOLDS_ARTICLE}]", f"//footer[{_HOLDS_ARTICLE}]"]
#: trafilatura's recall mode: off. Measured on the dev split of trafilatura's evaluation
#: set, it lowered both precision and recall (F1 0.929 on, 0.934 off; docs/benchmarks.md).
FAVOR_RECALL = False
#: htmldate: the original publication date rather than an update, markup first and then,
#: when the markup has none, the page's text (extensive search): on the dev split the
#: markup-only search dated 79 % of annotated pages to the day, with text 84 %.
DATE_PARAMS: dict[str, Any] = {"extensive_search": True, "original_date": True}

#: The lead (standfirst) put back before the body: looked for in at most this many
#: elements after the headline, of this length; markup tokens that mark one.
MIN_HEADLINE_CHARS = 15
LEAD_WINDOW = 60
LEAD_PROBE = 60
MIN_LEAD_CHARS = 50
MAX_LEAD_CHARS = 1500
_LEAD_TOKENS = frozenset(
    {"lead", "lede", "intro", "standfirst", "abstract", "teaser", "summary", "deck", "chapo",
     "chapeau", "entradilla", "sumario", "bajada", "vorspann"}
)

_METADATA_FIELDS = ("title", "author", "published", "url", "source")


def extract_html(doc: Document, resources: Resources) -> Document:
    """``doc`` with main text (if it had none) and the metadata its input left empty."""
    if doc.html is None:
        return doc
    from trafilatura.utils import load_html

    # Parsed once: trafilatura works on a copy of a tree it is given, and the lead search
    # reads the same tree.
    tree = load_html(doc.html)
    page: Any = doc.html if tree is None else tree
    result = _extract(page, doc.url, prune=True)
    changes: dict[str, Any] = {}
    if not doc.raw_text:
        try:
            changes["raw_text"] = _main_text(getattr(result, "text", None), doc, resources)
        except EmptyInputError:
            # Broken markup can hide the article where pruning reaches it: try once unpruned.
            retry = _extract(page, doc.url, prune=False)
            changes["raw_text"] = _main_text(getattr(retry, "text", None), doc, resources)
        lead = lead_paragraph(
            page, changes["raw_text"], doc.title or _clean(getattr(result, "title", None))
        )
        if lead is not None:
            changes["raw_text"] = f"{lead}\n\n{changes['raw_text']}"
    provenance = dict(doc.provenance)
    found = _metadata(result, doc)
    if doc.title is None:
        found["title"] = headline(
            doc.html, found.get("title"), changes.get("raw_text") or doc.raw_text
        )
    for name, value in found.items():
        if getattr(doc, name) is None and value:
            changes[name] = value
            provenance[name] = "html"
    if provenance != doc.provenance:
        changes["provenance"] = provenance
    return doc.evolve(**changes) if changes else doc


def _extract(html: Any, url: str | None, *, prune: bool) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        favor_recall=FAVOR_RECALL,
        with_metadata=True,
        prune_xpath=PRUNE_XPATHS if prune else None,
        date_extraction_params=dict(DATE_PARAMS),
    )


def lead_paragraph(html: Any, body: str, title: str | None = None) -> str | None:
    """The article's lead when ``body`` lacks it: the first element after the page's
    headline marked as a lead by its markup (``itemprop="description"``, or a class or
    id token such as ``lead``, ``intro``, ``teaser-text``, ``standfirst``, ``abstract``),
    looked for only until the body starts, with the length of a lead. The headline is the
    ``<h1>`` that matches ``title`` (else the first of headline length outside ``<nav>``).
    ``html``: the page's markup, or its tree as trafilatura parsed it (left unchanged)."""
    from trafilatura.utils import load_html

    tree = load_html(html) if isinstance(html, (str, bytes)) else html
    if tree is None:
        return None
    headings = [
        h for h in tree.iter("h1")
        if len(_squeeze(h.text_content())) >= MIN_HEADLINE_CHARS and not h.xpath("ancestor::nav")
    ]
    if not headings:
        return None
    headline = headings[0]
    if title:
        wanted = _fold(title)
        for heading in headings:
            folded = _fold(heading.text_content())
            if folded and (folded in wanted or wanted in folded):
                headline = heading
                break
    folded_body = _squeeze(body)
    for element in headline.xpath(f"following::*[position() <= {LEAD_WINDOW}]"):
        if not isinstance(element.tag, str):
            continue
        text = _squeeze(element.text_content())
        if not text:
            continue
        if text[:LEAD_PROBE] in folded_body:
            return None  # the body has started (or holds the lead already)
        if _lead_like(element) and MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS:
            return text
    return None


def _lead_like(element: Any) -> bool:
    if element.xpath("ancestor-or-self::figure or ancestor-or-self::figcaption or .//img"):
        return False  # a picture and its caption, not a lead
    if (element.get("itemprop") or "").strip().lower() == "description":
        return True
    tokens = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(part in _LEAD_TOKENS for part in re.split(r"[\s_-]+", tokens) if part) and (
        "teaser" not in tokens or "text" in tokens or "lead" in tokens or "intro" in tokens
    )


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _main_text(extracted: str | None, doc: Document, resources: Resources) -> str:
    paragraphs = [line.strip() for line in (extracted or "").splitlines() if line.strip()]
    if not any(word_count(p) >= MIN_PARAGRAPH_WORDS for p in paragraphs):
        found = f" (only short fragments: {' | '.join(paragraphs[:3])[:120]})" if paragraphs else ""
        raise EmptyInputError(
            f"HTML page has no main text{found}; it may be a menu, index or error page"
        )
    text = "\n\n".join(paragraphs)
    limit = resources.settings.max_text_bytes
    size = len(text.encode("utf-8"))
    if size > limit:
        raise TooLargeError(
            f"main text of the HTML page is {size} bytes, over the limit of {limit} "
            "(setting max_text_bytes, env SOURCETRACE_MAX_TEXT_BYTES)"
        )
    return text


def word_count(text: str) -> int:
    """Words in ``text``: space-separated tokens, with spaceless scripts counted by length."""
    spaceless = len(_SPACELESS.findall(text))
    if not spaceless:
        return len(text.split())
    rest = _SPACELESS.sub(" ", text)
    return len(rest.split()) + spaceless // CHARS_PER_WORD


def _metadata(result: Any, doc: Document) -> dict[str, str | None]:
    if result is None:
        return {}
    found = {
        "title": _clean(getattr(result, "title", None)),
        "author": _clean(getattr(result, "author", None)),
        "published": _clean(getattr(result, "date", None)),
        "url": _clean(getattr(result, "url", None)),
        "source": _clean(getattr(result, "sitename", None)),
    }
    host = _host(doc.url or found["url"])
    if found["source"] and host and found["source"].lower().removeprefix("www.") == host:
        found["source"] = None  # trafilatura's fallback to the domain; see module docstring
    return {name: found[name] for name in _METADATA_FIELDS}


def _clean(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


STAGE = Stage(
    name="html",
    version="3",
    requires=frozenset({"html", "raw_text", "title", "author", "published", "url", "source"}),
    assigns=frozenset({"raw_text", "title", "author", "published", "url", "source", "provenance"}),
    run=extract_html,
)

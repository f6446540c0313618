"""The analyst brief: one self-contained page (or Markdown file) about a whole case.

``write_brief(store, out)`` loads the case (``outputs.casefile.CaseFile``), optionally
narrows it to one story or one entity, builds the sections (``view``) and renders them
as HTML (``html``: inline CSS and SVG, no script, no network) or Markdown (``markdown``).
The file appears only when complete, like the exports.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sourcetrace.errors import ConfigError
from sourcetrace.outputs.brief.actors import actors
from sourcetrace.outputs.brief.html import render_html
from sourcetrace.outputs.brief.markdown import render_markdown
from sourcetrace.outputs.brief.view import BriefView, build_view
from sourcetrace.outputs.casefile import CaseFile
from sourcetrace.storage.base import Store

__all__ = ["FORMATS", "BriefSummary", "focus_case", "render_brief", "write_brief"]

#: Brief format name -> renderer.
FORMATS: Mapping[str, Callable[[BriefView], str]] = {
    "html": render_html,
    "md": render_markdown,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefSummary:
    """What a brief holds: the file, its format, and the articles it covers."""

    path: Path
    fmt: str
    articles: int
    focus: str | None


def focus_case(
    case: CaseFile, *, story: str | None = None, entity: str | None = None
) -> tuple[CaseFile, str | None]:
    """``case`` narrowed to a story's articles and/or an entity's articles, with a label.

    ``entity`` is an entity id as linking made it (``st:person/olaf-scholz``, shown under
    each key actor); on a case where linking has not run, the actor key shown there
    instead (``person:olaf scholz``). An unknown id is a ``ConfigError``.
    """
    labels = []
    if story is not None:
        record = case.story(story)
        if record is None:
            raise ConfigError(f"no story with id {story!r} in this case "
                              f"({len(case.stories)} stories)")
        case = case.focus(record.get("article_ids", ()))
        labels.append(f"story “{record.get('label') or story}”")
    if entity is not None:
        found, linked = actors(case)
        actor = next((a for a in found if a.key == entity), None)
        if actor is None:
            where = "entity" if linked else "actor key (entities are not linked yet)"
            raise ConfigError(f"no {where} {entity!r} in this case")
        case = case.focus(actor.article_ids)
        labels.append(f"{actor.type.lower()} “{actor.name}”")
    return case, " and ".join(labels) or None


def render_brief(case: CaseFile, *, fmt: str = "html", title: str = "Case brief",
                 focus: str | None = None, full: bool = False) -> str:
    """The brief of ``case`` as a string in format ``fmt`` (see ``FORMATS``)."""
    renderer = FORMATS.get(fmt)
    if renderer is None:
        raise ConfigError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")
    view = build_view(case, title=title, focus=focus, generated=date.today().isoformat(),
                      full=full)
    return renderer(view)


def write_brief(
    store: Store, out: Path, *, fmt: str = "html", story: str | None = None,
    entity: str | None = None, title: str | None = None, full: bool = False,
) -> BriefSummary:
    """Write the brief of the case in ``store`` to ``out`` (``full``: nothing folded)."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ConfigError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not out.parent.is_dir():
        raise FileNotFoundError(f"{out}: folder {out.parent} does not exist")
    case, focus = focus_case(CaseFile.load(store), story=story, entity=entity)
    text = render_brief(case, fmt=fmt, title=title or f"Case brief: {Path(store.path).stem}",
                        focus=focus, full=full)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        tmp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BriefSummary(path=out, fmt=fmt, articles=len(case.articles), focus=focus)

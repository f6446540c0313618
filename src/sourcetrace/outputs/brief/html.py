"""The HTML brief: one self-contained page rendered with Jinja2, autoescaping on.

The stylesheet is inlined; charts are inline SVG; there is no script at all, and the page
carries a Content-Security-Policy that forbids scripts and every network request, so even
a rendering mistake could not make hostile article text run or call home. The highlighted
reader text is built here token by token, each piece escaped with ``markupsafe``, because
the exact characters (newlines included) must survive into a ``pre-wrap`` block.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from sourcetrace.outputs.brief.view import BriefView
from sourcetrace.text.highlight import Token

__all__ = ["render_html", "render_tokens"]

TEMPLATES = Path(__file__).resolve().parent / "templates"


def render_tokens(tokens: Iterable[Token]) -> Markup:
    """The highlighted text of an article as HTML ``mark`` elements, everything escaped."""
    parts: list[str] = []
    for token in tokens:
        if token.op == "text":
            parts.append(str(escape(token.text)))
        elif token.op == "close":
            parts.append("</mark>")
        else:
            span = token.span
            assert span is not None
            classes = f"k-{span.kind}" + (f" t-{span.css}" if span.css else "")
            if not token.first:
                classes += " cont"
            anchor = f' id="{escape(span.anchor)}"' if token.first and span.anchor else ""
            parts.append(f'<mark class="{escape(classes)}"{anchor} title="{escape(span.note)}">')
    return Markup("".join(parts))


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["reader"] = render_tokens
    return env


def render_html(view: BriefView) -> str:
    """The whole brief as one HTML document."""
    env = _environment()
    css = (TEMPLATES / "brief.css").read_text(encoding="utf-8")
    return env.get_template("brief.html").render(v=view, css=Markup(css))

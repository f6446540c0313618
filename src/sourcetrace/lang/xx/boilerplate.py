"""Language-neutral boilerplate: agency credits, copyright lines, breadcrumbs, bare domains.

Also the shared building blocks the language packs compose their own patterns from:
``CREDIT`` (a picture agency, optionally with a photographer: "AFP", "Reuters/Yves
Herman", "picture alliance / dpa") and ``NETWORKS`` (the social networks named on share
buttons). Patterns are matched case-insensitively; ``(?-i:...)`` marks the parts where
capitals matter.
"""

from __future__ import annotations

from sourcetrace.lang.pack import BoilerplatePattern

__all__ = ["AGENCY", "BOILERPLATE", "CREDIT", "NETWORKS", "PERSON"]

#: Picture agencies and image banks seen in credits, as one alternation (whole words).
AGENCY = (
    r"(?:AFP|AP|Associated Press|Reuters|dpa|EFE|EPA(?:-EFE)?|Getty Images|Getty|"
    r"picture[ -]alliance|ANSA|Anadolu(?: Agency)?|AA|Xinhua|TASS|Sipa(?: Press)?|"
    r"Shutterstock|Keystone|Belga|ABACA(?:PRESS)?|Europa Press|Imago(?: Images)?|ddp|"
    r"MAXPPP|Hans Lucas|iStock(?:photo)?|Alamy|NurPhoto|ZUMA(?: Press| Wire)?|PA(?: Wire| Images)?|"
    r"Bloomberg|Wikimedia Commons|Unsplash|Pexels|DR|Archives?|Archivo|Archiv|SANA|IRNA|"
    r"UPI|Pool|SOPA Images|LightRocket|Hollandse Hoogte|ANP|Polaris|Redux|"
    r"Leemage|Bestimage|Stringer)\b"
)

#: A photographer's name after an agency: one or two capitalised words.
PERSON = r"(?-i:[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+)?)"

#: A full credit: agencies and photographers joined by slashes.
CREDIT = rf"{AGENCY}(?:\s*/\s*(?:{AGENCY}|{PERSON}))*"

#: Networks on share buttons.
NETWORKS = (
    r"(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Pinterest|Reddit|Telegram|Messenger|"
    r"Flipboard|Xing|Threads|Bluesky|Mastodon|VK|Tumblr|Pocket|SMS)\b"
)

BOILERPLATE: tuple[BoilerplatePattern, ...] = (
    # "AFP", "REUTERS/Yves Herman", "© Getty Images" alone on a line.
    BoilerplatePattern(name="photo_credit", pattern=rf"(?:©\s*)?{CREDIT}\s*\.?"),
    # "© AFP" anywhere (a credit glued into a caption or at a paragraph's start).
    BoilerplatePattern(name="photo_credit", pattern=rf"[(\[]?©\s*{CREDIT}[)\]]?", scope="inline"),
    # "© 2024 Example Media": with a year anything may follow; without one, the line must
    # not end like a sentence (that is a credit glued to the body: "© Reuters The convoy…").
    BoilerplatePattern(
        name="copyright",
        pattern=r"(?:©|\(c\)|copyright\b)\s*(?:\d{4}[^\n]{0,120}|[^\n]{0,80}[^.!?\s])",
    ),
    # "Home > World > Europe": two or more separators between short capitalised items. An
    # item never holds an opening guillemet: "dit « oui » puis « non »" is a quote.
    BoilerplatePattern(
        name="breadcrumb",
        pattern=r"(?:[^\W\d][^>»›«‹\n.!?]{0,40}?\s*[>»›]\s*){2,8}[^\W\d][^>»›«‹\n.!?]{0,60}",
    ),
    # A bare domain on its own line ("example-news.com"): a site name, never a sentence.
    BoilerplatePattern(
        name="site_name",
        pattern=r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}/?",
    ),
    # A row of network names only ("Facebook Twitter WhatsApp").
    BoilerplatePattern(name="share", pattern=rf"(?:{NETWORKS}[\s|·•,/]*)+"),
    # The hidden honeypot mark WordPress prints under its comment form.
    BoilerplatePattern(name="comment_form", pattern=r"Δ"),
    # CSS breakpoint names that leak into a page's text ("xs sm md lg xl", "mobile tablet").
    BoilerplatePattern(
        name="layout",
        pattern=r"(?:(?:xxs|xs|sm|md|lg|xl|xxl|mobile|tablet|desktop)\b[\s,|/·]*){1,8}",
    ),
    # A bare link on its own line ("http://example.org/2017/05/some-story/"): a source
    # pointer, never a sentence.
    BoilerplatePattern(name="site_name", pattern=r"(?:https?://|www\.)\S{1,400}"),
    # A picture caption closed by an agency credit and no final period
    # ("The minister, right, with her deputy (REUTERS/Jane Doe)").
    BoilerplatePattern(
        name="photo_caption",
        pattern=rf"[^\n]{{1,200}}[^.!?\s]\s*[(\[]\s*(?:©\s*)?{CREDIT}\s*[)\]]",
    ),
    # An editor's initials closing a report ("(grh)", "(dpa)"), lowercase roman numerals
    # ("(iv)", a list item) excepted.
    BoilerplatePattern(name="editor_initials", pattern=r"\((?![ivxlc]+\))(?-i:[a-z]{2,5})\)"),
    # A byline with a date stamp ("Jane Doe Smith 3/5/2022 22:41").
    BoilerplatePattern(
        name="byline",
        pattern=rf"{PERSON}(?:\s+{PERSON})?\s+\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*h)?)?",
    ),
    # A teaser link set off by ">> … <<".
    BoilerplatePattern(name="see_also", pattern=r">>\s*[^\n]{1,200}?\s*<<"),
    # A download line: "… PDF | 38 KB | …".
    BoilerplatePattern(
        name="download",
        pattern=r"[^\n]{0,200}(?:PDF|DOCX?|XLSX?|PPTX?|ZIP)\s*[|,(]\s*\d+(?:[.,]\d+)?\s*[KMG]B\b[^\n]{0,80}",
    ),
    # A date and a section label opening a page ("2021-10-16 | Botschaft").
    BoilerplatePattern(name="date_stamp", pattern=r"\d{4}-\d{2}-\d{2}\s*\|\s*[^\n.!?]{1,30}"),
)

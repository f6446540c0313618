"""Evaluate HTML ingest on trafilatura's evaluation set, against bare trafilatura.

The data folder (``--data``) holds ``evaldata.json`` (per page: "with" snippets that must
be in the main text, "without" snippets that must not, and title/date annotations),
``mapping.json`` (page id → evaldata key and original file name) and
``pages/pNNNN.html.gz``. Nothing of it is copied.

Scoring follows the set's own convention: every "with" snippet found in a page's text is
a true positive, missing a false negative; every "without" snippet found is a false
positive, absent a true negative. Counts are pooled over pages (and per language).

Both systems run on the same pages in the same run:

- ``trafilatura``: bare ``trafilatura.extract`` (its defaults) on the page's bytes, with
  metadata so its title and date are scored too;
- ``sourcetrace``: the ingest path for an HTML file (``decode_bytes``, ``check_html``)
  then the ``html``, ``clean``, ``metadata`` and ``langid`` stages; the scored text is
  the cleaned body. A page the ingest refuses scores as empty and is listed as rejected.

Titles are scored by exact match (spaces normalised) and dates by the same day, on pages
whose annotation gives one. Each page's language is the one sourcetrace detects on
bare trafilatura's text, so the grouping is the same for both systems.

The split is by site and fixed once (``web_split.json`` next to this module): ``dev`` is
where errors are read, ``check`` is only reported.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sourcetrace.errors import FormatError, SourcetraceError

__all__ = ["SPLITS", "evaluate", "format_report", "load_pages", "site_of", "split_of"]

SPLITS = ("dev", "check", "all")
SPLIT_FILE = Path(__file__).with_name("web_split.json")
_SPACES = re.compile(r"\s+")
#: Second-level labels under which a registered domain has three labels (bbc.co.uk).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "gob", "edu"})


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    key: str
    site: str
    path: Path
    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str | None
    date: str | None


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, text: str, page: Page) -> None:
        for snippet in page.with_:
            if snippet in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in page.without:
            if snippet in text:
                self.fp += 1
            else:
                self.tn += 1

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total = self.tp + self.fn + self.fp + self.tn
        accuracy = (self.tp + self.tn) / total if total else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "accuracy": round(accuracy, 4),
            "tp": self.tp,
            "fn": self.fn,
            "fp": self.fp,
            "tn": self.tn,
        }


@dataclass(slots=True)
class _System:
    counts: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    seconds: float = 0.0
    rejected: list[dict[str, str]] = field(default_factory=list)
    #: per page with an error: missed "with" and found "without" snippets, title and date
    errors: list[dict[str, Any]] = field(default_factory=list)

    def note(self, page: Page, text: str, title: str | None, day: str | None) -> None:
        missed = [s for s in page.with_ if s not in text]
        leaked = [s for s in page.without if s in text]
        title_wrong = bool(page.title) and _norm(title) != _norm(page.title)
        date_wrong = bool(page.date) and not _same_day(day, page.date or "")
        if missed or leaked or title_wrong or date_wrong:
            self.errors.append(
                {
                    "page": page.id,
                    "key": page.key,
                    "missed": missed,
                    "leaked": leaked,
                    "title": [title, page.title] if title_wrong else None,
                    "date": [day, page.date] if date_wrong else None,
                }
            )

    def report(self) -> dict[str, Any]:
        return {
            **self.counts.scores(),
            "by_language": {
                lang: c.scores()
                for lang, c in sorted(self.by_language.items(), key=lambda kv: -_size(kv[1]))
            },
            "title_exact": _share(self.titles),
            "titles_annotated": len(self.titles),
            "date_same_day": _share(self.dates),
            "dates_annotated": len(self.dates),
            "seconds": round(self.seconds, 2),
            "rejected": self.rejected,
            "errors": self.errors,
        }


def _size(c: Counts) -> int:
    return c.tp + c.fn + c.fp + c.tn


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def site_of(key: str, file_name: str) -> str:
    """The registered domain a page comes from (``hard::name.html`` keys use the file)."""
    host = urlsplit(key).hostname if "://" in key else None
    if not host:
        name = key.removeprefix("hard::") if key.startswith("hard::") else file_name
        host = re.split(r"[-_]", name.removesuffix(".html"))[0]
    labels = host.lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def split_of(site: str) -> str:
    """``dev`` or ``check``, from a hash of the site (how ``web_split.json`` was made)."""
    return "dev" if hashlib.sha1(site.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def load_split() -> dict[str, str]:
    """Site → split, as recorded in the repository."""
    data = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return {site: name for name in ("dev", "check") for site in data[name]}


def load_pages(folder: Path, split: str = "dev") -> list[Page]:
    """The pages of ``split`` (``dev``, ``check`` or ``all``) in ``folder``."""
    if split not in SPLITS:
        raise FormatError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    try:
        gold = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
        mapping = json.loads((folder / "mapping.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FormatError(
            f"{folder}: not trafilatura's evaluation set (missing {Path(exc.filename).name}; "
            "expected evaldata.json, mapping.json and pages/)"
        ) from exc
    recorded = load_split()
    pages = []
    for page_id, entry in sorted(mapping.items()):
        annotation = gold.get(entry["url"])
        if annotation is None:
            raise FormatError(f"{folder / 'mapping.json'}: {page_id} names no evaldata entry")
        site = site_of(entry["url"], entry["file"])
        which = recorded.get(site)
        if which is None:
            raise FormatError(
                f"{folder}: site {site} ({page_id}) is not in {SPLIT_FILE.name}; the split is "
                "fixed once, so a new page needs a deliberate entry"
            )
        if split != "all" and which != split:
            continue
        pages.append(
            Page(
                id=page_id,
                key=entry["url"],
                site=site,
                path=folder / "pages" / f"{page_id}.html.gz",
                with_=tuple(annotation.get("with") or ()),
                without=tuple(annotation.get("without") or ()),
                title=annotation.get("title") or None,
                date=annotation.get("date") or None,
            )
        )
    return pages


def write_split(folder: Path) -> dict[str, list[str]]:
    """The by-site split of every page in ``folder`` (used once to make ``web_split.json``)."""
    mapping = json.loads((folder / "mapping.json").read_text(encoding="utf-8"))
    sites = sorted({site_of(e["url"], e["file"]) for e in mapping.values()})
    split: dict[str, list[str]] = {"dev": [], "check": []}
    for site in sites:
        split[split_of(site)].append(site)
    return split


def _norm(value: str | None) -> str:
    return _SPACES.sub(" ", value or "").strip()


def _same_day(found: Any, gold: str) -> bool:
    return bool(found) and str(found)[:10] == gold[:10]


def evaluate(folder: Path, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Both systems on the pages of ``split``; see the module docstring."""
    import trafilatura

    from sourcetrace.capabilities.clean import stage as clean
    from sourcetrace.capabilities.extract import stage as html
    from sourcetrace.capabilities.language import stage as langid
    from sourcetrace.capabilities.outlets import stage as metadata
    from sourcetrace.config import Settings
    from sourcetrace.core.resources import Resources
    from sourcetrace.ingest.decode import check_html, decode_bytes, html_declared_charset
    from sourcetrace.model import Document

    pages = load_pages(folder, split)
    if limit is not None:
        pages = pages[:limit]
    resources = Resources(Settings())
    bare, ours = _System(), _System()
    languages: Counter[str] = Counter()
    for page in pages:
        data = gzip.decompress(page.path.read_bytes())
        where = f"{page.id} ({page.key})"

        started = time.perf_counter()
        out = trafilatura.extract(data, output_format="json", with_metadata=True)
        bare.seconds += time.perf_counter() - started
        found = json.loads(out) if out else {}
        bare_text = found.get("text") or ""

        started = time.perf_counter()
        text, title, date, problem = "", None, None, None
        try:
            source = decode_bytes(data, where, declared=html_declared_charset(data))
            check_html(source, where, resources.settings)
            doc = Document(id=page.id, origin=where, fmt="html", html=source)
            doc = html.extract_html(doc, resources)
            doc = clean.clean(doc, resources)
            doc = metadata.derive_metadata(doc, resources)
            text, title, date = doc.text, doc.title, doc.published
        except SourcetraceError as exc:
            problem = str(exc)
        ours.seconds += time.perf_counter() - started

        language = _language(bare_text or text, resources, langid)
        languages[language] += 1
        for system, body, page_title, page_date in (
            (bare, bare_text, found.get("title"), found.get("date")),
            (ours, text, title, date),
        ):
            system.counts.add(body, page)
            system.by_language[language].add(body, page)
            if page.title:
                system.titles.append(_norm(page_title) == _norm(page.title))
            if page.date:
                system.dates.append(_same_day(page_date, page.date))
            system.note(page, body, page_title, page_date)
        if problem is not None:
            ours.rejected.append({"page": page.id, "key": page.key, "error": problem})
        if not bare_text:
            bare.rejected.append({"page": page.id, "key": page.key, "error": "no text"})
    return {
        "dataset": str(folder),
        "split": split,
        "pages": len(pages),
        "sites": len({p.site for p in pages}),
        "languages": dict(languages.most_common()),
        "trafilatura": {"version": trafilatura.__version__, **bare.report()},
        "sourcetrace": ours.report(),
    }


def _language(text: str, resources: Any, langid: Any) -> str:
    if not text.strip():
        return "und"
    code, _confidence = langid.detector_for(resources).detect(text[:5000])
    return code or "und"


def format_report(result: dict[str, Any]) -> str:
    """The result of ``evaluate`` as a few lines for a terminal."""
    lines = [
        f"web extraction on {result['dataset']} (split {result['split']}): "
        f"{result['pages']} pages from {result['sites']} sites",
        f"  {'':12} {'P':>6} {'R':>6} {'F1':>6} {'title':>6} {'date':>6} {'rejected':>8} "
        f"{'seconds':>8}",
    ]
    for name in ("trafilatura", "sourcetrace"):
        r = result[name]
        lines.append(
            f"  {name:12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
            f"{_pct(r['title_exact'])} {_pct(r['date_same_day'])} {len(r['rejected']):8d} "
            f"{r['seconds']:8.1f}"
        )
    lines.append("  per language (F1 trafilatura / sourcetrace, pages):")
    for language, pages in result["languages"].items():
        bare = result["trafilatura"]["by_language"][language]["f1"]
        ours = result["sourcetrace"]["by_language"][language]["f1"]
        lines.append(f"    {language:4} {bare:.3f} / {ours:.3f}  ({pages})")
    for item in result["sourcetrace"]["rejected"]:
        lines.append(f"  rejected by sourcetrace: {item['page']} {item['key']}: {item['error']}")
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"

"""Real-web failure classes of the html stage, each with a page we wrote in the style of
real ones: articles nested in broken ``<nav>`` markup, spaceless scripts, titles that are
the blog's name or carry the site's."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.capabilities.extract.stage import extract_html, word_count
from sourcetrace.config import Settings
from sourcetrace.core.resources import Resources
from sourcetrace.errors import EmptyInputError
from sourcetrace.model import Document

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "webpages"
HTML = PAGES.parent / "ingest" / "html"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources(Settings())


def _extract(path: Path, resources: Resources) -> Document:
    html = path.read_text(encoding="utf-8")
    return extract_html(Document(id="d", origin=str(path), fmt="html", html=html), resources)


@pytest.mark.parametrize(
    ("name", "body", "menu"),
    [
        ("broken-nav-en.html", "cracks in two steel girders", ("Sport", "Advertise")),
        ("broken-nav-fr.html", "des fissures sur deux poutres", ("Région", "Sports")),
        ("broken-nav-de.html", "Risse an zwei Stahlträgern", ("Lokales", "Sport")),
    ],
)
def test_article_inside_broken_nav_markup_is_kept(
    name: str, body: str, menu: tuple[str, ...], resources: Resources
) -> None:
    doc = _extract(PAGES / name, resources)
    assert body in doc.raw_text
    for item in menu:  # the menu links around it are still not body
        assert item not in doc.raw_text.split()


def test_a_real_nav_menu_is_still_dropped(resources: Resources) -> None:
    doc = _extract(HTML / "courrier-gard.html", resources)
    assert "Accueil" not in doc.raw_text and "Faits divers" not in doc.raw_text


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("spaceless-ja.html", "定期点検で主径間の鋼の桁二本にひび割れ"),
        ("spaceless-zh.html", "例行检查发现大桥主跨两根钢梁出现裂缝"),
    ],
)
def test_spaceless_scripts_have_main_text(name: str, body: str, resources: Resources) -> None:
    assert body in _extract(PAGES / name, resources).raw_text


def test_a_spaceless_menu_page_is_still_rejected(resources: Resources) -> None:
    with pytest.raises(EmptyInputError, match="only short fragments"):
        _extract(PAGES / "spaceless-menu-ja.html", resources)


def test_word_count_counts_spaceless_characters_but_not_short_items() -> None:
    assert word_count("市の交通局は火曜日、定期点検で") >= 5
    assert word_count("ニュース") < 5
    assert word_count("three plain words") == 3


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("blog-title-en.html", "Why my tomatoes split after the heatwave"),
        ("blog-title-fr.html", "Pourquoi mes tomates ont éclaté après la canicule"),
        ("blog-title-de.html", "Warum meine Tomaten nach der Hitzewelle aufgeplatzt sind"),
        ("broken-nav-en.html", "Harbour bridge closed after cracks found in main span"),
    ],
)
def test_title_is_the_articles_headline_not_the_blog_or_site(
    name: str, title: str, resources: Resources
) -> None:
    assert _extract(PAGES / name, resources).title == title


def test_a_title_given_by_the_input_wins_over_the_headline(resources: Resources) -> None:
    path = PAGES / "blog-title-en.html"
    given = Document(
        id="d", origin=str(path), fmt="html", html=path.read_text("utf-8"), title="Given"
    )
    assert extract_html(given, resources).title == "Given"

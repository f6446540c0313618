"""The brief's timeline of events: type, place, toll, actors, sources, conflicts marked."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.outputs.brief import render_brief
from sourcetrace.outputs.casefile import CaseFile
from tests.events.case import count, report, store_with

TOLL = "The death toll from Tuesday's bombing in Brussels rose to {}, officials said."
LYON = "A gunman opened fire in Lyon on Saturday, killing two people."


def _toll(doc_id: str, value: int, source: str) -> object:
    text = TOLL.format(value)
    return report(doc_id, text, trigger="bombing", type="bombing", source=source,
                  published="2024-05-08", date="2024-05-07", precision="day",
                  places=["Brussels"], fatalities=count(text, str(value), value))


def _case(folder: Path) -> CaseFile:
    docs = [_toll("bx1", 9, "Agence A"), _toll("bx2", 15, "Journal B"),
            report("lyon", LYON, trigger="opened fire", type="shooting", source="Agence A",
                   published="2024-05-12", date="2024-05-11", precision="day",
                   places=["Lyon"], fatalities=count(LYON, "two people", 2))]
    with store_with(folder, docs) as store:
        return CaseFile.load(store)


def _events_part(html: str) -> str:
    """The events tables of the brief's timeline section."""
    start = html.index("<h3>Events</h3>")
    return html[start:html.index("</section>", start)]


def test_the_html_timeline_lists_events_with_conflicts_marked(tmp_path: Path) -> None:
    html = render_brief(_case(tmp_path), fmt="html")
    events = _events_part(html)
    # Oldest first: the Brussels bombing (disputed toll) before the Lyon shooting.
    assert events.index("bombing") < events.index("shooting")
    assert "9–15 (sources disagree)" in events and "conflicting fatalities" in events
    assert "Lyon" in events and "<td>2</td>" in events
    # The bombing two outlets report is in the open table; the shooting only one outlet
    # reports is folded under it.
    main = events[:events.index("</table>")]
    folded = events[events.index("Reported by one source"):]
    assert "Brussels" in main and "Lyon" not in main
    assert "Lyon" in folded and "Brussels" not in folded


def test_the_markdown_timeline_lists_events(tmp_path: Path) -> None:
    md = render_brief(_case(tmp_path), fmt="md")
    assert "### Events" in md
    row = next(line for line in md.splitlines() if line.startswith("| 2024-05-07"))
    assert "bombing" in row and "Brussels" in row and "**conflicting fatalities**" in row


def test_a_brief_focused_on_one_article_keeps_its_event_and_the_conflict(
    tmp_path: Path,
) -> None:
    case = _case(tmp_path).focus(["bx1"])
    html = render_brief(case, fmt="html")
    events = _events_part(html)
    assert "Brussels" in events and "Lyon" not in events
    assert "conflicting fatalities" in events

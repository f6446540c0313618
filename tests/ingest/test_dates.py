from __future__ import annotations

import pytest

from sourcetrace.ingest.dates import is_iso_date, normalize_published


@pytest.mark.parametrize(
    "given",
    [
        "2024-03-22",
        "2024-03",
        "2024",
        "2024-03-22T09:30:00+01:00",
        "2024-03-22T09:30:00Z",
        "2024-03-22 09:30:00",
        "2024-03-22T09:30:00.123456+00:00",
    ],
)
def test_iso_values_are_kept_exactly(given: str) -> None:
    assert normalize_published(given) == given


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Fri, 22 Mar 2024 10:00:00 GMT", "2024-03-22T10:00:00+00:00"),
        ("Tue, 09 Apr 2024 18:30:00 +0200", "2024-04-09T18:30:00+02:00"),
        ("22/03/2024", "2024-03-22"),
        ("22.03.2024", "2024-03-22"),
        ("22-03-24", "2024-03-22"),
        ("03/22/2024", "2024-03-22"),  # the second number cannot be a month
        ("04/03/2024", "2024-03-04"),  # ambiguous: day first
        ("22.03.2024 14:05", "2024-03-22T14:05:00"),
        ("2024/03/22", "2024-03-22"),
        ("2024-3-5", "2024-03-05"),
        ("20240322", "2024-03-22"),
        ("1711101600", "2024-03-22T10:00:00+00:00"),
        (1711101600, "2024-03-22T10:00:00+00:00"),
        (1711101600000, "2024-03-22T10:00:00+00:00"),
        ("22 mars 2024", "2024-03-22"),
        ("22. März 2024", "2024-03-22"),
        ("22 de marzo de 2024", "2024-03-22"),
        ("March 22, 2024", "2024-03-22"),
        ("März 2024", "2024-03"),
    ],
)
def test_other_forms_become_iso(given: object, expected: str) -> None:
    assert normalize_published(given) == expected


@pytest.mark.parametrize(
    "given",
    [
        None,
        "",
        "   ",
        "sometime last week",
        "yesterday",
        "2 hours ago",
        "31/02/2024",
        "2024-13",
        "2024-02-30",
        True,
        12,
        {"date": "2024"},
    ],
)
def test_unreadable_or_relative_values_give_none(given: object) -> None:
    assert normalize_published(given) is None


def test_is_iso_date_checks_the_calendar() -> None:
    assert is_iso_date("2024-02-29")
    assert not is_iso_date("2023-02-29")

"""The timeline's articles-per-month counts (counted by the database, not by reading
every article), with and without filters, against the article list."""

from __future__ import annotations

from collections import Counter

import pytest
from fastapi.testclient import TestClient


def _listed_by_month(client: TestClient, **params: str) -> dict[str, int]:
    items = client.get("/api/v1/articles", params={"limit": "500", **params}).json()["items"]
    return dict(Counter(a["published"][:7] for a in items if a.get("published")))


@pytest.mark.parametrize("params", [{}, {"language": "fr"}, {"source": "Northgate Wire"},
                                    {"since": "2024-05", "until": "2024-05"}])
def test_timeline_counts_articles_per_month_after_filtering(
        client: TestClient, params: dict[str, str]) -> None:
    timeline = client.get("/timeline", params={"format": "json", **params}).json()
    counted = {row["month"]: row["articles"] for row in timeline["published"]}
    assert counted == _listed_by_month(client, **params)
    assert list(counted) == sorted(counted)
    if not params:
        assert sum(counted.values()) >= 2  # the case has dated articles to count

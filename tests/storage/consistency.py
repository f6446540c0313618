"""What a case must satisfy after any crash: SQLite's own checks, and nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: Queries that must return no row in a consistent case, with what a row would mean.
ORPHANS = {
    "a story whose size is not its member count":
        "SELECT s.id FROM stories s WHERE s.size != "
        "(SELECT count(*) FROM story_members m WHERE m.story_id = s.id) OR s.size < 1",
    "a story member of no stored story":
        "SELECT m.article_id FROM story_members m "
        "WHERE m.story_id NOT IN (SELECT id FROM stories)",
    "a check about no stored story":
        "SELECT c.id FROM checks c WHERE c.story_id NOT IN (SELECT id FROM stories)",
    "an entity whose counts disagree with its mention links":
        "SELECT e.id FROM entities e WHERE e.mention_count < "
        "(SELECT count(*) FROM mention_links l WHERE l.entity_id = e.id)",
}


def assert_consistent(db: Path) -> None:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` pass, the full-text index agrees
    with the articles, and no story, check or entity is half-written."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "articles_fts" not in tables:
            return  # killed before the schema was made: nothing stored yet
        # Raises if the full-text index disagrees with the articles table.
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        for what, query in ORPHANS.items():
            found = conn.execute(query).fetchall()
            assert not found, f"{db}: {what}: {found[:3]}"

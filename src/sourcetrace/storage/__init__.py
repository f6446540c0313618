"""Storage: the ``Store`` protocol and its SQLite implementation.

``open_store(path)`` is the entry point; everything else talks to the ``Store``
protocol (``storage.base``), never to SQL, so another backend can be added here alone.
"""

from __future__ import annotations

from pathlib import Path

from sourcetrace.storage.base import ArticleRef, Rejection, SearchHit, Store, StoredArticle

__all__ = ["ArticleRef", "Rejection", "SearchHit", "Store", "StoredArticle", "open_store"]


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """Open the case database at ``path``, creating and migrating it as needed.

    With ``create=False`` a missing file is a ``StoreError`` naming the path (commands
    that only read, such as ``export``, should not leave an empty database behind).
    """
    from sourcetrace.storage.sqlite import open_sqlite  # SQLAlchemy loads only when used

    return open_sqlite(path, create=create)

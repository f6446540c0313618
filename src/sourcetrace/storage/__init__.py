"""Storage: the store protocols and their SQL implementation.

``open_store(url_or_path)`` is the entry point. Everything else talks to the protocols
(``storage.base.Store`` and, per capability, ``storage.protocols``), never to SQL, so
another backend can be added here alone: ``open_store`` picks it by the URL's scheme.
"""

from __future__ import annotations

import re
from pathlib import Path

from sourcetrace.errors import StoreError
from sourcetrace.storage.backup import backup
from sourcetrace.storage.base import ArticleRef, Rejection, SearchHit, Store, StoredArticle

__all__ = [
    "ArticleRef", "Rejection", "SearchHit", "Store", "StoredArticle", "backup", "open_store",
    "redacted_url", "store_scheme", "store_url",
]

# A ``Path`` collapses ``//`` (``--db postgresql://host/db`` arrives as ``postgresql:/host/db``);
# one letter before the colon is a Windows drive, not a scheme.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):/{1,3}")


def store_scheme(url_or_path: str | Path) -> str | None:
    """The URL scheme of ``url_or_path`` (``sqlite``, ``postgresql+psycopg`` …), or None
    for a plain file path."""
    match = _SCHEME.match(str(url_or_path))
    return match.group(1).lower() if match else None


def open_store(url_or_path: str | Path, *, create: bool = True) -> Store:
    """Open the case database at ``url_or_path``, creating and migrating it as needed.

    A plain path or a ``sqlite:///path`` URL opens a SQLite file; a
    ``postgresql://user:pass@host:port/db`` URL (or ``postgres://``,
    ``postgresql+psycopg://``) opens a PostgreSQL database (``storage.postgres``). Any
    other scheme is a ``StoreError``.
    With ``create=False`` a missing file is a ``StoreError`` naming the path (commands
    that only read, such as ``export``, should not leave an empty database behind).
    """
    path: str | Path = url_or_path
    scheme = store_scheme(url_or_path)
    if scheme is not None:
        backend = scheme.split("+", 1)[0]
        if backend == "sqlite":
            # sqlite:///relative.db and sqlite:////absolute.db, as SQLAlchemy writes them
            path = re.sub(r"^[^:]+:///?", "", str(url_or_path))
            if not path:
                raise StoreError(f"{url_or_path}: a sqlite URL needs a file path "
                                 "(sqlite:///case.db)")
        elif backend in {"postgresql", "postgres"}:
            if backend + "+psycopg" != scheme and "+" in scheme:
                raise StoreError(f"{redacted_url(str(url_or_path))}: only the psycopg driver "
                                 "is supported (postgresql://…)")
            from sourcetrace.storage.postgres import open_postgres

            return open_postgres(store_url(url_or_path), create=create)
        else:
            raise StoreError(f"{redacted_url(str(url_or_path))}: unknown store scheme {scheme!r} "
                             "(use a SQLite file path or a postgresql:// URL)")
    from sourcetrace.storage.sqlite import open_sqlite  # SQLAlchemy loads only when used

    return open_sqlite(path, create=create)


def store_url(url_or_path: str | Path) -> str:
    """``url_or_path`` as a string, with the ``//`` after a URL's scheme that a ``Path``
    collapses put back (``postgresql:/host/db``); ``postgresql:///db`` stays as it is."""
    return re.sub(r"^([^:]+):/(?!/)", r"\1://", str(url_or_path))


def redacted_url(url: str) -> str:
    """``url`` without its password, for messages (a store's ``path`` is this)."""
    return re.sub(r"(:/{1,2}[^:/@]+):[^@/]*@", r"\1:***@", url)

"""``SqlStore``: every store protocol over any SQLAlchemy engine, in portable Core SQL.

One query class per capability (``storage/queries/<capability>.py``, each a ``SqlBase``) keeps
its queries beside its tables; ``SqlStore`` is all of them together and implements
``storage.base.Store``. A PostgreSQL store is this class with a psycopg engine and a
``tsvector`` full-text strategy (``storage.fulltext``).
"""

from __future__ import annotations

from sourcetrace.storage.queries.articles import ArticleQueries
from sourcetrace.storage.queries.browse import BrowseQueries
from sourcetrace.storage.queries.checks import CheckQueries
from sourcetrace.storage.queries.entities import EntityQueries
from sourcetrace.storage.queries.events import EventQueries
from sourcetrace.storage.queries.profiles import ProfileQueries
from sourcetrace.storage.queries.stories import StoryQueries
from sourcetrace.storage.queries.tokens import TokenQueries

__all__ = ["SqlStore"]


class SqlStore(ArticleQueries, EntityQueries, StoryQueries, CheckQueries, EventQueries,
               BrowseQueries, ProfileQueries, TokenQueries):
    """A sourcetrace database. One writer at a time; readers may run alongside."""

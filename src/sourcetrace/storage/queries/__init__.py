"""The query classes of the store, one per capability; ``storage.sql.SqlStore`` is all
of them together."""

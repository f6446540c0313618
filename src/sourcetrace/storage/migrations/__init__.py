"""Alembic migrations of the sourcetrace schema, run by ``storage.migrate`` at open."""

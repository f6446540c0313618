"""The ``api_tokens`` table: bearer tokens for the web API, stored hashed.

Only the SHA-256 of a token is kept (tokens are 256 random bits, so a plain hash is
enough: there is nothing to brute-force), with the name the user gave it, its scope
(``read``, ``write`` or ``admin``), when it was made, when it expires and when it was
revoked. The token itself is shown once, by ``sourcetrace token
create``, and never stored.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table

from sourcetrace.storage.schema import metadata

__all__ = ["api_tokens"]

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String, nullable=False),
    Column("token_hash", String, nullable=False, unique=True),
    Column("created_at", String, nullable=False),
    Column("revoked_at", String),
    Column("scope", String, nullable=False, server_default="write"),
    Column("expires_at", String),
    Index("ix_api_tokens_name", "name"),
)

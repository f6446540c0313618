"""API tokens: create, verify, list and revoke, on the ``api_tokens`` table.

``create_token`` returns the token once; only its SHA-256 is stored. ``verify_token``
hashes what a client sent and looks the hash up, so a stolen database gives no usable
token. Every query uses bound parameters through SQLAlchemy Core.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, select, update

from sourcetrace.errors import StoreError
from sourcetrace.storage.base import Store
from sourcetrace.storage.sql import SqlStore
from sourcetrace.storage.token_tables import api_tokens

__all__ = ["TOKEN_PREFIX", "TokenInfo", "create_token", "list_tokens", "revoke_token",
           "verify_token"]

#: Tokens start with this, so one pasted into the wrong place is recognisable.
TOKEN_PREFIX = "st_"


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenInfo:
    """What is known about a token without the token itself."""

    id: int
    name: str
    created_at: str
    revoked_at: str | None


def _sql(store: Store) -> SqlStore:
    if not isinstance(store, SqlStore):
        raise StoreError(f"{store.path}: this store cannot keep API tokens")
    return store


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def create_token(store: Store, name: str) -> tuple[TokenInfo, str]:
    """A new token named ``name``: its record, and the token (shown to the user once)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    created = _now()
    with _sql(store).writing(f"creating API token {name!r}") as conn:
        result = conn.execute(
            insert(api_tokens).values(name=name, token_hash=_hash(token), created_at=created)
        )
        key = result.inserted_primary_key
        if key is None:  # pragma: no cover - every SQL backend returns the new id
            raise StoreError(f"{store.path}: the new token got no id")
        token_id = int(key[0])
    return TokenInfo(id=token_id, name=name, created_at=created, revoked_at=None), token


def verify_token(store: Store, token: str) -> TokenInfo | None:
    """The live (not revoked) token matching ``token``, or None."""
    if not token:
        return None
    with _sql(store).reading("checking an API token") as conn:
        row = conn.execute(
            select(api_tokens).where(
                api_tokens.c.token_hash == _hash(token), api_tokens.c.revoked_at.is_(None)
            )
        ).first()
    if row is None:
        return None
    return TokenInfo(id=row.id, name=row.name, created_at=row.created_at, revoked_at=None)


def list_tokens(store: Store) -> list[TokenInfo]:
    """Every token ever made, oldest first, revoked ones included."""
    with _sql(store).reading("listing API tokens") as conn:
        rows = conn.execute(select(api_tokens).order_by(api_tokens.c.id)).all()
    return [
        TokenInfo(id=r.id, name=r.name, created_at=r.created_at, revoked_at=r.revoked_at)
        for r in rows
    ]


def revoke_token(store: Store, ref: str) -> list[TokenInfo]:
    """Revoke the live tokens whose id or name is ``ref``; the ones revoked (maybe none)."""
    condition = api_tokens.c.name == ref
    if ref.isdigit():
        condition = condition | (api_tokens.c.id == int(ref))
    now = _now()
    with _sql(store).writing(f"revoking API token {ref!r}") as conn:
        rows = conn.execute(
            select(api_tokens).where(condition, api_tokens.c.revoked_at.is_(None))
        ).all()
        if rows:
            conn.execute(
                update(api_tokens)
                .where(api_tokens.c.id.in_([r.id for r in rows]))
                .values(revoked_at=now)
            )
    return [TokenInfo(id=r.id, name=r.name, created_at=r.created_at, revoked_at=now) for r in rows]


"""API tokens: create, verify, list and revoke, on the ``api_tokens`` table.

``create_token`` returns the token once; only its SHA-256 is stored. ``verify_token``
hashes what a client sent, looks the hash up and compares it again in constant time, so
a stolen database gives no usable token and timing tells nothing. A token has a scope
(``read`` < ``write`` < ``admin``: each includes the ones before it), may expire, and
may be revoked. Every query uses bound parameters through SQLAlchemy Core.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from sourcetrace.errors import InputError, StoreError
from sourcetrace.storage.base import Store
from sourcetrace.storage.sql import SqlStore
from sourcetrace.storage.token_tables import api_tokens

__all__ = ["SCOPES", "TOKEN_PREFIX", "TokenInfo", "create_token", "list_tokens",
           "revoke_token", "verify_token"]

#: Tokens start with this, so one pasted into the wrong place is recognisable.
TOKEN_PREFIX = "st_"
#: Token scopes, weakest first; a scope allows what the ones before it allow.
SCOPES: tuple[str, ...] = ("read", "write", "admin")


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenInfo:
    """What is known about a token without the token itself."""

    id: int
    name: str
    created_at: str
    revoked_at: str | None
    scope: str = "write"
    expires_at: str | None = None

    def allows(self, scope: str) -> bool:
        """Whether this token's scope includes ``scope``."""
        return SCOPES.index(self.scope) >= SCOPES.index(scope)

    def expired(self, now: datetime | None = None) -> bool:
        if self.expires_at is None:
            return False
        return datetime.fromisoformat(self.expires_at) <= (now or datetime.now(UTC))


def _sql(store: Store) -> SqlStore:
    if not isinstance(store, SqlStore):
        raise StoreError(f"{store.path}: this store cannot keep API tokens")
    return store


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _info(row: Any) -> TokenInfo:
    return TokenInfo(id=row.id, name=row.name, created_at=row.created_at,
                     revoked_at=row.revoked_at, scope=row.scope, expires_at=row.expires_at)


def create_token(store: Store, name: str, *, scope: str = "write",
                 expires_in: timedelta | None = None) -> tuple[TokenInfo, str]:
    """A new token named ``name``: its record, and the token (shown to the user once).

    ``scope`` is one of ``SCOPES``; ``expires_in`` (when given) is how long it lives.
    """
    if scope not in SCOPES:
        raise InputError(f"token scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    if expires_in is not None and expires_in <= timedelta(0):
        raise InputError(f"a token must live for some time, not {expires_in}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    created = now.isoformat(timespec="seconds")
    expires = (now + expires_in).isoformat(timespec="seconds") if expires_in else None
    with _sql(store).writing(f"creating API token {name!r}") as conn:
        result = conn.execute(
            insert(api_tokens).values(name=name, token_hash=_hash(token), created_at=created,
                                      scope=scope, expires_at=expires)
        )
        key = result.inserted_primary_key
        if key is None:  # pragma: no cover - every SQL backend returns the new id
            raise StoreError(f"{store.path}: the new token got no id")
        token_id = int(key[0])
    info = TokenInfo(id=token_id, name=name, created_at=created, revoked_at=None, scope=scope,
                     expires_at=expires)
    return info, token


def verify_token(store: Store, token: str) -> TokenInfo | None:
    """The live (not revoked, not expired) token matching ``token``, or None."""
    if not token or len(token) > 512:
        return None
    digest = _hash(token)
    with _sql(store).reading("checking an API token") as conn:
        row = conn.execute(
            select(api_tokens).where(
                api_tokens.c.token_hash == digest, api_tokens.c.revoked_at.is_(None)
            )
        ).first()
    # The index lookup finds the row; the constant-time comparison is what decides.
    if row is None or not hmac.compare_digest(str(row.token_hash), digest):
        return None
    info = _info(row)
    return None if info.expired() else info


def list_tokens(store: Store) -> list[TokenInfo]:
    """Every token ever made, oldest first, revoked ones included."""
    with _sql(store).reading("listing API tokens") as conn:
        rows = conn.execute(select(api_tokens).order_by(api_tokens.c.id)).all()
    return [_info(r) for r in rows]


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
    return [TokenInfo(id=r.id, name=r.name, created_at=r.created_at, revoked_at=now,
                      scope=r.scope, expires_at=r.expires_at) for r in rows]


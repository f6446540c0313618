"""API tokens: create, verify, list and revoke, on the ``api_tokens`` table.

``TokenQueries`` implements ``storage.protocols.TokenStore``.

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
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from sourcetrace.errors import InputError, StoreError
from sourcetrace.storage.protocols import SCOPES, TOKEN_PREFIX, TokenInfo
from sourcetrace.storage.sqlbase import SqlBase, utc_now
from sourcetrace.storage.tables.tokens import api_tokens

__all__ = ["TokenQueries"]


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _info(row: Any) -> TokenInfo:
    return TokenInfo(id=row.id, name=row.name, created_at=row.created_at,
                     revoked_at=row.revoked_at, scope=row.scope, expires_at=row.expires_at)


class TokenQueries(SqlBase):
    """The ``TokenStore`` protocol in SQL."""

    def create_token(self, name: str, *, scope: str = "write",
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
        with self.writing(f"creating API token {name!r}") as conn:
            result = conn.execute(
                insert(api_tokens).values(name=name, token_hash=_hash(token), created_at=created,
                                          scope=scope, expires_at=expires)
            )
            key = result.inserted_primary_key
            if key is None:  # pragma: no cover - every SQL backend returns the new id
                raise StoreError(f"{self.path}: the new token got no id")
            token_id = int(key[0])
        info = TokenInfo(id=token_id, name=name, created_at=created, revoked_at=None, scope=scope,
                         expires_at=expires)
        return info, token

    def verify_token(self, token: str) -> TokenInfo | None:
        """The live (not revoked, not expired) token matching ``token``, or None."""
        if not token or len(token) > 512:
            return None
        digest = _hash(token)
        with self.reading("checking an API token") as conn:
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

    def list_tokens(self) -> list[TokenInfo]:
        """Every token ever made, oldest first, revoked ones included."""
        with self.reading("listing API tokens") as conn:
            rows = conn.execute(select(api_tokens).order_by(api_tokens.c.id)).all()
        return [_info(r) for r in rows]

    def revoke_token(self, ref: str) -> list[TokenInfo]:
        """Revoke the live tokens whose id or name is ``ref``; the ones revoked (maybe none)."""
        condition = api_tokens.c.name == ref
        if ref.isdigit():
            condition = condition | (api_tokens.c.id == int(ref))
        now = utc_now()
        with self.writing(f"revoking API token {ref!r}") as conn:
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

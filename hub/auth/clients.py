"""Vendor API clients: each bound to one adapter and a set of schools. Only a hash of the token is stored.

A token reads ``hubc_<client id>_<secret>``: the id finds the row, the secret is compared in constant time with
its SHA-256 (the secret is 256 random bits, so a fast hash is as strong as a slow one here).

Its tables change only through a migration (stream ``state`` of ``hub.store.migrate``; README: "The hub's own state
and migrations"): a change to a ``Table`` here needs a new revision, else ``tests/integration/test_migrations.py``
fails.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets

from sqlalchemy import BigInteger, Column, Engine, MetaData, String, Table, Text, select

from hub import clock
from hub.events.tenancy import valid_school_id
from hub.ingest.service import Client

metadata = MetaData()
api_clients = Table(
    "api_clients",
    metadata,
    Column("client_id", String(32), primary_key=True),
    Column("adapter", String(64), nullable=False),
    Column("schools", Text, nullable=False),  # comma-separated school ids
    Column("token_sha256", String(64), nullable=False),
    Column("description", String(200)),
    Column("created_at_ms", BigInteger, nullable=False),
    Column("revoked_at_ms", BigInteger),
)
TOKEN_PREFIX = "hubc_"


class ClientRegistry:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, adapter: str, schools: list[str], description: str | None = None) -> tuple[Client, str]:
        """Register a client; returns it and its token. The token is shown once and never stored.

        School ids are the first segment after the system in every canonical id (``hub.events.tenancy``), so they
        cannot hold ``:``; a ``ValueError`` names the bad one."""
        bad = [school for school in schools if not valid_school_id(school)]
        if bad:
            raise ValueError(f"not a school id: {bad[0]!r} (letters, digits and . _ @ ~ -, at most 64, no ':')")
        client_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(api_clients.insert().values(
                client_id=client_id, adapter=adapter, schools=",".join(sorted(set(schools))),
                token_sha256=_digest(secret), description=description, created_at_ms=clock.now_ms()))
        return Client(client_id, adapter, frozenset(schools)), f"{TOKEN_PREFIX}{client_id}_{secret}"

    def revoke(self, client_id: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(api_clients.update().where(api_clients.c.client_id == client_id).values(
                revoked_at_ms=clock.now_ms()))
        return result.rowcount == 1

    async def authenticate(self, token: str) -> Client | None:
        """The client a token belongs to, or None (unknown, malformed, wrong secret or revoked)."""
        if not token.startswith(TOKEN_PREFIX):
            return None
        client_id, sep, secret = token[len(TOKEN_PREFIX):].partition("_")
        if not sep or not client_id or not secret:
            return None
        row = await asyncio.to_thread(self._row, client_id)
        if row is None or row.revoked_at_ms is not None:
            return None
        if not hmac.compare_digest(row.token_sha256, _digest(secret)):
            return None
        return Client(row.client_id, row.adapter, frozenset(s for s in row.schools.split(",") if s))

    def _row(self, client_id: str):  # noqa: ANN202
        with self.engine.connect() as conn:
            return conn.execute(select(api_clients).where(api_clients.c.client_id == client_id)).first()

    def list(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_clients).order_by(api_clients.c.created_at_ms)).mappings().all()
        return [{k: v for k, v in row.items() if k != "token_sha256"} for row in rows]


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()

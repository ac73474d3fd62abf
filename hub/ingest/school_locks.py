"""One hub-numbered batch at a time per (vendor system, school), so the log holds revisions in the order numbered.

The hub numbers a journal vendor's revisions in the state database (``hub.ingest.numbering``), then appends the
events to the log. Two batches of one school in flight at once could reach the log in the other order (revision 3
before revision 2: a mark's older value after its newer one), and the views, which apply the log in its order,
would show the older content. So a hub-numbered batch holds, from translation to the append (steps 1-6 of
``hub.ingest.service``), a lock for its (system, school):

1. an ``asyncio.Lock`` per (system, school) in this process (batches of other schools, and native batches, whose
   revisions are the vendor's, do not wait);
2. on a PostgreSQL state database, a session advisory lock on the same key, held on a connection of its own: it
   serialises the API processes that share the state (``hub serve --workers N``, several instances). The
   connection is opened for the lock and closed after it (its own engine, no pool): a lock held across the append
   must not take one of the pool's connections, which the batch itself needs (many schools at once would empty
   the pool and wait on it forever). SQLite's state is one process's (the embedded default).

The lock is released before parked records are re-driven (a re-drive ingests for the same school again).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.pool import NullPool

_LOCK = text("SELECT pg_advisory_lock(hashtextextended(:key, 0))")
_UNLOCK = text("SELECT pg_advisory_unlock(hashtextextended(:key, 0))")


class SchoolLocks:
    """Contract: ``async with locks.held(system, school):`` runs its body while no other batch of the same system
    and school holds it, in this process and, on PostgreSQL, in any process sharing ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._local: dict[tuple[str, str], asyncio.Lock] = {}
        self._own = create_engine(engine.url, poolclass=NullPool) if engine.dialect.name == "postgresql" else None

    @asynccontextmanager
    async def held(self, system: str, school_id: str) -> AsyncIterator[None]:
        local = self._local.setdefault((system, school_id), asyncio.Lock())
        async with local:
            if self._own is None:
                yield
                return
            key = f"hub-numbered\x1f{system}\x1f{school_id}"
            conn = await asyncio.to_thread(_acquire, self._own, key)
            try:
                yield
            finally:
                await asyncio.to_thread(_release, conn, key)


def _acquire(engine: Engine, key: str) -> Connection:
    conn = engine.connect()
    try:
        conn.execute(_LOCK, {"key": key})
        conn.commit()  # a session lock outlives the transaction; the connection is not left idle in one
    except BaseException:
        conn.close()
        raise
    return conn


def _release(conn: Connection, key: str) -> None:
    try:
        conn.execute(_UNLOCK, {"key": key})
        conn.commit()
    except BaseException:
        conn.invalidate()  # never back to the pool still holding the lock: closing the session releases it
        raise
    finally:
        conn.close()

"""The ingest ledger's two per-batch statements on PostgreSQL, each one statement whatever the batch's size.

``hub.ingest.ledger`` claims a batch with an ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` and records the
positions with an ``UPDATE`` per event. Written with SQLAlchemy's generic constructs, a batch of 500 became a
multi-row ``VALUES`` list of 5,500 parameters (SQL text psycopg converts anew each time, and the server parses
anew) and 500 ``UPDATE`` statements. Here each is one statement over arrays (``unnest``), the same text for every
batch: psycopg and the server prepare it once. The effect is the same rows, the same ``RETURNING`` and the same
race outcomes (the primary key still decides which request claims an id).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from hub.log.port import Position

if TYPE_CHECKING:
    from hub.ingest.ledger import LedgerEntry

CLAIM = text("""
INSERT INTO ingest_ledger (event_id, fingerprint, school_id, adapter, client_id, type, schema_version, status,
                           recorded_at_ms, claimed_at_ms, value)
SELECT e, f, s, a, c, t, v, :claimed, r, r, b
FROM unnest(CAST(:e AS text[]), CAST(:f AS text[]), CAST(:s AS text[]), CAST(:a AS text[]), CAST(:c AS text[]),
            CAST(:t AS text[]), CAST(:v AS integer[]), CAST(:r AS bigint[]), CAST(:b AS bytea[]))
     AS u(e, f, s, a, c, t, v, r, b)
ON CONFLICT (event_id) DO NOTHING
RETURNING event_id
""")
MARK_APPENDED = text("""
UPDATE ingest_ledger AS l SET status = :appended, partition = u.p, "offset" = u.o
FROM unnest(CAST(:e AS text[]), CAST(:p AS integer[]), CAST(:o AS bigint[])) AS u(e, p, o)
WHERE l.event_id = u.e
""")


def claim(conn: Connection, entries: Sequence[LedgerEntry], claimed_status: str) -> set[str]:
    """Insert a claim per entry whose id is new; the ids this statement inserted."""
    params = {"claimed": claimed_status, "e": [x.event_id for x in entries], "f": [x.fingerprint for x in entries],
              "s": [x.school_id for x in entries], "a": [x.adapter for x in entries],
              "c": [x.client_id for x in entries], "t": [x.type for x in entries],
              "v": [x.schema_version for x in entries], "r": [x.timestamp_ms for x in entries],
              "b": [x.value for x in entries]}
    return {row[0] for row in conn.execute(CLAIM, params)}


def mark_appended(conn: Connection, positions: dict[str, Position], appended_status: str) -> None:
    conn.execute(MARK_APPENDED, {"appended": appended_status, "e": list(positions),
                                 "p": [p.partition for p in positions.values()],
                                 "o": [p.offset for p in positions.values()]})

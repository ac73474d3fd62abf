"""Where every projection version stands: state, positions, lag in events and in seconds, dead letters.

``lag_events`` sums, over partitions, the log's high watermark minus the version's stored next offset.
``lag_seconds`` is the age of the oldest record not yet applied (0 when caught up): the log is read at each
partition's stored offset, one record. ``state`` is the registry state, or ``frozen`` for a version created with
table definitions other than this code's (no worker of this code maintains it).
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import Engine

from hub import clock
from hub.log.port import EventLog
from hub.projector import dead_letters, offsets, versions


async def projection_status(log_: EventLog, engine: Engine, projections) -> list[dict[str, Any]]:
    """One entry per registered version of each of ``projections`` (in registry order)."""
    watermarks = await log_.high_watermarks()
    rows = await asyncio.to_thread(_registry_rows, engine, projections)
    now_ms = clock.now_ms()
    for row in rows:
        positions = row["positions"]
        lag = {p: max(0, hw - positions.get(p, 0)) for p, hw in watermarks.items()}
        row["lag_events"] = sum(lag.values())
        row["lag_seconds"] = await _lag_seconds(log_, positions, lag, now_ms)
        row["positions"] = {str(p): positions.get(p, 0) for p in sorted(watermarks)}
    return rows


def _registry_rows(engine: Engine, projections) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        if not offsets.table_exists(conn):
            return []
        letters = _open_letters(conn)
        rows = []
        for projection in projections:
            mine = versions.fingerprint(projection)
            for v in versions.list_versions(conn, projection.name):
                rows.append({
                    "projection": v.projection, "version": v.version,
                    "state": v.state if v.fingerprint == mine else "frozen", "registry_state": v.state,
                    "created_at": v.created_at.isoformat() if v.created_at else None,
                    "switched_at": v.switched_at.isoformat() if v.switched_at else None,
                    "positions": offsets.read(conn, v.projection, v.version),
                    "dead_letters": letters.get((v.projection, v.version), 0),
                })
        return rows


def _open_letters(conn) -> dict[tuple[str, int], int]:
    counts: dict[tuple[str, int], int] = {}
    for letter in dead_letters.list_letters(conn):
        key = (letter["projection"], letter["version"])
        counts[key] = counts.get(key, 0) + 1
    return counts


async def _lag_seconds(log_: EventLog, positions: dict[int, int], lag: dict[int, int], now_ms: float) -> float:
    oldest = None
    for partition, behind in lag.items():
        if behind <= 0:
            continue
        records = await log_.read(partition, positions.get(partition, 0), 1)
        if records:
            ts = records[0].timestamp_ms
            oldest = ts if oldest is None else min(oldest, ts)
    return 0.0 if oldest is None else round(max(0.0, (now_ms - oldest) / 1000), 3)


async def positions(engine: Engine, projection) -> dict[int, int]:
    """``{partition: next_offset}`` the projection (a ``Projection`` or its registered name) has applied up to:
    an event at ``Position(p, o)`` is visible in its tables once ``o < positions[p]``."""
    if isinstance(projection, str):
        from projections import get

        projection = get(projection)

    def read() -> dict[int, int]:
        with engine.connect() as conn:
            if not offsets.table_exists(conn):  # no worker has started on this database yet
                return {}
            return versions.live_positions(conn, projection.name)

    return await asyncio.to_thread(read)

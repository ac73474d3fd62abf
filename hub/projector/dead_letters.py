"""Dead letters: events a projection's handler failed on, kept with the error until a fix re-applies them.

``projection_dead_letters(projection, version, partition, offset)`` holds the event's type and id, the error, when
it (last) failed, how many times, and ``resolved_at`` once it has been applied. A worker records its batch's dead
letters in the transaction that moves its offset (so a crash cannot lose or duplicate one), and marks resolved
any earlier dead letter of the batch's range that now applies (after a fix, under the ``halt`` policy the same
event is tried again).

The policy (``HUB_PROJECTION_FAILURE_POLICY``) decides what a worker does when a handler raises:

* ``skip``: the event is left out of the batch and recorded; the projection goes on. ``retry`` re-applies later.
* ``halt``: the event is recorded (in its own transaction) and the worker stops before the batch; its offset
  does not move, so the next start tries the same event again.

``retry`` (``hub projections retry NAME``) re-applies a partition from its oldest open dead letter up to the
projection's stored offset, in one transaction that holds the offset row: replaying events in log order
re-establishes the state later events set (handlers write complete states and one-way flags), so a late
success cannot overwrite a newer value with an older one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (BigInteger, Column, Connection, DateTime, Integer, String, Table, Text, and_, bindparam, func,
                        select, update)
from sqlalchemy.dialects import postgresql, sqlite

from hub import clock
from hub.projector import offsets

SKIP, HALT = "skip", "halt"

dead_letters = Table(
    "projection_dead_letters", offsets.metadata,
    Column("projection", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("partition", Integer, primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("event_type", String(64), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("error", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True)),
)


@dataclass(frozen=True)
class Failure:
    offset: int
    event_type: str
    event_id: str
    error: str


class ProjectionHalted(RuntimeError):
    """A handler failed under the ``halt`` policy; the event is recorded as a dead letter."""


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


def record(conn: Connection, projection: str, version: int, partition: int, failures: Iterable[Failure]) -> None:
    """Insert (or re-open, counting the attempt) a dead letter per failure, in ``conn``'s transaction."""
    now = clock.now()
    rows = [{"projection": projection, "version": version, "partition": partition, "offset": f.offset,
             "event_type": f.event_type, "event_id": f.event_id, "error": f.error, "attempts": 1, "failed_at": now,
             "resolved_at": None} for f in failures]
    if not rows:
        return
    insert = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(dead_letters)
    conn.execute(insert.on_conflict_do_update(
        index_elements=["projection", "version", "partition", "offset"],
        set_={"error": insert.excluded.error, "failed_at": insert.excluded.failed_at, "resolved_at": None,
              "attempts": dead_letters.c.attempts + 1}), rows)


_d = dead_letters.c
_RESOLVE = update(dead_letters).where(  # built once: a worker runs it once per batch
    _d.projection == bindparam("r_projection"), _d.version == bindparam("r_version"),
    _d.partition == bindparam("r_partition"), _d.offset >= bindparam("r_start"), _d.offset < bindparam("r_end"),
    _d.resolved_at.is_(None)).values(resolved_at=bindparam("r_at"))
_RESOLVE_BUT = _RESOLVE.where(_d.offset.not_in(bindparam("r_failing", expanding=True)))


def resolve(conn: Connection, projection: str, version: int, partition: int, start: int, end: int,
            still_failing: Iterable[int] = ()) -> int:
    """Mark the open dead letters at offsets ``start <= o < end`` (except ``still_failing``) resolved."""
    params = {"r_projection": projection, "r_version": version, "r_partition": partition, "r_start": start,
              "r_end": end, "r_at": clock.now()}
    failing = list(still_failing)
    if failing:
        return conn.execute(_RESOLVE_BUT, {**params, "r_failing": failing}).rowcount
    return conn.execute(_RESOLVE, params).rowcount


def list_letters(conn: Connection, projection: str | None = None, include_resolved: bool = False) -> list[dict]:
    d = dead_letters.c
    query = select(dead_letters).order_by(d.projection, d.version, d.partition, d.offset)
    if projection is not None:
        query = query.where(d.projection == projection)
    if not include_resolved:
        query = query.where(d.resolved_at.is_(None))
    return [dict(row) for row in conn.execute(query).mappings()]


def open_counts(conn: Connection) -> dict[str, int]:
    """``{projection: open dead letters}`` over all versions."""
    d = dead_letters.c
    rows = conn.execute(select(d.projection, func.count()).where(d.resolved_at.is_(None)).group_by(d.projection))
    return {name: count for name, count in rows}


def open_by_partition(conn: Connection, projection: str, version: int) -> dict[int, int]:
    """``{partition: oldest open dead-letter offset}`` of one projection version."""
    d = dead_letters.c
    rows = conn.execute(select(d.partition, func.min(d.offset)).where(
        and_(d.projection == projection, d.version == version, d.resolved_at.is_(None))).group_by(d.partition))
    return {partition: offset for partition, offset in rows}

"""Where each projection has got to in each log partition, stored beside its tables.

``projection_offsets(projection, version, partition, next_offset)``: ``next_offset`` is the offset of the first
record of that partition the projection has NOT applied. It changes only by ``compare_and_set`` inside the same
transaction as the row changes of the batch, which is what makes a projection's effects exactly-once:

1. ``claim`` (on assignment) inserts a row at 0 for each partition that has none, then reads the stored offsets;
   the worker resumes the consumer there and remembers each as its *expected* offset.
2. For each batch of partition P, in ONE transaction: ``compare_and_set(P, expected, new)`` first (an UPDATE that
   also locks the row, so rival workers of the same projection queue behind it), then the row flush, then COMMIT.
3. If the compare-and-set matched no row, another worker (or a zombie of this one) has moved P on: the caller
   rolls back the whole transaction, re-reads the offset with ``read`` and seeks there.

A crash at any moment either commits a batch with its offset or neither, so a restart resumes exactly. A batch
that writes nothing may leave its offset to the worker's next transaction (``hub.projector.progress``): that
transaction's compare-and-set goes from the stored offset past both batches, still in the transaction of the
rows; a crash before it loses only that offset, and the restart reads again records that write nothing.

``metadata`` also holds the version registry (``versions``) and dead letters (``dead_letters``): the projector's
bookkeeping, which changes only through a migration (stream ``projector`` of ``hub.store.migrate``; README: "The
hub's own state and migrations"), unlike the projections' own tables, which change by a versioned rebuild.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import (BigInteger, Column, Connection, Engine, Integer, MetaData, String, Table, bindparam, inspect,
                        select, update)
from sqlalchemy.dialects import postgresql, sqlite

metadata = MetaData()

projection_offsets = Table(
    "projection_offsets", metadata,
    Column("projection", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("partition", Integer, primary_key=True),
    Column("next_offset", BigInteger, nullable=False),
)


def table_exists(conn: Connection) -> bool:
    return inspect(conn).has_table(projection_offsets.name)


def claim(engine: Engine, projection: str, version: int, partitions: Iterable[int]) -> dict[int, int]:
    """Steps 1: make sure each partition has a stored offset (0 if new) and return them all, in one transaction."""
    wanted = sorted(set(partitions))
    with engine.begin() as conn:
        if wanted:
            conn.execute(_insert_missing(conn.dialect.name),
                         [{"projection": projection, "version": version, "partition": p, "next_offset": 0}
                          for p in wanted])
        return read(conn, projection, version, wanted)


def _insert_missing(dialect: str):
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(projection_offsets).on_conflict_do_nothing(index_elements=["projection", "version", "partition"])


def read(conn: Connection, projection: str, version: int, partitions: Iterable[int] | None = None) -> dict[int, int]:
    """The stored ``{partition: next_offset}`` of a projection version (only ``partitions`` if given)."""
    t = projection_offsets
    query = select(t.c.partition, t.c.next_offset).where(t.c.projection == projection, t.c.version == version)
    if partitions is not None:
        query = query.where(t.c.partition.in_(list(partitions)))
    return {partition: next_offset for partition, next_offset in conn.execute(query)}


_t = projection_offsets.c
_COMPARE_AND_SET = update(projection_offsets).where(  # built once: a worker runs it once per batch
    _t.projection == bindparam("cas_projection"), _t.version == bindparam("cas_version"),
    _t.partition == bindparam("cas_partition"), _t.next_offset == bindparam("cas_expected"),
).values(next_offset=bindparam("cas_new"))


def compare_and_set(conn: Connection, projection: str, version: int, partition: int, expected: int, new: int) -> bool:
    """Step 2: move the offset from ``expected`` to ``new`` in ``conn``'s transaction; False if it was not
    ``expected`` (step 3 then applies: roll back, re-read, seek)."""
    result = conn.execute(_COMPARE_AND_SET, {"cas_projection": projection, "cas_version": version,
                                             "cas_partition": partition, "cas_expected": expected, "cas_new": new})
    return result.rowcount == 1

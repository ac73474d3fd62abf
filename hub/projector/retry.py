"""``hub projections retry NAME``: re-apply a projection's dead letters after a fix, in log order.

For each maintained version with open dead letters, and each partition P of them (the protocol):

1. Read the stored offset S of P, then the log records of P from the oldest open dead letter up to S.
2. Apply them to a fresh unit of work, in order. An event that still fails stays a dead letter (its attempt is
   counted); the others are applied, including the events after it that the worker applied already: replaying
   them re-establishes their values over whatever the late event set (see ``hub.projector.dead_letters``).
3. In ONE transaction: compare-and-set S to S (which also locks P's offset row against the running workers),
   flush, record what still fails and resolve the rest, commit. If S moved meanwhile, start again from 1.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import Engine

from hub.log.port import EventLog, LogRecord
from hub.obs import Ev, log
from hub.projector import dead_letters, offsets, versions
from hub.projector.dead_letters import Failure
from hub.projector.decoding import apply_to
from hub.projector.unit_of_work import UnitOfWork

READ_CHUNK = 5000
MAX_ATTEMPTS = 5


@dataclass
class RetryResult:
    version: int
    partition: int
    replayed: int
    resolved: int
    still_failing: int


async def retry(log_: EventLog, engine: Engine, projection) -> list[RetryResult]:
    results = []
    with engine.connect() as conn:
        todo = [(version, dead_letters.open_by_partition(conn, projection.name, version))
                for version in versions.maintainable(conn, projection)]
    for version, oldest in todo:
        for partition, start in sorted(oldest.items()):
            results.append(await _retry_partition(log_, engine, projection, version, partition, start))
    return results


async def _retry_partition(log_: EventLog, engine: Engine, projection, version: int, partition: int,
                           start: int) -> RetryResult:
    for _attempt in range(MAX_ATTEMPTS):
        with engine.connect() as conn:  # step 1
            stored = offsets.read(conn, projection.name, version, [partition]).get(partition, 0)
        records = await _read(log_, partition, start, stored)
        outcome = await asyncio.to_thread(_apply, engine, projection, version, partition, start, stored, records)
        if outcome is not None:
            log(Ev.DEAD_LETTERS_RETRIED, projection=projection.name, version=version, partition=partition,
                events=outcome.replayed, count=outcome.resolved)
            return outcome
    raise RuntimeError(f"{projection.name} v{version} partition {partition} kept moving; retry again")


async def _read(log_: EventLog, partition: int, start: int, end: int) -> list[LogRecord]:
    records: list[LogRecord] = []
    offset = start
    while offset < end:
        chunk = [r for r in await log_.read(partition, offset, min(READ_CHUNK, end - offset))
                 if r.position.offset < end]
        if not chunk:
            break
        records.extend(chunk)
        offset = chunk[-1].position.offset + 1
    return records


def _apply(engine: Engine, projection, version: int, partition: int, start: int, stored: int,
           records: list[LogRecord]) -> RetryResult | None:
    """Steps 2-3; None if the stored offset moved (the caller starts again)."""
    failures: dict[int, Failure] = {}
    while True:
        uow, known = UnitOfWork(), len(failures)
        for record in records:
            offset = record.position.offset
            if record.type not in projection.handles or offset in failures:
                continue
            try:
                apply_to(projection, record, uow)
            except Exception as exc:  # noqa: BLE001 - still failing: stays a dead letter
                failures[offset] = Failure(offset, record.type, record.event_id, dead_letters.describe(exc))
                break
        if len(failures) == known:
            break
    with engine.begin() as conn:
        if not offsets.compare_and_set(conn, projection.name, version, partition, stored, stored):
            return None
        uow.flush(conn, versions.table_map(projection, version))
        dead_letters.record(conn, projection.name, version, partition, failures.values())
        resolved = dead_letters.resolve(conn, projection.name, version, partition, start, stored, failures)
    return RetryResult(version, partition, len(records), resolved, len(failures))

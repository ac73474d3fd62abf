"""Projection workers: consume the log, apply batches to projection tables exactly once, keep going.

One ``ProjectionWorker`` per projection version (``hub.projector.versions``), each with its own consumer group
``hub.projection.<name>.v<version>``, writing that version's physical tables. Per batch of one partition (the
protocol; see ``hub.projector.offsets`` for why it is exactly-once):

1. Align the batch with the *expected* offset (the stored one): drop records before it (already applied); if the
   batch starts after it, skip the batch and rewind (nothing may be skipped).
2. Decode the events the projection handles (others are skipped but still consumed) and apply them to a fresh
   ``UnitOfWork``; no database access. Decoding goes through the pacer's memo (``hub.projector.decoding``):
   the workers of one process decode each record once between them. A projection that sets ``reads_records = True`` (the audit index: keyed by
   position, keeping the event as logged) gets ``apply_record(record, event, uow)`` instead of
   ``apply(event, uow)``. An event whose handler raises is a dead letter
   (``hub.projector.dead_letters``): under the ``skip`` policy the batch is applied again without it; under
   ``halt`` it is recorded and the worker stops with ``ProjectionHalted`` before the batch.
3. In ONE transaction: compare-and-set the offset from expected to last + 1, flush the rows, record the batch's
   dead letters and resolve earlier ones that now applied, commit.
4. If the compare-and-set failed, everything is rolled back: adopt the stored offset as expected, rewind and log
   ``PROJECTION_OFFSET_CONFLICT``. If the database failed transiently (``OperationalError``), log
   ``PROJECTION_FAILED`` as a warning, wait ``RETRY_DELAY_S`` and rewind: the batch is retried.
5. Otherwise remember the new offset and log ``PROJECTION_BATCH_APPLIED``.

*Rewind* = seek every assigned partition to its expected offset, done only while no poll is in flight (``run``
reads the next batch while the current one commits). Database work runs in threads (``asyncio.to_thread``), so
several projections share one process; ``hub.projector.supervisor`` keeps one worker per maintained version. The
workers of a process share a ``Pacer`` (``hub.projector.pacing``) that keeps them close enough to read and decode
each record once between them; it only delays polls.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from hub import metrics
from hub.log.port import EventLog, LogRecord
from hub.obs import Ev, log
from hub.projector import dead_letters, offsets, versions
from hub.events.envelope import decode
from hub.projector.decoding import applier
from hub.projector.pacing import Pacer
from hub.projector.dead_letters import Failure, ProjectionHalted
from hub.projector.unit_of_work import UnitOfWork

RETRY_DELAY_S = 0.5


@dataclass
class WorkerStats:
    batches: int = 0
    events: int = 0  # records consumed (applied or skipped)
    applied: int = 0  # events handed to the projection
    rows: int = 0  # rows written (after merging)
    conflicts: int = 0
    dead_letters: int = 0


class _Conflict(Exception):
    """The stored offset was not the expected one; the transaction must roll back."""


class ProjectionWorker:
    """Applies one version of a projection (default: the live one) from ``log`` to the database of ``engine``.
    ``start``, then ``step`` or ``run``. ``policy`` is what a failing handler does: ``skip`` or ``halt``."""

    def __init__(self, log: EventLog, engine: Engine, projection, batch_size: int = 2000, poll_ms: int = 50, *,
                 version: int | None = None, policy: str = dead_letters.SKIP, pacer: Pacer | None = None) -> None:
        self.log, self.engine, self.projection = log, engine, projection
        self.batch_size, self.poll_ms, self.policy = batch_size, poll_ms, policy
        self.version, self.pacer = version, pacer
        self._decode = pacer.decoded if pacer is not None else decode  # shared with the pacer's other workers
        self.stats = WorkerStats()
        self._handles = projection.handles
        self._expected: dict[int, int] = {}
        self._rewind = False  # a batch was not applied: seek all partitions back to expected before going on
        self._consumer = None

    @property
    def expected(self) -> dict[int, int]:
        """``{partition: next offset to apply}`` for the partitions currently assigned to this worker."""
        return dict(self._expected)

    @property
    def group(self) -> str:
        return f"hub.projection.{self.projection.name}.v{self.version}"

    async def start(self) -> None:
        """Resolve the version (the live one, bootstrapped if new, unless given), then join the consumer group."""
        if self.version is None:
            self.version = await asyncio.to_thread(versions.ensure_live, self.engine, self.projection)
        self._targets = versions.table_map(self.projection, self.version)
        self._consumer = self.log.consumer(self.group)
        log(Ev.PROJECTION_STARTED, projection=self.projection.name, version=self.version, group=self.group,
            engine=self.engine.dialect.name)
        await self._consumer.start(self._on_assigned, self._on_revoked)

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def _on_assigned(self, partitions: set[int]) -> dict[int, int]:
        name, version = self.projection.name, self.version
        stored = await asyncio.to_thread(offsets.claim, self.engine, name, version, partitions)
        self._expected.update(stored)
        self._moved()
        log(Ev.PROJECTION_ASSIGNED, projection=name, version=version, partitions=sorted(partitions))
        return stored

    async def _on_revoked(self, partitions: set[int]) -> None:
        for partition in partitions:
            self._expected.pop(partition, None)
        self._moved()

    async def step(self) -> int:
        """Poll once and apply what came; returns how many records were consumed."""
        consumed = await self._apply_all(await self._poll())
        self._rewind_if_needed()
        return consumed

    async def _poll(self) -> list[tuple[int, list[LogRecord]]]:
        if self.pacer is not None:
            await self.pacer.turn(self)
        return await self._consumer.poll(self.batch_size, self.poll_ms)

    def _moved(self) -> None:
        if self.pacer is not None:
            self.pacer.moved(self, self._expected)

    async def _apply_all(self, batches: list[tuple[int, list[LogRecord]]]) -> int:
        consumed = 0
        for partition, records in batches:
            consumed += await self._apply(partition, records)
        return consumed

    def _rewind_if_needed(self) -> None:
        """After a batch was not applied, seek every partition back to its expected offset (call it only while
        no poll is in flight, so the seek cannot race one)."""
        if self._rewind:
            self._rewind = False
            for partition, offset in self._expected.items():
                self._consumer.seek(partition, offset)

    async def _apply(self, partition: int, records: Sequence[LogRecord]) -> int:
        expected = self._expected.get(partition)
        if expected is None:  # revoked meanwhile
            return 0
        records = [r for r in records if r.position.offset >= expected]  # step 1
        if not records:
            return 0
        if records[0].position.offset != expected:
            self._rewind = True
            return 0
        try:
            applied, rows, failed = await asyncio.to_thread(self._commit, partition, expected, records)
        except _Conflict:
            await self._resync(partition, expected)
            return 0
        except OperationalError as exc:  # step 4, transient: connection lost, deadlock, lock timeout
            log(Ev.PROJECTION_FAILED, "warning", projection=self.projection.name, partition=partition,
                offset=expected, error=str(exc.orig or exc)[:500])
            self._rewind = True
            await asyncio.sleep(RETRY_DELAY_S)
            return 0
        self._expected[partition] = new = records[-1].position.offset + 1  # step 5
        self._moved()
        self._count(len(records), applied, rows)
        self.stats.dead_letters += failed
        log(Ev.PROJECTION_BATCH_APPLIED, projection=self.projection.name, partition=partition, offset=new,
            events=len(records), count=applied)
        return len(records)

    def _commit(self, partition: int, expected: int, records: Sequence[LogRecord]) -> tuple[int, int, int]:
        """Steps 2-3, in a worker thread: ``(events applied, rows written, dead letters)``. Raises ``_Conflict``
        after rolling back if the offset moved, ``ProjectionHalted`` under the ``halt`` policy."""
        failures: dict[int, Failure] = {}
        while True:  # each pass that meets a failing event stops there; the next one leaves it out
            known = len(failures)
            uow, applied = self._apply_batch(records, failures)
            if len(failures) == known:
                break
            if self.policy == dead_letters.HALT:
                self._halt(partition, failures)
        name, version, new = self.projection.name, self.version, records[-1].position.offset + 1
        with self.engine.begin() as conn:
            if not offsets.compare_and_set(conn, name, version, partition, expected, new):
                raise _Conflict  # leaving the block rolls the transaction back
            rows = uow.flush(conn, self._targets)
            dead_letters.record(conn, name, version, partition, failures.values())
            dead_letters.resolve(conn, name, version, partition, expected, new, failures)
        return applied, rows, len(failures)

    def _apply_batch(self, records: Sequence[LogRecord], failures: dict[int, Failure]) -> tuple[UnitOfWork, int]:
        """Apply the handled events of ``records`` to a fresh unit of work, skipping offsets already in
        ``failures`` and adding those whose handler raises."""
        uow, applied, apply, handles = UnitOfWork(), 0, applier(self.projection, self._decode), self._handles
        for record in records:
            offset = record.position.offset
            if record.type not in handles or offset in failures:
                continue
            try:
                apply(record, uow)
            except Exception as exc:  # noqa: BLE001 - any handler failure becomes a dead letter
                failures[offset] = Failure(offset, record.type, record.event_id, dead_letters.describe(exc))
                log(Ev.PROJECTION_DEAD_LETTER, "error", projection=self.projection.name, version=self.version,
                    partition=record.position.partition, offset=offset, error=failures[offset].error[:500])
                return uow, applied  # the unit of work may hold part of the failed event: the caller re-runs
            applied += 1
        return uow, applied

    def _halt(self, partition: int, failures: dict[int, Failure]) -> None:
        with self.engine.begin() as conn:
            dead_letters.record(conn, self.projection.name, self.version, partition, failures.values())
        first = failures[min(failures)]
        raise ProjectionHalted(f"{self.projection.name} v{self.version} halted at {partition}:{first.offset}: "
                               f"{first.error}")

    async def _resync(self, partition: int, expected: int) -> None:
        """Step 4: adopt the stored offset after a lost compare-and-set."""
        name, version = self.projection.name, self.version
        stored = (await asyncio.to_thread(offsets.claim, self.engine, name, version, [partition]))[partition]
        self._expected[partition] = stored
        self._moved()
        self._rewind = True
        self.stats.conflicts += 1
        log(Ev.PROJECTION_OFFSET_CONFLICT, "warning", projection=name, version=version, partition=partition,
            offset=stored, reason=f"expected {expected}")

    def _count(self, events: int, applied: int, rows: int) -> None:
        self.stats.batches += 1
        self.stats.events += events
        self.stats.applied += applied
        self.stats.rows += rows
        metrics.projection_batch(self.projection.name, events, applied)

    def caught_up(self, targets: dict[int, int]) -> bool:
        """True once every assigned partition has reached ``targets`` (e.g. the log's high watermarks)."""
        return bool(self._expected) and all(self._expected[p] >= targets.get(p, 0) for p in self._expected)

    async def run(self, stop: asyncio.Event | None = None, targets: dict[int, int] | None = None) -> WorkerStats:
        """Start, apply batches until ``stop`` is set (or ``targets`` are reached), stop. Errors other than
        transient database ones are logged and re-raised: the projection cannot skip an event."""
        await self.start()
        prefetch: asyncio.Task | None = None
        try:
            while not (stop is not None and stop.is_set()) and not (targets is not None and self.caught_up(targets)):
                batches = await (prefetch or self._poll())
                prefetch = asyncio.create_task(self._poll())  # read the next batch while this one commits
                await self._apply_all(batches)
                if self._rewind:
                    await _drain(prefetch)
                    prefetch = None
                    self._rewind_if_needed()
        except Exception as exc:
            log(Ev.PROJECTION_FAILED, "error", projection=self.projection.name, error=repr(exc)[:500])
            raise
        finally:
            await _drain(prefetch)
            await self.stop()
            if self.pacer is not None:
                self.pacer.leave(self)
        return self.stats


async def _drain(task: asyncio.Task | None) -> None:
    """Wait for an in-flight poll and drop its records (the consumer is rewound or stopped next)."""
    if task is not None:
        await asyncio.gather(task, return_exceptions=True)


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


async def project_all(log: EventLog, engine: Engine, projections=None, *, until_caught_up: bool = True,
                      stop: asyncio.Event | None = None, batch_size: int = 2000, poll_ms: int = 50,
                      policy: str = dead_letters.SKIP) -> dict[str, WorkerStats]:
    """Run the live version of ``projections`` (default: all registered) concurrently over a started ``log``.

    With ``until_caught_up`` each returns once it has applied everything appended before the call (what a
    benchmark or a rebuild wants); otherwise they run until ``stop`` is set. Returns each one's ``WorkerStats``.
    """
    if projections is None:
        from projections import ALL_PROJECTIONS

        projections = ALL_PROJECTIONS
    targets = await log.high_watermarks() if until_caught_up else None
    pacer = Pacer.for_batch(batch_size)
    workers = [ProjectionWorker(log, engine, p, batch_size, poll_ms, policy=policy, pacer=pacer) for p in projections]
    stop = stop or asyncio.Event()
    tasks = [asyncio.create_task(w.run(stop, targets)) for w in workers]
    try:
        results = await asyncio.gather(*tasks)
    except BaseException:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return {w.projection.name: stats for w, stats in zip(workers, results)}


"""Projection workers: consume the log, apply batches to projection tables exactly once, keep going.

One ``ProjectionWorker`` per projection version (``hub.projector.versions``), each with its own consumer group
``hub.projection.<name>.v<version>``, writing that version's physical tables. Per batch of one partition (the
protocol; see ``hub.projector.offsets`` for why it is exactly-once):

1. Align the batch with the *expected* offset (the next to apply: the stored one, or past it by deferred batches):
   drop records before it (already applied); if the batch starts after it, skip the batch and rewind.
2. Decode the events the projection handles (others are skipped but still consumed) and apply them to a fresh
   ``UnitOfWork``; no database access (``hub.projector.batch``). Decoding goes through the pacer's memo
   (``hub.projector.decoding``): the workers of one process decode each record once between them. A projection
   that sets ``reads_records = True`` (the audit index: keyed by position, keeping the event as logged) gets
   ``apply_record(record, event, uow)`` instead of ``apply(event, uow)``. The projections a student's answers are
   kept from (roster, diary, final_grades) also stamp each event's scope with its offset (``hub.projector.stamps``),
   in the same unit of work, so the stamps commit with the rows. An event whose handler raises is a dead
   letter (``hub.projector.dead_letters``): under the ``skip`` policy the batch is applied again without it; under
   ``halt`` it is recorded and the worker stops with ``ProjectionHalted`` before the batch.
3. If the batch writes nothing (no row, no dead letter) and the worker is catching up (its poll came back full),
   it opens no transaction: its offset is *deferred* (``hub.projector.progress``); go to 6.
4. Otherwise, in ONE transaction: compare-and-set the offset of this partition, and of every partition with
   deferred progress, from the stored value to the new one; flush the rows; record the batch's dead letters and
   resolve earlier ones in the moved ranges that now applied; commit.
5. If a compare-and-set failed, everything is rolled back: adopt the stored offset as expected, rewind and log
   ``PROJECTION_OFFSET_CONFLICT``. If the database failed transiently (``OperationalError``), log
   ``PROJECTION_FAILED`` as a warning, wait ``RETRY_DELAY_S`` and rewind: the batch is retried.
6. Otherwise remember the new offset and log ``PROJECTION_BATCH_APPLIED`` (``deferred=True`` if deferred).

After a poll that is not full (the head of the log, or idle) and on stop, deferred progress is written in a
transaction of its own, so ``min_position`` reads wait no longer than before (bounds, rebalances, crashes:
``hub.projector.progress``).

*Rewind* = seek every assigned partition to its expected offset, done only while no poll is in flight (``run``
reads the next batch while the current one commits). Database work runs in threads (``asyncio.to_thread``), so
several projections share one process; ``hub.projector.supervisor`` keeps one worker per maintained version. The
workers of a process share a ``Pacer`` (``hub.projector.pacing``) that keeps them close enough to read and decode
each record once between them; it only delays polls.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from hub import metrics
from hub.log.port import EventLog, LogRecord
from hub.obs import Ev, log
from hub.projector import batch, dead_letters, offsets, versions
from hub.events.envelope import decode
from hub.projector.pacing import Pacer
from hub.projector.progress import Progress, WorkerStats  # noqa: F401 - WorkerStats re-exported
from hub.projector.status import positions  # noqa: F401 - re-exported (read-your-writes, tests)

RETRY_DELAY_S = 0.5


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
        self._progress = Progress()
        self._expected = self._progress.applied  # {partition: next offset to apply}; stored: _progress.stored
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
        """Leave the consumer group, writing deferred offset-only progress first."""
        if self._consumer is not None:
            await self._write_deferred(quiet=True)
            await self._consumer.stop()
            self._consumer = None

    async def _on_assigned(self, partitions: set[int]) -> dict[int, int]:
        name, version = self.projection.name, self.version
        stored = await asyncio.to_thread(offsets.claim, self.engine, name, version, partitions)
        self._progress.claimed(stored)
        self._moved()
        log(Ev.PROJECTION_ASSIGNED, projection=name, version=version, partitions=sorted(partitions))
        return stored

    async def _on_revoked(self, partitions: set[int]) -> None:
        # Deferred progress of these partitions is dropped, not written: a commit of this worker may be in flight
        # (the revocation comes from a poll running beside it); their next owner reads those records again.
        self._progress.revoked(partitions)
        self._moved()

    async def step(self, *, defer: bool = False) -> int:
        """Poll once and apply what came; returns how many records were consumed. ``defer``: as while catching
        up, a full poll's batches that write nothing may leave their offsets to a later transaction."""
        batches = await self._poll()
        consumed = await self._apply_all(batches, defer and self._full(batches))
        self._rewind_if_needed()
        return consumed

    async def _poll(self) -> list[tuple[int, list[LogRecord]]]:
        if self.pacer is not None:
            await self.pacer.turn(self)
        return await self._consumer.poll(self.batch_size, self.poll_ms)

    def _moved(self) -> None:
        if self.pacer is not None:
            self.pacer.moved(self, self._expected)

    async def _apply_all(self, batches: list[tuple[int, list[LogRecord]]], more: bool = False) -> int:
        """Apply each partition's batch. ``more`` (the poll was full: the worker is catching up) lets batches
        that write nothing be deferred; otherwise (the head of the log, idle) deferred progress is written now."""
        consumed = 0
        for partition, records in batches:
            consumed += await self._apply(partition, records, more)
        if not more and self._progress.pending():
            await self._write_deferred()
        return consumed

    def _full(self, batches: list[tuple[int, list[LogRecord]]]) -> bool:
        return sum(len(records) for _, records in batches) >= self.batch_size

    def _rewind_if_needed(self) -> None:
        """After a batch was not applied, seek every partition back to its expected offset (call it only while
        no poll is in flight, so the seek cannot race one)."""
        if self._rewind:
            self._rewind = False
            for partition, offset in self._expected.items():
                self._consumer.seek(partition, offset)

    async def _apply(self, partition: int, records: Sequence[LogRecord], more: bool = False) -> int:
        expected = self._expected.get(partition)
        if expected is None:  # revoked meanwhile
            return 0
        records = [r for r in records if r.position.offset >= expected]  # step 1
        if not records:
            return 0
        if records[0].position.offset != expected:
            self._rewind = True
            return 0
        new, progress = records[-1].position.offset + 1, self._progress
        moves = progress.moves(partition, new)
        try:
            applied, rows, failed, committed = await asyncio.to_thread(
                batch.commit, self.engine, self.projection, self.version, self._targets, self.policy, self._decode,
                partition, records, moves, more and progress.may_defer())
        except batch.Conflict as conflict:
            await self._resync(conflict.partition, progress.stored.get(conflict.partition))
            return 0
        except OperationalError as exc:  # step 5, transient: connection lost, deadlock, lock timeout
            log(Ev.PROJECTION_FAILED, "warning", projection=self.projection.name, partition=partition,
                offset=expected, error=str(exc.orig or exc)[:500])
            self._rewind = True
            await asyncio.sleep(RETRY_DELAY_S)
            return 0
        if committed:  # step 6
            self._stored(moves)
            self._count(1, len(records), applied, rows)
            self.stats.dead_letters += failed
        else:  # counted in the stats once stored
            progress.defer(partition, new, len(records), applied)
        self._moved()
        log(Ev.PROJECTION_BATCH_APPLIED, projection=self.projection.name, partition=partition, offset=new,
            events=len(records), count=applied, deferred=not committed)
        return len(records)

    async def _write_deferred(self, *, quiet: bool = False) -> None:
        """Write deferred offset-only progress in a transaction of its own. ``quiet`` (stopping): a failure is
        logged, not raised: only that progress is lost, and records that write nothing are read again."""
        moves = self._progress.moves()
        if not moves:
            return
        try:
            await asyncio.to_thread(batch.write_offsets, self.engine, self.projection.name, self.version, moves)
        except batch.Conflict as conflict:
            await self._resync(conflict.partition, self._progress.stored.get(conflict.partition))
            return
        except Exception as exc:  # the progress stays deferred: written by the next transaction, or lost
            if not quiet and not isinstance(exc, OperationalError):
                raise
            log(Ev.PROJECTION_FAILED, "warning", projection=self.projection.name, error=repr(exc)[:500])
            if not quiet:
                await asyncio.sleep(RETRY_DELAY_S)
            return
        self._stored(moves)

    def _stored(self, moves: list) -> None:
        """Count the deferred batches that ``moves`` (committed) stored."""
        batches, records, applied = self._progress.committed(moves)
        if batches:
            self.stats.deferred += batches
            self._count(batches, records, applied, 0)

    async def _resync(self, partition: int, expected: int | None) -> None:
        """Step 5: adopt the stored offset after a lost compare-and-set (deferred progress of it is dropped)."""
        name, version = self.projection.name, self.version
        if partition not in self._progress.stored:  # revoked meanwhile
            return
        stored = await asyncio.to_thread(offsets.claim, self.engine, name, version, [partition])
        self._progress.claimed(stored)
        stored = stored[partition]
        self._moved()
        self._rewind = True
        self.stats.conflicts += 1
        log(Ev.PROJECTION_OFFSET_CONFLICT, "warning", projection=name, version=version, partition=partition,
            offset=stored, reason=f"expected {expected}")

    def _count(self, batches: int, events: int, applied: int, rows: int) -> None:
        self.stats.batches += batches
        self.stats.events += events
        self.stats.applied += applied
        self.stats.rows += rows
        metrics.projection_batch(self.projection.name, events, applied, batches)

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
                await self._apply_all(batches, self._full(batches))
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


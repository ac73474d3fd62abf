"""``hub project``: keep one worker per maintained projection version running, until told to stop.

What a projector process maintains follows the registry (``hub.projector.versions``), re-read every
``HUB_PROJECTOR_REFRESH_S`` seconds, so an operator's rebuild, switch or drop in another process needs no restart:

1. On start, bootstrap the live version of each selected projection. If the live version was made by other code
   (its tables differ: a deploy changed them) and no version of this code exists, start building one beside it
   (``versions.build_if_frozen``); reads stay on the old version until an operator switches.
2. Each round: the wanted workers are the versions ``maintainable`` by this code (live, building, standby). Start
   a worker for each wanted version without one; stop the workers of versions no longer wanted (dropped).
3. A worker that stopped on an error (``ProjectionHalted``, a bug) is logged and started again after
   ``RESTART_DELAY_S``: it resumes from its stored offset, so a halted projection tries the same event again.
4. On stop, stop every worker (each commits or abandons its batch in flight) and return.

Several projector processes may run the same versions: their consumer groups share the partitions, and the
offsets' compare-and-set keeps every batch exactly-once whatever the overlap.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine

from hub.config import Settings
from hub.log.port import EventLog
from hub.obs import Ev, log
from hub.projector import dead_letters, versions
from hub.projector.pacing import Pacer
from hub.projector.runner import ProjectionWorker

RESTART_DELAY_S = 30.0


@dataclass
class _Running:
    worker: ProjectionWorker
    stop: asyncio.Event
    task: asyncio.Task
    restart_at: float | None = None


@dataclass
class Supervisor:
    log: EventLog
    engine: Engine
    projections: Sequence
    batch_size: int = 2000
    poll_ms: int = 50
    policy: str = dead_letters.SKIP
    refresh_s: float = 5.0
    running: dict[tuple[str, int], _Running] = field(default_factory=dict)
    pacer: Pacer | None = None  # keeps the workers close enough to share reads and decoding (default: for_batch)

    async def run(self, stop: asyncio.Event) -> None:
        self.pacer = self.pacer or Pacer.for_batch(self.batch_size)
        for projection in self.projections:  # step 1
            await asyncio.to_thread(versions.ensure_live, self.engine, projection)
            building = await asyncio.to_thread(versions.build_if_frozen, self.engine, projection)
            if building is not None:
                log(Ev.PROJECTION_REBUILD_PROGRESS, projection=projection.name, version=building, offset=0,
                    reason="the live version was made by other code; building this code's version beside it")
        try:
            while not stop.is_set():
                await self.reconcile()
                try:
                    await asyncio.wait_for(stop.wait(), self.refresh_s)
                except asyncio.TimeoutError:
                    pass
        finally:
            await self._stop_all()  # step 4

    async def reconcile(self) -> None:
        """Steps 2-3: one round of matching running workers to the registry."""
        wanted = await asyncio.to_thread(self._wanted)
        now = asyncio.get_running_loop().time()
        for key, entry in list(self.running.items()):
            if key not in wanted:
                await self._stop(key)
            elif entry.task.done() and entry.restart_at is None:
                self._report(key, entry)
                entry.restart_at = now + RESTART_DELAY_S
            elif entry.task.done() and now >= entry.restart_at:
                del self.running[key]
        for key, projection in wanted.items():
            if key not in self.running:
                self._start(projection, key[1])

    def _wanted(self) -> dict[tuple[str, int], object]:
        with self.engine.connect() as conn:
            return {(p.name, version): p for p in self.projections for version in versions.maintainable(conn, p)}

    def _start(self, projection, version: int) -> None:
        worker = ProjectionWorker(self.log, self.engine, projection, self.batch_size, self.poll_ms, version=version,
                                  policy=self.policy, pacer=self.pacer)
        stop = asyncio.Event()
        self.running[(projection.name, version)] = _Running(worker, stop, asyncio.create_task(worker.run(stop)))

    def _report(self, key: tuple[str, int], entry: _Running) -> None:
        error = entry.task.exception() if not entry.task.cancelled() else None
        log(Ev.PROJECTION_FAILED, "error", projection=key[0], version=key[1],
            error=repr(error)[:500] if error else "stopped", reason=f"restarting in {RESTART_DELAY_S:.0f} s")

    async def _stop(self, key: tuple[str, int]) -> None:
        entry = self.running.pop(key)
        entry.stop.set()
        await asyncio.gather(entry.task, return_exceptions=True)

    async def _stop_all(self) -> None:
        for key in list(self.running):
            await self._stop(key)


async def run_projections(source: Settings | tuple[EventLog, Engine], names: Sequence[str] | None = None,
                          stop: asyncio.Event | None = None, *, refresh_s: float | None = None) -> None:
    """Run the named (default: all) registered projections in this process until ``stop`` is set.

    ``source`` is either ``Settings`` (the log and database are opened from it and closed at the end; the
    projector's tables are migrated first, or ``SchemaBehind`` raised, see ``hub.store.migrate.prepare``) or an
    already started ``(log, engine)`` pair owned by the caller.
    """
    from projections import ALL_PROJECTIONS, get

    selected = [get(name) for name in names] if names else list(ALL_PROJECTIONS)
    options: dict = {}
    if isinstance(source, Settings):
        from hub.log.factory import open_log
        from hub.store import migrate
        from hub.store.db import make_engine

        engine = make_engine(source.effective_db_url)
        try:  # the projector's tables at this code's revision, or refuse to start (HUB_DB_AUTO_UPGRADE=false)
            await asyncio.to_thread(migrate.prepare, engine, [migrate.PROJECTOR], source.db_auto_upgrade)
        except BaseException:
            engine.dispose()
            raise
        event_log = open_log(source)
        options = {"batch_size": source.projector_batch, "poll_ms": source.projector_poll_ms,
                   "policy": source.projection_failure_policy, "refresh_s": source.projector_refresh_s}
        await event_log.start()
    else:
        event_log, engine = source
    if refresh_s is not None:
        options["refresh_s"] = refresh_s
    try:
        await Supervisor(event_log, engine, selected, **options).run(stop or asyncio.Event())
    finally:
        if isinstance(source, Settings):
            await event_log.close()
            engine.dispose()

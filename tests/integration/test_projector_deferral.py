"""Offset-only batches while catching up (``hub.projector.progress``): a batch that writes nothing leaves its offset
to the worker's next transaction, yet positions at the head are written without waiting, a crash re-applies
nothing twice and the views equal a clean rebuild, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from itertools import islice

import pytest
from sqlalchemy import event

from hub.auth.readers import Role
from hub.log.embedded import EmbeddedLog
from hub.projector import offsets
from hub.projector.runner import ProjectionWorker, positions, project_all
from hub.projector.supervisor import run_projections
from projections import ALL_PROJECTIONS, get
from projections.base import table_digest
from tests.integration.projector_workload import embedded_log_file, fill_log, record, workload
from tests.samples import SCHOOL, q, school_records

EVENTS, PARTITIONS, BATCH = 3000, 2, 100


@pytest.fixture(scope="module")
def log_path(tmp_path_factory):
    return embedded_log_file(tmp_path_factory.mktemp("log") / "log.db", EVENTS, PARTITIONS)


@pytest.fixture
async def log(log_path, tmp_path):
    copy = tmp_path / "log.db"  # some tests append: each gets its own copy
    copy.write_bytes(log_path.read_bytes())
    log = EmbeddedLog(copy, PARTITIONS)
    await log.start()
    yield log
    await log.close()


def commits(engine) -> list[int]:
    counted = [0]
    event.listen(engine, "commit", lambda conn: counted.__setitem__(0, counted[0] + 1))
    return counted


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, [table for p in ALL_PROJECTIONS for table in p.tables])


def stored(engine, worker: ProjectionWorker) -> dict[int, int]:
    with engine.connect() as conn:
        return offsets.read(conn, worker.projection.name, worker.version)


async def test_catching_up_commits_only_batches_that_write_and_stores_every_offset(log, new_engine):
    engine = new_engine()
    counted = commits(engine)
    stats = (await project_all(log, engine, [get("roster")], batch_size=BATCH))["roster"]
    assert stats.events == EVENTS and stats.deferred > 0  # every record counted once its offset was stored
    # a transaction per batch that wrote, plus the version's bootstrap, the claim and the last offsets
    assert counted[0] <= stats.batches - stats.deferred + 3 < stats.batches
    assert await positions(engine, "roster") == await log.high_watermarks()


async def test_at_the_head_positions_are_written_without_stopping(log, new_engine):
    """Read-your-writes: ``min_position`` waits for positions, so a worker with nothing more to read writes its
    deferred progress, and a batch that writes nothing at the head is not deferred."""
    engine, stop = new_engine(), asyncio.Event()
    roster = get("roster")
    worker = ProjectionWorker(log, engine, roster, batch_size=BATCH, poll_ms=5)
    task = asyncio.create_task(worker.run(stop))
    try:
        await until(lambda: positions(engine, "roster"), await log.high_watermarks(), task)
        assert worker.stats.deferred > 0  # it did defer while catching up
        unhandled = list(islice((e for e in workload(EVENTS, seed=11) if e.type not in roster.handles), 5))
        await log.append([record(e) for e in unhandled])  # writes no roster row
        await until(lambda: positions(engine, "roster"), await log.high_watermarks(), task)
        assert not task.done()
    finally:
        stop.set()
        await task


async def until(read, wanted, task: asyncio.Task) -> None:
    for _ in range(400):
        if task.done():
            await task  # raises what the worker raised
            pytest.fail("the worker stopped")
        if await read() == wanted:
            return
        await asyncio.sleep(0.025)
    pytest.fail(f"positions did not reach {wanted}: {await read()}")


async def test_a_crash_after_deferred_batches_loses_only_their_offsets_and_applies_nothing_twice(log, new_engine):
    engine = new_engine()
    crashed = {p.name: ProjectionWorker(log, engine, p, batch_size=BATCH) for p in ALL_PROJECTIONS}
    for worker in crashed.values():
        await worker.start()
        for _ in range(12):
            await worker.step(defer=True)
    behind = {name: (stored(engine, worker), worker.expected) for name, worker in crashed.items()}
    assert any(at != applied for at, applied in behind.values())  # some progress was only in memory
    # the crash: the workers are dropped without stop(); their deferred progress is lost
    stats = await project_all(log, engine, batch_size=BATCH)
    for name, (at, _) in behind.items():
        assert stats[name].events == EVENTS - sum(at.values())  # resumed at the stored offsets, re-reading the rest
    assert await positions(engine, "roster") == await log.high_watermarks()
    fresh = new_engine()
    await project_all(log, fresh, batch_size=BATCH * 7)
    assert digest(engine) == digest(fresh)


async def test_stop_writes_deferred_offsets(log, new_engine):
    engine = new_engine()
    worker = ProjectionWorker(log, engine, get("roster"), batch_size=BATCH)
    await worker.start()
    for _ in range(12):
        await worker.step(defer=True)
    expected = worker.expected
    assert stored(engine, worker) != expected
    await worker.stop()
    assert stored(engine, worker) == expected


async def test_min_position_reads_see_a_write_while_the_projectors_keep_running(running):
    """Read-your-writes through the API with ``hub project``'s workers running (never stopped) behind a backlog
    they catch up on (deferring offset-only batches): the views' positions come to include the write."""
    await fill_log(running.hub.log, EVENTS, seed=5)  # a backlog of other schools' events
    stop = asyncio.Event()
    task = asyncio.create_task(run_projections((running.hub.log, running.hub.views), stop=stop))
    try:
        body = (await running.http.post("/v1/ingest/native", json=school_records(),
                                         headers=running.vendor([SCHOOL]))).json()
        last = body["results"][-1]["events"][0]["position"]
        reader = {"Authorization": f"Bearer {running.hub.tokens.issue(q('mother'), Role.GUARDIAN, None)}"}
        for _ in range(60):  # each read waits up to read_wait_ms (300) for the views
            answer = (await running.http.get("/v1/me/children", params={"min_position": last},
                                             headers=reader)).json()
            if answer["caught_up"] or task.done():
                break
        assert answer["caught_up"] is True and len(answer["children"]) == 2
        assert not task.done()
    finally:
        stop.set()
        await task

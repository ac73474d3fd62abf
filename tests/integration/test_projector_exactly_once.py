"""Exactly-once projection: interrupted, failing, racing and zombie workers all end with the views a clean
rebuild from the log produces (compared by a digest of every view table), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from hub.log.embedded import EmbeddedLog
from hub.projector import offsets, runner
from hub.projector.runner import ProjectionWorker, positions, project_all
from hub.projector.supervisor import run_projections
from hub.projector.unit_of_work import UnitOfWork
from projections import ALL_PROJECTIONS, create_schema, diary, get
from projections.base import table_digest
from tests.integration.projector_workload import Stream, embedded_log_file, fill_log, record

EVENTS, PARTITIONS = 6000, 4


@pytest.fixture(scope="module")
def log_path(tmp_path_factory):
    """A log of EVENTS workload events, written once for the module; tests only read it."""
    return embedded_log_file(tmp_path_factory.mktemp("log") / "log.db", EVENTS, PARTITIONS)


@pytest.fixture
async def log(log_path):
    log = EmbeddedLog(log_path, PARTITIONS)
    await log.start()
    yield log
    await log.close()


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, [table for p in ALL_PROJECTIONS for table in p.tables])


async def rebuilt(log, engine) -> str:
    """The digest of a clean, uninterrupted projection of the whole log into ``engine``'s empty database."""
    await project_all(log, engine, batch_size=1000)
    return digest(engine)


async def assert_caught_up(log, engine) -> None:
    marks = await log.high_watermarks()
    for projection in ALL_PROJECTIONS:
        assert await positions(engine, projection) == marks


async def test_stopped_mid_stream_then_restarted_equals_a_rebuild(log, new_engine):
    engine = new_engine()
    first = [ProjectionWorker(log, engine, p, batch_size=150) for p in ALL_PROJECTIONS]
    for worker in first:
        await worker.start()
        for _ in range(8):
            await worker.step()
        await worker.stop()
    assert 0 < sum((await positions(engine, "diary")).values()) < EVENTS
    stats = await project_all(log, engine, batch_size=500)
    assert stats["diary"].events + first[1].stats.events == EVENTS  # the restart went on where the first stopped
    await assert_caught_up(log, engine)
    assert digest(engine) == await rebuilt(log, new_engine())


def crash_after(function):
    def crashing(*args, **kwargs):
        function(*args, **kwargs)  # the statements run in the batch transaction ...
        raise RuntimeError("crash before commit")  # ... which then never commits
    return crashing


@pytest.mark.parametrize("step", ["offset", "rows"])
async def test_a_failure_inside_the_batch_transaction_applies_nothing(log, new_engine, monkeypatch, step):
    """Rows and offset commit together or not at all, whichever of the two is written when the crash comes."""
    engine = new_engine()
    create_schema(engine)  # the digest covers the roster tables too
    worker = ProjectionWorker(log, engine, get("diary"), batch_size=300)
    await worker.start()
    await worker.step()
    before, at = digest(engine), await positions(engine, "diary")
    if step == "offset":
        monkeypatch.setattr(offsets, "compare_and_set", crash_after(offsets.compare_and_set))
    else:
        monkeypatch.setattr(UnitOfWork, "flush", crash_after(UnitOfWork.flush))
    with pytest.raises(RuntimeError, match="crash before commit"):
        await worker.step()
    await worker.stop()
    assert (digest(engine), await positions(engine, "diary")) == (before, at)
    monkeypatch.undo()
    await project_all(log, engine)
    assert digest(engine) == await rebuilt(log, new_engine())


async def test_a_transient_database_error_is_retried_from_the_stored_offset(log, new_engine, monkeypatch):
    """E.g. a lost connection or a deadlock: the batch is rolled back, the consumer rewound, the batch retried.
    It fails on the last batch of each partition, where no later batch would reveal a gap."""
    engine, marks, failed = new_engine(), await log.high_watermarks(), set()
    real_cas = offsets.compare_and_set

    def flaky(conn, projection, version, partition, expected, new):
        if new == marks[partition] and (projection, partition) not in failed:
            failed.add((projection, partition))
            raise OperationalError("UPDATE projection_offsets ...", {}, Exception("server closed the connection"))
        return real_cas(conn, projection, version, partition, expected, new)

    monkeypatch.setattr(offsets, "compare_and_set", flaky)
    monkeypatch.setattr(runner, "RETRY_DELAY_S", 0)
    await asyncio.wait_for(project_all(log, engine, batch_size=700), 60)  # a lost batch would never catch up
    assert len(failed) == len(ALL_PROJECTIONS) * sum(1 for mark in marks.values() if mark)
    await assert_caught_up(log, engine)
    assert digest(engine) == await rebuilt(log, new_engine())


async def test_a_zombie_with_a_stale_offset_cannot_roll_the_views_back(tmp_path, new_engine):
    """The zombie re-applies an old batch (the grade before its amendment) unless the offset CAS stops it."""
    s = Stream("z")
    lesson = {"lesson_id": "L", "class_id": "c", "subject_id": "m", "date": "2024-09-02", "slot": 1}
    graded = {"grade_id": "G", "student_id": "st", "lesson_id": "L", "scale": "five_point",
              "conversion": "five_point.linear.v1", "counts_in_average": True}
    log = EmbeddedLog(tmp_path / "zombie-log.db", 1)
    await log.start()
    await log.append([record(e) for e in (s.event("lesson.scheduled", lesson),
                                          s.event("grade.recorded", {**graded, "value": "3", "normalised": 50.0}),
                                          s.event("grade.amended", {**graded, "value": "5", "normalised": 100.0}))])
    engine = new_engine()
    live, zombie = (ProjectionWorker(log, engine, get("diary"), batch_size=1) for _ in range(2))
    await zombie.start()  # reads the stored offset (0) now ...
    await live.run(targets=await log.high_watermarks())  # ... then the live worker applies all three events
    await zombie.step()  # ... and the zombie tries to apply event 0 again
    await zombie.step()  # ... and event 1 (the un-amended grade), unless it was resynchronised
    await zombie.stop()
    assert (zombie.stats.conflicts, zombie.stats.events, live.stats.events) == (1, 0, 3)
    with engine.connect() as conn:
        assert conn.execute(select(diary.marks.c.value, diary.marks.c.amended)).all() == [("5", True)]
    assert await positions(engine, "diary") == {0: 3}
    await log.close()


async def test_two_workers_racing_on_one_projection_apply_each_event_once(log, new_engine):
    engine = new_engine()
    targets = await log.high_watermarks()
    pairs = {p.name: [ProjectionWorker(log, engine, p, batch_size=200, poll_ms=5) for _ in range(2)]
             for p in ALL_PROJECTIONS}
    await asyncio.gather(*(w.run(targets=targets) for workers in pairs.values() for w in workers))
    for name, (a, b) in pairs.items():
        assert a.stats.events + b.stats.events == EVENTS, name  # every batch committed by exactly one of them
    await assert_caught_up(log, engine)
    assert digest(engine) == await rebuilt(log, new_engine())


@pytest.mark.parametrize("batch_size", [1, 17])
async def test_the_views_do_not_depend_on_the_batch_size(tmp_path, new_engine, batch_size):
    log = EmbeddedLog(tmp_path / "small-log.db", 2)
    await log.start()
    await fill_log(log, 400, seed=3, schools=2, per_class=6)
    engine = new_engine()
    await project_all(log, engine, batch_size=batch_size)
    assert digest(engine) == await rebuilt(log, new_engine())
    await log.close()


async def test_run_projections_follows_the_log_until_stopped(log, new_engine):
    engine, stop = new_engine(), asyncio.Event()
    task = asyncio.create_task(run_projections((log, engine), stop=stop))
    marks = await log.high_watermarks()
    for _ in range(600):
        if not task.done() and all([await positions(engine, p) == marks for p in ALL_PROJECTIONS]):
            break
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.wait_for(task, 10)
    await assert_caught_up(log, engine)

"""The positions every read answers with: one query for all views (``versions.live_positions_of``), and one query in
flight shared by the concurrent requests that do not wait for a position (``read._shared_positions``)."""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import ExitStack

import pytest

from hub.api import read
from hub.projector import offsets, versions
from hub.store.db import make_engine
from projections import create_schema, diary, roster
from tests.brokers import fresh_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / 'views.db'}"
        else:
            url = stack.enter_context(fresh_database(request.getfixturevalue("postgres_url")))
        engine = make_engine(url)
        yield engine
        engine.dispose()


def _set(engine, name: str, version: int, positions: dict[int, int]) -> None:  # noqa: ANN001
    offsets.claim(engine, name, version, positions)
    with engine.begin() as conn:
        for partition, offset in positions.items():
            assert offsets.compare_and_set(conn, name, version, partition, 0, offset)


def test_live_positions_of_reads_only_live_versions_in_one_query(engine) -> None:  # noqa: ANN001
    create_schema(engine)
    _set(engine, "roster", roster.PROJECTION.version, {0: 7, 1: 3})
    _set(engine, "diary", diary.PROJECTION.version, {0: 5, 2: 9})
    building, _ = versions.begin_build(engine, diary.PROJECTION)  # a shadow rebuild's offsets are not live
    _set(engine, "diary", building, {0: 100, 1: 100, 2: 100})

    with engine.connect() as conn:
        one_query = versions.live_positions_of(conn, ["roster", "diary", "no_such_view"])
        one_by_one = {name: versions.live_positions(conn, name) for name in ("roster", "diary", "no_such_view")}
    assert one_query == one_by_one == {"roster": {0: 7, 1: 3}, "diary": {0: 5, 2: 9}, "no_such_view": {}}
    # the minimum over the diary views; a partition one view has not seen counts as 0
    assert read.applied_positions(engine, read.DIARY_VIEWS) == {0: 5, 1: 0, 2: 0}

    versions.switch(engine, diary.PROJECTION, building)
    assert read.applied_positions(engine, read.DIARY_VIEWS) == {0: 7, 1: 3, 2: 0}


async def test_concurrent_requests_share_the_positions_query_in_flight(monkeypatch, tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'views.db'}")
    create_schema(engine)
    calls, release = [], threading.Event()

    def slow_positions(engine, views):  # noqa: ANN001, ANN202
        calls.append(time.monotonic())
        release.wait(5)
        return {0: len(calls)}

    monkeypatch.setattr(read, "applied_positions", slow_positions)
    waiting = [asyncio.create_task(read._shared_positions(engine, read.DIARY_VIEWS)) for _ in range(20)]
    await asyncio.sleep(0.1)
    release.set()
    assert await asyncio.gather(*waiting) == [{0: 1}] * 20
    assert len(calls) == 1

    # the answer is not kept: the next request after it asks the database again
    assert await read._shared_positions(engine, read.DIARY_VIEWS) == {0: 2}
    # a request that gives up does not cancel the query the others wait for
    release.clear()
    first, second = (asyncio.create_task(read._shared_positions(engine, read.DIARY_VIEWS)) for _ in range(2))
    await asyncio.sleep(0.05)
    first.cancel()
    release.set()
    assert await second == {0: 3}
    engine.dispose()


async def test_an_answer_is_shared_for_its_max_age(monkeypatch, tmp_path) -> None:
    """``HUB_READ_POSITIONS_MAX_AGE_MS``: requests within the age of the last answer reuse it; a failed query is
    never reused."""
    engine = make_engine(f"sqlite:///{tmp_path / 'views.db'}")
    create_schema(engine)
    calls = []

    def positions(engine, views):  # noqa: ANN001, ANN202
        calls.append(1)
        if len(calls) == 2:
            raise OSError("the database went away")
        return {0: len(calls)}

    monkeypatch.setattr(read, "applied_positions", positions)
    assert [await read._shared_positions(engine, read.DIARY_VIEWS, 60) for _ in range(5)] == [{0: 1}] * 5
    assert len(calls) == 1
    with pytest.raises(OSError):  # age 0: asks again (and this second query fails)
        await read._shared_positions(engine, read.DIARY_VIEWS, 0)
    assert await read._shared_positions(engine, read.DIARY_VIEWS, 60) == {0: 3}  # the failure was not kept
    assert await read._shared_positions(engine, read.DIARY_VIEWS, 60) == {0: 3}
    assert len(calls) == 3
    engine.dispose()


def test_an_event_loop_that_ended_is_not_kept_alive(monkeypatch, tmp_path) -> None:
    """Only the answer is kept once the query is done, not its task: the task would keep its event loop (the
    weak key of ``read._shared``) and the engine alive, one of each per test loop."""
    import gc

    engine = make_engine(f"sqlite:///{tmp_path / 'views.db'}")
    monkeypatch.setattr(read, "applied_positions", lambda engine, views: {0: 1})
    gc.collect()
    before = len(read._shared)
    assert asyncio.run(read._shared_positions(engine, read.DIARY_VIEWS, 60)) == {0: 1}
    gc.collect()
    assert len(read._shared) == before
    engine.dispose()

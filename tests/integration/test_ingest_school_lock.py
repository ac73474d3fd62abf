"""Two batches of one school in flight at once reach the log in the order the hub numbered them
(``hub.ingest.school_locks``).

Without the lock, a batch numbered while another's append was still under way appended first: the log held a
mark's revision 3 before its revision 2, and the diary, which applies the log in order, showed the older value.
Here the first batch's append is held back until the second batch has been sent; the second must wait for it.
And on PostgreSQL two ``SchoolLocks`` on one state database (two API processes) exclude each other.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import create_engine

from hub.events.envelope import decode
from hub.ingest.school_locks import SchoolLocks
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_vendor_batch_order import diary_with, shown_marks
from tests.integration.test_elzhur_shapes import RULES, SCHOOL


async def test_a_batch_numbered_after_another_is_appended_after_it(tmp_path):
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        await hub.push("elzhur", SCHOOL, client, [RULES, diary_with({"value": "4"}, "2025-10-18T08:00:00+03:00")])
        dedup, appending, release = hub.hub.ingest.dedup, asyncio.Event(), asyncio.Event()
        original = dedup.append

        async def held_back(*args, **kwargs):
            if not appending.is_set():
                appending.set()
                await release.wait()
            return await original(*args, **kwargs)

        dedup.append = held_back
        first = asyncio.create_task(hub.push("elzhur", SCHOOL, client, [
            diary_with({"value": "3"}, "2025-10-18T09:00:00+03:00")]))
        await appending.wait()
        second = asyncio.create_task(hub.push("elzhur", SCHOOL, client, [
            diary_with({"value": "5"}, "2025-10-18T10:00:00+03:00")]))
        await asyncio.sleep(0.3)  # the second batch gets as far as it can
        release.set()
        await asyncio.gather(first, second)
        revisions = [decode(r.value).source["revision"] for p, high in (await hub.hub.log.high_watermarks()).items()
                     for r in await hub.hub.log.read(p, 0, high + 1) if decode(r.value).type.startswith("grade.")]
        assert revisions == [1, 2, 3]
        assert [text for text, _ in await shown_marks(hub)] == ["5"]


@pytest.mark.postgres
async def test_two_processes_lock_the_same_school_one_after_the_other(postgres_db_url):
    engine = create_engine(postgres_db_url)
    one, other = SchoolLocks(engine), SchoolLocks(engine)  # as in two API processes
    order: list[str] = []

    async def batch(locks: SchoolLocks, name: str, school: str) -> None:
        async with locks.held("elzhur", school):
            order.append(f"{name} in")
            await asyncio.sleep(0.2)
            order.append(f"{name} out")

    try:
        first = asyncio.create_task(batch(one, "a", "s1"))
        await asyncio.sleep(0.05)
        await asyncio.gather(first, batch(other, "b", "s1"), batch(other, "c", "s2"))
    finally:
        engine.dispose()
    assert order.index("a out") < order.index("b in")  # the same school waits
    assert order.index("c in") < order.index("a out")  # another school does not


@pytest.mark.postgres
async def test_two_api_processes_append_one_schools_batches_in_the_order_numbered(hub_settings, postgres_db_url):
    """Two hubs (two API processes) sharing the log and a PostgreSQL state database: the second hub's batch waits
    for the first hub's, held back in its append, through the advisory lock."""
    from adapters.registry import get_adapter
    from hub.bootstrap import build_hub
    from hub.ingest.service import Client

    hubs = [build_hub(hub_settings(state_url=postgres_db_url)) for _ in range(2)]
    for hub in hubs:
        await hub.start()
    adapter, client = get_adapter("elzhur"), Client("c-el", "elzhur", frozenset({SCHOOL}))
    try:
        await hubs[0].ingest.ingest(client, adapter, [RULES, diary_with({"value": "4"}, "2025-10-18T08:00:00+03:00")],
                                    False, SCHOOL)
        appending, release = asyncio.Event(), asyncio.Event()
        original = hubs[0].ingest.dedup.append

        async def held_back(*args, **kwargs):
            appending.set()
            await release.wait()
            return await original(*args, **kwargs)

        hubs[0].ingest.dedup.append = held_back
        first = asyncio.create_task(hubs[0].ingest.ingest(
            client, adapter, [diary_with({"value": "3"}, "2025-10-18T09:00:00+03:00")], False, SCHOOL))
        await appending.wait()
        second = asyncio.create_task(hubs[1].ingest.ingest(
            client, adapter, [diary_with({"value": "5"}, "2025-10-18T10:00:00+03:00")], False, SCHOOL))
        await asyncio.sleep(0.3)
        release.set()
        await asyncio.gather(first, second)
        log = hubs[0].log
        revisions = [decode(r.value).source["revision"] for p, high in (await log.high_watermarks()).items()
                     for r in await log.read(p, 0, high + 1) if decode(r.value).type.startswith("grade.")]
        assert revisions == [1, 2, 3]
    finally:
        for hub in hubs:
            await hub.close()

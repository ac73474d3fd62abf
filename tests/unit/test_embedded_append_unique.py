"""The embedded log's deduplicating append: check and append in one transaction."""

from __future__ import annotations

import asyncio

from hub.log.embedded import EmbeddedLog
from hub.log.port import OutgoingRecord, Position


def record(n: int, school: str = "s1") -> OutgoingRecord:
    return OutgoingRecord(school, f"id-{n}", "grade.recorded", 1, 1_700_000_000_000 + n, f'{{"n":{n}}}'.encode())


async def test_new_ids_are_appended_and_known_ids_return_their_copy(log):
    first = await log.append_unique([record(1), record(2)], ["a", "b"])
    assert all(isinstance(p, Position) for p in first)
    again = await log.append_unique([record(2), record(3)], ["b", "c"])
    assert again[0] == ("b", first[1]) and isinstance(again[1], Position)
    assert await log.lookup_ids(["id-1", "id-9"]) == {"id-1": ("a", first[0])}
    assert sum((await log.high_watermarks()).values()) == 3


async def test_atomic_append_with_a_conflicting_copy_appends_nothing(log):
    await log.append_unique([record(1)], ["a"])
    assert await log.append_unique([record(2), record(1)], ["b", "changed"], atomic=True) is None
    assert sum((await log.high_watermarks()).values()) == 1
    same = await log.append_unique([record(2), record(1)], ["b", "a"], atomic=True)
    assert isinstance(same[0], Position) and same[1][0] == "a"


async def test_racing_writers_append_each_id_once(tmp_path):
    logs = [EmbeddedLog(tmp_path / "shared.db", partitions=4) for _ in range(3)]
    for engine in logs:
        await engine.start()
    batch = [record(n, school=f"s{n % 7}") for n in range(300)]
    outcomes = await asyncio.gather(*[e.append_unique(batch, ["fp"] * 300) for e in logs for _ in range(2)])
    appended = sum(isinstance(o, Position) for out in outcomes for o in out)
    assert appended == 300
    assert sum((await logs[0].high_watermarks()).values()) == 300
    for engine in logs:
        await engine.close()


async def test_an_id_key_collision_does_not_confuse_two_ids(log, monkeypatch):
    import hub.log.embedded as embedded

    monkeypatch.setattr(embedded, "id_key", lambda event_id: 42)  # every id collides
    first = await log.append_unique([record(1)], ["a"])
    second = await log.append_unique([record(2), record(1)], ["b", "a"])
    assert isinstance(second[0], Position) and second[1] == ("a", first[0])


async def test_concurrent_calls_share_a_commit_and_keep_their_own_outcomes(log, monkeypatch):
    """Group commit: calls queued while one is written go in one transaction, in order; an atomic call that
    conflicts gets None and writes nothing, the others of its group are written; each id once."""
    groups: list[int] = []
    write_group = log._group_commit._write_group
    monkeypatch.setattr(log._group_commit, "_write_group", lambda items: groups.append(len(items)) or write_group(items))
    await log.append_unique([record(0)], ["a"])
    calls = [log.append_unique([record(n), record(n + 1)], ["fp", "fp"]) for n in range(1, 9)]
    conflicting = log.append_unique([record(20), record(0)], ["x", "changed"], atomic=True)
    *outcomes, refused = await asyncio.gather(*calls, conflicting)
    assert refused is None and max(groups) > 1  # at least one group held several calls
    fresh = [o for out in outcomes for o in out if isinstance(o, Position)]
    assert len(fresh) == 9 and len(set(fresh)) == 9  # ids 1..9 once each, the repeats answered with the copy
    assert await log.lookup_ids(["id-20"]) == {}
    assert sum((await log.high_watermarks()).values()) == 10


async def test_a_failed_group_fails_each_of_its_calls_and_the_next_group_goes_on(log, monkeypatch):
    write_group, failures = log._group_commit._write_group, [RuntimeError("disk full")]

    def failing_once(items):
        if failures:
            raise failures.pop()
        return write_group(items)

    monkeypatch.setattr(log._group_commit, "_write_group", failing_once)
    results = await asyncio.gather(log.append_unique([record(1)], ["a"]), log.append_unique([record(2)], ["b"]),
                                   return_exceptions=True)
    assert any(isinstance(r, RuntimeError) for r in results)
    assert isinstance((await log.append_unique([record(3)], ["c"]))[0], Position)

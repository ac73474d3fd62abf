"""What the workers of one projector process share: the embedded log's read window, the decode memo, the pacer."""

from __future__ import annotations

import asyncio
import random

import orjson

from hub.events.envelope import decode
from hub.log.port import LogRecord, Position
from hub.log.window import ReadWindow
from hub.projector.decoding import DecodeMemo
from hub.projector.pacing import Pacer

LOG = {p: [LogRecord(Position(p, o), "k", f"e{p}-{o}", "t", 1, 0, b"v") for o in range(500)] for p in range(2)}


class _Engine:
    def __init__(self) -> None:
        self.fetched = 0

    def fetch(self, partition: int, offset: int, limit: int) -> list[LogRecord]:
        records = LOG[partition][offset:offset + limit]
        self.fetched += len(records)
        return records


def test_the_window_answers_every_read_as_the_engine_would():
    engine, window, rng = _Engine(), ReadWindow(capacity=64), random.Random(7)
    for _ in range(2000):
        partition, offset, limit = rng.randrange(2), rng.randrange(520), rng.randrange(1, 100)
        assert window.read(partition, offset, limit, engine.fetch) == LOG[partition][offset:offset + limit]


def test_readers_in_step_read_each_record_from_the_engine_once():
    engine, window = _Engine(), ReadWindow(capacity=100)
    for offset in range(0, 500, 40):
        for _reader in range(5):
            assert window.read(0, offset, 40, engine.fetch) == LOG[0][offset:offset + 40]
    assert engine.fetched == 500 and window.hits == 4 * 500


def test_a_reader_far_behind_reads_the_engine_and_leaves_the_window_to_the_others():
    engine, window = _Engine(), ReadWindow(capacity=50)
    window.read(0, 400, 50, engine.fetch)
    assert window.read(0, 0, 10, engine.fetch) == LOG[0][:10]
    fetched = engine.fetched
    assert window.read(0, 420, 30, engine.fetch) == LOG[0][420:450] and engine.fetched == fetched


def _event(n: int) -> bytes:
    return orjson.dumps({"event_id": f"id{n}", "type": "x.y", "schema_version": 1, "school_id": "s",
                         "occurred_at": "2025-01-01T00:00:00Z", "recorded_at": "2025-01-01T00:00:00Z",
                         "source": {}, "data": {"n": n}})


def test_the_memo_decodes_as_decode_does_and_stays_bounded():
    memo = DecodeMemo(capacity=10)
    values = [_event(n) for n in range(25)]
    for value in values + values:
        assert memo(value) == decode(value)
    assert len(memo) <= 10
    assert memo(values[-1]) is memo(values[-1])  # shared between the projections of the process


async def test_a_worker_ahead_of_a_peer_within_reach_waits_until_the_peer_comes_closer():
    pacer, fast, slow = Pacer(lead=10, reach=100, max_wait_s=5), object(), object()
    pacer.join(fast, {0: 50})
    pacer.join(slow, {0: 20})
    waiting = asyncio.create_task(pacer.turn(fast))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    pacer.moved(slow, {0: 45})
    await asyncio.wait_for(waiting, 1)
    await asyncio.wait_for(pacer.turn(slow), 1)  # the slowest never waits


async def test_a_peer_out_of_reach_or_gone_holds_nobody_back():
    pacer, fast, rebuild = Pacer(lead=10, reach=100, max_wait_s=5), object(), object()
    pacer.join(fast, {0: 5000, 1: 10})
    pacer.join(rebuild, {0: 0, 1: 0})
    await asyncio.wait_for(pacer.turn(fast), 1)
    pacer.moved(rebuild, {0: 4950, 1: 10})
    waiting = asyncio.create_task(pacer.turn(fast))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    pacer.leave(rebuild)
    await asyncio.wait_for(waiting, 1)

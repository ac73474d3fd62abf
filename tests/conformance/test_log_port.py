"""Conformance suite of the event log port (``hub.log.port``): every engine must pass it unchanged.

The ``engine`` fixture is parametrised over the engines (embedded SQLite on ``tmp_path``; Kafka on the session
broker, a fresh topic per test); every test taking ``log`` or ``opened`` runs once per engine. A new engine is
added by adding a parameter, never by editing a test. A few tests at the end are engine-specific by nature
(consumer groups, idempotence fallback, engine selection).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from aiokafka.partitioner import DefaultPartitioner

from hub.config import ConfigError, KafkaIdempotence, Settings
from hub.log.embedded import EmbeddedLog
from hub.log.factory import open_log
from hub.log.kafka import ConsumerTuning, KafkaLog
from hub.log.port import EventLog, LogConsumer, LogRecord, LogUnavailable, OutgoingRecord, Position
from tests.brokers import free_port, unique_name

PARTITIONS = 4
KEYS = [f"school-{i}" for i in range(12)]  # covers all 4 partitions
JAVA_MURMUR2 = {"21": -973932308, "foobar": -790332482, "a-little-bit-long-string": -985981536,
                "a-little-bit-longer-string": -1486304829, "abc": 479470107,
                "lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8": -58897971}


@dataclass
class Engine:
    name: str
    make: Callable[[int], EventLog]  # new client objects on the same underlying log
    logs: list[EventLog] = field(default_factory=list)
    consumers: list[LogConsumer] = field(default_factory=list)

    async def open(self, partitions: int = PARTITIONS) -> EventLog:
        log = self.make(partitions)
        await log.start()
        self.logs.append(log)
        return log


@pytest.fixture(params=["embedded", pytest.param("kafka", marks=pytest.mark.kafka)])
async def engine(request, tmp_path):
    if request.param == "embedded":
        eng = Engine("embedded", lambda n: EmbeddedLog(tmp_path / "log.db", n))
    else:
        broker, topic = request.getfixturevalue("kafka_broker"), request.getfixturevalue("kafka_topic")
        eng = Engine("kafka", lambda n: KafkaLog(broker.bootstrap, topic, n, tuning=broker.tuning))
    yield eng
    for consumer in eng.consumers:
        await consumer.stop()
    for log in eng.logs:
        await log.close()


@pytest.fixture
async def log(engine: Engine) -> EventLog:
    return await engine.open()


def rec(key: str, n: int, ts: int = 1_700_000_000_000, **fields) -> OutgoingRecord:
    values = dict(key=key, event_id=f"evt-{key}-{n}", type="mark.recorded", schema_version=1, timestamp_ms=ts + n,
                  value=f'{{"n": {n}}}'.encode())
    return OutgoingRecord(**(values | fields))


def expected_positions(log: EventLog, records: list[OutgoingRecord], start: dict[int, int]) -> list[Position]:
    nxt, out = dict(start), []
    for r in records:
        p = log.partition_for(r.key)
        out.append(Position(p, nxt.get(p, 0)))
        nxt[p] = nxt.get(p, 0) + 1
    return out


async def read_all(log: EventLog, partition: int) -> list[LogRecord]:
    return await log.read(partition, 0, 10_000)


# Appending and reading ------------------------------------------------------------------------------------------


async def test_append_returns_positions_in_input_order_with_dense_offsets(log):
    first = [rec(KEYS[i % len(KEYS)], i) for i in range(30)]
    assert await log.append(first) == expected_positions(log, first, {})
    marks = await log.high_watermarks()
    second = [rec(KEYS[(i * 7) % len(KEYS)], 100 + i) for i in range(17)]
    assert await log.append(second) == expected_positions(log, second, marks)
    assert await log.append([]) == []
    for p in range(PARTITIONS):  # the positions returned are where the records really are
        wanted = [r.event_id for r in first + second if log.partition_for(r.key) == p]
        got = await read_all(log, p)
        assert [r.event_id for r in got] == wanted
        assert [r.position for r in got] == [Position(p, o) for o in range(len(wanted))]


async def test_one_key_stays_in_one_partition_in_order(log):
    key, n = "school-42", 0
    for size in (5, 1, 9):
        batch = [rec(key, n + i) for i in range(size)] + [rec(k, n + i) for i, k in enumerate(KEYS[:3])]
        n += size
        positions = await log.append(batch)
        assert {pos.partition for pos in positions[:size]} == {log.partition_for(key)}
    mine = [r for r in await read_all(log, log.partition_for(key)) if r.key == key]
    assert [r.event_id for r in mine] == [f"evt-{key}-{i}" for i in range(15)]


def test_partition_for_matches_between_engines_and_kafka(tmp_path):
    embedded, kafka = EmbeddedLog(tmp_path / "x.db", 8), KafkaLog("127.0.0.1:1", "t", 8)
    keys = KEYS + list(JAVA_MURMUR2) + ["школа-№5", "", "🏫" * 9]
    for key in keys:
        aiokafka_choice = DefaultPartitioner()(key.encode(), list(range(8)), list(range(8)))
        assert embedded.partition_for(key) == kafka.partition_for(key) == aiokafka_choice, key
    for key, java in JAVA_MURMUR2.items():  # Kafka's UtilsTest.testMurmur2 vectors
        assert kafka.partition_for(key) == (java & 0x7FFFFFFF) % 8


async def test_read_from_an_offset_with_a_limit(log):
    await log.append([rec("school-1", i) for i in range(10)])
    p = log.partition_for("school-1")
    assert [r.position.offset for r in await log.read(p, 3, 4)] == [3, 4, 5, 6]
    assert [r.position.offset for r in await log.read(p, 8, 5)] == [8, 9]
    assert [r.event_id for r in await log.read(p, 0, 100)] == [f"evt-school-1-{i}" for i in range(10)]
    assert await log.read(p, 2, 0) == []


async def test_read_at_or_past_the_end_returns_nothing_quickly(log):
    await log.append([rec("school-1", i) for i in range(5)])
    p = log.partition_for("school-1")
    empty = next(q for q in range(PARTITIONS) if q != p)
    for partition, offset in ((p, 5), (p, 500), (empty, 0), (empty, 3)):
        started = time.monotonic()
        assert await log.read(partition, offset, 10) == []
        assert time.monotonic() - started < 1.0


async def test_high_watermarks_after_several_multi_record_batches(log):
    # Tansu's ListOffsets(latest) is the last batch's base offset + 1: this catches an engine that trusts it.
    assert await log.high_watermarks() == dict.fromkeys(range(PARTITIONS), 0)
    counts: Counter[int] = Counter()
    for batch_no, size in enumerate((4, 7, 1, 5)):
        batch = [rec(KEYS[(batch_no + i) % 5], batch_no * 100 + i) for i in range(size)]
        counts.update(log.partition_for(r.key) for r in batch)
        await log.append(batch)
        assert await log.high_watermarks() == {p: counts[p] for p in range(PARTITIONS)}


async def test_offset_for_time(log):
    key = "school-7"
    p = log.partition_for(key)
    assert await log.offset_for_time(p, 0) is None
    for batch in ((1000, 1000, 2000), (3000, 3000), (5000,)):
        await log.append([rec(key, 0, ts=ts, event_id=f"e{ts}-{i}") for i, ts in enumerate(batch)])
    expected = {0: 0, 1000: 0, 1001: 2, 2000: 2, 2500: 3, 3000: 3, 4999: 5, 5000: 5, 5001: None}
    assert {ts: await log.offset_for_time(p, ts) for ts in expected} == expected
    assert await log.offset_for_time((p + 1) % PARTITIONS, 0) is None


async def test_survives_close_and_reopen(engine):
    first = await engine.open()
    batch = [rec(KEYS[i % 6], i) for i in range(20)]
    await first.append(batch)
    before = {p: await read_all(first, p) for p in range(PARTITIONS)}
    marks = await first.high_watermarks()
    await first.close()
    second = await engine.open()  # new client objects on the same file / topic
    assert await second.high_watermarks() == marks
    assert {p: await read_all(second, p) for p in range(PARTITIONS)} == before
    more = [rec(KEYS[i % 6], 50 + i) for i in range(8)]
    assert await second.append(more) == expected_positions(second, more, marks)


async def test_reopening_with_another_partition_count_is_refused(engine):
    first = await engine.open(PARTITIONS)
    await first.append([rec("school-1", 0)])
    await first.close()
    with pytest.raises(ConfigError, match="partitions"):
        await engine.open(PARTITIONS + 2)


async def test_all_fields_round_trip(log):
    sent = rec("school-9", 0, event_id="0190f5a6-7b3c-7d2e-9f10-1234567890ab", type="lesson.scheduled",
               schema_version=3, timestamp_ms=1_726_000_000_123, value=b'{"lesson": "math", "room": 12}')
    [position] = await log.append([sent])
    assert await log.read(position.partition, position.offset, 1) == [
        LogRecord(position, sent.key, sent.event_id, sent.type, sent.schema_version, sent.timestamp_ms, sent.value)]


async def test_64_bit_numbers_unicode_and_binary_payloads_round_trip(log):
    binary = bytes(range(256)) * 400 + "оценка «5» — ёж 🦔".encode()
    sent = [
        rec("школа-№5 🏫", 0, type="оценка.выставлена", event_id="событие-1", schema_version=2**62 + 1,
            timestamp_ms=2**40 + 1, value=binary),
        rec("школа-№5 🏫", 1, schema_version=2**31 + 7, timestamp_ms=1_999_999_999_999, value=b"\x00\xff" * 3),
        rec("школа-№5 🏫", 2, value=b""),
    ]
    positions = await log.append(sent)
    got = await log.read(positions[0].partition, positions[0].offset, 10)
    assert [(r.key, r.event_id, r.type, r.schema_version, r.timestamp_ms, r.value) for r in got] == [
        (s.key, s.event_id, s.type, s.schema_version, s.timestamp_ms, s.value) for s in sent]


# Consumers --------------------------------------------------------------------------------------------------------


class Worker:
    """A projection worker stand-in: keeps its offsets in ``store`` and records every callback."""

    def __init__(self, log: EventLog, group: str, store: dict[int, int]) -> None:
        self.consumer, self.store = log.consumer(group), store
        self.assigned: set[int] = set()
        self.revocations: list[set[int]] = []
        self.seen: list[LogRecord] = []

    async def start(self, engine: Engine) -> "Worker":
        engine.consumers.append(self.consumer)
        await self.consumer.start(self._on_assigned, self._on_revoked)
        return self

    async def _on_assigned(self, partitions: set[int]) -> dict[int, int]:
        self.assigned |= partitions
        return {p: self.store.get(p, 0) for p in partitions}

    async def _on_revoked(self, partitions: set[int]) -> None:
        self.assigned -= partitions
        self.revocations.append(set(partitions))

    async def poll_once(self, timeout_ms: int = 100) -> int:
        batches = await self.consumer.poll(1000, timeout_ms)
        for partition, records in batches:
            assert all(r.position.partition == partition for r in records)
            self.seen += records
            self.store[partition] = records[-1].position.offset + 1
        return sum(len(records) for _, records in batches)

    async def poll_until(self, count: int, timeout_s: float = 20.0) -> None:
        deadline = time.monotonic() + timeout_s
        while len(self.seen) < count and time.monotonic() < deadline:
            await self.poll_once()
        assert len(self.seen) >= count, f"got {len(self.seen)} of {count} records before the deadline"


def offsets_by_partition(records: list[LogRecord]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for r in records:
        out[r.position.partition].append(r.position.offset)
    return dict(out)


async def test_consumer_resumes_at_stored_offsets_and_delivers_everything_once_in_order(engine, log):
    await log.append([rec(KEYS[i % len(KEYS)], i) for i in range(40)])
    marks = await log.high_watermarks()
    stored = {p: marks[p] // 2 for p in range(PARTITIONS)}
    worker = await Worker(log, unique_name("group"), dict(stored)).start(engine)
    await worker.poll_until(sum(marks[p] - stored[p] for p in marks))
    assert worker.assigned == set(range(PARTITIONS))
    assert offsets_by_partition(worker.seen) == {p: list(range(stored[p], marks[p])) for p in marks if marks[p]}
    later = [rec(KEYS[i % len(KEYS)], 100 + i) for i in range(10)]
    await log.append(later)
    marks = await log.high_watermarks()
    await worker.poll_until(len(worker.seen) + len(later))
    assert offsets_by_partition(worker.seen) == {p: list(range(stored[p], marks[p])) for p in marks if marks[p]}
    assert await worker.poll_once(300) == 0  # nothing is delivered twice


async def test_consumer_seek_moves_the_read_position(engine, log):
    await log.append([rec("school-3", i) for i in range(6)])
    p = log.partition_for("school-3")
    worker = await Worker(log, unique_name("group"), {}).start(engine)
    await worker.poll_until(6)
    worker.consumer.seek(p, 2)
    await worker.poll_until(10)
    assert offsets_by_partition(worker.seen)[p] == [0, 1, 2, 3, 4, 5, 2, 3, 4, 5]


async def test_consumer_stop_revokes_its_partitions(engine, log):
    worker = await Worker(log, unique_name("group"), {}).start(engine)
    deadline = time.monotonic() + 20
    while not worker.assigned and time.monotonic() < deadline:
        await worker.poll_once()
    await worker.consumer.stop()
    assert worker.assigned == set() and set().union(*worker.revocations) == set(range(PARTITIONS))


async def test_consumer_surfaces_a_failing_on_assigned_and_delivers_nothing(engine, log):
    await log.append([rec(k, 0) for k in KEYS])
    consumer = log.consumer(unique_name("group"))
    engine.consumers.append(consumer)

    async def broken(partitions: set[int]) -> dict[int, int]:
        raise RuntimeError("the offsets table is gone")

    async def revoked(partitions: set[int]) -> None:
        pass

    with pytest.raises(RuntimeError, match="offsets table is gone"):  # from start() or from a later poll()
        await consumer.start(broken, revoked)
        for _ in range(200):
            assert await consumer.poll(100, 100) == []


# Engine-specific --------------------------------------------------------------------------------------------------


@pytest.mark.kafka
async def test_kafka_consumers_in_one_group_share_the_partitions(kafka_broker, kafka_topic):
    eng = Engine("kafka", lambda n: KafkaLog(kafka_broker.bootstrap, kafka_topic, n, tuning=kafka_broker.tuning))
    try:
        log = await eng.open()
        sent = await log.append([rec(KEYS[i % len(KEYS)], i) for i in range(48)])
        store: dict[int, int] = {}  # the projection's offsets, shared by both workers like a database
        group = unique_name("group")
        one = await Worker(log, group, store).start(eng)
        await one.poll_until(1)
        two = await Worker(log, group, store).start(eng)
        deadline = time.monotonic() + 30
        while not (one.assigned and two.assigned and len(one.seen) + len(two.seen) >= len(sent)):
            assert time.monotonic() < deadline, f"no shared assignment: {one.assigned} / {two.assigned}"
            await asyncio.gather(one.poll_once(), two.poll_once())
        assert one.assigned.isdisjoint(two.assigned) and one.assigned | two.assigned == set(range(PARTITIONS))
        delivered = [r.position for r in one.seen + two.seen]
        assert sorted(delivered) == sorted(sent)  # each record once, across the rebalance
    finally:
        for consumer in eng.consumers:
            await consumer.stop()
        for opened in eng.logs:
            await opened.close()


@pytest.mark.kafka
async def test_kafka_idempotence_setting(kafka_broker, kafka_topic):
    auto = KafkaLog(kafka_broker.bootstrap, kafka_topic, PARTITIONS, KafkaIdempotence.AUTO)
    await auto.start()
    try:
        assert auto.idempotent is not None
        assert kafka_broker.kind != "tansu" or auto.idempotent is False  # Tansu refuses InitProducerId
        assert await auto.append([rec("school-1", 0)]) == [Position(auto.partition_for("school-1"), 0)]
    finally:
        await auto.close()
    forced = KafkaLog(kafka_broker.bootstrap, kafka_topic, PARTITIONS, KafkaIdempotence.ON)
    if auto.idempotent:
        await forced.start()
        assert forced.idempotent is True
        await forced.close()
    else:
        with pytest.raises(ConfigError, match="HUB_KAFKA_IDEMPOTENCE"):
            await forced.start()
    off = KafkaLog(kafka_broker.bootstrap, kafka_topic, PARTITIONS, KafkaIdempotence.OFF)
    await off.start()
    assert off.idempotent is False
    await off.close()


async def test_kafka_unreachable_is_log_unavailable():
    log = KafkaLog(f"127.0.0.1:{free_port()}", "nowhere", PARTITIONS)
    with pytest.raises(LogUnavailable):
        await log.start()


def test_open_log_picks_the_engine_from_the_url(tmp_path):
    embedded = open_log(Settings(data_dir=tmp_path))
    assert isinstance(embedded, EmbeddedLog) and embedded.path == tmp_path / "log.db"
    kafka = open_log(Settings(log_url="kafka://h1:9092,h2:9092?topic=grades&partitions=3", kafka_idempotence="off"))
    assert isinstance(kafka, KafkaLog)
    assert (kafka.bootstrap, kafka.topic, kafka.partition_count) == ("h1:9092,h2:9092", "grades", 3)
    assert kafka.idempotence is KafkaIdempotence.OFF
    assert kafka.tuning == ConsumerTuning()  # Kafka's usual consumer-group timings unless told otherwise


def test_open_log_gives_the_kafka_consumers_the_configured_timings(monkeypatch):
    for name, value in {"SESSION_TIMEOUT_MS": "7000", "HEARTBEAT_INTERVAL_MS": "700", "REBALANCE_TIMEOUT_MS": "9000",
                        "FETCH_MAX_WAIT_MS": "40"}.items():
        monkeypatch.setenv(f"HUB_KAFKA_{name}", value)
    kafka = open_log(Settings(log_url="kafka://h1:9092?topic=grades&partitions=3"))
    assert kafka.tuning == ConsumerTuning(7000, 700, 9000, 40)

"""The Kafka log engine (aiokafka): one topic of ``partitions`` partitions, keyed by school id.

Every record carries its key, an explicit partition (``partition_for_key``: the murmur2 of Kafka's default
partitioner, so this engine and the embedded one agree), its own timestamp and the headers ``type``,
``schema_version`` and ``event_id``. Broker failures surface as ``LogUnavailable``; a topic whose partition count
differs from the configured one is a ``ConfigError``.

Works against real Kafka and against Tansu (the test broker), whose quirks it sidesteps:

* ListOffsets(latest) on Tansu is the last batch's base offset + 1, too low after a multi-record batch, so
  high watermarks come from a Fetch response (right on both). Tansu answers a Fetch with ``max_wait_ms=0`` with
  no partitions at all, so the probe waits 1 ms.
* ListOffsets(timestamp) on Tansu answers by broker append time, so ``offset_for_time`` trusts the broker only
  when the record it names carries the timestamp it reported (Kafka's answers do) and otherwise scans.
* Tansu refuses InitProducerId: with ``KafkaIdempotence.AUTO`` the producer then runs non-idempotent.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import IllegalStateError, KafkaError, TopicAlreadyExistsError, for_code
from aiokafka.protocol.fetch import FetchRequest

from hub.config import ConfigError, KafkaIdempotence
from hub.log.port import (
    AssignCallback, LogRecord, LogUnavailable, OutgoingRecord, Position, RevokeCallback, partition_for_key,
)
from hub.obs import Ev, log

HEADERS = ("type", "schema_version", "event_id")
READ_TIMEOUT_S = 15.0
SCAN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ConsumerTuning:
    """Consumer-group timings. Kafka refuses sessions below ``group.min.session.timeout.ms`` (6 s by default);
    tests against Tansu shorten them so that rebalances take about a second."""

    session_timeout_ms: int = 10_000
    heartbeat_interval_ms: int = 3_000
    rebalance_timeout_ms: int = 30_000
    fetch_max_wait_ms: int = 500


class KafkaLog:
    """``EventLog`` on a Kafka topic. ``start()`` creates the topic if missing and checks its partition count.

    ``read`` and ``offset_for_time`` share one assigned (group-less) consumer and run one at a time.
    """

    def __init__(self, bootstrap: Sequence[str] | str, topic: str, partitions: int,
                 idempotence: KafkaIdempotence = KafkaIdempotence.AUTO, *,
                 tuning: ConsumerTuning = ConsumerTuning(), client_id: str = "gradebook-hub") -> None:
        self.bootstrap = bootstrap if isinstance(bootstrap, str) else ",".join(bootstrap)
        self.topic, self.partition_count, self.idempotence = topic, partitions, KafkaIdempotence(idempotence)
        self.tuning, self.client_id = tuning, client_id
        self.idempotent: bool | None = None  # what the producer actually runs with, once started
        self._producer: AIOKafkaProducer | None = None
        self._reader: AIOKafkaConsumer | None = None
        self._client: AIOKafkaClient | None = None
        self._read_lock = asyncio.Lock()

    # Lifecycle ------------------------------------------------------------------------------------------------

    async def start(self) -> None:
        if self._producer is not None:
            return
        try:
            with _unavailable(f"start on {self.bootstrap}"):
                await self._ensure_topic()
                self._client = AIOKafkaClient(bootstrap_servers=self.bootstrap, client_id=self.client_id)
                await self._client.bootstrap()
                await self._client.add_topic(self.topic)
                self._reader = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, client_id=self.client_id,
                                                enable_auto_commit=False, auto_offset_reset="earliest",
                                                fetch_max_wait_ms=20)
                await self._reader.start()
                self._producer = await self._open_producer()
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        producer, reader, client = self._producer, self._reader, self._client
        self._producer = self._reader = self._client = None
        for part in (producer, reader):
            if part is not None:
                await part.stop()
        if client is not None:
            await client.close()

    async def _ensure_topic(self) -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, client_id=self.client_id)
        try:
            await admin.start()
            brokers = (await admin.describe_cluster())["brokers"]
            topic = NewTopic(self.topic, self.partition_count, max(1, min(3, len(brokers))))
            response = await admin.create_topics([topic])
            for _name, code, *rest in response.topic_errors:
                error = for_code(code)
                if code and error is not TopicAlreadyExistsError:
                    broken = LogUnavailable if error.retriable else ConfigError
                    raise broken(f"cannot create Kafka topic {self.topic!r}: {error.__name__} {rest}")
            actual = await self._described_partitions(admin)
        finally:
            await admin.close()
        if actual != self.partition_count:
            raise ConfigError(
                f"Kafka topic {self.topic!r} has {actual} partitions, HUB_LOG_URL asks for {self.partition_count}; "
                f"a log's partition count cannot change (use partitions={actual})"
            )

    async def _described_partitions(self, admin: AIOKafkaAdminClient) -> int:
        deadline = time.monotonic() + READ_TIMEOUT_S
        while True:
            [described] = await admin.describe_topics([self.topic])
            if described["error_code"] == 0 and described["partitions"]:
                return len(described["partitions"])
            if time.monotonic() > deadline:
                raise LogUnavailable(f"Kafka topic {self.topic!r} has no partition metadata: {described}")
            await asyncio.sleep(0.1)

    async def _open_producer(self) -> AIOKafkaProducer:
        if self.idempotence is not KafkaIdempotence.OFF:
            producer = self._new_producer(idempotent=True)
            try:
                await producer.start()
                self.idempotent = True
                return producer
            except KafkaError as err:
                await producer.stop()
                if err.retriable:
                    raise
                if self.idempotence is KafkaIdempotence.ON:
                    raise ConfigError(f"Kafka at {self.bootstrap} refused an idempotent producer ({err!r}); "
                                      "set HUB_KAFKA_IDEMPOTENCE=auto or off for this broker") from err
                log(Ev.KAFKA_IDEMPOTENCE_UNAVAILABLE, "warning", engine="kafka", url=self.bootstrap, error=repr(err))
        producer = self._new_producer(idempotent=False)
        await producer.start()
        self.idempotent = False
        return producer

    def _new_producer(self, idempotent: bool) -> AIOKafkaProducer:
        return AIOKafkaProducer(bootstrap_servers=self.bootstrap, client_id=self.client_id, acks="all",
                                enable_idempotence=idempotent, compression_type="gzip",
                                max_batch_size=512 * 1024)

    # Port -----------------------------------------------------------------------------------------------------

    def partition_for(self, key: str) -> int:
        return partition_for_key(key, self.partition_count)

    async def append(self, records: Sequence[OutgoingRecord]) -> list[Position]:
        """Send the whole batch, then await every acknowledgement; positions come back in input order."""
        producer, sent = self._require(self._producer), []
        with _unavailable(f"append to {self.topic!r}"):
            try:
                for r in records:
                    sent.append(await producer.send(self.topic, r.value, key=r.key.encode(), headers=_headers(r),
                                                    partition=self.partition_for(r.key), timestamp_ms=r.timestamp_ms))
            finally:
                acks = await asyncio.gather(*sent, return_exceptions=True)
            for ack in acks:
                if isinstance(ack, BaseException):
                    raise ack
        return [Position(ack.partition, ack.offset) for ack in acks]

    async def read(self, partition: int, offset: int, limit: int) -> list[LogRecord]:
        if limit <= 0 or not 0 <= partition < self.partition_count:
            return []
        end = min((await self._watermarks([partition]))[partition], offset + limit)
        if offset >= end:
            return []
        async with self._read_lock:
            return await self._fetch(partition, offset, end)

    async def _fetch(self, partition: int, offset: int, end: int) -> list[LogRecord]:
        reader, tp = self._require(self._reader), TopicPartition(self.topic, partition)
        reader.assign([tp])
        reader.seek(tp, offset)
        records: list[LogRecord] = []
        deadline = time.monotonic() + READ_TIMEOUT_S
        try:
            with _unavailable(f"read of {self.topic}:{partition}"):
                while (records[-1].position.offset + 1 if records else offset) < end:
                    if time.monotonic() > deadline:
                        raise LogUnavailable(f"Kafka read of {self.topic}:{partition} from {offset} timed out")
                    batch = await reader.getmany(tp, timeout_ms=200, max_records=end - offset - len(records))
                    records += [_decode(r) for r in batch.get(tp, ()) if offset <= r.offset < end]
        finally:
            reader.pause(tp)  # no background fetching while idle
        return records

    async def high_watermarks(self) -> dict[int, int]:
        return await self._watermarks(list(range(self.partition_count)))

    async def _watermarks(self, partitions: list[int]) -> dict[int, int]:
        with _unavailable(f"high watermarks of {self.topic!r}"):
            marks = await self._probe(partitions)
            if len(marks) < len(partitions):  # a leader moved: refresh the metadata and ask once more
                await self._require(self._client).force_metadata_update()
                marks = await self._probe(partitions)
        if len(marks) < len(partitions):
            raise LogUnavailable(f"Kafka gave no high watermark for {self.topic!r} partitions {partitions}")
        return marks

    async def _probe(self, partitions: list[int]) -> dict[int, int]:
        """High watermarks read from Fetch responses at the ListOffsets(latest) offsets: on Kafka that offset is
        the high watermark already; on Tansu it may be lower, and the Fetch response has the right one."""
        client, tps = self._require(self._client), [TopicPartition(self.topic, p) for p in partitions]
        latest = await self._require(self._reader).end_offsets(tps)
        by_leader: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for tp in tps:
            by_leader[client.cluster.leader_for_partition(tp)].append((tp.partition, latest[tp], 1))
        responses = await asyncio.gather(*(client.send(leader, FetchRequest(1, 0, 1, 0, [(self.topic, parts)]))
                                           for leader, parts in by_leader.items()))
        return {p: hw for r in responses for _t, parts in r.topics for p, code, hw, *_ in parts if code == 0}

    async def offset_for_time(self, partition: int, timestamp_ms: int) -> int | None:
        if not 0 <= partition < self.partition_count:
            return None
        tp = TopicPartition(self.topic, partition)
        with _unavailable(f"offset_for_time on {self.topic}:{partition}"):
            found = (await self._require(self._reader).offsets_for_times({tp: timestamp_ms}))[tp]
        if found is None:
            return None
        named = await self.read(partition, found.offset, 1)
        if named and named[0].timestamp_ms == found.timestamp and found.timestamp >= timestamp_ms:
            return found.offset
        return await self._scan_for_time(partition, timestamp_ms)

    async def _scan_for_time(self, partition: int, timestamp_ms: int) -> int | None:
        """First offset whose record time is >= ``timestamp_ms``, by reading the partition (Tansu only)."""
        with _unavailable(f"offset_for_time on {self.topic}:{partition}"):
            tp = TopicPartition(self.topic, partition)
            offset = (await self._require(self._reader).beginning_offsets([tp]))[tp]
        while chunk := await self.read(partition, offset, SCAN_CHUNK):
            for record in chunk:
                if record.timestamp_ms >= timestamp_ms:
                    return record.position.offset
            offset = chunk[-1].position.offset + 1
        return None

    def consumer(self, group: str) -> "KafkaConsumer":
        return KafkaConsumer(self, group)

    def _require(self, part):
        if part is None:
            raise RuntimeError("the Kafka log is not started; call start() first")
        return part


@contextmanager
def _unavailable(what: str) -> Iterator[None]:
    """Turn aiokafka's errors into ``LogUnavailable``."""
    try:
        yield
    except KafkaError as err:
        raise LogUnavailable(f"Kafka {what} failed: {err!r}") from err


def _headers(record: OutgoingRecord) -> list[tuple[str, bytes]]:
    return [("type", record.type.encode()), ("schema_version", str(record.schema_version).encode()),
            ("event_id", record.event_id.encode())]


def _decode(message) -> LogRecord:
    """A fetched ``ConsumerRecord`` back into a ``LogRecord``; ``ValueError`` if it is not one of ours."""
    headers = {name: value.decode() for name, value in message.headers or ()}
    missing = [name for name in HEADERS if name not in headers] + (["key"] if message.key is None else [])
    if missing:
        raise ValueError(f"record {message.partition}:{message.offset} of {message.topic!r} lacks {missing}")
    return LogRecord(Position(message.partition, message.offset), message.key.decode(), headers["event_id"],
                     headers["type"], int(headers["schema_version"]), message.timestamp, message.value)


class KafkaConsumer(ConsumerRebalanceListener):
    """``LogConsumer`` over a Kafka consumer group (it is its own rebalance listener, as in aiokafka's
    local-state example). Offsets are never committed to Kafka: the projection keeps them. Partitions that
    ``on_assigned`` leaves out start at offset 0. aiokafka only logs a failing listener, so when a callback
    raises, the consumer pauses what it was given and every later ``poll`` raises that error."""

    def __init__(self, owner: KafkaLog, group: str) -> None:
        self._log, self.group = owner, group
        self._consumer: AIOKafkaConsumer | None = None
        self._assigned: set[int] = set()
        self._failure: BaseException | None = None

    async def start(self, on_assigned: AssignCallback, on_revoked: RevokeCallback) -> None:
        self._on_assigned, self._on_revoked = on_assigned, on_revoked
        t, lg = self._log.tuning, self._log
        consumer = AIOKafkaConsumer(
            bootstrap_servers=lg.bootstrap, client_id=lg.client_id, group_id=self.group, enable_auto_commit=False,
            auto_offset_reset="earliest", session_timeout_ms=t.session_timeout_ms,
            heartbeat_interval_ms=t.heartbeat_interval_ms, rebalance_timeout_ms=t.rebalance_timeout_ms,
            fetch_max_wait_ms=t.fetch_max_wait_ms,
        )
        consumer.subscribe([lg.topic], listener=self)
        self._consumer = consumer  # the listener may run before start() returns
        try:
            with _unavailable(f"start of consumer group {self.group!r}"):
                await consumer.start()
        except BaseException:
            self._consumer = None
            await consumer.stop()
            raise

    async def poll(self, max_records: int, timeout_ms: int) -> list[tuple[int, list[LogRecord]]]:
        consumer = self._log._require(self._consumer)
        self._raise_failure()
        with _unavailable(f"poll for group {self.group!r}"):
            fetched = await consumer.getmany(timeout_ms=timeout_ms, max_records=max_records)
        self._raise_failure()
        return [(tp.partition, [_decode(m) for m in messages])
                for tp, messages in sorted(fetched.items()) if messages]

    def seek(self, partition: int, offset: int) -> None:
        try:
            self._log._require(self._consumer).seek(TopicPartition(self._log.topic, partition), offset)
        except IllegalStateError as err:
            raise ValueError(f"partition {partition} is not assigned to this consumer of {self.group!r}") from err

    async def stop(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is None:
            return
        try:
            if self._assigned:
                revoked, self._assigned = set(self._assigned), set()
                await self._on_revoked(revoked)
        finally:
            await consumer.stop()

    async def on_partitions_assigned(self, assigned) -> None:
        consumer, tps = self._log._require(self._consumer), set(assigned)
        partitions = {tp.partition for tp in tps}
        self._assigned |= partitions
        try:
            offsets = await self._on_assigned(partitions)
        except Exception as err:
            self._failure = err
            consumer.pause(*tps)
            return
        for tp in tps:
            consumer.seek(tp, offsets.get(tp.partition, 0))

    async def on_partitions_revoked(self, revoked) -> None:
        partitions = {tp.partition for tp in revoked} & self._assigned
        self._assigned -= partitions
        if partitions:
            try:
                await self._on_revoked(partitions)
            except Exception as err:
                self._failure = err

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

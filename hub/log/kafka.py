"""The Kafka log engine (aiokafka): one topic of ``partitions`` partitions, keyed by school id.

Every record carries its key, an explicit partition (``partition_for_key``: the murmur2 of Kafka's default
partitioner, so this engine and the embedded one agree), its own timestamp and the headers ``type``,
``schema_version`` and ``event_id``. Broker failures surface as ``LogUnavailable``; a topic whose partition count
differs from the configured one is a ``ConfigError``. An append is bounded by ``append_timeout_s``
(``HUB_LOG_APPEND_TIMEOUT_S``): the producer's request timeout (which also bounds its metadata waits and how long a
batch may wait for a broker) and an overall deadline; past it ``AppendUnsettled`` (see ``append``).

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
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, for_code
from aiokafka.protocol.fetch import FetchRequest

from hub.config import DEFAULT_APPEND_TIMEOUT_S, ConfigError, KafkaCompression, KafkaIdempotence
from hub.log.port import AppendUnsettled, LogRecord, LogUnavailable, OutgoingRecord, Position, partition_for_key
from hub.log.kafka_consumer import ConsumerTuning, KafkaConsumer, decode_message, unavailable
from hub.obs import Ev, log

READ_TIMEOUT_S = 15.0
SCAN_CHUNK = 500


class KafkaLog:
    """``EventLog`` on a Kafka topic. ``start()`` creates the topic if missing and checks its partition count.

    ``read`` and ``offset_for_time`` share one assigned (group-less) consumer and run one at a time.
    """

    def __init__(self, bootstrap: Sequence[str] | str, topic: str, partitions: int,
                 idempotence: KafkaIdempotence = KafkaIdempotence.AUTO, *,
                 tuning: ConsumerTuning = ConsumerTuning(), client_id: str = "gradebook-hub",
                 append_timeout_s: float = DEFAULT_APPEND_TIMEOUT_S,
                 compression: KafkaCompression = KafkaCompression.LZ4) -> None:
        self.bootstrap = bootstrap if isinstance(bootstrap, str) else ",".join(bootstrap)
        self.topic, self.partition_count, self.idempotence = topic, partitions, KafkaIdempotence(idempotence)
        self.tuning, self.client_id, self.append_timeout_s = tuning, client_id, append_timeout_s
        self.compression = KafkaCompression(compression)
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
            with unavailable(f"start on {self.bootstrap}"):
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
                                enable_idempotence=idempotent,
                                compression_type=None if self.compression is KafkaCompression.NONE
                                else self.compression.value,
                                max_batch_size=512 * 1024, request_timeout_ms=int(self.append_timeout_s * 1000))

    # Port -----------------------------------------------------------------------------------------------------

    def partition_for(self, key: str) -> int:
        return partition_for_key(key, self.partition_count)

    async def append(self, records: Sequence[OutgoingRecord]) -> list[Position]:
        """Send the whole batch, then await every acknowledgement; positions come back in input order.

        Within ``append_timeout_s`` in all. Otherwise, or if the broker refused anything, ``AppendUnsettled``: the
        producer may still hold records already sent (an idempotent producer retries until the broker is back), so
        its ``outcome`` resolves only when every one of them is acknowledged or has failed for good. Records whose
        ``send`` the deadline interrupted were never handed to the producer."""
        producer, loop = self._require(self._producer), asyncio.get_running_loop()
        deadline, sent, failure = loop.time() + self.append_timeout_s, [], None
        try:
            async with asyncio.timeout_at(deadline):
                for r in records:
                    sent.append(await producer.send(self.topic, r.value, key=r.key.encode(), headers=_headers(r),
                                                    partition=self.partition_for(r.key), timestamp_ms=r.timestamp_ms))
        except (TimeoutError, KafkaError) as err:
            failure = err
        if sent:  # asyncio.wait neither cancels the acknowledgements nor raises
            await asyncio.wait(sent, timeout=max(0.0, deadline - loop.time()))
        failure = failure or next((f.exception() for f in sent if f.done() and not f.cancelled() and f.exception()),
                                  None)
        if failure is None and all(f.done() for f in sent):
            return [Position(f.result().partition, f.result().offset) for f in sent]
        raise AppendUnsettled(f"Kafka append to {self.topic!r} not confirmed within {self.append_timeout_s:g} s: "
                              f"{failure or 'no acknowledgement'!r}", _settled(sent, len(records)))

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
            with unavailable(f"read of {self.topic}:{partition}"):
                while (records[-1].position.offset + 1 if records else offset) < end:
                    if time.monotonic() > deadline:
                        raise LogUnavailable(f"Kafka read of {self.topic}:{partition} from {offset} timed out")
                    batch = await reader.getmany(tp, timeout_ms=200, max_records=end - offset - len(records))
                    records += [decode_message(r) for r in batch.get(tp, ()) if offset <= r.offset < end]
        finally:
            reader.pause(tp)  # no background fetching while idle
        return records

    async def high_watermarks(self) -> dict[int, int]:
        return await self._watermarks(list(range(self.partition_count)))

    async def _watermarks(self, partitions: list[int]) -> dict[int, int]:
        with unavailable(f"high watermarks of {self.topic!r}"):
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
        with unavailable(f"offset_for_time on {self.topic}:{partition}"):
            found = (await self._require(self._reader).offsets_for_times({tp: timestamp_ms}))[tp]
        if found is None:
            return None
        named = await self.read(partition, found.offset, 1)
        if named and named[0].timestamp_ms == found.timestamp and found.timestamp >= timestamp_ms:
            return found.offset
        return await self._scan_for_time(partition, timestamp_ms)

    async def _scan_for_time(self, partition: int, timestamp_ms: int) -> int | None:
        """First offset whose record time is >= ``timestamp_ms``, by reading the partition (Tansu only)."""
        with unavailable(f"offset_for_time on {self.topic}:{partition}"):
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


def _settled(sent: list[asyncio.Future], total: int) -> "asyncio.Future[list[Position | None]]":
    """Per record, once the producer has settled all of ``sent``: its position if acknowledged, else None (records
    after ``sent`` were never handed over). Already resolved when nothing is outstanding."""

    def outcome() -> list[Position | None]:
        acks = [f.result() if not f.cancelled() and f.exception() is None else None for f in sent]
        return [None if a is None else Position(a.partition, a.offset) for a in acks] + [None] * (total - len(sent))

    if all(f.done() for f in sent):
        done = asyncio.get_running_loop().create_future()
        done.set_result(outcome())
        return done

    async def wait() -> list[Position | None]:
        await asyncio.wait(sent)
        return outcome()

    return asyncio.ensure_future(wait())


def _headers(record: OutgoingRecord) -> list[tuple[str, bytes]]:
    return [("type", record.type.encode()), ("schema_version", str(record.schema_version).encode()),
            ("event_id", record.event_id.encode())]



"""The Kafka engine's consumer-group side: ``KafkaConsumer`` (the ``LogConsumer`` projection workers use), its
timings, and the record and error translation it shares with ``hub.log.kafka``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import IllegalStateError, KafkaError

from hub.config import ConsumerTuning  # noqa: F401 - re-exported
from hub.log.port import AssignCallback, LogRecord, LogUnavailable, Position, RevokeCallback

if TYPE_CHECKING:
    from hub.log.kafka import KafkaLog

HEADERS = ("type", "schema_version", "event_id")


@contextmanager
def unavailable(what: str) -> Iterator[None]:
    """Turn aiokafka's errors into ``LogUnavailable``."""
    try:
        yield
    except KafkaError as err:
        raise LogUnavailable(f"Kafka {what} failed: {err!r}") from err


def decode_message(message) -> LogRecord:
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
            with unavailable(f"start of consumer group {self.group!r}"):
                await consumer.start()
        except BaseException:
            self._consumer = None
            await consumer.stop()
            raise

    async def poll(self, max_records: int, timeout_ms: int) -> list[tuple[int, list[LogRecord]]]:
        consumer = self._log._require(self._consumer)
        self._raise_failure()
        with unavailable(f"poll for group {self.group!r}"):
            fetched = await consumer.getmany(timeout_ms=timeout_ms, max_records=max_records)
        self._raise_failure()
        return [(tp.partition, [decode_message(m) for m in messages])
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

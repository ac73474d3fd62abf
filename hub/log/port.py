"""The event log port: an append-only log split into partitions, ordered within each partition.

Two engines implement it: ``hub.log.embedded.EmbeddedLog`` (one SQLite file, the default) and
``hub.log.kafka.KafkaLog`` (Apache Kafka via aiokafka). Both are exercised by the same conformance suite in
``tests/conformance/test_log_port.py``; any new engine must pass it unchanged.

Contract
--------
* Records are partitioned by key (the school id) with ``partition_for``, the same murmur2 hash Kafka's default
  partitioner uses, so one school always lands in one partition and its events keep their order.
* ``append`` writes a batch and returns one ``Position`` per record, in input order. Within a partition, offsets
  are dense and increase by one per record. If it raises, the caller must assume any subset may be written
  (the ingest ledger makes a retry safe). An engine that gives up waiting while the records may still be written
  (Kafka past ``HUB_LOG_APPEND_TIMEOUT_S``) raises ``AppendUnsettled``, whose ``outcome`` says later, record by
  record, where each landed.
* ``read(partition, offset, limit)`` returns records with offset >= ``offset`` in order, at most ``limit``.
* ``high_watermarks()`` maps each partition to the offset the next appended record will get.
* ``offset_for_time(partition, ms)`` is the first offset whose record time is >= ``ms`` (None if none is).
* ``consumer(group)`` returns a ``LogConsumer`` for projection workers (see its docstring).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol


class Position(NamedTuple):
    """Where a record sits: (partition, offset). A tuple: cheap to build on the hot paths, ordered, hashable."""

    partition: int
    offset: int

    def __str__(self) -> str:
        return f"{self.partition}:{self.offset}"

    @classmethod
    def parse(cls, text: str) -> "Position":
        """Parse ``"partition:offset"``; ``ValueError`` with a readable message otherwise."""
        head, sep, tail = text.partition(":")
        if not sep or not head.isdigit() or not tail.isdigit():
            raise ValueError(f"{text!r} is not a position of the form PARTITION:OFFSET, e.g. 3:1042")
        return cls(int(head), int(tail))


@dataclass(frozen=True, slots=True)
class OutgoingRecord:
    """One record to append. ``value`` is the encoded envelope; the other fields travel as key/headers."""

    key: str
    event_id: str
    type: str
    schema_version: int
    timestamp_ms: int
    value: bytes


class LogRecord(NamedTuple):
    position: Position
    key: str
    event_id: str
    type: str
    schema_version: int
    timestamp_ms: int
    value: bytes


AssignCallback = Callable[[set[int]], Awaitable[dict[int, int]]]
RevokeCallback = Callable[[set[int]], Awaitable[None]]


class LogConsumer(Protocol):
    """Delivers batches of one partition at a time to one projection worker.

    1. ``start(on_assigned, on_revoked)`` joins the group. Whenever partitions are assigned to this worker,
       ``on_assigned(partitions)`` is awaited and returns the offset to resume from for each (the worker keeps its
       offsets in its own database); the consumer seeks there before delivering anything.
    2. ``poll`` returns the next batches (possibly empty after ``timeout_ms``). Delivery never skips a record and
       never goes backwards within an assignment, except after ``seek``.
    3. ``seek(partition, offset)`` moves the read position (used when a stored offset disagrees).
    4. ``stop()`` leaves the group; ``on_revoked`` is awaited before partitions move to another worker.
    """

    async def start(self, on_assigned: AssignCallback, on_revoked: RevokeCallback) -> None: ...

    async def poll(self, max_records: int, timeout_ms: int) -> list[tuple[int, list[LogRecord]]]: ...

    def seek(self, partition: int, offset: int) -> None: ...

    async def stop(self) -> None: ...


class EventLog(Protocol):
    partition_count: int

    async def start(self) -> None:
        """Connect (and create the topic or file if missing). Idempotent."""

    async def close(self) -> None: ...

    def partition_for(self, key: str) -> int: ...

    async def append(self, records: Sequence[OutgoingRecord]) -> list[Position]: ...

    async def read(self, partition: int, offset: int, limit: int) -> list[LogRecord]: ...

    async def high_watermarks(self) -> dict[int, int]: ...

    async def offset_for_time(self, partition: int, timestamp_ms: int) -> int | None: ...

    def consumer(self, group: str) -> LogConsumer: ...


class LogUnavailable(RuntimeError):
    """The log cannot be reached or refused a write; nothing in the call can be assumed written or not."""


class AppendUnsettled(LogUnavailable):
    """``append`` gave up before every record was confirmed. ``outcome`` resolves once the engine holds none of the
    records any more: per record, in input order, its ``Position`` if it was confirmed, else None (it may still be
    in the log: a request can reach the broker after its answer timed out). It never raises."""

    def __init__(self, message: str, outcome: "asyncio.Future[list[Position | None]]") -> None:
        super().__init__(message)
        self.outcome = outcome


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 (as in the Java client's ``Utils.murmur2``), returning a signed 32-bit int."""
    length = len(data)
    seed, m, r = 0x9747B28C, 0x5BD1E995, 24
    h = (seed ^ length) & 0xFFFFFFFF
    for i in range(0, length - length % 4, 4):
        k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)
        k = (k * m) & 0xFFFFFFFF
        k ^= k >> r
        k = (k * m) & 0xFFFFFFFF
        h = ((h * m) & 0xFFFFFFFF) ^ k
    tail = length % 4
    base = length - tail
    if tail == 3:
        h ^= data[base + 2] << 16
    if tail >= 2:
        h ^= data[base + 1] << 8
    if tail >= 1:
        h ^= data[base]
        h = (h * m) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * m) & 0xFFFFFFFF
    h ^= h >> 15
    return h - (1 << 32) if h & 0x80000000 else h


@functools.lru_cache(maxsize=65_536)  # one call per appended event; keys are school ids, few and repeated
def partition_for_key(key: str, partitions: int) -> int:
    """Kafka's default partitioner for a keyed record: ``toPositive(murmur2(key)) % partitions``."""
    return (murmur2(key.encode()) & 0x7FFFFFFF) % partitions

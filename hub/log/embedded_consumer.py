"""The embedded log's consumer: every partition of the log for one consumer group (``EmbeddedLog.consumer``)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from hub.log.port import AssignCallback, LogRecord, RevokeCallback

if TYPE_CHECKING:
    from hub.log.embedded import EmbeddedLog


class EmbeddedConsumer:
    """Consumes every partition of an embedded log (the embedded engine has one worker per group).

    Several workers of one group on the embedded engine would each get every partition; the projection's
    compare-and-set on its stored offsets keeps that safe (one of them wins each batch), just not useful.
    """

    def __init__(self, log: EmbeddedLog, group: str) -> None:
        self.log, self.group = log, group
        self._positions: dict[int, int] = {}

    async def start(self, on_assigned: AssignCallback, on_revoked: RevokeCallback) -> None:
        self._on_revoked = on_revoked
        partitions = set(range(self.log.partition_count))
        self._positions = dict(await on_assigned(partitions))

    async def poll(self, max_records: int, timeout_ms: int) -> list[tuple[int, list[LogRecord]]]:
        deadline = asyncio.get_running_loop().time() + timeout_ms / 1000
        while True:
            batches = await self.log._on_reader(self._read_all, max_records)
            if batches or asyncio.get_running_loop().time() >= deadline:
                return batches
            await asyncio.sleep(min(0.02, timeout_ms / 1000))

    def _read_all(self, max_records: int) -> list[tuple[int, list[LogRecord]]]:
        batches, budget = [], max_records
        for partition, offset in sorted(self._positions.items()):
            if budget <= 0:
                break
            records = self.log._read(partition, offset, budget)
            if records:
                batches.append((partition, records))
                self._positions[partition] = records[-1].position.offset + 1
                budget -= len(records)
        return batches

    def seek(self, partition: int, offset: int) -> None:
        self._positions[partition] = offset

    async def stop(self) -> None:
        if self._positions:
            await self._on_revoked(set(self._positions))
        self._positions = {}

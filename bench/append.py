"""Section 2: raw append events/s, the ceiling of the stack: the same events, already translated and encoded
(the ``OutgoingRecord``s the ingest service would build), appended with ``log.append`` in batches of ``batch``.

For the embedded log the section also measures ``append_unique`` (when the engine has it): the append with the
event-id index that ingest uses on that engine instead of the SQL ledger, i.e. the ceiling of the ingest path.

``concurrency`` appenders run at once, as the API's concurrent requests would (default: as many as the ingest
section's connections), so the ratio ingest/raw compares like with like.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bench.machine import Window
from hub.config import KafkaIdempotence
from hub.log.port import EventLog


async def _append_all(log: EventLog, batches: list[list[Any]], concurrency: int,
                      fingerprints: list[list[str]] | None = None) -> int:
    pending = iter(range(len(batches)))
    appended = 0

    async def appender() -> None:
        nonlocal appended
        for index in pending:  # the shared iterator hands each batch to exactly one appender
            batch = batches[index]
            if fingerprints is None:
                positions = await log.append(batch)
            else:
                positions = await log.append_unique(batch, fingerprints[index])  # type: ignore[attr-defined]
            if len(positions) != len(batch):
                raise RuntimeError(f"append returned {len(positions)} positions for {len(batch)} records")
            appended += len(positions)

    await asyncio.gather(*(appender() for _ in range(concurrency)))
    return appended


async def _measure(log: EventLog, batches: list[list[Any]], concurrency: int, warmup: int,
                   pids: dict[str, int], fingerprints: list[list[str]] | None) -> tuple[int, Window]:
    await log.start()
    try:
        warm = None if fingerprints is None else fingerprints[:warmup]
        await _append_all(log, batches[:warmup], 1, warm)  # connection set-up, topic metadata, first pages
        rest = None if fingerprints is None else fingerprints[warmup:]
        with Window(pids) as window:
            appended = await _append_all(log, batches[warmup:], concurrency, rest)
    finally:
        await log.close()
    return appended, window


def has_append_unique() -> bool:
    from hub.log.embedded import EmbeddedLog

    return hasattr(EmbeddedLog, "append_unique")


def run_append(engine: str, batches: list[list[Any]], concurrency: int, warmup: int, *,
               kafka_bootstrap: str | None = None, partitions: int = 8, extra_pids: dict[str, int] | None = None,
               fingerprints: list[list[str]] | None = None) -> dict[str, Any]:
    """``fingerprints`` (embedded only): measure ``append_unique`` instead of ``append``."""
    tmp = Path(tempfile.mkdtemp(prefix=f"hub-bench-append-{engine}-"))
    try:
        if engine == "embedded":
            from hub.log.embedded import EmbeddedLog

            log: EventLog = EmbeddedLog(tmp / "log.db", partitions)
            target = f"sqlite:///{tmp / 'log.db'}"
        else:
            import uuid

            from hub.log.kafka import KafkaLog

            topic = f"hub-bench-append-{uuid.uuid4().hex[:8]}"
            log = KafkaLog(kafka_bootstrap, topic, partitions, KafkaIdempotence.OFF)
            target = f"kafka://{kafka_bootstrap}?topic={topic}&partitions={partitions}"
        appended, window = asyncio.run(_measure(log, batches, concurrency, warmup, extra_pids or {}, fingerprints))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"engine": engine, "events_per_s": round(appended / window.wall, 1) if window.wall else 0.0,
            "events": appended, "batch": len(batches[0]) if batches else 0, "concurrency": concurrency,
            "method": "append" if fingerprints is None else "append_unique",
            "warmup_batches": warmup, "log_url": target, "window": window.as_dict(),
            "window_text": window.describe()}

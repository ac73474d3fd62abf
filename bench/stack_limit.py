"""Section 2c: the stack's limit for ingest, what section 1 is compared with (issue 12).

The same request bodies as section 1, in this process and without HTTP, each through the least work the stack
itself imposes on an event:

1. parse the body (orjson);
2. validate each record with the same model the native adapter reads it with
   (``adapters.native.models.record_model``: the envelope and the payload of its type and version, in one pydantic
   validation) and dump the payload as JSON;
3. give it its event id (``derive_event_id``) and build the envelope;
4. encode it (``encode``) and take its fingerprint (``fingerprint``), as the log stores both;
5. ``append_unique`` each batch into a fresh embedded log (the event-id index in the same SQLite transaction),
   ``concurrency`` batches at a time, like the API's concurrent requests.

What it leaves out is exactly what the hub adds on top: HTTP, authentication, the hostile-shape screen, grade
normalisation, id qualification and the tenancy and calendar checks, upcasting, the per-record answers, provenance
(the raw batch), the vendor state and parking. Ingest over this figure is the share of the stack's own limit
the hub keeps.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import Any

import orjson

from bench.machine import Window
from hub import clock
from hub.events.envelope import Envelope, Source, derive_event_id, encode, fingerprint
from hub.log.embedded import EmbeddedLog
from hub.log.port import OutgoingRecord


def lean_batch(body: bytes, recorded_at: Any) -> tuple[list[OutgoingRecord], list[str]]:
    """Steps 1-4 for one request body: its records as the log's records and their fingerprints."""
    from adapters.native.models import record_model

    records, fingerprints = [], []
    recorded_ms = int(recorded_at.timestamp() * 1000)
    for raw in orjson.loads(body):
        record = record_model(raw["type"], raw.get("schema_version", 1)).model_validate(raw)
        event = Envelope(derive_event_id("native", record.school_id, record.record_id, record.revision),
                         record.type, record.schema_version, record.school_id, record.occurred_at, recorded_at,
                         Source("native", record.record_id, record.revision, "bench"),
                         record.data.model_dump(mode="json"))
        records.append(OutgoingRecord(event.school_id, event.event_id, event.type, event.schema_version,
                                      recorded_ms, encode(event)))
        fingerprints.append(fingerprint(event))
    return records, fingerprints


async def _ingest_lean(log: EmbeddedLog, bodies: list[bytes], concurrency: int) -> int:
    pending, appended, recorded_at = iter(bodies), 0, clock.now()

    async def worker() -> None:
        nonlocal appended
        for body in pending:  # the shared iterator hands each body to exactly one worker
            records, fingerprints = lean_batch(body, recorded_at)
            positions = await log.append_unique(records, fingerprints)
            appended += len(positions)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return appended


async def _measure(path: Path, bodies: list[bytes], partitions: int, concurrency: int,
                   warmup: int) -> tuple[int, Window]:
    log = EmbeddedLog(path, partitions)
    await log.start()
    try:
        await _ingest_lean(log, bodies[:warmup], 1)
        with Window({}) as window:
            events = await _ingest_lean(log, bodies[warmup:], concurrency)
    finally:
        await log.close()
    return events, window


def run_stack_limit(bodies: list[bytes], concurrency: int, warmup: int, partitions: int = 8) -> dict[str, Any]:
    """Section 2c on a fresh embedded log: events/s and the window (CPU of this process)."""
    tmp = Path(tempfile.mkdtemp(prefix="hub-bench-stack-limit-"))
    try:
        events, window = asyncio.run(_measure(tmp / "log.db", bodies, partitions, concurrency, warmup))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"engine": "embedded", "events_per_s": round(events / window.wall, 1) if window.wall else 0.0,
            "events": events, "concurrency": concurrency, "warmup_batches": warmup, "window": window.as_dict(),
            "window_text": window.describe()}

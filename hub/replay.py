"""``hub replay``: a school's events as the log holds them, recorded in a time window, to a JSON Lines file.

It reads the log itself (the truth), not the audit index. Each line is
``{"position": "P:O", "timestamp_ms": N, "event": <the envelope exactly as stored>}``, in log order.

1. The school's events are all in one partition (the log is keyed by school): ``partition_for(school)``.
2. Note that partition's high watermark: the replay covers what was appended before it started.
3. Start at the first offset whose record time is at or after ``since`` (``offset_for_time``, with a millisecond
   to spare: a record's time is its ``recorded_at`` truncated to milliseconds through a float; the Kafka engine
   checks the broker's answer and scans where it cannot trust it), or at the partition's first record.
4. Read to the high watermark in chunks; keep the school's records (by key) whose envelope ``recorded_at`` lies
   in ``[since, until]``. Record times need not increase with offsets (concurrent ingest requests stamp their
   events before appending), so the read does not stop at the first record after ``until``.
5. Write to ``<out>.partial`` and rename it to ``out`` when complete: a file at ``out`` is always a whole replay.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

from hub.log.port import EventLog
from hub.obs import Ev, log
from projections.audit import micros

READ_CHUNK = 1000


class ReplayError(ValueError):
    """The replay cannot be done as asked; the message says what to fix."""


def window(since: str | None, until: str | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``--since`` / ``--until`` as aware datetimes (None when not given); ``ReplayError`` if not valid."""
    times = []
    for name, text in (("since", since), ("until", until)):
        try:
            moment = None if text is None else dt.datetime.fromisoformat(text)
        except ValueError:
            moment = dt.datetime.min  # naive: refused below
        if moment is not None and moment.utcoffset() is None:
            raise ReplayError(f"--{name} {text!r} must be an ISO time with its offset, e.g. 2026-11-20T10:00:00+03:00")
        times.append(moment)
    if times[0] is not None and times[1] is not None and times[1] < times[0]:
        raise ReplayError("--until is before --since")
    return times[0], times[1]


@dataclass
class ReplaySummary:
    school_id: str
    partition: int
    out: Path
    written: int = 0
    scanned: int = 0  # records read from the partition (every school's)
    first: str | None = None
    last: str | None = None
    seconds: float = 0.0

    def line(self) -> str:
        span = f"positions {self.first} .. {self.last}" if self.first else "no events"
        return (f"replayed {self.written} events of school {self.school_id} ({span}; {self.scanned} records of "
                f"partition {self.partition} read) to {self.out} in {self.seconds:.2f} s")


async def replay(event_log: EventLog, school_id: str, out: Path, since: dt.datetime | None = None,
                 until: dt.datetime | None = None) -> ReplaySummary:
    """Write the school's events recorded in ``[since, until]`` (either open) to ``out``; see the module doc."""
    started = time.perf_counter()
    partition = event_log.partition_for(school_id)  # step 1
    summary = ReplaySummary(school_id, partition, out)
    end = (await event_log.high_watermarks()).get(partition, 0)  # step 2
    since_us, until_us = (None if since is None else micros(since)), (None if until is None else micros(until))
    offset = await event_log.offset_for_time(partition, 0 if since_us is None else since_us // 1000 - 1)  # step 3
    partial = out.with_name(out.name + ".partial")
    with partial.open("wb") as sink:
        while offset is not None and offset < end:  # step 4
            records = await event_log.read(partition, offset, min(READ_CHUNK, end - offset))
            if not records:
                break
            for record in records:
                if record.position.offset >= end:
                    break
                summary.scanned += 1
                if record.key == school_id and _within(record.value, since_us, until_us):
                    sink.write(b'{"position":"%d:%d","timestamp_ms":%d,"event":%s}\n' % (
                        partition, record.position.offset, record.timestamp_ms, record.value))
                    summary.written += 1
                    summary.first = summary.first or str(record.position)
                    summary.last = str(record.position)
            offset = records[-1].position.offset + 1
    os.replace(partial, out)  # step 5
    summary.seconds = time.perf_counter() - started
    log(Ev.AUDIT_REPLAY_WRITTEN, school_id=school_id, partition=partition, events=summary.written,
        count=summary.scanned, duration_ms=round(summary.seconds * 1000, 2))
    return summary


def _within(value: bytes, since_us: int | None, until_us: int | None) -> bool:
    if since_us is None and until_us is None:
        return True
    recorded = micros(dt.datetime.fromisoformat(orjson.loads(value)["recorded_at"]))
    return (since_us is None or recorded >= since_us) and (until_us is None or recorded <= until_us)

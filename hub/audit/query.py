"""Pages of the audit index in recorded order, and the line an auditor gets for each event.

Order is (``recorded_us``, ``log_partition``, ``log_offset``): a total order, so a page ends at a *cursor* (those
three values of its last row) and the next page starts strictly after it (keyset pagination: every page is one
index range scan, whatever its depth, and a stream holds no connection between pages).

A line is ``{"position", "recorded_at", "sender": {"system", "client_id"}, "event": <the envelope as logged>,
"raw": <the vendor record as sent, with its batch's adapter, client and receipt time> | null}``; ``raw`` is null
for an event that names no raw record (or whose batch is gone), and when the caller leaves raw records out.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, RowMapping, select, tuple_

from hub.dates import RANGE_TEXT, moment_in_range
from hub.ingest.raw import RawStore, record_of
from projections.audit import events, from_micros, micros

Cursor = tuple[int, int, int]  # (recorded_us, log_partition, log_offset) of the last row given


class InvalidParameter(ValueError):
    """A filter or cursor a client sent is not valid; ``name`` is the parameter, the message says why."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


@dataclass(frozen=True, slots=True)
class Filters:
    """What to list; ``None`` means no restriction. Times are microseconds since the epoch, both inclusive."""

    schools: tuple[str, ...] | None = None
    student_ids: tuple[str, ...] | None = None
    types: tuple[str, ...] | None = None
    recorded_from_us: int | None = None
    recorded_to_us: int | None = None


def page(conn: Connection, filters: Filters, after: Cursor | None, limit: int) -> list[RowMapping]:
    """Up to ``limit`` rows matching ``filters`` that come after ``after``, in recorded order."""
    e, conditions = events, []
    if filters.schools is not None:
        conditions.append(e.c.school_id.in_(filters.schools))
    if filters.student_ids is not None:
        conditions.append(e.c.student_id.in_(filters.student_ids))
    if filters.types is not None:
        conditions.append(e.c.event_type.in_(filters.types))
    if filters.recorded_from_us is not None:
        conditions.append(e.c.recorded_us >= filters.recorded_from_us)
    if filters.recorded_to_us is not None:
        conditions.append(e.c.recorded_us <= filters.recorded_to_us)
    if after is not None:
        conditions.append(tuple_(e.c.recorded_us, e.c.log_partition, e.c.log_offset) > tuple_(*after))
    query = (select(e).where(*conditions).order_by(e.c.recorded_us, e.c.log_partition, e.c.log_offset)
             .limit(limit))
    return list(conn.execute(query).mappings())


def cursor_of(row: RowMapping) -> Cursor:
    return row["recorded_us"], row["log_partition"], row["log_offset"]


def format_cursor(cursor: Cursor) -> str:
    return ".".join(str(part) for part in cursor)


def parse_cursor(text: str) -> Cursor:
    parts = text.split(".")
    if len(parts) != 3 or not all(part.isascii() and part.isdigit() and len(part) <= 18 for part in parts):
        raise InvalidParameter("after", f"{text!r} is not a cursor from a previous page ('next')")
    recorded_us, partition, offset = (int(part) for part in parts)
    return recorded_us, partition, offset


def parse_time(name: str, text: str) -> int:
    """An ISO 8601 time with its offset (``2026-11-20T10:00:00+03:00`` or ``...Z``) as microseconds."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidParameter(name, f"{text!r} is not an ISO 8601 time, e.g. 2026-11-20T10:00:00+03:00") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidParameter(name, f"{text!r} has no time zone; add one, e.g. +03:00 or Z")
    if not moment_in_range(moment):
        raise InvalidParameter(name, f"{text!r} is out of range: times {RANGE_TEXT}")
    return micros(moment)


def sender_of(event: dict[str, Any]) -> dict[str, Any]:
    """Who sent an event (a decoded envelope): the vendor system and the API client."""
    return {"system": event["source"].get("system"), "client_id": event["source"].get("client_id")}


def line(row: RowMapping, raw: RawRecords | None) -> bytes:
    """One NDJSON line (with its newline); the envelope is copied as the log holds it, not re-encoded. ``raw``
    None leaves the vendor record out."""
    event = orjson.loads(row["document"])
    head = orjson.dumps({"position": f"{row['log_partition']}:{row['log_offset']}",
                         "recorded_at": from_micros(row["recorded_us"]).isoformat(), "sender": sender_of(event)})
    record = None if raw is None else raw.get(event["source"].get("raw"))
    return b"".join((head[:-1], b',"event":', row["document"].encode(), b',"raw":', orjson.dumps(record), b"}\n"))


class RawRecords:
    """Raw vendor records by ``source.raw`` reference, keeping the last few whole batches decoded: the events of
    one batch come together, and a batch (up to ``HUB_MAX_BATCH_RECORDS`` records) is one row to read."""

    def __init__(self, store: RawStore, keep: int = 8) -> None:
        self.store, self.keep = store, keep
        self._batches: OrderedDict[str, dict[str, Any] | None] = OrderedDict()

    def get(self, ref: str | None) -> dict[str, Any] | None:
        if not ref:
            return None
        batch_id = ref.partition("#")[0]
        if batch_id in self._batches:
            self._batches.move_to_end(batch_id)
            batch = self._batches[batch_id]
        else:
            batch = self._batches[batch_id] = self.store.batch(batch_id)
            if len(self._batches) > self.keep:
                self._batches.popitem(last=False)
        return None if batch is None else record_of(batch, ref)

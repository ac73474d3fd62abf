"""Decode each log record once per set of projection workers, whatever number of projections read it.

Every projection worker of a process reads the same records; decoding them (``orjson`` and upcasting) once per
worker was a large part of the projector's CPU. A ``DecodeMemo`` (one per set of workers started together,
held by their ``hub.projector.pacing.Pacer``, so it goes when they stop) is ``hub.events.envelope.decode(value)``
memoised by the record's bytes, so it holds for any log engine and cannot mix records up: equal bytes decode to
equal events. Records shared through the embedded log's read window are the same ``bytes`` objects, whose hash
CPython computes once and whose equality test is an identity check.

Contract: the memo keeps at most ``capacity`` events (when full, the older half is dropped at once); it is safe
to call from the workers' threads. The event returned is shared between projections: handlers must not change
it (``projections.base``), only build new rows from it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import islice
from typing import Any

from hub.events.envelope import LoggedEvent, decode
from hub.log.port import LogRecord

CAPACITY = 16_384  # events (eight batches of 2,000: twice what the pacer lets the workers drift apart)


class DecodeMemo:
    __slots__ = ("capacity", "_events", "_lock")

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        self._events: dict[bytes, LoggedEvent] = {}
        self._lock = threading.Lock()

    def __call__(self, value: bytes) -> LoggedEvent:
        """``decode(value)``, from the memo when another worker decoded the same record already."""
        event = self._events.get(value)
        if event is None:
            event = decode(value)
            with self._lock:
                events = self._events
                events[value] = event
                if len(events) > self.capacity:  # keep the newer half; readers see the old dict or the new one
                    self._events = dict(islice(events.items(), len(events) // 2, None))
        return event

    def __len__(self) -> int:
        return len(self._events)


def apply_to(projection, record: LogRecord, uow) -> None:  # noqa: ANN001 - a Projection, a UnitOfWork
    """Step 2 of the runner for one record: ``projection.apply(event, uow)``, or ``apply_record(record, event,
    uow)`` for a projection that reads whole records (``reads_records``)."""
    applier(projection)(record, uow)


def applier(projection, decoded: Callable[[bytes], LoggedEvent] = decode  # noqa: ANN001 - a Projection
            ) -> Callable[[LogRecord, Any], LoggedEvent]:
    """``apply_to`` bound to ``projection`` (looked up once per batch, not once per record), decoding with
    ``decoded`` (a ``DecodeMemo`` shared with the other workers, or plain ``decode``); it returns the event."""
    if getattr(projection, "reads_records", False):
        apply_record = projection.apply_record

        def apply_whole(record: LogRecord, uow: Any) -> LoggedEvent:
            event = decoded(record.value)
            apply_record(record, event, uow)
            return event
        return apply_whole
    apply = projection.apply

    def apply_event(record: LogRecord, uow: Any) -> LoggedEvent:
        event = decoded(record.value)
        apply(event, uow)
        return event
    return apply_event

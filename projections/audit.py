"""The ``audit`` projection: every record of the log, indexed for the auditor's questions.

One row per log record, keyed by its position (``log_partition``, ``log_offset``): the event's id, type, schema
version and school; the student it is about (``data.student_id``, when it has one); the entity it is about
(``entity_id``: the grade, final grade, homework, period, lesson, teacher, guardian, alias, subject, class or
student id, the first the payload has, in that order; the school id for ``school.registered``); when the hub
recorded it (``recorded_us``: the envelope's ``recorded_at`` in microseconds since the epoch, UTC, exact); who
sent it (``source_system``, ``client_id``); where the vendor record as sent is kept (``raw_ref``, see
``hub.ingest.raw``); and the whole envelope as JSON (``document``), so that views can be rebuilt as of any time
from this table alone (``hub.audit.as_of``).

It handles every registered event type. Its key is the record's position, which an event does not carry, so it
sets ``positioned = True`` and the runner calls ``apply_at(position, event, uow)``. A record the log holds twice
(a non-idempotent producer's retry) is indexed twice, as the log has it.
"""

from __future__ import annotations

import datetime as dt

import orjson
from sqlalchemy import BigInteger, Column, Integer, Index, MetaData, String, Table, Text

from hub.events.envelope import LoggedEvent
from hub.events.registry import EVENT_TYPES
from hub.log.port import Position
from hub.projector.unit_of_work import UnitOfWork
from projections.base import Projection

metadata = MetaData()

events = Table(
    "audit_events", metadata,
    Column("log_partition", Integer, primary_key=True), Column("log_offset", BigInteger, primary_key=True),
    Column("event_id", String(36)), Column("event_type", String(64)), Column("schema_version", Integer),
    Column("school_id", String(128)), Column("student_id", String(128)), Column("entity_id", String(128)),
    Column("recorded_us", BigInteger), Column("source_system", String(64)), Column("client_id", String(64)),
    Column("raw_ref", String(100)), Column("document", Text),
    Index("audit_events_by_school_time", "school_id", "recorded_us", "log_partition", "log_offset"),
    Index("audit_events_by_school_position", "school_id", "log_partition", "log_offset"),
    Index("audit_events_by_time", "recorded_us", "log_partition", "log_offset"),
    Index("audit_events_by_student", "student_id", "recorded_us"),
    Index("audit_events_by_entity", "entity_id"),
    Index("audit_events_by_raw", "raw_ref"),
)

ENTITY_KEYS = ("grade_id", "final_grade_id", "homework_id", "period_id", "lesson_id", "teacher_id", "guardian_id",
               "alias_id", "subject_id", "class_id", "student_id")
GRADE_TYPES = ("grade.recorded", "grade.amended", "grade.retracted")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
ONE_US = dt.timedelta(microseconds=1)


def micros(moment: dt.datetime) -> int:
    """An aware datetime as whole microseconds since the epoch (exact, unlike ``timestamp()``)."""
    return (moment - EPOCH) // ONE_US


def from_micros(value: int) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=value)


def entity_of(event: LoggedEvent) -> str | None:
    data = event.data
    for key in ENTITY_KEYS:
        value = data.get(key)
        if isinstance(value, str):
            return value
    return event.school_id if event.type == "school.registered" else None


def row_of(position: Position, event: LoggedEvent) -> dict:
    source, student = event.source, event.data.get("student_id")
    return {
        "log_partition": position.partition, "log_offset": position.offset, "event_id": event.event_id,
        "event_type": event.type, "schema_version": event.schema_version, "school_id": event.school_id,
        "student_id": student if isinstance(student, str) else None, "entity_id": entity_of(event),
        "recorded_us": micros(dt.datetime.fromisoformat(event.recorded_at)),
        "source_system": source.get("system"), "client_id": source.get("client_id"), "raw_ref": source.get("raw"),
        "document": orjson.dumps(event._asdict()).decode(),
    }


class AuditProjection(Projection):
    name = "audit"
    version = 1
    metadata = metadata
    tables = (events,)
    handlers = {}
    positioned = True

    @property
    def handles(self) -> frozenset[str]:
        return frozenset(EVENT_TYPES)

    def apply(self, event: LoggedEvent, uow: UnitOfWork) -> None:
        raise TypeError("the audit projection is keyed by log position: call apply_at(position, event, uow)")

    def apply_at(self, position: Position, event: LoggedEvent, uow: UnitOfWork) -> None:
        uow.upsert(events, row_of(position, event))


PROJECTION = AuditProjection()

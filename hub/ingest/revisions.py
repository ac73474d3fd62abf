"""Revisions numbered by the hub, for vendors that re-send records as they change without saying which revision.

Each canonical event belongs to an aggregate (a grade, a homework, an attendance mark, a lesson...). The hub keeps
the content fingerprint of each aggregate's current revision (``VendorState.assign_revisions``): the same content
again is a re-send (same revision, so the same event id: a duplicate); other content is the next revision, and a
vendor's "recorded" becomes the matching correction ("amended", "updated", "corrected"). Deletion notices keep
their own type (retracted, withdrawn) and take the next revision of the same aggregate.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Mapping
from typing import Any

import orjson

from hub.events.envelope import Envelope, derive_event_id
from hub.events.upcasting import earliest_form
from hub.ingest.merging import Revisable

CORRECTION_OF = {
    "grade.recorded": "grade.amended",
    "homework.assigned": "homework.updated",
    "attendance.marked": "attendance.corrected",
}
AGGREGATE_FIELDS = {
    "school.registered": ("school",),
    "class.defined": ("class_id",),
    "subject.defined": ("subject_id",),
    "subject.linked": ("alias_id",),
    "student.enrolled": ("student_id", "class_id"),
    "student.withdrawn": ("student_id", "class_id"),
    "student.transferred_out": ("transfer_id", "student_id"),
    "student.transferred_in": ("transfer_id", "student_id"),
    "guardian.linked": ("guardian_id", "student_id"),
    "guardian.unlinked": ("guardian_id", "student_id"),
    "identity.linked": ("alias_id",),
    "teacher.assigned": ("teacher_id", "role", "class_id", "subject_id"),
    "teacher.defined": ("teacher_id",),
    "reporting_period.defined": ("period_id",),
    "reporting_period.assigned": ("period_id", "class_id"),
    "holiday.defined": ("holiday_id",),
    "holiday.withdrawn": ("holiday_id",),
    "timetable.defined": ("entry_id",),
    "timetable.withdrawn": ("entry_id",),
    "lesson.scheduled": ("lesson_id",),
    "lesson.cancelled": ("lesson_id",),
    "grade.recorded": ("grade_id",),
    "grade.amended": ("grade_id",),
    "grade.retracted": ("grade_id",),
    "final_grade.recorded": ("final_grade_id",),
    "final_grade.retracted": ("final_grade_id",),
    "average.reported": ("student_id", "subject_id", "period_id", "starts_on", "ends_on", "source"),
    "homework.assigned": ("homework_id",),
    "homework.updated": ("homework_id",),
    "homework.withdrawn": ("homework_id",),
    "attendance.marked": ("student_id", "lesson_id"),
    "attendance.corrected": ("student_id", "lesson_id"),
}
FAMILY = {"grade": "grade", "homework": "homework", "attendance": "attendance", "lesson": "lesson",
          "student": "enrolment"}


CLASS_TEACHER_FIELDS = ("role", "class_id")  # a class has one class teacher: one fact per class, the latest pull wins


def aggregate_of(event: Envelope) -> str:
    """``"grade:<grade id>"``, ``"attendance:<student>|<lesson>"``...: what successive revisions revise."""
    head = event.type.split(".", 1)[0]
    fields = AGGREGATE_FIELDS[event.type]
    if head == "teacher" and event.data.get("role") == "class_teacher":
        fields = CLASS_TEACHER_FIELDS
    values = [event.school_id if f == "school" else str(event.data.get(f) or "") for f in fields]
    return f"{FAMILY.get(head, head)}:{'|'.join(values)}"


def content_fingerprint(event: Envelope) -> str:
    """What the vendor says about the aggregate. Not ``occurred_at``: vendors with no time of their own for a
    record (a subject, a class) get the hub time there, which must not make every re-send a new revision. The data
    in its earliest schema version (``hub.events.upcasting.earliest_form``): a record the adapter translated into
    v1 before v2 existed and re-sent unchanged since is the same revision, not an amendment."""
    return fingerprint_of(event.type, event.schema_version, event.data)


def fingerprint_of(event_type: str, version: int, data: dict) -> str:
    _, earliest = earliest_form(event_type, version, data)
    stated = {"type": event_type, "data": earliest}
    return hashlib.sha256(orjson.dumps(stated, option=orjson.OPT_SORT_KEYS)).hexdigest()


DELETIONS = frozenset({"grade.retracted", "homework.withdrawn", "lesson.cancelled", "final_grade.retracted",
                       "guardian.unlinked", "holiday.withdrawn"})


# aggregate family -> the field of its data that dates it, for answers over a date span (``hub.ingest.snapshots``)
DATED_BY: dict[str, str] = {"grade": "date", "lesson": "date", "homework": "due_on"}


def revisable(event: Envelope, omitted: frozenset[str], stated_later: Mapping[str, Any] | None = None,
              derived_from: str | None = None, as_of_ms: int | None = None,
              span: tuple[str, str] | None = None, fields_as_of_ms: Mapping[str, int] | None = None) -> Revisable:
    """What ``VendorState.assign_revisions`` needs of one event (a deletion keeps the aggregate's stored data; with
    ``span``, a deletion by that range's omission; ``fields_as_of_ms``, its derived fields' own as-of), with the day
    it dates its aggregate at, if it states one."""
    aggregate = aggregate_of(event)
    field = DATED_BY.get(aggregate.split(":", 1)[0])
    day = event.data.get(field) if field and field not in omitted else None
    return Revisable(aggregate, event.data, omitted,
                     functools.partial(fingerprint_of, event.type, event.schema_version),
                     keeps_state=event.type in DELETIONS, stated_later=stated_later or {}, derived_from=derived_from,
                     as_of_ms=as_of_ms, day=day[:10] if isinstance(day, str) and day else None,
                     span=span if event.type in DELETIONS else None, fields_as_of_ms=fields_as_of_ms or {})


def numbered(event: Envelope, aggregate: str, revision: int, data: dict) -> Envelope:
    """The event with its merged data, as revision ``revision`` of its aggregate."""
    return as_revision(dataclasses.replace(event, data=data) if data is not event.data else event, aggregate, revision)


def as_revision(event: Envelope, aggregate: str, revision: int) -> Envelope:
    """The event as revision ``revision`` of its aggregate: the correction type after the first, a new id."""
    kind = CORRECTION_OF.get(event.type, event.type) if revision > 1 else event.type
    source = dataclasses.replace(event.source, revision=revision)
    event_id = derive_event_id(event.source.system, event.school_id, f"aggregate:{aggregate}", revision)
    return dataclasses.replace(event, type=kind, event_id=event_id, source=source)

"""Tenancy: every entity belongs to exactly one school, and its canonical id says which.

The id scheme
-------------
A canonical entity id is ``<system>:<school>:<local id>``: the system that named the entity (``native``,
``dnevnik``, ``elzhur``), the hub school it belongs to, and that system's own id for it, unique within the
school (vendor adapters put the kind first: ``dnevnik:sch-1234:person:1000012000101``). Two schools that use the
same local id ("st-01") name two different entities (``native:sch-a:st-01``, ``native:sch-b:st-01``), so no
view row, index or read query can mix them up: a (school, id) key is the id itself.

* Vendor adapters build every id from the school of the request (``adapters.base.namespaced_id``).
* The native adapter qualifies the local ids a native record states (``st-01`` -> ``native:sch-a:st-01``) and
  keeps ids that are already qualified (``dnevnik:sch-a:person:7``, a guardian link to a child known by another
  journal of the same school).

The rule
--------
An event may define and reference only entities of its own school: every id field listed in ``ENTITY_FIELDS``
for its type must be qualified with the event's ``school_id`` (``foreign_fields``). Ingest enforces it for every
adapter in one place (``hub.ingest.service``): a record naming another school's id is rejected for that record,
``not authorised``, with the pointer of the field. The check reads the id alone, never the database, so the
answer is the same whether that entity exists or not.

School ids cannot contain ``:`` (``SCHOOL_ID_PATTERN``), so the school of an id is its second segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Annotated, Any

from pydantic import StringConstraints

SCHOOL_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@~-]{0,63}$")
SchoolId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=SCHOOL_ID_PATTERN.pattern)]
MAX_ID_LENGTH = 128  # the canonical ``Id`` type's limit (hub.events.types)

# Per event type, the payload fields that hold entity ids (defined or referenced). A unit test checks that every
# ``Id`` field of every published payload model is here or in ``NOT_ENTITIES``.
_LESSON_REFS = ("class_id", "subject_id", "teacher_id")
_GRADE = ("grade_id", "student_id", "lesson_id", "subject_id", "teacher_id")
_HOMEWORK = ("homework_id", "class_id", "subject_id", "lesson_id", "teacher_id")
ENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "school.registered": (),
    "class.defined": ("class_id", "parent_class_id"),
    "subject.defined": ("subject_id",),
    "subject.linked": ("subject_id", "alias_id"),
    "student.enrolled": ("student_id", "class_id"),
    "student.withdrawn": ("student_id", "class_id"),
    "student.transferred_out": ("student_id", "class_id"),
    "student.transferred_in": ("student_id", "class_id"),
    "guardian.linked": ("guardian_id", "student_id"),
    "guardian.unlinked": ("guardian_id", "student_id"),
    "identity.linked": ("student_id", "alias_id"),
    "teacher.assigned": ("teacher_id", "class_id", "subject_id"),
    "teacher.defined": ("teacher_id",),
    "reporting_period.defined": ("period_id",),
    "reporting_period.assigned": ("period_id", "class_id"),
    "holiday.defined": ("holiday_id", "class_id"),
    "holiday.withdrawn": ("holiday_id",),
    "timetable.defined": ("entry_id", *_LESSON_REFS),
    "timetable.withdrawn": ("entry_id",),
    "lesson.scheduled": ("lesson_id", *_LESSON_REFS),
    "lesson.cancelled": ("lesson_id",),
    "grade.recorded": _GRADE,
    "grade.amended": _GRADE,
    "grade.retracted": ("grade_id", "student_id"),
    "final_grade.recorded": ("final_grade_id", "student_id", "subject_id", "period_id", "teacher_id"),
    "final_grade.retracted": ("final_grade_id", "student_id"),
    "average.reported": ("student_id", "subject_id", "period_id"),
    "homework.assigned": _HOMEWORK,
    "homework.updated": _HOMEWORK,
    "homework.withdrawn": ("homework_id",),
    "attendance.marked": ("student_id", "lesson_id"),
    "attendance.corrected": ("student_id", "lesson_id"),
}
# ``Id``-typed fields that are not entities of a school: a work type's code (a vocabulary word), the other school
# of a transfer (a school, named by its hub id), the transfer order both schools know, which of a vendor's figures
# an average is.
NOT_ENTITIES: frozenset[str] = frozenset({"code", "to_school_id", "from_school_id", "transfer_id", "source"})


def qualified_id(system: str, school_id: str, local_id: str | int) -> str:
    """``qualified_id("native", "sch-1", "st-01") == "native:sch-1:st-01"`` (integers written exactly)."""
    return f"{system}:{school_id}:{local_id}"


def school_of(entity_id: str, systems: Iterable[str]) -> str | None:
    """The school a qualified id names, or None when ``entity_id`` is not qualified by one of ``systems``."""
    parts = entity_id.split(":", 2)
    if len(parts) == 3 and parts[0] in systems and SCHOOL_ID_PATTERN.fullmatch(parts[1]):
        return parts[1]
    return None


def is_qualified(entity_id: str, systems: Iterable[str]) -> bool:
    return school_of(entity_id, systems) is not None


def foreign_fields(event_type: str, school_id: str, data: Mapping[str, Any], systems: Iterable[str]) -> list[str]:
    """The entity fields of an event payload whose id does not belong to ``school_id`` (unqualified ids included:
    every id in the log is qualified). Absent optional fields are skipped."""
    own = _own_prefixes(school_id, systems if isinstance(systems, frozenset) else frozenset(systems))
    return [field for field in ENTITY_FIELDS.get(event_type, ())
            if isinstance(value := data.get(field), str) and not value.startswith(own)]


@lru_cache(maxsize=256)
def _own_prefixes(school_id: str, systems: frozenset[str]) -> tuple[str, ...]:
    """``<system>:<school>:`` for each of ``systems``: an id starting with one is qualified by the school
    (``school_of(value) == school_id``, tested per id of every event ingested). No prefix for an invalid school id,
    which no qualified id can name, nor for a system with a ``:`` (the first segment of an id never holds one)."""
    if not SCHOOL_ID_PATTERN.fullmatch(school_id):
        return ()
    return tuple(f"{system}:{school_id}:" for system in sorted(systems) if ":" not in system)


def valid_school_id(school_id: str) -> bool:
    return bool(SCHOOL_ID_PATTERN.fullmatch(school_id))  # fullmatch: `$` alone lets a final newline through

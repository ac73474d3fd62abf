"""Which canonical entities an event defines and which it refers to, for parking records whose references the
hub does not know yet (adapters with ``park_unknown_references``; only the events that refer to them wait:
``hub.ingest.parking``).

Known entities are remembered in the vendor directory under the system ``hub`` (canonical ids), whichever adapter
sent them, so a Dnevnik.ru mark can wait for a student enrolled through the native adapter.
"""

from __future__ import annotations

from collections.abc import Iterable

from hub.events.envelope import Envelope

HUB = "hub"
DEFINES = {
    "student.enrolled": ("student", "student_id"),
    "lesson.scheduled": ("lesson", "lesson_id"),
    "class.defined": ("class", "class_id"),
}
_GRADE = (("student", "student_id"), ("lesson", "lesson_id"))
_HOMEWORK = (("class", "class_id"), ("lesson", "lesson_id"))
REFERS = {
    "grade.recorded": _GRADE, "grade.amended": _GRADE,
    "attendance.marked": _GRADE, "attendance.corrected": _GRADE,
    "homework.assigned": _HOMEWORK, "homework.updated": _HOMEWORK,
    "lesson.scheduled": (("class", "class_id"),),
    "final_grade.recorded": (("student", "student_id"),),
}


def defined_by(events: Iterable[Envelope]) -> set[tuple[str, str, str]]:
    """(school, kind, id) of every entity these events define."""
    found = set()
    for event in events:
        kind_field = DEFINES.get(event.type)
        if kind_field and event.data.get(kind_field[1]):
            found.add((event.school_id, kind_field[0], event.data[kind_field[1]]))
    return found


def referenced_by(event: Envelope) -> list[tuple[str, str, str]]:
    """(school, kind, id) of every entity the event refers to (absent optional references are skipped)."""
    return [(event.school_id, kind, event.data[field]) for kind, field in REFERS.get(event.type, ())
            if event.data.get(field)]

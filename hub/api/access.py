"""Who may read which student, and which of their subjects: one policy for every student read endpoint.

``student_scope(conn, reader, student_id)`` answers a ``Scope`` (the subjects the reader may see: all, or a set)
or None (refused; endpoints answer 404, the same as for a student that does not exist):

* guardian: the students linked to them by ``guardian.linked`` and not unlinked since (``guardian.unlinked``), by
  any of the child's ids: all subjects;
* student: themself: all subjects;
* head_teacher: every student of their school: all subjects;
* teacher / class_teacher tokens: decided by the teacher's assignments in their school (not by the token's role),
  over the classes and subgroups the student is enrolled in (not withdrawn) and the classes those subgroups
  belong to:

  - a ``class_teacher`` assignment to one of them: all subjects;
  - else ``subject_teacher`` assignments to them: only those subjects;

* auditor, operator: no student (they have their own endpoints).

A subject teacher's diary shows only their subjects' lessons, homework and marks; their selected-subject view of
another subject is 404.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, or_, select

from adapters.registry import systems
from hub.auth.readers import Reader, Role
from hub.events.tenancy import school_of
from projections import child_ids, roster, subject_links


@dataclass(frozen=True, slots=True)
class Scope:
    """What a reader may see of one student: ``subjects`` None means every subject."""

    subjects: frozenset[str] | None = None

    def allows(self, subject_id: str | None) -> bool:
        return self.subjects is None or subject_id in self.subjects


EVERYTHING = Scope()


def student_scope(conn: Connection, reader: Reader, student_id: str) -> Scope | None:
    if reader.role is Role.STUDENT:
        return EVERYTHING if reader.sub == student_id else None
    if reader.role is Role.GUARDIAN:
        return EVERYTHING if child_ids.is_guardian_of(conn, reader.sub, student_id) else None
    if reader.role is Role.HEAD_TEACHER:
        return EVERYTHING if in_school(student_id, reader.school) \
            and roster.student_school(conn, student_id) == reader.school else None
    if reader.role in (Role.TEACHER, Role.CLASS_TEACHER):
        return _teacher_scope(conn, reader, student_id) if in_school(student_id, reader.school) else None
    return None


def in_school(entity_id: str, school: str | None) -> bool:
    """Whether a school-bound reader's school is the entity's school, read from its id (``hub.events.tenancy``):
    whatever rows a payload made, a reader of one school never reaches another school's entity. An id that names
    no school (a log written before ids were qualified) leaves the decision to the rows' own ``school_id``."""
    if school is None:
        return False
    owner = school_of(entity_id, systems())
    return owner is None or owner == school


def can_read_student(conn: Connection, reader: Reader, student_id: str) -> bool:
    """Whether the reader may read anything of the student (see ``student_scope``)."""
    return student_scope(conn, reader, student_id) is not None


def _teacher_scope(conn: Connection, reader: Reader, student_id: str) -> Scope | None:
    if reader.school is None:
        return None
    a, e, c = roster.teacher_assignments, roster.enrolments, roster.classes
    student_classes = select(e.c.class_id).where(e.c.student_id.in_(roster.student_ids(conn, student_id)),
                                                 e.c.withdrawn_on.is_(None))
    parents_of_those = select(c.c.parent_class_id).where(c.c.class_id.in_(student_classes),
                                                         c.c.parent_class_id.is_not(None))
    rows = conn.execute(select(a.c.role, a.c.subject_id).where(and_(
        a.c.teacher_id == reader.sub,
        a.c.school_id == reader.school,
        or_(a.c.class_id.in_(student_classes), a.c.class_id.in_(parents_of_those)),
    ))).all()
    if not rows:
        return None
    if any(role == "class_teacher" for role, _subject in rows):
        return EVERYTHING
    subjects = frozenset(subject for role, subject in rows if role == "subject_teacher" and subject)
    if subjects:  # and the subjects those count under (a subject linked across journals shows under its link)
        subjects |= frozenset(subject_links.canonical_of(conn, subjects).values())
    return Scope(subjects) if subjects else None

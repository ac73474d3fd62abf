"""Who may read which student: one policy for every read endpoint (a refusal is answered as 404, not 403).

* guardian: the students linked to them by ``guardian.linked``;
* student: themself;
* head_teacher: every student of their school;
* class_teacher / teacher: students enrolled in a class (or a subgroup of a class) they are assigned to, in their
  school;
* auditor, operator: no diary access (they have their own endpoints).
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, or_, select

from hub.auth.readers import Reader, Role
from projections import roster


def can_read_student(conn: Connection, reader: Reader, student_id: str) -> bool:
    if reader.role is Role.STUDENT:
        return reader.sub == student_id
    if reader.role is Role.GUARDIAN:
        return roster.is_guardian_of(conn, reader.sub, student_id)
    if reader.role is Role.HEAD_TEACHER:
        return reader.school is not None and roster.student_school(conn, student_id) == reader.school
    if reader.role in (Role.TEACHER, Role.CLASS_TEACHER):
        return _teaches(conn, reader, student_id)
    return False


def _teaches(conn: Connection, reader: Reader, student_id: str) -> bool:
    a, e, c = roster.teacher_assignments, roster.enrolments, roster.classes
    student_classes = select(e.c.class_id).where(e.c.student_id.in_(roster.student_ids(conn, student_id)),
                                                 e.c.withdrawn_on.is_(None))
    parents_of_those = select(c.c.parent_class_id).where(c.c.class_id.in_(student_classes),
                                                         c.c.parent_class_id.is_not(None))
    query = select(a.c.class_id).where(and_(
        a.c.teacher_id == reader.sub,
        a.c.school_id == reader.school,
        or_(a.c.class_id.in_(student_classes), a.c.class_id.in_(parents_of_those)),
    )).limit(1)
    return conn.execute(query).first() is not None

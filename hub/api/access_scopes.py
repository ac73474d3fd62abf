"""Who may read a class's schedule, a class's statistics and a school's statistics (a refusal is answered as 404).

Class schedule:
* student: enrolled (not withdrawn) in the class or one of its subgroups, under any of their ids;
* guardian: a linked child who is;
* teacher / class_teacher: assigned in their school to the class, its parent class or one of its subgroups;
* head_teacher: the class is in their school.

Class statistics (``class_statistics_scope``) answer which subjects the reader may see:
* head_teacher of the class's school, or the class teacher of the class or of its parent class: every subject;
* a subject teacher assigned to the class, its parent or a subgroup: only the subjects they teach there
  (the class totals are then over those subjects only);
* nobody else (students and guardians read the diary, not the class's figures).

School statistics: the head teacher of that school only. Auditors and operators read neither: statistics of
marks are personal data of whole classes, and their own endpoints do not need them (least privilege).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from hub.api.access import in_school
from hub.auth.readers import Reader, Role
from projections import roster

TEACHING_ROLES = (Role.TEACHER, Role.CLASS_TEACHER)


@dataclass(frozen=True)
class ClassRef:
    class_id: str
    name: str | None
    school_id: str
    parent_class_id: str | None
    subgroups: tuple[str, ...]

    @property
    def family(self) -> list[str]:
        """The class and its subgroups: what its schedule and statistics cover."""
        return [self.class_id, *self.subgroups]

    @property
    def related(self) -> list[str]:
        """The class, its parent and its subgroups: where an assignment gives a teacher access."""
        return [self.class_id, *([self.parent_class_id] if self.parent_class_id else []), *self.subgroups]


@dataclass(frozen=True)
class StatisticsScope:
    subjects: frozenset[str] | None  # None: every subject


def find_class(conn: Connection, class_id: str) -> ClassRef | None:
    c = roster.classes
    row = conn.execute(select(c.c.name, c.c.school_id, c.c.parent_class_id).where(c.c.class_id == class_id)).first()
    if row is None or row.school_id is None:
        return None
    subgroups = conn.execute(select(c.c.class_id).where(c.c.parent_class_id == class_id)
                             .order_by(c.c.class_id)).scalars().all()
    return ClassRef(class_id, row.name, row.school_id, row.parent_class_id, tuple(subgroups))


def can_read_class_schedule(conn: Connection, reader: Reader, cls: ClassRef) -> bool:
    if reader.role is Role.HEAD_TEACHER:
        return _own_school(reader, cls)
    if reader.role in TEACHING_ROLES:
        return _own_school(reader, cls) and bool(_assignments(conn, reader, cls))
    if reader.role is Role.STUDENT:
        return _enrolled(conn, roster.student_ids(conn, reader.sub), cls)
    if reader.role is Role.GUARDIAN:
        links = roster.guardian_links
        children = conn.execute(select(links.c.student_id).where(links.c.guardian_id == reader.sub,
                                                                 roster.linked(links))).scalars()
        ids = [alias for child in children for alias in roster.student_ids(conn, child)]
        return _enrolled(conn, ids, cls)
    return False


def class_statistics_scope(conn: Connection, reader: Reader, cls: ClassRef) -> StatisticsScope | None:
    if reader.role is Role.HEAD_TEACHER:
        return StatisticsScope(None) if _own_school(reader, cls) else None
    if reader.role not in TEACHING_ROLES or not _own_school(reader, cls):
        return None
    assignments = _assignments(conn, reader, cls)
    own = {cls.class_id, cls.parent_class_id}
    if any(role == "class_teacher" and class_id in own for role, class_id, _subject in assignments):
        return StatisticsScope(None)
    subjects = frozenset(subject for role, _class, subject in assignments if role == "subject_teacher" and subject)
    return StatisticsScope(subjects) if subjects else None


def can_read_school_statistics(reader: Reader, school_id: str) -> bool:
    return reader.role is Role.HEAD_TEACHER and reader.school == school_id


def _own_school(reader: Reader, cls: ClassRef) -> bool:
    """The reader's school is the class's: by its row and by its id (``access.in_school``)."""
    return reader.school == cls.school_id and in_school(cls.class_id, reader.school)


def _assignments(conn: Connection, reader: Reader, cls: ClassRef) -> list[tuple[str, str, str]]:
    a = roster.teacher_assignments
    rows = conn.execute(select(a.c.role, a.c.class_id, a.c.subject_id).where(
        a.c.teacher_id == reader.sub, a.c.school_id == reader.school, a.c.class_id.in_(cls.related)))
    return [tuple(row) for row in rows]


def _enrolled(conn: Connection, student_ids: list[str], cls: ClassRef) -> bool:
    if not student_ids:
        return False
    e = roster.enrolments
    row = conn.execute(select(e.c.class_id).where(
        e.c.student_id.in_(student_ids), e.c.class_id.in_(cls.family),
        e.c.enrolled_on.is_not(None), e.c.withdrawn_on.is_(None)).limit(1)).first()
    return row is not None

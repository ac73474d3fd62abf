"""A guardian's children as ``/v1/me/children`` lists them: each child once (whatever journals know them by), with
their current main class and its class teacher. Reads the roster's tables only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from projections.names import class_teachers
from projections.roster import classes, enrolments, guardian_links, linked, student_aliases, students


def children_of(conn: Connection, guardian_id: str) -> list[dict[str, Any]]:
    """The guardian's linked students, by name: id, names, school, relation, current main class (``class_id``,
    ``class_name``, or None) and its ``class_teacher`` (``{id, name}`` or None).

    The main class is the student's not-withdrawn enrolment in a class that is not a subgroup (latest academic
    year first). A child linked under an alias (``identity.linked``) is listed once, under its main id.
    """
    rows = conn.execute(
        select(students, guardian_links.c.relation)
        .join(guardian_links, guardian_links.c.student_id == students.c.student_id)
        .where(guardian_links.c.guardian_id == guardian_id, linked(guardian_links))
        .order_by(students.c.last_name, students.c.first_name, students.c.student_id)
    ).mappings().all()
    aliases = set(conn.execute(select(student_aliases.c.alias_id).where(
        student_aliases.c.alias_id.in_([row["student_id"] for row in rows]))).scalars())
    rows = [row for row in rows if row["student_id"] not in aliases]  # one child, however many journals know it
    class_of = _main_classes(conn, [row["student_id"] for row in rows])
    teachers = class_teachers(conn, [class_id for class_id, _ in class_of.values()])
    children = []
    for row in rows:
        class_id, class_name = class_of.get(row["student_id"], (None, None))
        children.append({**row, "class_id": class_id, "class_name": class_name,
                         "class_teacher": teachers.get(class_id) if class_id else None})
    return children


def _main_classes(conn: Connection, student_ids: list[str]) -> dict[str, tuple[str, str]]:
    if not student_ids:
        return {}
    rows = conn.execute(
        select(enrolments.c.student_id, classes.c.class_id, classes.c.name)
        .join(classes, classes.c.class_id == enrolments.c.class_id)
        .where(enrolments.c.student_id.in_(student_ids), enrolments.c.withdrawn_on.is_(None),
               enrolments.c.enrolled_on.is_not(None), classes.c.parent_class_id.is_(None))
        .order_by(enrolments.c.student_id, classes.c.academic_year, classes.c.class_id)
    ).all()
    return {student_id: (class_id, name) for student_id, class_id, name in rows}  # the last (latest year) wins

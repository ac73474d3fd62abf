"""How the views name people and classes from the roster: a teacher's name (the journal's own text first), the
class teacher of a class, and a lesson's group.

* **A teacher's name**: ``teacher.defined``'s ``display_name`` (the journal's own full text), else its name parts
  as "Last First Middle", else the name a ``teacher.assigned`` gave (``teacher_name``). Each event owns its own
  columns of ``roster_teachers``, so the answer does not depend on the order they arrived in.
* **The class teacher** of a class: the teacher its last ``class_teacher`` assignment (in log order) named, else
  its parent class's (a subgroup has its class's). A class has one: a new class teacher replaces the one before.
* **A lesson's group**: the subgroup the lesson is for, ``{id, name}`` of its class when that class has a parent
  (a subgroup: "1 группа", "5А англ. 1"), else None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select

from projections import roster
from projections.base import full_name

TEACHER_NAME_COLUMNS = ("display_name", "defined_last_name", "defined_first_name", "defined_middle_name",
                        "last_name", "first_name", "middle_name")


def teacher_name_columns(teachers: Table = roster.teachers) -> list[Any]:
    """The columns ``teacher_name`` reads, to add to a select that joins ``roster_teachers``."""
    return [teachers.c[name] for name in TEACHER_NAME_COLUMNS]


def teacher_name(row: Mapping[str, Any]) -> str | None:
    """The name a diary shows for a teacher row (see the module docstring); None when none is known."""
    return (row.get("display_name")
            or full_name(row.get("defined_last_name"), row.get("defined_first_name"), row.get("defined_middle_name"))
            or full_name(row.get("last_name"), row.get("first_name"), row.get("middle_name")))


def teacher_ref(teacher_id: str | None, row: Mapping[str, Any]) -> dict[str, Any] | None:
    return None if teacher_id is None else {"id": teacher_id, "name": teacher_name(row)}


def teacher_names(conn: Connection, teacher_ids: Iterable[str]) -> dict[str, str | None]:
    """Per teacher id, its name (one statement)."""
    ids = sorted(set(teacher_ids))
    if not ids:
        return {}
    rows = conn.execute(_TEACHER_NAMES, {"ids": ids}).mappings()
    return {row["teacher_id"]: teacher_name(row) for row in rows}


def group_ref(class_id: str | None, class_name: str | None, parent_class_id: str | None) -> dict[str, Any] | None:
    """The lesson's group: its class when that class is a subgroup, else None."""
    return None if class_id is None or parent_class_id is None else {"id": class_id, "name": class_name}


def class_teachers(conn: Connection, class_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Per class id (a class or subgroup), its class teacher ``{id, name}``; a subgroup without one of its own gets
    its parent class's. Classes without any are left out. Two statements."""
    ids = sorted(set(class_ids))
    if not ids:
        return {}
    parents = dict(conn.execute(_PARENTS, {"ids": ids}).all())
    wanted = sorted(set(ids) | {parent for parent in parents.values() if parent})
    found: dict[str, dict[str, Any]] = {}
    for row in conn.execute(_CLASS_TEACHERS, {"ids": wanted}).mappings():
        found.setdefault(row["class_id"], {"id": row["teacher_id"], "name": teacher_name(row)})
    return {class_id: found.get(class_id) or found.get(parents.get(class_id) or "")
            for class_id in ids if found.get(class_id) or found.get(parents.get(class_id) or "")}


_t, _a, _c = roster.teachers, roster.class_teachers, roster.classes
_TEACHER_NAMES = select(_t.c.teacher_id, *teacher_name_columns()).where(
    _t.c.teacher_id.in_(bindparam("ids", expanding=True)))
_PARENTS = select(_c.c.class_id, _c.c.parent_class_id).where(_c.c.class_id.in_(bindparam("ids", expanding=True)))
_CLASS_TEACHERS = (select(_a.c.class_id, _a.c.teacher_id, *teacher_name_columns())
                   .outerjoin(_t, _t.c.teacher_id == _a.c.teacher_id)
                   .where(_a.c.class_id.in_(bindparam("ids", expanding=True))))

"""Lessons not of one whole class: a group's lesson shared by pupils of several classes, and a class's lesson some
of its pupils' own diaries lack (reference A.2 getdiary is one pupil's own diary, ``student``; A.3 Lesson item
``lesson_id``, ``grp``: nothing ties a lesson to one class). Found by ``contracts/journeys/elzhur_43``.

* **A group of several classes** (a trial exam room «Ауд. 301» seating pupils of 9А and 9Б, an elective of 11А and
  11Б: one ``lesson_id`` in the diaries of pupils of two classes). A ``grp`` item is filed in its class's
  subgroup (``class_groups.group``); when the hub already holds its ``lesson_id`` in a group of **another** class,
  the lesson stays in that group, and the pupil whose own answer lists it joins that group (enrolled as in an
  extra-curricular group: from 1 September, ``dropouts.group_start``), so each pupil whose diary lists the lesson
  sees it and its homework, whichever class's pupil was pulled first or last. The first answer to list the lesson
  names the group (directory ``("lesson_group", <lesson_id>)``).
* **A lesson of the whole class of two classes** (a combined lesson of a класс-комплект, no ``grp``):
  ``combined_lessons.py``; its tasks are set per class (``class_task``).
* **A class's lesson some of its pupils do not have** (a pupil on an individual plan, home schooling, family
  education): ``own_lessons.py``, which uses this module's group helpers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import dropouts, homework_days
from adapters.elzhur.common import Builder, school_year
from adapters.elzhur.ids import name_key

LESSON_GROUP = "lesson_group"
TASK_CLASSES = "combined_task"


def get(b: Builder, kind: str, key: str) -> Any:
    for found_kind, vendor, data in reversed(b.out.directory_entries):
        if found_kind == kind and vendor == key:
            return data
    return b.ctx.directory.get(kind, key)


def define(b: Builder, held: dict[str, Any], year: int, where: tuple[Any, ...]) -> str:
    class_id = b.group_id(held["part"], year)
    b.emit("class.defined", f"class:{held['part']}@{year}", "class", {
        "class_id": class_id, "name": held["label"], "grade_level": held.get("grade_level"), "academic_year": year,
        "parent_class_id": held["parent"]}, b.at(dt.date(year, 9, 1)), where)
    return class_id


def join(b: Builder, sid: str, name: Any, held: dict[str, Any], year: int, where: tuple[Any, ...]) -> None:
    if not name:
        return
    start = dropouts.group_start(b, sid, held["part"], year)
    b.emit("student.enrolled", f"student:{sid}:{held['part']}:{year}", "enrolment", {
        "student_id": b.id("student", sid), "class_id": b.group_id(held["part"], year), "name": name,
        "enrolled_on": start.isoformat()}, b.at(start), where)


def name_of(b: Builder, sid: str) -> Any:
    return b.names.get(sid) or (b.ctx.directory.get("student", sid) or {}).get("name")


# --- a group of several classes ----------------------------------------------------------------------------------

def held_group(b: Builder, lesson_id: str | None, class_name: str) -> dict[str, Any] | None:
    """The group of another class than ``class_name`` the hub holds the lesson ``lesson_id`` in, or None."""
    if not lesson_id:
        return None
    held = get(b, LESSON_GROUP, lesson_id)
    if held and held["part"].split(".", 1)[0] != name_key(class_name):
        return held
    return None


def note_group(b: Builder, lesson_id: str | None, part: str, label: str, parent: str, grade_level: Any) -> None:
    """The first answer to list the group lesson ``lesson_id`` names its group."""
    if lesson_id and b.req.pulled_at is not None and get(b, LESSON_GROUP, lesson_id) is None:
        b.out.directory_entries.append((LESSON_GROUP, lesson_id, {"part": part, "label": label, "parent": parent,
                                                                  "grade_level": grade_level}))


def join_group(b: Builder, sid: str | None, held: dict[str, Any], date: dt.date, where: tuple[Any, ...]) -> str:
    """The group of another class ``held`` that holds the lesson, defined; the pupil whose answer lists it joined."""
    year = school_year(date)
    class_id = define(b, held, year, where)
    if sid is not None:
        join(b, sid, name_of(b, sid), held, year, where)
    return class_id



# --- a lesson of the whole class of two classes (combined_lessons.py) ---------------------------------------------

def class_lesson(lesson_id: str, class_name: str) -> str:
    """The key of the lesson scope of ``class_name``'s tasks of a lesson of several classes: each class's pupils'
    answers list that class's tasks of it (A.3 Lesson item ``homework``), never another class's."""
    return f"{lesson_id}@{name_key(class_name)}"


def class_task(b: Builder, held: dict[str, Any], lesson_id: str, hw: str, class_name: str,
               date: dt.date) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A class task ``hw`` of the lesson of several classes ``lesson_id`` (``held``) a pupil of ``class_name`` lists:
    set for his class, or for the lesson's group once pupils of two classes list it (one task of both grades), as
    (class or group id, its scopes: its day there and each such class's lesson scope, ``class_lesson``). The
    classes that list it: directory ``("combined_task", <task id>)``."""
    seen = list((get(b, TASK_CLASSES, hw) or {}).get("classes", ()))
    classes = sorted({*seen, class_name})
    if classes != seen:
        b.out.directory_entries.append((TASK_CLASSES, hw, {"classes": classes}))
    year = school_year(date)
    target = b.group_id(held["part"], year) if len(classes) > 1 else b.class_id(class_name, year)
    member = f"homework:{hw}"
    return target, ((homework_days.day_scope(target, date), member),
                    *((homework_days.lesson_scope(class_lesson(lesson_id, name)), member) for name in classes))

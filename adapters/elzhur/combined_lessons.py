"""A lesson of the whole class that pupils of two classes list: a combined lesson of a класс-комплект (reference A.2
getdiary is one pupil's own diary, ``student``; A.3 Lesson item ``lesson_id``, ``homework``: what a pupil's diary
lists is his, and nothing ties a ``lesson_id`` to one class). Found by ``contracts/journeys/elzhur_53``: a small
rural school teaches music, art and PE to grades 2 and 4 (or 3 and 4) together, one ``lesson_id`` without ``grp``
in both grades' diaries.

* **Each pupil whose diary lists it sees it.** The first pupil's own answer to list a lesson of the whole class
  (no ``grp``, not extra-curricular) names its class (directory ``("whole_class_lesson", <lesson_id>)``). When a
  pupil of **another** class lists it, the lesson moves to a group of its own (``own_lessons.move``:
  ``<first class key>.own.<lesson_id>``, «<subject>»), whose members are the pupils of the first class whose latest
  answers for that day list it (``own_lessons``' ``class_day_pupils``) and each pupil, of either class, whose own
  answer lists it (``shared_lessons.join_group``), whichever class's pupils were pulled first or last. It leaves
  both classes' days, so neither class's pupils' days cancel it (``class_days.py``), and a pupil of one class does
  not move it into a group of his classmates by lacking it; his own latest answer for the day decides whether it is
  his (``own_lessons``: a pupil whose later answer lacks it leaves its group).
* **Each class's own tasks.** Each grade has its own task on the combined lesson (A.3 ``homework``, several tasks
  possible): a task of such a lesson stays set for the class of the pupil whose answer lists it, and the lesson's
  task list an answer states is that class's (``lesson-homework:<lesson_id>@<class key>``,
  ``shared_lessons.task_lesson``), so grade 4's list does not withdraw grade 2's task, nor does grade 4 see it.

The pupils' own marks and absences on it are theirs as before (``grades.py``); they show once the lesson does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days, own_lessons
from adapters.elzhur.common import Builder, school_year
from adapters.elzhur.shared_lessons import TASK_CLASSES, class_lesson, get, join_group

CLASS_LESSON = "whole_class_lesson"


def whole_class(b: Builder, sid: str | None, class_name: str, date: dt.date, lesson_id: str | None,
                subject_name: str, where: tuple[Any, ...]) -> str | None:
    """The group of several classes the whole-class lesson ``lesson_id`` is in (module docstring), the pupil
    ``sid`` listing it joined; or None: not a lesson of two classes (yet), its class's (``own_lessons`` decides)."""
    if sid is None or not lesson_id or class_name in b.guessed:
        return None
    held, first = get(b, own_lessons.OWN_LESSON, lesson_id), get(b, CLASS_LESSON, lesson_id)
    if first is None and held is None:
        b.out.directory_entries.append((CLASS_LESSON, lesson_id, {"class": class_name}))
        return None
    other = first is not None and first["class"] != class_name
    if held is None and other:
        pupils = get(b, own_lessons.DAY_PUPILS, class_days.day_scope(first["class"], date)) or {}
        held = own_lessons.move(b, first["class"], date, lesson_id, subject_name, pupils, where, shared=True)
        _first_tasks(b, lesson_id, first["class"], pupils)
    elif held is not None and not held.get("shared") and held["parent"] != b.class_id(class_name, school_year(date)):
        held = {**held, "shared": True}  # a classmates' own group another class's pupil lists too
        b.out.directory_entries.append((own_lessons.OWN_LESSON, lesson_id, held))
    if held is None or not held.get("shared"):
        return None
    return join_group(b, sid, held, date, where)


def task_place(b: Builder, lesson_id: str | None, class_name: str, class_id: str, whole_class: bool, date: dt.date,
               grouped: bool) -> tuple[str, bool, str | None, dict[str, Any] | None]:
    """Where an item's tasks are set: (class or group id, whether the whole class's, the key of their lesson scope,
    the group of several classes or None). A lesson of several classes (not ``grouped``: no ``grp``, not
    extra-curricular) sets them for the class of the answer's pupil, or for its group once both classes' pupils
    list a task (``shared_lessons.class_task``); any other lesson where its lesson is."""
    held = get(b, own_lessons.OWN_LESSON, lesson_id) if lesson_id and not grouped else None
    if lesson_id and held and held.get("shared"):
        return b.class_id(class_name, school_year(date)), True, class_lesson(lesson_id, class_name), held
    return class_id, whole_class, lesson_id, None


def _first_tasks(b: Builder, lesson_id: str, first: str, pupils: dict[str, dict[str, Any]]) -> None:
    """The class tasks of ``lesson_id`` the first class's pupils' answers listed are that class's."""
    tasks = {str(hw) for seen in pupils.values() for hw in (seen["lessons"].get(lesson_id) or [0, 0, 0, ()])[3]}
    for hw in sorted(tasks):
        if get(b, TASK_CLASSES, hw) is None:
            b.out.directory_entries.append((TASK_CLASSES, hw, {"classes": [first]}))

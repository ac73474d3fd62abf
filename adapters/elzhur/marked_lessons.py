"""What a pupil's marks list (getmarks) says of lessons: nothing of the class's (reference A.2 getmarks, A.3
SubjectMarks and Assessment ``lesson_id``, A.3 Day). Found by ``contracts/journeys/elzhur_59``.

getmarks is one pupil's marks per subject, each naming its lesson by ``lesson_id``; it lists no lessons. A class's
lessons are what its diaries and schedules list (A.3 Day: each listed day whole), so a ``lesson_id`` only a marks
list names is no lesson of the class: an olympiad or project mark dated a Saturday or a holiday, a recitation on a
day without the subject, a lesson the journal deleted since (every later diary lists its day without it) whose mark
the marks list keeps.

* **A mark names no lesson it alone knows** (``grades.getmarks``): a getmarks grade names its ``lesson_id`` only
  when a pupil's diary listed that lesson already (``listed_by_a_diary``: a diary pulled in the morning, the marks
  list in the evening); otherwise it states none (``MARK_OMITS``: the lesson a getdiary gave the same mark,
  ``<pupil>.<lesson_id>.<nm>``, stays, whatever the arrival order). It makes no lesson. So the pupil sees his mark on its own ``date``, under its lesson where a diary of his lists that
  lesson (the diary's mark names it), else as a mark without a listed lesson (as a Dnevnik.ru olympiad mark
  shows); a classmate sees nothing of it; and a lesson a later diary deleted (``lesson.cancelled``) is not stated
  again by a marks list pulled after it.
* **An absence needs its lesson** (A.3 Absence pseudo-mark: ``н``, ``оп`` on a lesson; an absence shows under its
  lesson): getmarks states the lesson an absence names with only its subject and date (``STUB_OMITS``: no
  number, times, room, teacher or class stated), filed in a group of its own,
  ``<class key>.marked.<lesson part>`` («<subject>»), whose members are the pupils whose marks lists name an
  absence on it (enrolled as in an extra-curricular group, ``dropouts.group_start``). The absent pupil sees it
  with his absence; his classmates, whose diaries do not list it, do not. A diary or schedule that lists the lesson
  states its class (or subgroup), number and the rest, so it shows where the diary puts it, whatever the order
  (the stub never states ``class_id``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import marks as mk
from adapters.elzhur.common import Builder, school_year
from adapters.elzhur.ids import name_key
from adapters.elzhur.combined_lessons import CLASS_LESSON
from adapters.elzhur.shared_lessons import LESSON_GROUP, define, get, join
from hub.events.scales import UnknownMark

MARK_OMITS = ("lesson_id",)  # a getmarks grade states no lesson: a diary's stays (module docstring)
STUB_OMITS = ("class_id", "slot", "starts_at", "ends_at", "teacher_id", "topic", "room")
GROUP = "marked"


def listed_by_a_diary(b: Builder, lesson_part: str | None) -> bool:
    """Whether a pupil's diary listed the lesson ``lesson_part`` (the directory entry it left: a whole-class lesson,
    ``combined_lessons.CLASS_LESSON``, or a group lesson, ``shared_lessons.LESSON_GROUP``): a getmarks grade names
    such a lesson, so its mark shows under it though the diary was pulled before the mark was given."""
    return bool(lesson_part) and any(get(b, kind, lesson_part) is not None for kind in (CLASS_LESSON, LESSON_GROUP))


def is_absence(value: str, step: float) -> bool:
    """Whether a marks list's ``value`` is an attendance pseudo-mark (``marks.classify``), which needs its lesson."""
    try:
        return isinstance(mk.classify(value, step), mk.AttendanceMark)
    except UnknownMark:
        return False


def absence_lesson(b: Builder, sid: str, name: Any, class_name: str, lesson_part: str, subject_id: str,
                   subject_name: str, date: dt.date, where: tuple[Any, ...]) -> None:
    """The lesson ``lesson_part`` an absence of ``sid``'s marks list names, in its group of its own (module
    docstring), defined; ``sid`` joined (``name``: his name, None when unknown: not enrolled)."""
    year = school_year(date)
    level = (b.ctx.directory.get("class", name_key(class_name)) or {}).get("grade_level")
    held = {"part": f"{name_key(class_name)}.{GROUP}.{lesson_part}", "label": subject_name,
            "parent": b.class_id(class_name, year), "grade_level": level}
    group_id = define(b, held, year, where)
    join(b, sid, name, held, year, where)
    b.emit("lesson.scheduled", f"lesson:{lesson_part}", "lesson", {
        "lesson_id": b.id("lesson", lesson_part), "class_id": group_id, "subject_id": subject_id,
        "date": date.isoformat(), "slot": None}, b.at(date), where, STUB_OMITS)

"""Lesson-log entries = attendance (reference 3.5, 6) -> ``attendance.marked`` v2.

An entry has no id of its own: it is the (lesson, person) pair. ``status`` is kept as the journal's ``code`` and
read as Attend present, Absent absent, Ill ill, Late late, Pass excused (the meaning of ``Pass`` is disputed: one
client counts it as an absence; we read it as the journal's "П", absence for a valid reason). ``NotSet`` (§6, "no
entry") is the pupil present again, as a deleted entry is (``attendance.corrected`` present, ``not_set``; found by
dnevnik_ru_13: attendance-27). ``comment`` is not
stated by an entry without that key. The person of ``lesson-log-entries/lesson/{l}/person/{p}`` and of
``persons/{p}/lesson-log-entries`` may come from the path. Every entry belongs to its lesson's log
(containing scope ``lesson-log:<lesson>``, member ``person:<p>``): ``lessons/{l}/log-entries`` is that whole log, so
an entry the hub holds and it lacks, whichever answer brought it, was deleted (``containing.py``). It is also
filed under its lesson's date, and its pupil's part of that log (``person-lesson-log:<p>|<lesson>``): a log-entry
range is complete for the logs of the lessons on each day it covers whole (``days.py``).
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.days import entry_scopes, file_entry
from adapters.dnevnik_ru.local_time import local_datetime
from adapters.dnevnik_ru.named_days import note
from adapters.dnevnik_ru.common import Carried, Out, blank, reject, stated, validate, vendor_id
from hub.events import types as t

ATTENDANCE = {"Attend": "present", "Absent": "absent", "Ill": "ill", "Late": "late", "Pass": "excused"}


def attendance(raw: Any, p: tuple, out: Out, carried: Carried, day: str | None = None) -> None:
    obj = validate(m.LessonLogEntry, raw, p, carried)
    student = vendor_id(obj, "person", p) or carried.params.get("person")
    lesson_vid = vendor_id(obj, "lesson", p) or carried.params.get("lesson")
    if student is None:
        raise reject(pointer(*p, "person"), "the student is required: give person (an integer) or person_str")
    if lesson_vid is None:
        raise reject(pointer(*p, "lesson"), "the lesson is required: give lesson (an integer) or lesson_str")
    if obj.status == "NotSet":
        not_set(out, student, lesson_vid, obj, p)
        return
    the_lesson = carried.find(out, "lesson", lesson_vid) or {}
    note(carried, student, the_lesson.get("group"), the_lesson.get("date"))  # he was in its group that day
    file_entry(out, lesson_vid, student, the_lesson)
    stamp = obj.createdDate or day or the_lesson.get("date")
    out.emit(t.AttendanceMarkedV2, "attendance.marked", {
        "student_id": out.cid("person", student), "lesson_id": out.cid("lesson", lesson_vid),
        "status": ATTENDANCE[obj.status], "comment": blank(obj.comment), "code": obj.status},
        local_datetime(stamp, out.ctx) if stamp else out.ctx.recorded_at,
        f"lesson-log-entries:({lesson_vid},{student})", "attendance", {"comment": (*p, "comment")},
        p, omitted=() if stated(raw, "comment") else ("comment",),
        scopes=entry_scopes(lesson_vid, student))


def not_set(out: Out, student: str, lesson: str, obj: m.LessonLogEntry, p: tuple) -> None:
    """``NotSet`` is "no entry" (§6): as a deleted entry, the pupil is present (``attendance.corrected``, the
    same content as a deletion's, so two ways of seeing one deletion make one revision); it joins no lesson log
    (a member of a lesson's whole log is an entry that is set)."""
    stamp = obj.createdDate
    out.emit(t.AttendanceCorrectedV2, "attendance.corrected", {
        "student_id": out.cid("person", student), "lesson_id": out.cid("lesson", lesson), "status": "present"},
        local_datetime(stamp, out.ctx) if stamp else out.ctx.recorded_at,
        f"lesson-log-entries:({lesson},{student})", "attendance-not-set", {}, p)

"""getdiary, getschedule, gethomework (reference A.2, A.3 Day and Lesson item): days -> lessons, homework, marks.

* **Whose days.** By pupil (``student=``): ``result.students`` (object or array) -> ``days``; by class
  (``class=``): ``result.days`` at the top. A pupil's class is the request's ``class``, else the one getrules gave
  (directory ``student``); without either the answer is parked until getrules arrives. An answer pulled in another
  school year than its days' (last year backfilled) takes no other year's getrules class: it is read for that
  year's class the hub holds him or its lessons in, else for a class of unknown name (``unplaced.py``, which also
  makes a pupil no getrules names known by such an answer's ``title``). One about days the hub holds him in a class
  he left by its pull is read for that class (``class_history.class_of_days``: the autumn pulled again after a
  move). One whose days straddle a move lists the days before it in the class he was in then: each day is of the
  class the hub holds him in that day (``class_history.class_of_day``, ``contracts/journeys/elzhur_74``). A pupil's
  own answer enrols them in their class from 1 September of the answer's school year (the same event getrules gives), or from
  the day after they were last seen in another class (``memberships.py``: dated by ``pulled_at``), or from the day
  after the last school day of the class their own diary shows them without lessons before their first lessons
  (``arrival.py``: a pupil who joined the class during the year).
* **Days.** ``YYYYMMDD`` keys. ``alert: "vacation"`` -> ``holiday.defined`` of that date for the class (named by
  ``holiday_name``; without one, or ``""``, the name is omitted: an earlier answer's stays, else «Каникулы»), and
  its ``items`` are read as on any day (A.3 Day: ``alert`` and ``items`` are two fields;
  a summer retake is a lesson of its ``grp`` on a day off, ``contracts/journeys/elzhur_35``); a day a later getdiary
  or getschedule lists without it is a school day again (``holidays.py``: the holiday is withdrawn, and an older
  answer delivered late sets it no more). ``items`` keyed by lesson number or an array; ``items_extday``
  (extra-curricular) are lessons, homework and marks in a group of their own (see subgroups), numbered ``num``, else 20
  (after the day's lessons), ``<YYYYMMDD>.<group key>.<index>`` without a ``lesson_id``.
* **Lessons** (getdiary, getschedule): ``lesson.scheduled`` with ``lesson_id`` (else ``<YYYYMMDD>.<num>.<class
  key>``), ``num`` -> slot, times ``HH:MM[:SS]`` (only with ``rings``; ``""``, null or a malformed time is no time,
  the malformed counted: ``lesson_times``), topic, room (``""``/null -> none), teacher
  (``teacher.defined`` by full name, ``teacher.assigned`` to the class or subgroup and subject). A field the item
  does not carry (no ``starttime`` without rings, no ``topic``) is *omitted*: the hub keeps what another answer
  stated. A lesson of the whole class (no ``grp``, not extra-curricular) joins its class's day, which a pupil's own
  later day lacking it cancels (``class_days.py``), unless a classmate's own answer of the same pull day lists it:
  it is then a lesson of a group of its own pupils (``own_lessons.py``), as it is when a pupil of another class lists
  it (a combined lesson of two classes, whose tasks stay their classes': ``combined_lessons.py``). An item named ``Cancel`` is a cancelled
  lesson (``lesson.scheduled`` + ``lesson.cancelled``) that keeps the subject and teacher an answer stated for it
  ("Cancel" names no subject; a lesson first seen cancelled is filed under one of that name).
* **Subgroups** (``grp``, ``grp_short``): the item belongs to the subgroup ``<class key>.<subject key>.<grp
  key>`` (``class.defined`` with ``parent_class_id``, named by ``grp``); a pupil whose own answer shows a ``grp``
  item is enrolled in that subgroup, so a pupil sees only their own group's lessons and homework while the class
  schedule shows both, labelled; shown in a sibling subgroup of the same subject, he switches groups on the first
  day his answers show the new one (``subgroups.py``); a ``grp`` lesson the hub holds in another class's group
  stays there, the pupil listing it joins that group (a group of several classes, ``shared_lessons.py``). Extra-curricular items are a group ``<class key>.extday.<subject key>`` of the
  pupils whose answers show them; an ``individual`` task a group ``<class key>.individual.<pupil>`` of that pupil.
* **Homework**: ``homework.assigned`` per task (``id``, else its key), due on the day it is listed under;
  attachments from ``files`` (``attachments.py``: by ``toid``, else every file to every task of the lesson, but a
  task once given its files by ``toid`` keeps them). ``lesson_id`` and the teacher are omitted when the item lacks them
  (the class homework's items); ``class_id`` when a pupil's own gethomework lists it without ``grp`` (``_homework``).
  An ``individual`` task in a class answer says nowhere whose it is: it is counted
  (``skipped_individual_tasks``), and the pupil's own answers place it. A task joins its lesson and its group's
  day, which a later answer listing them whole without it withdraws, whichever method brought it
  (``homework_days.py``).
* **Marks** (getdiary ``assessments``): ``grades.mark``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from adapters.base import Missing
from adapters.elzhur import (class_days, class_history, combined_lessons, group_days, group_stays, holidays,
                            homework_days, move_days, own_lessons, shared_lessons, subgroups, unplaced)
from adapters.elzhur.arrival import absent_until, first_with_lessons, last_with_lessons, note_class_lesson
from adapters.elzhur.attachments import task_files
from adapters.elzhur.class_groups import group
from adapters.elzhur.common import RESULT, Builder, day_date, entries, item_part, person, school_year
from adapters.elzhur.fields import clock_or_none
from adapters.elzhur.grades import mark
from adapters.elzhur.ids import name_key
from adapters.elzhur.roster import define_class, enrol

CANCELLED = "cancel"
EXTDAY_SLOT = 20  # an extra-curricular item without a number: after the day's numbered lessons
LESSON_FIELDS = {"starttime": ("starts_at",), "endtime": ("ends_at",), "topic": ("topic",), "room": ("room",),
                 "teacher": ("teacher_id",)}


def days_answer(b: Builder, record: Any) -> None:
    result = record.response.result
    named = b.req.class_name or (b.raw.get("class") if isinstance(b.raw.get("class"), str) else None)
    top_days = getattr(result, "days", None)
    if top_days is not None:
        if named is None:
            b.error(("class",), f"{b.method} by class: say which class (class=<name> in the request, or \"class\" "
                             "beside \"response\")")
            return
        year = b.year_of_answer([day_date(key) for key in top_days])
        define_class(b, named, year, (*RESULT, "days"))
        _days(b, None, named, top_days, (*RESULT, "days"))
        if unplaced.is_backfill(b, year):  # names the classes of unknown name its lessons are in
            _named_lessons(b, named, year, top_days, (*RESULT, "days"))
    students = getattr(result, "students", None)
    if students is None:
        if top_days is None:
            b.error(RESULT, f"{b.method} needs students (by pupil) or days (by class)")
        return
    for sid, student, at in b.students(students, (*RESULT, "students")):
        known = b.ctx.directory.get("student", sid) or {}
        year = b.year_of_answer([day_date(key) for key in student.days])
        rules = class_history.rules_class(b, sid, year)
        name = known.get("name") or person(getattr(student, "title", None))
        if not named and not rules and not (name and class_history.pulled_in_another_year(b, year)):
            # nothing names his class: wait for getrules (a backfill's own answer that names him makes him known)
            b.out.missing.append(Missing("student", sid, b.ptr(at)))
            continue
        b.pupils.add(sid)
        left = None if named else class_history.class_of_days(b, sid, year)
        class_name, guess = (left, False) if left else unplaced.read_for(b, sid, year, named, rules,
                                                                          unplaced.lesson_parts(student.days))
        b.classes[sid] = named or left or rules or class_name  # his days speak for this class's (class_days.py)
        if guess:
            b.guessed.add(class_name)
            unplaced.join(b, sid, class_name, name, year, at)
        else:
            define_class(b, class_name, year, at)
            if name:
                b.names[sid] = name
                enrol(b, sid, class_name, name, year, at, absent_until(b, class_name, student.days),
                      first_with_lessons(student.days), last_with_lessons(b, student.days),
                      move_days.shown(b, sid, class_name, student.days))
            group_days.note(b, sid, class_name, student.days, (*at, "days"))  # his groups as his days show
        _days(b, sid, class_name, student.days, (*at, "days"))
        if not guess:
            own_lessons.note_days(b, sid, class_name, student.days, (*at, "days"))
            group_stays.restate(b, sid, (*at, "days"))  # his stays in his groups, day by day
        if guess:
            unplaced.note_lessons(b, class_name, year, unplaced.lesson_parts(student.days), True)
        elif (not named and not rules) or (named and unplaced.is_backfill(b, year)):  # read for a class it named
            _named_lessons(b, class_name, year, student.days, at)


def _named_lessons(b: Builder, class_name: str, year: int, days: dict[str, Any], where: tuple[Any, ...]) -> None:
    """An answer read for the named class ``class_name`` of ``year`` about another year than its pull's (or one
    with a class of unknown name): its lessons are that class's, and name the classes of unknown name they are in."""
    parts = unplaced.lesson_parts(days)
    unplaced.name_classes(b, class_name, year, parts, where, group)
    unplaced.note_lessons(b, class_name, year, parts, False)


def _days(b: Builder, sid: str | None, read_for: str, days: dict[str, Any], where: tuple[Any, ...]) -> None:
    """Each day of the answer, of the class the pupil was in that day (``class_history.class_of_day``)."""
    homework_days.note_reader(b, sid, read_for)
    for day_key, day in days.items():
        date, b.day = day_date(day_key), day_key
        class_name = read_for if read_for in b.guessed else class_history.class_of_day(b, sid, read_for, date)
        if class_name != read_for:
            homework_days.note_reader(b, sid, class_name)
        vacation = (day.alert or "").strip().casefold() == "vacation"
        holidays.shown(b, sid, class_name, day_key, vacation)  # a day listed without the alert is a school day
        if vacation:  # a day off, and still its items (a retake)
            homework_days.note_day_off(b, sid, day_key)
            holidays.vacation_day(b, class_name, day_key, day, (*where, day_key))
        for item_key, item in entries(day.items):
            lesson(b, sid, class_name, date, day_key, item_part(item_key), item, (*where, day_key, "items", item_key))
        for index, item in entries(day.items_extday):
            lesson(b, sid, class_name, date, day_key, index, item, (*where, day_key, "items_extday", index),
                   extday=True)
    b.day = None


def lesson_times(b: Builder, item: Any, where: tuple[Any, ...]) -> dict[str, str | None]:
    """``starttime`` and ``endtime`` as ``HH:MM[:SS]``, or None: not stated. Absent, null or ``""`` is no time; a
    malformed one (``25:00``, ``8.30``) is not stated either, and counted with its pointer
    (``skipped_malformed_times``): the lesson, its homework and marks are kept, not lost for one field."""
    times: dict[str, str | None] = {}
    for key in ("starttime", "endtime"):
        value = getattr(item, key)
        times[key] = clock_or_none(value)
        if value is not None and times[key] is None:
            b.skipped["skipped_malformed_times"].append(b.ptr((*where, key)))
    return times


def lesson(b: Builder, sid: str | None, class_name: str, date: dt.date, day_key: str, item_key: Any, item: Any,
           where: tuple[Any, ...], extday: bool = False) -> None:
    number = item.num if item.num is not None else str(item_key) if isinstance(item_key, str) else None
    slot = int(number) if number and number.isdigit() and int(number) <= 20 else EXTDAY_SLOT if extday else None
    stated = item.model_fields_set
    subject_name = " ".join(item.name.split())
    subject_key = name_key(subject_name)
    subject_id = b.id("subject", subject_key)
    grp = (item.grp or "").strip()
    if extday:
        class_id = group(b, sid, class_name, f"extday.{subject_key}", grp or subject_name, date, where)
    elif grp and (shared := shared_lessons.held_group(b, item.lesson_id, class_name)) is not None:
        class_id = shared_lessons.join_group(b, sid, shared, date, where)  # a group of several classes
    elif grp:
        class_id = group(b, sid, class_name, f"{subject_key}.{name_key(grp)}", grp, date, where,
                         grp_key=name_key(grp))
        level = (b.ctx.directory.get("class", name_key(class_name)) or {}).get("grade_level")
        shared_lessons.note_group(b, item.lesson_id, f"{name_key(class_name)}.{subject_key}.{name_key(grp)}", grp,
                                  b.class_id(class_name, school_year(date)), level)
    else:
        class_id = b.class_id(class_name, school_year(date))
    whole_class = not extday and not grp
    own = None
    if whole_class and b.method in ("getdiary", "getschedule") and subject_name.casefold() != CANCELLED:
        number_part = item.lesson_id or (f"{day_key}.{slot}.{name_key(class_name)}" if slot is not None else None)
        if number_part:  # a lesson of two classes, or one some of the class's pupils do not have
            own = (combined_lessons.whole_class(b, sid, class_name, date, item.lesson_id, subject_name, where)
                   or own_lessons.whole_class(b, sid, class_name, date, number_part, subject_key, subject_name, where))
    if own is not None:
        class_id, whole_class = own, False
    teacher = " ".join((item.teacher or "").split())
    teacher_id = b.id("teacher", name_key(teacher)) if teacher else None
    # the class or subgroup: two groups' lessons at one number differ (the date says the school year: no ``@<year>``)
    group_part = class_id.rsplit(":", 1)[-1].rsplit("@", 1)[0]
    lesson_part = item.lesson_id or (f"{day_key}.{group_part}.{item_key}" if extday else
                                     f"{day_key}.{slot}.{group_part}" if slot is not None else None)
    if own is not None:
        lesson_part = number_part  # the class's lesson, in a group of its own
    lesson_id = b.id("lesson", lesson_part) if lesson_part else None
    day_scopes = (class_days.lesson_scopes(class_name, date, lesson_part) if whole_class and lesson_part else
                  own_lessons.own_scopes(class_id, date, lesson_part) if own is not None and lesson_part else ())
    times = lesson_times(b, item, where)
    when = b.at(date, times["starttime"])
    cancelled = subject_name.casefold() == CANCELLED
    b.emit("subject.defined", f"subject:{subject_key}", "subject", {"subject_id": subject_id, "name": subject_name},
           when, where)
    if teacher_id is not None and not cancelled:
        b.emit("teacher.defined", f"teacher:{name_key(teacher)}", "teacher",
               {"teacher_id": teacher_id, "name": person(teacher), "display_name": teacher}, when, where)
        b.emit("teacher.assigned", f"subject_teacher:{name_key(teacher)}:{class_id}:{subject_id}", "teacher",
               {"teacher_id": teacher_id, "role": "subject_teacher", "class_id": class_id, "subject_id": subject_id,
                "name": person(teacher)}, when, where)
    if b.method in ("getdiary", "getschedule"):
        if slot is None:
            b.error((*where, "num"), "a lesson needs its number (num, 0 to 20)")
            return
        omitted = [f for key, fields in LESSON_FIELDS.items() if key not in stated or
                   (key in times and times[key] is None) for f in fields]
        if cancelled:  # "Cancel" is no subject: the lesson keeps the subject and teacher an answer stated
            omitted += ["subject_id", "teacher_id"]
        if class_name in b.guessed:  # a guess moves no lesson the hub holds (unplaced.py)
            omitted.append("class_id")
        # A Cancel item already cancelled states only the cancellation again: re-stating the lesson first would
        # make a re-send "un-cancel" and cancel it anew (two revisions each time).
        if not (cancelled and b.ctx.directory.get("cancelled_lesson", lesson_part)):
            b.emit("lesson.scheduled", f"lesson:{lesson_part}", "lesson", {
                "lesson_id": lesson_id, "class_id": class_id, "subject_id": subject_id, "date": date.isoformat(),
                "slot": slot, "starts_at": times["starttime"], "ends_at": times["endtime"], "teacher_id": teacher_id,
                "topic": item.topic or None, "room": (item.room or "").strip() or None}, when, where, omitted,
                day_scopes)
        if (whole_class or own is not None) and not cancelled:
            note_class_lesson(b, class_name, day_key)  # the whole class had lessons that day (arrival.py)
        if cancelled:
            b.out.directory_entries.append(("cancelled_lesson", lesson_part, {"lesson_id": lesson_id}))
            b.emit("lesson.cancelled", f"lesson:{lesson_part}", "lesson_cancelled", {
                "lesson_id": lesson_id, "reason": "the journal names the lesson Cancel"}, when, where, (), day_scopes)
    # a lesson of two classes: its tasks stay set for their class (combined_lessons.py)
    task_class, task_whole, task_lesson, combined = combined_lessons.task_place(
        b, item.lesson_id, class_name, class_id, whole_class, date, extday or bool(grp))
    homework_days.note_item(b, sid, class_name, item, task_class, date, task_whole, task_lesson, subject_key)
    ungrouped = b.method == "gethomework" and sid is not None and task_whole  # his own: no grp, no group stated
    _homework(b, sid, class_name, date, day_key, number, item, task_class, subject_id,
              (lesson_id if item.lesson_id else None, combined), teacher_id, where,
              ungrouped and subgroups.in_a_subgroup(b, sid, class_name, subject_key, school_year(date)), ungrouped)
    if b.method == "getdiary" and sid is not None:
        for index, assessment in enumerate(item.assessments or ()):
            place = f"extday.{item_key}" if extday else slot if slot is not None else item_key
            fallback = f"{sid}.{day_key}.{place}.{index}"
            mark(b, sid, assessment, assessment.date or date.isoformat(), subject_id, lesson_id, lesson_part,
                 fallback, (*where, "assessments", index), assessment.control_type)


def _homework(b: Builder, sid: str | None, class_name: str, date: dt.date, day_key: str, number: str | None,
              item: Any, class_id: str, subject_id: str, lessons: tuple[str | None, Any], teacher_id: str | None,
              where: tuple[Any, ...], his_group: bool = False, ungrouped: bool = False) -> None:
    """The item's tasks (``lessons``: the canonical lesson id or None; the group of a lesson of several classes or
    None, whose class tasks ``shared_lessons.class_task`` places). ``ungrouped``: an item of a pupil's own gethomework without ``grp`` (that answer's shape,
    A.2 by student) states no group: the group an answer gave the task stays (``class_id`` omitted; the class when
    none did). ``his_group``: the hub holds him in a subgroup of the subject, so such a task may be his group's: it
    joins no group's day (``homework_days.note_ungrouped``: the class's day it is listed on does not lose it)."""
    tasks = entries(item.homework)
    files = item.files.file if item.files is not None and not isinstance(item.files, list) else item.files
    files = [files] if isinstance(files, BaseModel) else files or []
    lesson_id, combined = lessons
    absent = [f for f, known in (("lesson_id", lesson_id), ("teacher_id", teacher_id)) if known is None]
    for index, (key, task) in enumerate(tasks):
        hw = homework_days.task_key(task, key, index, day_key, number, item.name)
        attached = task_files(b, files, hw, key, len(tasks) == 1)
        omitted = absent if attached is not None else [*absent, "attachments"]
        if class_name in b.guessed or (ungrouped and not task.individual):
            omitted = [*omitted, "class_id"]
        target = class_id
        if task.individual:
            if sid is None:  # a class answer cannot say whose it is: only the pupil's own answers place it
                b.skipped["skipped_individual_tasks"].append(b.ptr((*where, "homework", key)))
                continue
            target = group(b, sid, class_name, f"individual.{sid}", "Индивидуальное задание", date, where)
        scopes = homework_days.task_scopes(hw, target, date, item.lesson_id, sid if task.individual else None,
                                           name_key(" ".join(item.name.split())))
        if combined is not None and not task.individual:
            target, scopes = shared_lessons.class_task(b, combined, item.lesson_id, str(hw), class_name, date)
        if his_group and not task.individual:
            scopes = homework_days.note_ungrouped(b, scopes)
        b.emit("homework.assigned", f"homework:{hw}", "homework", {
            "homework_id": b.id("homework", hw), "class_id": target, "subject_id": subject_id,
            "lesson_id": lesson_id, "due_on": date.isoformat(), "text": task.value, "attachments": attached or [],
            "teacher_id": teacher_id}, b.at(date), (*where, "homework", key), omitted, scopes)

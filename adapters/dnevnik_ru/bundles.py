"""Answers that hold several entity lists (reference 0, 3.7, 3.13): the schedules, recent-marks and homework
bundles, and the lists of the entity endpoints.

Each bundle is read in one order: subjects, work types, files, works (so the flattened lessons, which name no
group, find theirs through the works' ``eduGroup``), lessons, homework, marks, attendance, teachers. Its work
types are the embedded shape (``name``, no weight): the marks' weight is then not stated (``marks.py``).
A pupil's schedules also enrol the pupil (path ``persons/{p}/groups/{g}``) in the class and in every group whose
lessons the schedule shows, when the hub knows those groups and the pupil's name (``groups.enrol``; a subgroup seen
on the days it lists its lessons, ``shown_days.py``), and is his
whole list of lessons of each day it covers: a class lesson a classmate's list of the same pull day has and his
lacks is not the whole class's (``pupil_days.py``).
"""

from __future__ import annotations

from typing import Any

from adapters.base import pointer
from adapters.dnevnik_ru import pupil_days, shown_days
from adapters.dnevnik_ru import shapes as s
from adapters.dnevnik_ru.attendance import attendance
from adapters.dnevnik_ru.common import Carried, Out, each, reject, validate, vendor_id
from adapters.dnevnik_ru.groups import enrol
from adapters.dnevnik_ru.lessons import file, index_works, lesson, task, work, work_type
from adapters.dnevnik_ru.marks import grade, pair_up
from adapters.dnevnik_ru.marks import marks as marks_of_answer
from adapters.dnevnik_ru.people import teacher_person
from adapters.dnevnik_ru.school import subject


def _teacher(raw: Any, p: tuple, out: Out, carried: Carried) -> None:
    """A teacher of a bundle: ``{person: Person, role}`` or ``{person: <id>, role}`` (schedules), or a Person
    (homeworks). A teacher given by id only defines nothing: there is no name to keep."""
    if isinstance(raw, dict) and isinstance(raw.get("person"), dict):
        validate(s.DayTeacher, raw, p)
        teacher_person(raw["person"], (*p, "person"), out, carried)
    elif isinstance(raw, dict) and ("person" in raw or "person_str" in raw):
        vendor_id(validate(s.DayTeacherReference, raw, p), "person", p, required=True, what="the teacher's person id")
    else:
        teacher_person(raw, p, out, carried)


CHECKED = ("subjects", "workTypes", "files", "works", "lessons", "homeworks", "marks", "lessonLogEntries", "logEntries")


def _read(body: dict[str, Any], p: tuple, out: Out, carried: Carried, day: str | None = None,
          checked: Any = None) -> None:
    """Every list a bundle (or one schedules day) holds, in dependency order. ``checked``: ``body`` as its bundle
    model has validated it, whose entities the parsers then take as they are (``Carried.checked``)."""
    if checked is not None:
        fields = type(checked).model_fields
        for key in CHECKED:
            if key in fields and getattr(checked, key):
                carried.checked.update(zip(map(id, body[key]), getattr(checked, key)))
    index_works([*(body.get("works") or []), *(body.get("homeworks") or [])], carried)
    for key, parse in (("subjects", subject), ("workTypes", work_type), ("files", file), ("works", work),
                       ("lessons", lesson), ("homeworks", work), ("marks", grade), ("teachers", _teacher)):
        if body.get(key) is not None:
            if key == "marks":
                pair_up(body[key], carried)
            each(body[key], (*p, key), parse, out, carried, key)
    for key in ("lessonLogEntries", "logEntries"):
        if body.get(key) is not None:
            each(body[key], (*p, key), lambda raw, ip, o, c: attendance(raw, ip, o, c, day=day), out, carried,
                 "lesson-log entries")


def schedules(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``persons/{p}/groups/{g}/schedules``: ``{days: [...]}`` (or a bare list of days, as one client reads it)."""
    days_p = (*p, "days") if isinstance(body, dict) else p
    if isinstance(body, dict):
        bundle = validate(s.Schedules, body, p)
        checked = bundle.days
        group = vendor_id(bundle, "group", p)
        if group:
            carried.params.setdefault("group", group)
        days = body["days"]
    elif isinstance(body, list):
        days, checked = body, [None] * len(body)
    else:
        raise reject(pointer(*p), "expected the schedules answer: {\"days\": [...]}")
    carried.bundle = True
    if not isinstance(body, dict):  # ``Schedules`` above has validated the days of ``{days}`` as ScheduleDay
        each(days, days_p, lambda raw, ip, o, c: validate(s.ScheduleDay, raw, ip), out, carried, "days")
    for d, day in enumerate(days):
        _read(day, (*days_p, d), out, carried, day=day["date"], checked=checked[d])
    _enrol_pupil(out, carried, pointer(*p))
    pupil_days.read(days, out, carried, days_p)  # whose lesson each class lesson of its days is (pupil_days.py)


def _enrol_pupil(out: Out, carried: Carried, ptr: str) -> None:
    person, group = carried.params.get("person"), carried.params.get("group")
    if person is None or group is None:
        return
    spans = shown_days.lesson_days(carried)
    for vid in sorted({group, *spans}):
        the_group = carried.find(out, "group", vid) or {}
        if vid == group:
            enrol(out, carried, person, vid, None, ptr, wait=False)
        elif the_group.get("parent") == group:  # seen there on the days it lists its lessons (shown_days.py)
            enrol(out, shown_days.sighting(carried, spans[vid]), person, vid, None, ptr, wait=False)


def recent_marks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``persons/{p}/group/{g}/recentmarks``. ``criteriabasedmarks`` (Kazakhstan's criteria-based СОр/СОч, an
    integer per section) have no canonical scale and are not read."""
    checked = validate(s.RecentMarks, body, p)
    carried.bundle = True
    _read(body, p, out, carried, checked=checked)


def homeworks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``users/me/school/{s}/homeworks``, ``persons/{p}/school/{s}/homeworks``: ``{works, subjects, lessons
    (flattened), files, teachers}``; ``files`` resolves the works' file ids into attachments."""
    checked = validate(s.HomeworksBundle, body, p)
    carried.bundle = True
    carried.files = {}
    _read(body, p, out, carried, checked=checked)


def person_log_entries(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """``persons/{p}/lesson-log-entries``: a list of entries, or ``{logEntries, lessons}`` as one client reads it."""
    if isinstance(body, dict):
        checked = validate(s.PersonLogEntries, body, p)
        carried.bundle = True
        _read(body, p, out, carried, checked=checked)
    else:
        each(body, p, attendance, out, carried, "lesson-log entries")


def lessons(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, lesson, out, carried, "lessons")


def works(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, work, out, carried, "works")


def marks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    marks_of_answer(body, p, out, carried)


def entries(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, attendance, out, carried, "lesson-log entries")


def tasks(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, task, out, carried, "tasks")


def work_types(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    each(body, p, work_type, out, carried, "work types")


def one_or_many(parse: Any) -> Any:
    """A parser for an answer that is one object (``lessons/{l}``) or, as some clients send it, a list."""
    def read(body: Any, p: tuple, out: Out, carried: Carried) -> None:
        if isinstance(body, list):
            each(body, p, parse, out, carried, "objects")
        else:
            parse(body, p, out, carried)
    read.__doc__ = parse.__doc__
    return read


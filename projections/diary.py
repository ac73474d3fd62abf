"""The ``diary`` projection: lessons, homework, marks and attendance, normalised, read per student at query time.

Nothing is materialised per student per lesson: ``read_diary`` joins the student's roster enrolments (same
database) with class lessons and homework and the student's own marks and attendance, in five queries.

Column ownership keeps results independent of how events interleave and never resurrects removed things:
``lesson.cancelled``, ``homework.withdrawn`` and ``grade.retracted`` set only their flag columns, which no later
event clears; ``grade.amended`` / ``homework.updated`` / ``attendance.corrected`` carry the complete new state.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, Boolean, Column, Connection, Date, Float, Index, Integer, MetaData, String, Table, Text,
                        Time, bindparam, false, func, or_, select)

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork
from projections import roster
from projections.base import Projection, date_or_none, full_name, time_or_none

metadata = MetaData()

lessons = Table(
    "diary_lessons", metadata,
    Column("lesson_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("class_id", String(128)), Column("subject_id", String(128)),
    Column("date", Date), Column("slot", Integer), Column("starts_at", Time), Column("ends_at", Time),
    Column("teacher_id", String(128)), Column("topic", Text), Column("room", String(200)),
    Column("cancelled", Boolean), Column("cancel_reason", String(2000)),
    Index("diary_lessons_by_class_date", "class_id", "date"),
)
homework = Table(
    "diary_homework", metadata,
    Column("homework_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("class_id", String(128)), Column("subject_id", String(128)),
    Column("lesson_id", String(128)), Column("due_on", Date), Column("text", Text), Column("attachments", JSON),
    Column("teacher_id", String(128)), Column("withdrawn", Boolean),
    Index("diary_homework_by_class_due", "class_id", "due_on"), Index("diary_homework_by_lesson", "lesson_id"),
)
marks = Table(
    "diary_marks", metadata,  # since projection v2: work_type holds the code, work_type_name the name
    Column("grade_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("student_id", String(128)), Column("lesson_id", String(128)),
    Column("date", Date), Column("subject_id", String(128)), Column("value", String(32)), Column("scale", String(32)),
    Column("normalised", Float), Column("conversion", String(64)), Column("counts_in_average", Boolean),
    Column("weight", Float), Column("work_type", String(128)), Column("work_type_name", String(200)),
    Column("comment", String(2000)), Column("teacher_id", String(128)), Column("retracted", Boolean),
    Column("amended", Boolean),
    Index("diary_marks_by_student", "student_id", "date"),
)
attendance = Table(
    "diary_attendance", metadata,
    Column("student_id", String(128), primary_key=True), Column("lesson_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("status", String(16)), Column("minutes_late", Integer),
    Column("comment", String(2000)), Column("corrected", Boolean),
)

GRADE_FIELDS = ("student_id", "lesson_id", "subject_id", "value", "scale", "normalised", "conversion",
                "counts_in_average", "weight", "comment", "teacher_id")
HOMEWORK_FIELDS = ("class_id", "subject_id", "lesson_id", "text", "attachments", "teacher_id")


# Handlers -----------------------------------------------------------------------------------------------------


def _lesson_scheduled(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(lessons, {
        "lesson_id": d["lesson_id"], "school_id": event.school_id, "class_id": d["class_id"],
        "subject_id": d["subject_id"], "date": date_or_none(d["date"]), "slot": d["slot"],
        "starts_at": time_or_none(d.get("starts_at")), "ends_at": time_or_none(d.get("ends_at")),
        "teacher_id": d.get("teacher_id"), "topic": d.get("topic"), "room": d.get("room"),
    })


def _lesson_cancelled(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.update(lessons, {"lesson_id": d["lesson_id"]}, {"cancelled": True, "cancel_reason": d.get("reason")})


def _grade(amended: bool):
    def handler(event: LoggedEvent, uow: UnitOfWork) -> None:
        d = event.data
        row = {name: d.get(name) for name in GRADE_FIELDS}
        work_type = d.get("work_type") or {}  # v2: {code, name}; decode upcasts v1 events
        row.update(grade_id=d["grade_id"], school_id=event.school_id, date=date_or_none(d.get("date")),
                   work_type=work_type.get("code"), work_type_name=work_type.get("name"))
        if amended:
            row["amended"] = True
        uow.upsert(marks, row)
    return handler


def _grade_retracted(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.update(marks, {"grade_id": d["grade_id"]}, {"student_id": d["student_id"], "retracted": True})


def _homework_set(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    row = {name: d.get(name) for name in HOMEWORK_FIELDS}
    row.update(homework_id=d["homework_id"], school_id=event.school_id, due_on=date_or_none(d.get("due_on")))
    row["attachments"] = row["attachments"] or []
    uow.upsert(homework, row)


def _homework_withdrawn(event: LoggedEvent, uow: UnitOfWork) -> None:
    uow.update(homework, {"homework_id": event.data["homework_id"]}, {"withdrawn": True})


def _attendance(corrected: bool):
    def handler(event: LoggedEvent, uow: UnitOfWork) -> None:
        d = event.data
        row = {"student_id": d["student_id"], "lesson_id": d["lesson_id"], "school_id": event.school_id,
               "status": d["status"], "minutes_late": d.get("minutes_late"), "comment": d.get("comment")}
        if corrected:
            row["corrected"] = True
        uow.upsert(attendance, row)
    return handler


class DiaryProjection(Projection):
    name = "diary"
    version = 2  # 2: grades read as v2 (work_type code + work_type_name)
    metadata = metadata
    tables = (lessons, homework, marks, attendance)
    handlers = {
        "lesson.scheduled": _lesson_scheduled,
        "lesson.cancelled": _lesson_cancelled,
        "grade.recorded": _grade(amended=False),
        "grade.amended": _grade(amended=True),
        "grade.retracted": _grade_retracted,
        "homework.assigned": _homework_set,
        "homework.updated": _homework_set,
        "homework.withdrawn": _homework_withdrawn,
        "attendance.marked": _attendance(corrected=False),
        "attendance.corrected": _attendance(corrected=True),
    }


PROJECTION = DiaryProjection()


# Reading ------------------------------------------------------------------------------------------------------

Spans = dict[str, tuple[dt.date, dt.date | None]]


def _ids() -> Any:
    return bindparam("ids", expanding=True)


def _span(column: Any) -> Any:
    return column.between(bindparam("date_from", type_=Date), bindparam("date_to", type_=Date))


def _statements() -> dict[str, Any]:
    """The diary's queries, built once (building a statement costs more CPU than running it); parameters: ``ids``
    (student or class ids), ``date_from`` and ``date_to``."""
    e, s, t = roster.enrolments, roster.subjects, roster.teachers
    set_at, graded_at, a = lessons.alias("set_at"), lessons.alias("graded_at"), attendance
    day, subject_id = func.coalesce(graded_at.c.date, marks.c.date), func.coalesce(marks.c.subject_id,
                                                                                   graded_at.c.subject_id)
    return {
        "spans": select(e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on)
        .where(e.c.student_id.in_(_ids()), e.c.enrolled_on.is_not(None)),
        "lessons": select(lessons, s.c.name.label("subject_name"), t.c.last_name, t.c.first_name, t.c.middle_name)
        .outerjoin(s, s.c.subject_id == lessons.c.subject_id).outerjoin(t, t.c.teacher_id == lessons.c.teacher_id)
        .where(lessons.c.class_id.in_(_ids()), _span(lessons.c.date))
        .order_by(lessons.c.date, lessons.c.slot, lessons.c.starts_at, lessons.c.lesson_id),
        "homework": select(homework, s.c.name.label("subject_name"), set_at.c.date.label("set_on"))
        .outerjoin(s, s.c.subject_id == homework.c.subject_id)
        .outerjoin(set_at, set_at.c.lesson_id == homework.c.lesson_id)
        .where(homework.c.class_id.in_(_ids()), func.coalesce(homework.c.withdrawn, false()) == false(),
               or_(_span(homework.c.due_on), _span(set_at.c.date)))
        .order_by(homework.c.due_on, homework.c.homework_id),
        "marks": select(marks, day.label("day"), subject_id.label("subject"), s.c.name.label("subject_name"))
        .outerjoin(graded_at, graded_at.c.lesson_id == marks.c.lesson_id).outerjoin(s, s.c.subject_id == subject_id)
        .where(marks.c.student_id.in_(_ids()), marks.c.value.is_not(None),
               func.coalesce(marks.c.retracted, false()) == false(), _span(day))
        .order_by(day, marks.c.grade_id),
        "attendance": select(a.c.lesson_id, a.c.status, a.c.minutes_late, a.c.comment, a.c.corrected)
        .join(lessons, lessons.c.lesson_id == a.c.lesson_id)
        .where(a.c.student_id.in_(_ids()), a.c.status.is_not(None), _span(lessons.c.date)),
    }


STATEMENTS = _statements()


def read_diary(conn: Connection, student_id: str, date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
    """The student's diary, one entry per calendar date from ``date_from`` to ``date_to`` inclusive.

    Each day is ``{date, lessons, homework_due, marks_without_lesson}``. Lessons are those of the classes and
    subgroups the student was enrolled in on that date (``enrolled_on <= date < withdrawn_on``), ordered by slot,
    each with its homework (set at it, or due that day in its subject), the student's marks and attendance.
    Retracted marks and withdrawn homework are left out; an amended mark shows its new state with ``amended``.
    """
    ids = roster.student_ids(conn, student_id)  # with the ids other journals know the child by
    spans = _enrolment_spans(conn, ids)
    dates = [date_from + dt.timedelta(n) for n in range((date_to - date_from).days + 1)]
    days = {date: _day(date) for date in dates}
    visible = {}
    for lesson in _lessons(conn, list(spans), date_from, date_to):
        if _enrolled(spans, lesson.pop("class_id"), lesson["date"]):
            visible[lesson["lesson_id"]] = lesson
            days[lesson.pop("date")]["lessons"].append(lesson)
    _place_homework(days, visible, spans, _homework(conn, list(spans), date_from, date_to))
    for mark in _marks(conn, ids, date_from, date_to):
        lesson = visible.get(mark["lesson_id"])
        (lesson["marks"] if lesson else days[mark["date"]]["marks_without_lesson"]).append(mark)
    for lesson_id, record in _attendance_of(conn, ids, date_from, date_to):
        if lesson_id in visible:
            visible[lesson_id]["attendance"] = record
    return list(days.values())


def _day(date: dt.date) -> dict[str, Any]:
    return {"date": date, "lessons": [], "homework_due": [], "marks_without_lesson": []}


def _enrolled(spans: Spans, class_id: str | None, date: dt.date) -> bool:
    span = spans.get(class_id)
    return span is not None and span[0] <= date and (span[1] is None or date < span[1])


def _enrolment_spans(conn: Connection, student_ids: list[str]) -> Spans:
    rows = conn.execute(STATEMENTS["spans"], {"ids": student_ids})
    return {class_id: (enrolled_on, withdrawn_on) for class_id, enrolled_on, withdrawn_on in rows}


def _ref(ident: str | None, name: str | None) -> dict[str, Any] | None:
    return None if ident is None else {"id": ident, "name": name}


def _lessons(conn: Connection, class_ids: list[str], date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
    if not class_ids:
        return []
    rows = conn.execute(STATEMENTS["lessons"], _params(class_ids, date_from, date_to)).mappings()
    return [{
        "lesson_id": r["lesson_id"], "class_id": r["class_id"], "date": r["date"], "slot": r["slot"],
        "starts_at": r["starts_at"], "ends_at": r["ends_at"], "subject": _ref(r["subject_id"], r["subject_name"]),
        "topic": r["topic"], "room": r["room"],
        "teacher": _ref(r["teacher_id"], full_name(r["last_name"], r["first_name"], r["middle_name"])),
        "cancelled": bool(r["cancelled"]), "cancel_reason": r["cancel_reason"],
        "homework": [], "marks": [], "attendance": None,
    } for r in rows]


def _homework(conn: Connection, class_ids: list[str], date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
    """Homework of the classes due in the range or set at a lesson in the range (with ``set_on``: that date)."""
    if not class_ids:
        return []
    rows = conn.execute(STATEMENTS["homework"], _params(class_ids, date_from, date_to)).mappings()
    return [{
        "homework_id": r["homework_id"], "class_id": r["class_id"], "subject": _ref(r["subject_id"], r["subject_name"]),
        "lesson_id": r["lesson_id"], "set_on": r["set_on"], "due_on": r["due_on"], "text": r["text"],
        "attachments": r["attachments"] or [], "teacher_id": r["teacher_id"],
    } for r in rows]


def _place_homework(days: dict, visible: dict, spans: Spans, items: list[dict[str, Any]]) -> None:
    """Attach homework to the lesson it was set at, and to the first lesson of its subject on its due date
    (or the day's ``homework_due`` if there is none); only on dates the student is in the homework's class."""
    for item in items:
        lesson = visible.get(item["lesson_id"])
        if lesson is not None and _enrolled(spans, item["class_id"], item["set_on"]):
            lesson["homework"].append(item)
        due = item["due_on"]
        if due not in days or not _enrolled(spans, item["class_id"], due):
            continue
        subject = _ident(item["subject"])
        at = next((lesson for lesson in days[due]["lessons"] if _ident(lesson["subject"]) == subject), None)
        if at is None:
            days[due]["homework_due"].append(item)
        elif all(placed is not item for placed in at["homework"]):
            at["homework"].append(item)


def _ident(ref: dict[str, Any] | None) -> str | None:
    return None if ref is None else ref["id"]


def _marks(conn: Connection, student_ids: list[str], date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
    rows = conn.execute(STATEMENTS["marks"], _params(student_ids, date_from, date_to)).mappings()
    return [{
        "grade_id": r["grade_id"], "lesson_id": r["lesson_id"], "date": _as_date(r["day"]),
        "subject": _ref(r["subject"], r["subject_name"]), "value": r["value"], "scale": r["scale"],
        "normalised": r["normalised"], "conversion": r["conversion"], "counts_in_average": r["counts_in_average"],
        "weight": r["weight"], "work_type": r["work_type"], "work_type_name": r["work_type_name"],
        "comment": r["comment"], "teacher_id": r["teacher_id"],
        "amended": bool(r["amended"]),
    } for r in rows]


def _params(ids: list[str], date_from: dt.date, date_to: dt.date) -> dict[str, Any]:
    return {"ids": ids, "date_from": date_from, "date_to": date_to}


def _as_date(value: dt.date | str) -> dt.date:
    """``coalesce`` of two dates comes back as text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _attendance_of(conn: Connection, student_ids: list[str], date_from: dt.date, date_to: dt.date) -> list[tuple[str, dict]]:
    rows = conn.execute(STATEMENTS["attendance"], _params(student_ids, date_from, date_to))
    return [(lesson_id, {"status": status, "minutes_late": late, "comment": comment, "corrected": bool(corrected)})
            for lesson_id, status, late, comment, corrected in rows]

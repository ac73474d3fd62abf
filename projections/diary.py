"""The ``diary`` projection: lessons, homework, marks and attendance, normalised, read per student at query time
(``projections.diary_reads.read_diary``).

Marks keep the journal's own text (``text``: ``4-``, ``5/4``, ``зачёт``) and the number the journal counts them as
(``vendor_number``) beside the canonical value, scale and normalised value; attendance keeps the journal's own
``code`` beside the canonical status (grade v3, attendance v2: ``decode`` upcasts older events, which have neither).

``lesson.cancelled``, ``homework.withdrawn`` and ``grade.retracted`` set only their flag columns. An event that
carries a fact's complete state (``lesson.scheduled``, ``grade.recorded`` / ``amended``, ``homework.assigned`` /
``updated``) writes its columns, and from its second revision on also clears the flag: a fact stated again after
its removal shows again (version 5). A vendor whose id names a slot rather than one fact states a removed fact
again under the same id (an Elzhur mark is the pupil's ``nm``-th mark of a lesson; a lesson re-listed after it was
taken off the timetable), and the parent must see it, as ``final_grades`` shows a final mark set again. A first
revision never clears it: a removal delivered before the fact it removes (a native vendor's cancellation, revision
2, logged before the lesson, revision 1) stays, whatever the order.

Version 4 keeps on each mark, homework and attendance row the day the diary files it under (a mark's ``day``: its
lesson's date, else its own; a homework's ``set_on`` and an attendance entry's ``day``: its lesson's date), with
indexes keyed the way a week's read asks; ``projections.lesson_days`` derives them when a batch is written and
when a lesson moves. Version 5 keeps a mark's ``filed_subject`` the same way (its own subject, else its lesson's:
a lesson sent again with another subject takes its marks along) and indexes lessons by (class, subject, date):
the final grades aggregate the year's marks without a lesson lookup each and ask whether a subject was taught
in a span by one probe (``projections.final_grades_year``).
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Date, Float, Index, Integer, MetaData, String, Table, Text, Time

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork
from projections.base import Projection, date_or_none, time_or_none
from projections.lesson_days import Derived, LessonDays

metadata = MetaData()

lessons = Table(
    "diary_lessons", metadata,
    Column("lesson_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("class_id", String(128)), Column("subject_id", String(128)),
    Column("date", Date), Column("slot", Integer), Column("starts_at", Time), Column("ends_at", Time),
    Column("teacher_id", String(128)), Column("topic", Text), Column("room", String(200)),
    Column("cancelled", Boolean), Column("cancel_reason", String(2000)),
    Index("diary_lessons_by_class_date", "class_id", "date"),
    Index("diary_lessons_by_class_subject", "class_id", "subject_id", "date"),  # v5: final grades' taught subjects
)
homework = Table(
    "diary_homework", metadata,
    Column("homework_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("class_id", String(128)), Column("subject_id", String(128)),
    Column("lesson_id", String(128)), Column("due_on", Date), Column("text", Text), Column("attachments", JSON),
    Column("teacher_id", String(128)), Column("withdrawn", Boolean),
    Column("set_on", Date),  # v4: its lesson's date (lesson_days)
    Index("diary_homework_by_class_due", "class_id", "due_on"), Index("diary_homework_by_lesson", "lesson_id"),
    Index("diary_homework_by_class_set", "class_id", "set_on"),
)
marks = Table(
    "diary_marks", metadata,  # v2: work_type holds the code, work_type_name the name; v3: text, vendor_number
    Column("grade_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("student_id", String(128)), Column("lesson_id", String(128)),
    Column("date", Date), Column("subject_id", String(128)), Column("value", String(32)), Column("scale", String(32)),
    Column("normalised", Float), Column("conversion", String(64)), Column("counts_in_average", Boolean),
    Column("weight", Float), Column("work_type", String(128)), Column("work_type_name", String(200)),
    Column("comment", String(2000)), Column("teacher_id", String(128)), Column("retracted", Boolean),
    Column("amended", Boolean), Column("text", String(32)), Column("vendor_number", Float),
    Column("day", Date),  # v4: the day the diary files it under, its lesson's date else its own (lesson_days)
    Column("filed_subject", String(128)),  # v5: the subject it is filed under, its own else its lesson's
    Index("diary_marks_by_student", "student_id", "day"), Index("diary_marks_by_lesson", "lesson_id"),
)
attendance = Table(
    "diary_attendance", metadata,
    Column("student_id", String(128), primary_key=True), Column("lesson_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("status", String(16)), Column("minutes_late", Integer),
    Column("comment", String(2000)), Column("corrected", Boolean), Column("code", String(32)),  # v3: the code
    Column("day", Date),  # v4: its lesson's date (lesson_days)
    Index("diary_attendance_by_student", "student_id", "day"), Index("diary_attendance_by_lesson", "lesson_id"),
)
LESSON_DAYS = LessonDays(lessons, Derived(marks, "day", fallback="date"), Derived(homework, "set_on"),
                         Derived(attendance, "day"),
                         Derived(marks, "filed_subject", fallback="subject_id", source="subject_id", own_first=True))

GRADE_FIELDS = ("student_id", "lesson_id", "subject_id", "value", "scale", "normalised", "conversion",
                "counts_in_average", "weight", "comment", "teacher_id", "text", "vendor_number")
HOMEWORK_FIELDS = ("class_id", "subject_id", "lesson_id", "text", "attachments", "teacher_id")


# Handlers -----------------------------------------------------------------------------------------------------


def _restates(event: LoggedEvent) -> bool:
    """Whether ``event`` is a later revision of its fact (which brings back a removed fact), not its first."""
    return event.source.get("revision", 1) > 1


def _lesson_scheduled(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    row = {
        "lesson_id": d["lesson_id"], "school_id": event.school_id, "class_id": d["class_id"],
        "subject_id": d["subject_id"], "date": date_or_none(d["date"]), "slot": d["slot"],
        "starts_at": time_or_none(d.get("starts_at")), "ends_at": time_or_none(d.get("ends_at")),
        "teacher_id": d.get("teacher_id"), "topic": d.get("topic"), "room": d.get("room"),
    }
    if _restates(event):
        row.update(cancelled=False, cancel_reason=None)
    uow.upsert(lessons, row)


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
        if _restates(event):
            row["retracted"] = False
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
    if _restates(event):
        row["withdrawn"] = False
    uow.upsert(homework, row)


def _homework_withdrawn(event: LoggedEvent, uow: UnitOfWork) -> None:
    uow.update(homework, {"homework_id": event.data["homework_id"]}, {"withdrawn": True})


def _attendance(corrected: bool):
    def handler(event: LoggedEvent, uow: UnitOfWork) -> None:
        d = event.data
        row = {"student_id": d["student_id"], "lesson_id": d["lesson_id"], "school_id": event.school_id,
               "status": d["status"], "minutes_late": d.get("minutes_late"), "comment": d.get("comment"),
               "code": d.get("code")}
        if corrected:
            row["corrected"] = True
        uow.upsert(attendance, row)
    return handler


class DiaryProjection(Projection):
    name = "diary"
    version = 5  # 2: grades read as v2 (work_type code + work_type_name); 3: grade v3 text and vendor_number,
    #              attendance v2 code; 4: the day each mark, homework and attendance entry is filed under;
    #              5: a fact stated again after its removal shows again;
    #              and a mark's filed_subject; lessons by (class, subject, date) (both for final grades)
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

"""Reading the diary: one student's days, built at query time from the diary's and the roster's tables.

Nothing is materialised per student per lesson: ``read_diary`` joins the student's roster enrolments (same
database) with class lessons and homework and the student's own marks and attendance, in five statements, each
built once (building a statement costs more CPU than running it).

A lesson shows what the journal shows: its ``group`` (the subgroup it is for: its class when that class has a
parent, ``projections.names.group_ref``), its teacher by the journal's own name (``projections.names``), the
student's marks with the journal's ``text`` beside the canonical ``value``, and the attendance with the journal's
``code``. A day lists its ``holidays`` (the school's, and those of the classes the student is in that day).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Date, and_, bindparam, false, func, or_, select

from projections import roster, subject_links
from projections.diary import attendance, homework, lessons, marks
from projections.names import group_ref, teacher_name, teacher_name_columns

Spans = dict[str, tuple[dt.date, dt.date | None]]


def _ids() -> Any:
    return bindparam("ids", expanding=True)


def _span(column: Any) -> Any:
    return column.between(bindparam("date_from", type_=Date), bindparam("date_to", type_=Date))


def _spans_statement() -> Any:
    """The student's enrolments, each with the holidays of the range that apply to its class: the school's, the
    class's own and its parent class's (one row per enrolment and holiday; none: one row with NULLs)."""
    e, c, h = roster.enrolments, roster.classes, roster.holidays
    applies = and_(h.c.school_id == e.c.school_id, h.c.starts_on <= bindparam("date_to", type_=Date),
                   h.c.ends_on >= bindparam("date_from", type_=Date),
                   or_(h.c.class_id.is_(None), h.c.class_id == e.c.class_id, h.c.class_id == c.c.parent_class_id))
    return (select(e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on, h.c.holiday_id, h.c.name.label("holiday_name"),
                   h.c.starts_on, h.c.ends_on, h.c.class_id.label("holiday_class_id"))
            .select_from(e.outerjoin(c, c.c.class_id == e.c.class_id).outerjoin(h, applies))
            .where(e.c.student_id.in_(_ids()), e.c.enrolled_on.is_not(None)))


def _statements() -> dict[str, Any]:
    """The diary's statements; parameters: ``ids`` (student or class ids), ``date_from`` and ``date_to``."""
    s, t, c = roster.subjects, roster.teachers, roster.classes
    set_at, graded_at, a = lessons.alias("set_at"), lessons.alias("graded_at"), attendance
    day, subject_id = func.coalesce(graded_at.c.date, marks.c.date), func.coalesce(marks.c.subject_id,
                                                                                   graded_at.c.subject_id)
    return {
        "spans": _spans_statement(),
        "lessons": select(lessons, s.c.name.label("subject_name"), c.c.name.label("class_name"),
                          c.c.parent_class_id, *teacher_name_columns(t))
        .outerjoin(s, s.c.subject_id == lessons.c.subject_id).outerjoin(t, t.c.teacher_id == lessons.c.teacher_id)
        .outerjoin(c, c.c.class_id == lessons.c.class_id)
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
        "attendance": select(a.c.lesson_id, a.c.status, a.c.code, a.c.minutes_late, a.c.comment, a.c.corrected)
        .join(lessons, lessons.c.lesson_id == a.c.lesson_id)
        .where(a.c.student_id.in_(_ids()), a.c.status.is_not(None), _span(lessons.c.date)),
    }


STATEMENTS = _statements()


def read_diary(conn: Connection, student_id: str, date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
    """The student's diary, one entry per calendar date from ``date_from`` to ``date_to`` inclusive.

    Each day is ``{date, holidays, lessons, homework_due, marks_without_lesson}``. Lessons are those of the
    classes and subgroups the student was enrolled in on that date (``enrolled_on <= date < withdrawn_on``),
    ordered by slot, each with its group, homework (set at it, or due that day in its subject), the student's
    marks and attendance. Retracted marks and withdrawn homework are left out; an amended mark shows its new state
    with ``amended``. Holidays are those containing the date that apply to a class the student is in that day.
    """
    ids = roster.student_ids(conn, student_id)  # with the ids other journals know the child by
    spans, holidays = _enrolment_spans(conn, ids, date_from, date_to)
    dates = [date_from + dt.timedelta(n) for n in range((date_to - date_from).days + 1)]
    days = {date: _day(date) for date in dates}
    _place_holidays(days, spans, holidays)
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
    subject_links.relabel_refs(conn, list(_subject_refs(days.values())))  # subjects linked across journals
    return list(days.values())


def _subject_refs(days: Any) -> Any:
    for day in days:
        for lesson in day["lessons"]:
            yield lesson.get("subject")
            for item in (*lesson.get("homework", ()), *lesson.get("marks", ())):
                yield item.get("subject")
        for item in (*day["homework_due"], *day["marks_without_lesson"]):
            yield item.get("subject")


def _day(date: dt.date) -> dict[str, Any]:
    return {"date": date, "holidays": [], "lessons": [], "homework_due": [], "marks_without_lesson": []}


def _enrolled(spans: Spans, class_id: str | None, date: dt.date) -> bool:
    span = spans.get(class_id)
    return span is not None and span[0] <= date and (span[1] is None or date < span[1])


def _enrolment_spans(conn: Connection, student_ids: list[str], date_from: dt.date,
                     date_to: dt.date) -> tuple[Spans, list[dict[str, Any]]]:
    """The student's enrolment spans by class, and the holidays of the range with the class each applies through."""
    spans: Spans = {}
    holidays = []
    for row in conn.execute(STATEMENTS["spans"], _params(student_ids, date_from, date_to)):
        spans[row.class_id] = (row.enrolled_on, row.withdrawn_on)
        if row.holiday_id is not None:
            holidays.append({"id": row.holiday_id, "name": row.holiday_name, "class_id": row.holiday_class_id,
                             "starts_on": row.starts_on, "ends_on": row.ends_on, "through": row.class_id})
    return spans, holidays


def _place_holidays(days: dict[dt.date, dict[str, Any]], spans: Spans, holidays: list[dict[str, Any]]) -> None:
    """Each holiday on the days it covers on which the student is in the class it applies through (once a day)."""
    for holiday in sorted(holidays, key=lambda h: (h["starts_on"], h["id"])):
        for date, day in days.items():
            shown = day["holidays"]
            if (holiday["starts_on"] <= date <= holiday["ends_on"] and _enrolled(spans, holiday["through"], date)
                    and all(h["id"] != holiday["id"] for h in shown)):
                shown.append({"id": holiday["id"], "name": holiday["name"], "class_id": holiday["class_id"]})


def _ref(ident: str | None, name: str | None) -> dict[str, Any] | None:
    return None if ident is None else {"id": ident, "name": name}


def _lessons(conn: Connection, class_ids: list[str], date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
    if not class_ids:
        return []
    rows = conn.execute(STATEMENTS["lessons"], _params(class_ids, date_from, date_to)).mappings()
    return [{
        "lesson_id": r["lesson_id"], "class_id": r["class_id"], "date": r["date"], "slot": r["slot"],
        "starts_at": r["starts_at"], "ends_at": r["ends_at"], "subject": _ref(r["subject_id"], r["subject_name"]),
        "group": group_ref(r["class_id"], r["class_name"], r["parent_class_id"]),
        "topic": r["topic"], "room": r["room"], "teacher": _ref(r["teacher_id"], teacher_name(r)),
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
        "subject": _ref(r["subject"], r["subject_name"]), "value": r["value"], "text": r["text"],
        "scale": r["scale"], "normalised": r["normalised"], "vendor_number": r["vendor_number"],
        "conversion": r["conversion"], "counts_in_average": r["counts_in_average"],
        "weight": r["weight"], "work_type": r["work_type"], "work_type_name": r["work_type_name"],
        "comment": r["comment"], "teacher_id": r["teacher_id"],
        "amended": bool(r["amended"]),
    } for r in rows]


def _params(ids: list[str], date_from: dt.date, date_to: dt.date) -> dict[str, Any]:
    return {"ids": ids, "date_from": date_from, "date_to": date_to}


def _as_date(value: dt.date | str) -> dt.date:
    """``coalesce`` of two dates comes back as text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _attendance_of(conn: Connection, student_ids: list[str], date_from: dt.date,
                   date_to: dt.date) -> list[tuple[str, dict]]:
    rows = conn.execute(STATEMENTS["attendance"], _params(student_ids, date_from, date_to))
    return [(lesson_id, {"status": status, "code": code, "minutes_late": late, "comment": comment,
                         "corrected": bool(corrected)})
            for lesson_id, status, code, late, comment, corrected in rows]

"""Reading the diary: one student's days, built at query time from the diary's and the roster's tables.

Nothing is materialised per student per lesson: ``read_diary`` reads the student's roster enrolments (same
database), their classes' lessons and homework and the student's own marks and attendance in ONE statement
(``projections.diary_week.WEEK``, a ``UNION ALL`` of shaped rows, built once), and the subject links only when a
subject of the range is linked to another.

A lesson shows what the journal shows: its ``group`` (the subgroup it is for: its class when that class has a
parent, ``projections.names.group_ref``), its teacher by the journal's own name (``projections.names``), the
student's marks with the journal's ``text`` beside the canonical ``value``, and the attendance with the journal's
``code``. A day lists its ``holidays`` (the school's, and those of the classes the student is in that day).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection

from projections import subject_links
from projections.base import full_name
from projections.diary_week import (ATTENDANCE, GAPS, GUARD, HOMEWORK, LESSONS, MARKS, SHAPE, SPANS, WEEK,
                                    WEEK_FOR_GUARDIAN)
from projections.names import group_ref
from projections.roster_stays import in_class

PRESENT = "present"  # the attendance status of a pupil who was there (hub.events.types.daily.AttendanceStatus)
Spans = dict[str, tuple[dt.date, dt.date | None, list[tuple[dt.date, dt.date]]]]  # class: start, end, gaps


def read_diary(conn: Connection, student_id: str, date_from: dt.date, date_to: dt.date,
               guardian_id: str | None = None) -> list[dict[str, Any]] | None:
    """The student's diary, one entry per calendar date from ``date_from`` to ``date_to`` inclusive.

    Each day is ``{date, holidays, lessons, homework_due, marks_without_lesson}``. Lessons are those of the
    classes and subgroups the student was enrolled in on that date (``enrolled_on <= date < withdrawn_on``, not
    between two of his stays in it: ``projections.roster_stays``),
    ordered by slot, each with its group, homework (set at it, or due that day in its subject), the student's
    marks and attendance. Retracted marks and withdrawn homework are left out; an amended mark shows its new state
    with ``amended``. Holidays are those containing the date that apply to a class the student is in that day.
    The student is known by its id and every alias linked to it (the same child in other journals).

    With ``guardian_id``, the read is also the guardian's access check (``diary_week.WEEK_FOR_GUARDIAN``, one
    statement): None when that guardian is not linked to the child (nothing of the child was read).
    """
    params = {"student_id": student_id, "date_from": date_from, "date_to": date_to}
    if guardian_id is None:
        rows = SHAPE.split(conn.execute(WEEK, params).all())
    else:
        rows = SHAPE.split(conn.execute(WEEK_FOR_GUARDIAN, {**params, "guardian_id": guardian_id}).all())
        if not rows[GUARD]:
            return None
    spans, holidays = _enrolment_spans(rows[SPANS], rows[GAPS])
    dates = [date_from + dt.timedelta(n) for n in range((date_to - date_from).days + 1)]
    days = {date: _day(date) for date in dates}
    _place_holidays(days, spans, holidays)
    linked = any(row[-1] for kind in (LESSONS, HOMEWORK, MARKS) for row in rows[kind])
    visible = {}
    for lesson in map(_lesson, rows[LESSONS]):
        if _enrolled(spans, lesson.pop("class_id"), lesson["date"]):
            visible[lesson["lesson_id"]] = lesson
            days[lesson.pop("date")]["lessons"].append(lesson)
    _drop_replaced(days, visible, _held_by_student(rows))
    _place_homework(days, visible, spans, [_homework(row) for row in rows[HOMEWORK]])
    for mark in map(_mark, rows[MARKS]):
        lesson = visible.get(mark["lesson_id"])
        (lesson["marks"] if lesson else days[mark["date"]]["marks_without_lesson"]).append(mark)
    for lesson_id, status, code, late, comment, corrected in rows[ATTENDANCE]:
        if lesson_id in visible:
            visible[lesson_id]["attendance"] = {"status": status, "code": code, "minutes_late": late,
                                                "comment": comment, "corrected": bool(corrected)}
    if linked:  # subjects linked across journals
        subject_links.relabel_refs(conn, list(_subject_refs(days.values())))
    return list(days.values())


def _held_by_student(rows: dict[int, list[tuple[Any, ...]]]) -> set[str]:
    """The lessons a mark, an absence (any attendance entry but ``present``) or a homework set at it of the student's
    read names. Retracted marks and withdrawn homework are not read; an entry that says ``present`` is how every
    vendor's withdrawn absence reads (``hub.ingest.snapshots``: an entry a later answer lacks is corrected to
    present; Elzhur's attendance is only its ``н``/``оп`` pseudo-marks, reference A.3), so it names nothing the
    parent would lose (``contracts/journeys/elzhur_73``: a deleted lesson's ``оп`` went with it)."""
    # the lesson id's place in each block's row: ATTENDANCE 0 (status 1), HOMEWORK 4 (``_homework``), MARKS 1
    absences = {row[0] for row in rows[ATTENDANCE] if row[1] != PRESENT}
    return absences | {row[4] for row in rows[HOMEWORK]} | {row[1] for row in rows[MARKS]}


def _drop_replaced(days: dict[dt.date, dict[str, Any]], visible: dict[str, Any], held: set[str]) -> None:
    """Leave out a cancelled lesson that another lesson of the day, not cancelled, holds the number of (a timetable
    regenerated under new lesson ids, a lesson moved into its slot: ``contracts/journeys/dnevnik_ru_43``) and that
    nothing of the student's names (no mark, attendance entry or homework set at it): the parent sees the lesson
    that takes place, and homework due that day goes to it. A cancelled lesson alone at its number still shows; an
    absence withdrawn with the lesson (corrected to present) does not keep it (``_held_by_student``)."""
    for day in days.values():
        taken = {lesson["slot"] for lesson in day["lessons"] if not lesson["cancelled"] and lesson["slot"] is not None}
        for lesson in [x for x in day["lessons"] if x["cancelled"] and x["slot"] in taken
                       and x["lesson_id"] not in held]:
            day["lessons"].remove(lesson)
            del visible[lesson["lesson_id"]]


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
    return span is not None and in_class(*span, date)


def _enrolment_spans(rows: list[tuple[Any, ...]],
                     gaps: list[tuple[Any, ...]]) -> tuple[Spans, list[dict[str, Any]]]:
    """The student's enrolment spans by class (with the gaps between his stays), and the holidays of the range with
    the class each applies through."""
    between: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for class_id, left_on, returned_on in gaps:
        between.setdefault(class_id, []).append((left_on, returned_on))
    spans: Spans = {}
    holidays = []
    for class_id, enrolled_on, withdrawn_on, holiday_id, name, starts_on, ends_on, holiday_class_id in rows:
        spans[class_id] = (enrolled_on, withdrawn_on, between.get(class_id, []))
        if holiday_id is not None:
            holidays.append({"id": holiday_id, "name": name, "class_id": holiday_class_id,
                             "starts_on": starts_on, "ends_on": ends_on, "through": class_id})
    return spans, holidays


def _place_holidays(days: dict[dt.date, dict[str, Any]], spans: Spans, holidays: list[dict[str, Any]]) -> None:
    """Each holiday on the days it covers on which the student is in the class it applies through, once a day:
    two of one name on a day (the same break stated for two of his classes, or for his class and the school) show
    as one (elzhur_31: a pupil in last year's class under two ids)."""
    for holiday in sorted(holidays, key=lambda h: (h["starts_on"], h["id"])):
        for date, day in days.items():
            shown = day["holidays"]
            if (holiday["starts_on"] <= date <= holiday["ends_on"] and _enrolled(spans, holiday["through"], date)
                    and all(h["id"] != holiday["id"] and h["name"] != holiday["name"] for h in shown)):
                shown.append({"id": holiday["id"], "name": holiday["name"], "class_id": holiday["class_id"]})


def _ref(ident: str | None, name: str | None) -> dict[str, Any] | None:
    return None if ident is None else {"id": ident, "name": name}


def _lesson(row: tuple[Any, ...]) -> dict[str, Any]:
    """A lesson from its ``LESSONS`` block (with ``class_id`` and ``date``, which the reader pops)."""
    (lesson_id, class_id, date, slot, starts_at, ends_at, subject_id, subject_name, class_name, parent_class_id,
     topic, room, teacher_id, display_name, defined_last, defined_first, defined_middle, last, first, middle,
     cancelled, cancel_reason, _linked) = row
    teacher = None if teacher_id is None else {"id": teacher_id, "name": display_name or full_name(
        defined_last, defined_first, defined_middle) or full_name(last, first, middle)}  # names.teacher_name
    return {
        "lesson_id": lesson_id, "class_id": class_id, "date": date, "slot": slot, "starts_at": starts_at,
        "ends_at": ends_at, "subject": _ref(subject_id, subject_name),
        "group": group_ref(class_id, class_name, parent_class_id), "topic": topic, "room": room, "teacher": teacher,
        "cancelled": bool(cancelled), "cancel_reason": cancel_reason, "homework": [], "marks": [], "attendance": None,
    }


def _homework(row: tuple[Any, ...]) -> dict[str, Any]:
    """Homework of the classes due in the range or set at a lesson in the range (with ``set_on``: that date)."""
    homework_id, class_id, subject_id, subject_name, lesson_id, set_on, due_on, text, attachments, teacher_id, _ = row
    return {"homework_id": homework_id, "class_id": class_id, "subject": _ref(subject_id, subject_name),
            "lesson_id": lesson_id, "set_on": set_on, "due_on": due_on, "text": text,
            "attachments": attachments or [], "teacher_id": teacher_id}


def _place_homework(days: dict, visible: dict, spans: Spans, items: list[dict[str, Any]]) -> None:
    """Attach homework to the lesson it was set at, and to the first lesson of its subject on its due date
    (or the day's ``homework_due`` if there is none); only on dates the student is in the homework's class."""
    for item in items:
        lesson = visible.get(item["lesson_id"])
        if lesson is not None and _enrolled(spans, item["class_id"], item["set_on"]):
            lesson["homework"].append(item)
        due, set_on = item["due_on"], item["set_on"]
        if due not in days or not _enrolled(spans, item["class_id"], due):
            continue
        if set_on is not None and not _enrolled(spans, item["class_id"], set_on):
            continue  # set before he joined the class (or while he was away): the classmates' homework, not his
        subject = _ident(item["subject"])
        at = next((lesson for lesson in days[due]["lessons"] if _ident(lesson["subject"]) == subject), None)
        if at is None:
            days[due]["homework_due"].append(item)
        elif all(placed is not item for placed in at["homework"]):
            at["homework"].append(item)


def _ident(ref: dict[str, Any] | None) -> str | None:
    return None if ref is None else ref["id"]


def _mark(row: tuple[Any, ...]) -> dict[str, Any]:
    (grade_id, lesson_id, day, subject, subject_name, value, text, scale, normalised, conversion, counts_in_average,
     weight, work_type, work_type_name, comment, teacher_id, amended, vendor_number, _linked) = row
    return {
        "grade_id": grade_id, "lesson_id": lesson_id, "date": _as_date(day), "subject": _ref(subject, subject_name),
        "value": value, "text": text, "scale": scale, "normalised": normalised, "vendor_number": vendor_number,
        "conversion": conversion, "counts_in_average": counts_in_average, "weight": weight, "work_type": work_type,
        "work_type_name": work_type_name, "comment": comment, "teacher_id": teacher_id, "amended": bool(amended),
    }


def _as_date(value: dt.date | str) -> dt.date:
    """A date, whichever form the driver returns it in (SQLite gives text for a date read through an expression)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)

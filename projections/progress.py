"""Read-time queries over the diary and roster tables for one student: what the final-grades, selected-subject and
grades views are built from. Nothing here is materialised: a student's marks for a year are a few hundred rows
read through ``diary_marks_by_student``, so every view is always consistent with the diary and a rebuild of the
diary is a rebuild of these views.

A mark is filed under its lesson's date and subject (or its own date and subject when it has no lesson), as in
the diary; retracted marks are never read. Every query takes the student's ids (``roster.student_ids``: the id
and its aliases from other journals).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BindParameter, Connection, Select, and_, bindparam, false, func, select

from projections import child_ids, diary, roster
from projections.averages import sql_sums
from projections.roster_stays import in_class

Spans = dict[str, tuple[dt.date, dt.date | None]]
NOT_PRESENT = ("absent", "ill", "excused", "late")


@dataclass(frozen=True, slots=True)
class StudentContext:
    """Who the student is for the views: their ids, their school and its rules, their enrolments."""

    student_id: str
    ids: list[str]
    school_id: str
    timezone: str
    default_scale: str
    average_rule: str
    spans: Spans  # class id -> (enrolled_on, withdrawn_on or None): the envelope of his stays in it
    gaps: dict[str, list[tuple[dt.date, dt.date]]] = field(default_factory=dict)  # class id -> days between stays

    def enrolled(self, class_id: str | None, date: dt.date) -> bool:
        """In the class on ``date``: within its span and between none of his stays (``projections.roster_stays``)."""
        span = self.spans.get(class_id)
        return span is not None and in_class(*span, self.gaps.get(class_id or "", ()), date)

    def classes_during(self, start: dt.date, end: dt.date) -> list[str]:
        """The classes and subgroups the student was enrolled in on some day of ``start..end``."""
        return sorted(c for c, (since, until) in self.spans.items() if since <= end and (until is None or until > start))


def student_context(conn: Connection, student_id: str, guardian_id: str | None = None) -> StudentContext | None:
    """The student's context, or None for a student the roster does not know (no enrolment, or no school).

    The school is that of the current enrolment (the latest if several), else of any enrolment, as in
    ``roster.student_school``. With ``guardian_id`` it is also the guardian's access check, in the same statement
    (``child_ids``): None too when that guardian is not linked to the child.
    """
    if guardian_id is None:
        rows = conn.execute(_CONTEXT, {"student_id": student_id}).all()  # one statement: ids, enrolments, school
    else:
        rows = conn.execute(_CONTEXT_FOR_GUARDIAN, {"student_id": student_id, "guardian_id": guardian_id}).all()
    ids = [student_id, *dict.fromkeys(row.id for row in rows if row.id != student_id)]
    first = next((row for row in rows if row.school_id is not None), None)
    if first is None:
        return None
    return StudentContext(
        student_id=student_id, ids=ids, school_id=first.school_id, timezone=first.timezone or "Europe/Moscow",
        default_scale=first.default_scale or "five_point", average_rule=first.average_rule or "weighted",
        spans={row.class_id: (row.enrolled_on, row.withdrawn_on) for row in rows if row.enrolled_on is not None},
        gaps=_gaps(rows))


def _gaps(rows: list[Any]) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The days between the student's stays in a class, by class (``projections.roster_stays``): the context
    statement's enrolment rows, one per gap (left_on NULL: none)."""
    found: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for row in rows:
        if row.left_on is not None and (row.left_on, row.returned_on) not in found.get(row.class_id, ()):
            found.setdefault(row.class_id, []).append((row.left_on, row.returned_on))
    return found


def subject_names(conn: Connection, subject_ids: set[str]) -> dict[str, str | None]:
    return {subject_id: name for subject_id, name in conn.execute(_SUBJECT_NAMES, {"ids": sorted(subject_ids)})}


def subjects_taught(conn: Connection, student: StudentContext, start: dt.date, end: dt.date) -> set[str]:
    """Subjects with lessons in the student's classes from ``start`` to ``end`` (even with no mark yet)."""
    classes = student.classes_during(start, end)
    if not classes:
        return set()
    return set(conn.execute(_SUBJECTS_TAUGHT, {"classes": classes, "start": start, "end": end}).scalars())


def marks(conn: Connection, student: StudentContext, start: dt.date, end: dt.date,
          subject_id: str | None = None) -> list[dict[str, Any]]:
    """The student's marks filed from ``start`` to ``end`` (of one subject if given), by date and grade id."""
    params = {"ids": student.ids, "start": start, "end": end}
    query = _MARKS if subject_id is None else _SUBJECT_MARKS
    rows = conn.execute(query, params if subject_id is None else {**params, "subject_id": subject_id}).mappings()
    return [{"grade_id": r["grade_id"], "lesson_id": r["lesson_id"], "date": _as_date(r["day"]),
             "subject_id": r["subject"], "value": r["value"], "text": r["text"], "scale": r["scale"],
             "normalised": r["normalised"], "vendor_number": r["vendor_number"],
             "counts_in_average": r["counts_in_average"], "weight": r["weight"], "work_type": r["work_type"],
             "work_type_name": r["work_type_name"], "comment": r["comment"], "teacher_id": r["teacher_id"],
             "amended": bool(r["amended"])} for r in rows]


def mark_sums_by_period(conn: Connection, student: StudentContext, academic_year: int) -> list[Any]:
    """Per (subject, period of the school's ``academic_year``) the ``averages.sql_sums`` of the student's marks
    filed in that period: the aggregation runs in the database (a year is a few hundred marks per student)."""
    params = {"ids": student.ids, "school_id": student.school_id, "year": academic_year}
    return conn.execute(_MARK_SUMS, params).mappings().all()


def absences_by_period(conn: Connection, student: StudentContext, academic_year: int) -> list[Any]:
    """Per (subject, period, status) how many lessons (not cancelled) the student was absent, ill, excused or late."""
    params = {"ids": student.ids, "school_id": student.school_id, "year": academic_year}
    return conn.execute(_ABSENCES, params).mappings().all()


def attendance(conn: Connection, student: StudentContext, start: dt.date, end: dt.date,
               subject_id: str | None = None) -> list[dict[str, Any]]:
    """The student's attendance marks on lessons from ``start`` to ``end`` that were not cancelled."""
    params = {"ids": student.ids, "start": start, "end": end}
    query = _ATTENDANCE if subject_id is None else _SUBJECT_ATTENDANCE
    rows = conn.execute(query, params if subject_id is None else {**params, "subject_id": subject_id}).mappings()
    return [{"lesson_id": r["lesson_id"], "date": r["date"], "subject_id": r["subject_id"], "status": r["status"],
             "code": r["code"], "minutes_late": r["minutes_late"], "comment": r["comment"],
             "corrected": bool(r["corrected"])}
            for r in rows]


def subject_lessons(conn: Connection, student: StudentContext, subject_id: str, start: dt.date,
                    end: dt.date) -> list[dict[str, Any]]:
    """Lessons of one subject in the student's classes on the days the student was in them, by date and slot."""
    classes = student.classes_during(start, end)
    if not classes:
        return []
    lessons = diary.lessons
    rows = conn.execute(
        select(lessons).where(lessons.c.class_id.in_(classes), lessons.c.subject_id == subject_id,
                              lessons.c.date.between(start, end))
        .order_by(lessons.c.date, lessons.c.slot.is_(None), lessons.c.slot, lessons.c.starts_at,
                  lessons.c.lesson_id)).mappings()  # a lesson without a number after the numbered ones
    return [{"lesson_id": r["lesson_id"], "date": r["date"], "slot": r["slot"], "starts_at": r["starts_at"],
             "ends_at": r["ends_at"], "topic": r["topic"], "teacher_id": r["teacher_id"],
             "cancelled": bool(r["cancelled"]), "cancel_reason": r["cancel_reason"]}
            for r in rows if student.enrolled(r["class_id"], r["date"])]


def subject_homework(conn: Connection, student: StudentContext, subject_id: str, lesson_ids: list[str],
                     start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """Homework of the subject set at one of ``lesson_ids``, or due from ``start`` to ``end`` on a day the student is
    in its class and set on a day he was (not before he joined: the classmates' homework; ``diary_reads``); not
    withdrawn."""
    classes = student.classes_during(start, end)
    if not classes:
        return []
    h = diary.homework
    rows = conn.execute(
        select(h).where(h.c.class_id.in_(classes), h.c.subject_id == subject_id,
                        func.coalesce(h.c.withdrawn, false()) == false(),
                        h.c.lesson_id.in_(lesson_ids) | h.c.due_on.between(start, end))
        .order_by(h.c.due_on, h.c.homework_id)).mappings()
    return [{"homework_id": r["homework_id"], "lesson_id": r["lesson_id"], "due_on": r["due_on"], "text": r["text"],
             "attachments": r["attachments"] or [], "teacher_id": r["teacher_id"]} for r in rows
            if r["lesson_id"] in lesson_ids or _his_when_due(student, r)]


def _his_when_due(student: StudentContext, row: Any) -> bool:
    """A homework due in the range is his when he is in its class on the day it is due and was on the day it was
    set (when that is known)."""
    set_on = row["set_on"]
    return student.enrolled(row["class_id"], row["due_on"]) and (
        set_on is None or student.enrolled(row["class_id"], set_on))


# Statements, built once (their construction cost more than their execution; parameters are bound per call) ----


def _ids(name: str = "ids") -> BindParameter:
    return bindparam(name, expanding=True)


def _marks_statement(one_subject: bool) -> Select:
    m, at = diary.marks, diary.lessons.alias("graded_at")
    day, subject = func.coalesce(at.c.date, m.c.date), func.coalesce(m.c.subject_id, at.c.subject_id)
    query = (select(m.c.grade_id, m.c.lesson_id, day.label("day"), subject.label("subject"), m.c.value, m.c.text,
                    m.c.scale, m.c.normalised, m.c.vendor_number, m.c.counts_in_average, m.c.weight, m.c.work_type,
                    m.c.work_type_name, m.c.comment, m.c.teacher_id, m.c.amended)
             .outerjoin(at, at.c.lesson_id == m.c.lesson_id)
             .where(m.c.student_id.in_(_ids()), m.c.value.is_not(None),
                    func.coalesce(m.c.retracted, false()) == false(), day.between(bindparam("start"), bindparam("end"))))
    if one_subject:
        query = query.where(subject == bindparam("subject_id"))
    return query.order_by(day, m.c.grade_id)


def _mark_sums_statement() -> Select:
    m, at, p = diary.marks, diary.lessons.alias("graded_at"), roster.reporting_periods
    day, subject = func.coalesce(at.c.date, m.c.date), func.coalesce(m.c.subject_id, at.c.subject_id)
    in_period = and_(p.c.school_id == bindparam("school_id"), p.c.academic_year == bindparam("year"),
                     day.between(p.c.starts_on, p.c.ends_on))
    return (select(subject.label("subject_id"), p.c.period_id, *sql_sums(m))
            .select_from(m.outerjoin(at, at.c.lesson_id == m.c.lesson_id).join(p, in_period))
            .where(m.c.student_id.in_(_ids()), m.c.value.is_not(None), func.coalesce(m.c.retracted, false()) == false())
            .group_by(subject, p.c.period_id))


def _absences_statement() -> Select:
    a, lessons, p = diary.attendance, diary.lessons, roster.reporting_periods
    in_period = and_(p.c.school_id == bindparam("school_id"), p.c.academic_year == bindparam("year"),
                     lessons.c.date.between(p.c.starts_on, p.c.ends_on))
    return (select(lessons.c.subject_id, p.c.period_id, a.c.status, func.count().label("lessons"))
            .select_from(a.join(lessons, lessons.c.lesson_id == a.c.lesson_id).join(p, in_period))
            .where(a.c.student_id.in_(_ids()), a.c.status.in_(NOT_PRESENT),
                   func.coalesce(lessons.c.cancelled, false()) == false())
            .group_by(lessons.c.subject_id, p.c.period_id, a.c.status))


def _attendance_statement(one_subject: bool) -> Select:
    a, lessons = diary.attendance, diary.lessons
    query = (select(a.c.lesson_id, lessons.c.date, lessons.c.subject_id, a.c.status, a.c.code, a.c.minutes_late,
                    a.c.comment, a.c.corrected)
             .join(lessons, lessons.c.lesson_id == a.c.lesson_id)
             .where(a.c.student_id.in_(_ids()), a.c.status.is_not(None),
                    lessons.c.date.between(bindparam("start"), bindparam("end")),
                    func.coalesce(lessons.c.cancelled, false()) == false()))
    if one_subject:
        query = query.where(lessons.c.subject_id == bindparam("subject_id"))
    return query.order_by(lessons.c.date, a.c.lesson_id)


_e, _s, _l = roster.enrolments, roster.subjects, diary.lessons


def _context_statement(guarded: bool) -> Select:
    """Per id of the student (its own, then its aliases) each enrolment with its school's rules, once per gap
    between his stays in it (``roster_stays``; once with NULLs when none); an id without enrolments once, with NULLs. Current enrolments first, the latest first (``roster.student_school``).
    ``guarded``: no rows unless the guardian ``guardian_id`` is linked to the child (``child_ids``)."""
    sc, g, ids = roster.schools, roster.enrolment_gaps, child_ids.ids_cte(guarded)
    return (select(ids.c.id, _e.c.class_id, _e.c.enrolled_on, _e.c.withdrawn_on, _e.c.school_id, sc.c.timezone,
                   sc.c.default_scale, sc.c.average_rule, g.c.left_on, g.c.returned_on)
            .select_from(ids.outerjoin(_e, _e.c.student_id == ids.c.id).outerjoin(sc, sc.c.school_id == _e.c.school_id)
                         .outerjoin(g, and_(g.c.student_id == _e.c.student_id, g.c.class_id == _e.c.class_id)))
            .order_by(_e.c.withdrawn_on.is_not(None), _e.c.enrolled_on.desc().nulls_last()))


_CONTEXT, _CONTEXT_FOR_GUARDIAN = _context_statement(False), _context_statement(True)
_SUBJECT_NAMES = select(_s.c.subject_id, _s.c.name).where(_s.c.subject_id.in_(_ids()))
_SUBJECTS_TAUGHT = (select(_l.c.subject_id).distinct()
                    .where(_l.c.class_id.in_(_ids("classes")), _l.c.date.between(bindparam("start"), bindparam("end")),
                           _l.c.subject_id.is_not(None)))
_MARKS, _SUBJECT_MARKS = _marks_statement(False), _marks_statement(True)
_MARK_SUMS, _ABSENCES = _mark_sums_statement(), _absences_statement()
_ATTENDANCE, _SUBJECT_ATTENDANCE = _attendance_statement(False), _attendance_statement(True)


def _as_date(value: dt.date | str) -> dt.date:
    """``coalesce`` of two dates comes back as text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)

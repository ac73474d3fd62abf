"""Two read-time views of one student's marks, built from the diary tables (nothing materialised):

* ``read_subject``: one subject over a span (a school period or calendar span), a row per date with a lesson or a
  mark of that subject: lessons (topic, homework, attendance), marks (value, weight, work type, comment) and the
  running average after that date (over the span's marks up to it), per the school's rule;
* ``read_grades``: every mark from ``start`` to ``end`` by subject, with each subject's average: the grid the
  grades screen and its CSV/XLSX exports show (rows = subjects, columns = dates).

``subjects`` (when given) limits both to the subjects a reader may see (a subject teacher's scope).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from projections import progress, roster, subject_links
from projections.averages import Average, display_scale
from projections.final_grades import final_marks_of
from projections.periods import Period

MARK_KEYS = ("grade_id", "lesson_id", "value", "text", "scale", "normalised", "vendor_number", "counts_in_average",
             "weight", "work_type", "work_type_name", "comment", "teacher_id", "amended")


def subject_known(conn: Connection, school_id: str, subject_id: str) -> bool:
    s = roster.subjects
    return conn.execute(select(s.c.subject_id).where(s.c.subject_id == subject_id,
                                                     s.c.school_id == school_id)).first() is not None


def read_subject(conn: Connection, student: progress.StudentContext, subject_id: str,
                 period: Period) -> dict[str, Any] | None:
    """The subject's rows over ``period``; None if the school has no such subject and nothing refers to it.

    1. Read the subject's lessons on the student's days in their classes, their homework, the student's marks
       and attendance in the span.
    2. Group by date; walk the dates in order adding each date's marks to a running ``Average``.
    3. Add the teacher's final marks when the span is a school period.
    """
    start, end = period.starts_on, period.ends_on
    ids = subject_links.aliases_of(conn, subject_id)  # with the ids of other journals linked to it
    lessons = [lesson for s in ids for lesson in progress.subject_lessons(conn, student, s, start, end)]
    marks = [mark for s in ids for mark in progress.marks(conn, student, start, end, s)]
    if len(ids) > 1:  # each list comes ordered from the database; merged, ordered the same way
        lessons.sort(key=lambda r: (r["date"], r["slot"] is None, r["slot"] or 0, str(r["starts_at"] or ""),
                                    r["lesson_id"]))
        marks.sort(key=lambda m: (m["date"], m["grade_id"]))
    if not lessons and not marks and not subject_known(conn, student.school_id, subject_id):
        return None
    lesson_ids = [lesson["lesson_id"] for lesson in lessons]
    homework = [h for s in ids for h in progress.subject_homework(conn, student, s, lesson_ids, start, end)]
    attendance = {a["lesson_id"]: a for s in ids for a in progress.attendance(conn, student, start, end, s)}
    days: dict[dt.date, dict[str, Any]] = {}
    for lesson in lessons:
        row = {**lesson, "homework": [h for h in homework if h["lesson_id"] == lesson["lesson_id"]],
               "attendance": _attendance(attendance.get(lesson["lesson_id"]))}
        _day(days, row.pop("date"))["lessons"].append(row)
    for item in homework:
        if item["due_on"] is not None and start <= item["due_on"] <= end:
            _day(days, item["due_on"])["homework_due"].append(item)
    for mark in marks:
        _day(days, mark["date"])["marks"].append({k: mark[k] for k in MARK_KEYS})
    scale, rule = display_scale(student.default_scale), student.average_rule
    running = Average()
    for date in sorted(days):
        for mark in days[date]["marks"]:
            running.add(mark)
        days[date]["running_average"] = running.as_json(rule, scale)
    finals = final_marks_of(conn, student, [period.period_id]) if period.period_id else []
    return {
        "subject": {"id": subject_id, "name": progress.subject_names(conn, {subject_id}).get(subject_id)},
        "period": period.as_json(), "scale": scale, "average_rule": rule,
        "average": running.as_json(rule, scale), "marks_count": len(marks), "counted_marks": running.count,
        "final_marks": [{"final_grade_id": f["final_grade_id"], "value": f["value"], "text": f["text"],
                         "scale": f["scale"], "normalised": f["normalised"]}
                        for f in finals if f["subject_id"] in ids],
        "days": [days[date] for date in sorted(days)],
    }


def read_grades(conn: Connection, student: progress.StudentContext, start: dt.date, end: dt.date,
                subjects: frozenset[str] | None = None) -> dict[str, Any]:
    """Every mark from ``start`` to ``end`` by subject (subjects taught in the span even without marks), the
    dates that have marks, and each subject's average per the school's rule."""
    by_subject: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for mark in progress.marks(conn, student, start, end):
        if mark["subject_id"] is not None and (subjects is None or mark["subject_id"] in subjects):
            by_subject[mark["subject_id"]].append(mark)
    taught = {s for s in progress.subjects_taught(conn, student, start, end) if subjects is None or s in subjects}
    under = subject_links.canonical_of(conn, taught | set(by_subject))  # subjects linked across journals
    if under:
        taught = {under.get(s, s) for s in taught}
        merged: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for subject, marks_ in by_subject.items():
            merged[under.get(subject, subject)].extend(marks_)
        by_subject = defaultdict(list, {s: sorted(m, key=lambda x: (x["date"], x["grade_id"])) for s, m in merged.items()})
    names = progress.subject_names(conn, taught | set(by_subject))
    scale, rule = display_scale(student.default_scale), student.average_rule
    rows = []
    for subject_id in sorted(taught | set(by_subject), key=lambda s: (names.get(s) or "", s)):
        average = Average()
        for mark in by_subject[subject_id]:
            average.add(mark)
        rows.append({"subject": {"id": subject_id, "name": names.get(subject_id)},
                     "marks": [{"date": m["date"], **{k: m[k] for k in MARK_KEYS}} for m in by_subject[subject_id]],
                     "average": average.as_json(rule, scale), "marks_count": len(by_subject[subject_id])})
    dates = sorted({m["date"] for marks in by_subject.values() for m in marks})
    return {"scale": scale, "average_rule": rule, "dates": dates, "subjects": rows}


def _day(days: dict[dt.date, dict[str, Any]], date: dt.date) -> dict[str, Any]:
    day = days.get(date)
    if day is None:
        day = days[date] = {"date": date, "lessons": [], "homework_due": [], "marks": [], "running_average": None}
    return day


def _attendance(record: dict[str, Any] | None) -> dict[str, Any] | None:
    if record is None:
        return None
    return {k: record[k] for k in ("status", "code", "minutes_late", "comment", "corrected")}

"""The ``final_grades`` projection: teacher-set period and year marks (``final_grade.recorded``), and the
final-grades view (the MRKO "progress" screen): per subject and reporting period, the computed average beside the
teacher's mark.

The table holds only what teachers set. A re-sent ``final_grade_id`` replaces the earlier mark (the event is the
complete state). There is no retraction event for final grades (``final_grade.retracted`` does not exist): a
wrong final mark can be corrected by re-sending its id, not removed.

Computed averages are NOT materialised: ``read_final_grades`` aggregates the diary's marks and attendance at
read time (``projections.progress``; rules in ``projections.averages``). A materialised average would need the
old state of an amended or retracted mark and the date of a lesson that may be rescheduled, which a pure handler
cannot read; reading a student's year (a few hundred rows through an index) keeps every answer consistent with
the diary and makes "rebuild equals incremental" hold by construction.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Column, Connection, Float, Index, MetaData, String, Table, select

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork
from projections import progress
from projections.averages import Average, display_scale, status_of
from projections.base import Projection
from projections.periods import Period, school_holidays, school_periods

metadata = MetaData()

final_marks = Table(
    "final_grades_marks", metadata,
    Column("final_grade_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("student_id", String(128)), Column("subject_id", String(128)),
    Column("period_id", String(128)), Column("value", String(32)), Column("scale", String(32)),
    Column("normalised", Float), Column("conversion", String(64)), Column("teacher_id", String(128)),
    Column("occurred_at", String(64)),
    Index("final_grades_marks_by_student", "student_id", "period_id"),
)

MISSED = ("absent", "ill", "excused")


def _final_grade_recorded(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(final_marks, {
        "final_grade_id": d["final_grade_id"], "school_id": event.school_id, "student_id": d["student_id"],
        "subject_id": d["subject_id"], "period_id": d["period_id"], "value": d["value"], "scale": d["scale"],
        "normalised": d.get("normalised"), "conversion": d.get("conversion"), "teacher_id": d.get("teacher_id"),
        "occurred_at": event.occurred_at,
    })


class FinalGradesProjection(Projection):
    name = "final_grades"
    version = 1
    metadata = metadata
    tables = (final_marks,)
    handlers = {"final_grade.recorded": _final_grade_recorded}


PROJECTION = FinalGradesProjection()


# Reading ------------------------------------------------------------------------------------------------------


def final_marks_of(conn: Connection, student: progress.StudentContext, period_ids: list[str]) -> list[dict[str, Any]]:
    """The teacher-set marks of the student for these periods, oldest first."""
    if not period_ids:
        return []
    f = final_marks
    rows = conn.execute(select(f).where(f.c.student_id.in_(student.ids), f.c.period_id.in_(period_ids),
                                        f.c.value.is_not(None))
                        .order_by(f.c.occurred_at, f.c.final_grade_id)).mappings()
    return [dict(row) for row in rows]


def read_final_grades(conn: Connection, student: progress.StudentContext, academic_year: int,
                      subjects: frozenset[str] | None = None) -> dict[str, Any]:
    """Per subject (all, or only ``subjects``) and every period the school defined for ``academic_year``: the
    average per the school's rule, mark counts, status flags, the teacher's final marks and missed lessons.

    1. Read the school's periods of the year; the year's span is their union.
    2. Read the student's marks, attendance and final marks in that span, and the subjects taught in it.
    3. File every mark and attendance mark under each period containing its date, per subject.
    """
    periods = school_periods(conn, student.school_id, academic_year)
    scale = display_scale(student.default_scale)
    body: dict[str, Any] = {
        "school_id": student.school_id, "academic_year": academic_year, "scale": scale,
        "average_rule": student.average_rule, "periods": [p.as_json() for p in periods], "subjects": [],
        "holidays": [h.as_json() for h in school_holidays(conn, student.school_id, academic_year,
                                                          sorted(student.spans))],
    }
    if not periods:
        return body
    start, end = min(p.starts_on for p in periods), max(p.ends_on for p in periods)
    cells: dict[tuple[str, str], _Cell] = defaultdict(_Cell)
    for mark in progress.marks(conn, student, start, end):
        for period in _containing(periods, mark["date"]):
            cells[mark["subject_id"], period.period_id].add_mark(mark)
    for record in progress.attendance(conn, student, start, end):
        for period in _containing(periods, record["date"]):
            cells[record["subject_id"], period.period_id].add_attendance(record["status"])
    for final in final_marks_of(conn, student, [p.period_id for p in periods]):
        cells[final["subject_id"], final["period_id"]].add_final(final)
    taught = progress.subjects_taught(conn, student, start, end) | {subject for subject, _ in cells}
    shown = sorted(s for s in taught if s is not None and (subjects is None or s in subjects))
    names = progress.subject_names(conn, set(shown))
    for subject_id in sorted(shown, key=lambda s: (names.get(s) or "", s)):
        body["subjects"].append({
            "subject": {"id": subject_id, "name": names.get(subject_id)},
            "periods": [cells.get((subject_id, p.period_id), _Cell()).as_json(p, student.average_rule, scale)
                        for p in periods],
        })
    return body


def _containing(periods: list[Period], date: Any) -> list[Period]:
    return [period for period in periods if period.contains(date)]


class _Cell:
    """One subject in one period: an ``Average`` of its marks, attendance counts and final marks."""

    __slots__ = ("average", "marks", "missed", "late", "finals")

    def __init__(self) -> None:
        self.average, self.marks, self.late = Average(), 0, 0
        self.missed = dict.fromkeys(MISSED, 0)
        self.finals: list[dict[str, Any]] = []

    def add_mark(self, mark: dict[str, Any]) -> None:
        self.marks += 1
        self.average.add(mark)

    def add_attendance(self, status: str) -> None:
        if status in self.missed:
            self.missed[status] += 1
        elif status == "late":
            self.late += 1

    def add_final(self, final: dict[str, Any]) -> None:
        self.finals.append(final)
        status = status_of(final)
        if status is not None:
            self.average.statuses.add(status)

    def as_json(self, period: Period, rule: str, scale: str) -> dict[str, Any]:
        return {
            "period_id": period.period_id, "average": self.average.as_json(rule, scale),
            "marks_count": self.marks, "counted_marks": self.average.count,
            "final_marks": [{"final_grade_id": f["final_grade_id"], "value": f["value"], "scale": f["scale"],
                             "normalised": f["normalised"], "teacher_id": f["teacher_id"]} for f in self.finals],
            "exempt": "exempt" in self.average.statuses, "not_assessed": "not_assessed" in self.average.statuses,
            "missed_lessons": {**self.missed, "total": sum(self.missed.values())}, "late": self.late,
        }

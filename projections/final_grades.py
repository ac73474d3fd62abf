"""The ``final_grades`` projection: teacher-set period and year marks (``final_grade.recorded``, with the journal's
own ``text`` since v2), the journal's own averages (``average.reported``), and the final-grades view (the MRKO
"progress" screen): per subject and reporting period, the computed average beside the teacher's mark. A column
without dates (``reporting_period.defined`` v2 kind ``exam``, after the school's periods and the year; since v4
kind ``final``, the итоговая (certificate) column, after the exam column; since v3 a column of any kind known only
from final marks, among its kind) holds the teacher's final marks only: marks and
lessons fall in periods by date, and it has none.

The table holds only what teachers set. A re-sent ``final_grade_id`` replaces the earlier mark (the event is the
complete state); ``final_grade.retracted`` withdraws it (its value is cleared, so the view shows the computed
average alone), and a later ``final_grade.recorded`` of the same id sets it again. Unlike ``grade.retracted`` in the
diary, the withdrawal is not final: a final mark's id can name a slot rather than one mark (Elzhur derives it from
the student, subject and period), so a mark set again in that slot must show.

Computed averages are NOT materialised: ``read_final_grades`` aggregates the diary's marks and attendance at
read time, in the database (``projections.progress``; rules in ``projections.averages``). A materialised average would need the
old state of an amended or retracted mark and the date of a lesson that may be rescheduled, which a pure handler
cannot read; reading a student's year (a few hundred rows through an index) keeps every answer consistent with
the diary and makes "rebuild equals incremental" hold by construction.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Column, Connection, Date, Float, Index, MetaData, String, Table, bindparam, select

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork
from projections import progress, subject_links
from projections.averages import Average, display_scale, status_of
from projections.base import Projection, date_or_none
from projections.periods import Period

metadata = MetaData()

final_marks = Table(
    "final_grades_marks", metadata,
    Column("final_grade_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("student_id", String(128)), Column("subject_id", String(128)),
    Column("period_id", String(128)), Column("value", String(32)), Column("scale", String(32)),
    Column("normalised", Float), Column("conversion", String(64)), Column("teacher_id", String(128)),
    Column("occurred_at", String(64)), Column("text", String(32)), Column("vendor_number", Float),  # v2
    Index("final_grades_marks_by_student", "student_id", "period_id"),
)
vendor_averages = Table(
    "final_grades_vendor_averages", metadata,  # average.reported; span: the period id, else "<from>..<to>"
    Column("student_id", String(128), primary_key=True), Column("subject_id", String(128), primary_key=True),
    Column("span", String(300), primary_key=True), Column("source", String(64), primary_key=True),
    Column("school_id", String(128)), Column("period_id", String(128)), Column("starts_on", Date),
    Column("ends_on", Date), Column("value", String(32)), Column("number", Float), Column("rule", String(32)),
    Column("occurred_at", String(64)),
)
class_subjects = Table(  # v3: every (class, subject) a lesson was ever scheduled in (never removed: a candidate)
    "final_grades_class_subjects", metadata,
    Column("class_id", String(128), primary_key=True), Column("subject_id", String(128), primary_key=True),
)

MISSED = ("absent", "ill", "excused")


def _final_grade_recorded(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(final_marks, {
        "final_grade_id": d["final_grade_id"], "school_id": event.school_id, "student_id": d["student_id"],
        "subject_id": d["subject_id"], "period_id": d["period_id"], "value": d["value"], "scale": d["scale"],
        "normalised": d.get("normalised"), "conversion": d.get("conversion"), "teacher_id": d.get("teacher_id"),
        "occurred_at": event.occurred_at, "text": d.get("text"), "vendor_number": d.get("vendor_number"),
    })


def _final_grade_retracted(event: LoggedEvent, uow: UnitOfWork) -> None:
    uow.update(final_marks, {"final_grade_id": event.data["final_grade_id"]}, {"value": None, "normalised": None})


def _average_reported(event: LoggedEvent, uow: UnitOfWork) -> None:
    """The journal's own average; a re-sent (student, subject, span, source) replaces the figure."""
    d = event.data
    uow.upsert(vendor_averages, {
        "student_id": d["student_id"], "subject_id": d["subject_id"], "span": span_key(d), "source": d["source"],
        "school_id": event.school_id, "period_id": d.get("period_id"), "starts_on": date_or_none(d.get("starts_on")),
        "ends_on": date_or_none(d.get("ends_on")), "value": d["value"], "number": d.get("number"),
        "rule": d.get("rule"), "occurred_at": event.occurred_at,
    })


def _lesson_scheduled(event: LoggedEvent, uow: UnitOfWork) -> None:
    """A candidate for the subjects taught in the class: whether a lesson of it falls in a span, and is not
    cancelled, is asked of the diary's lessons at read time (``final_grades_year``), so a moved, cancelled or
    re-subjected lesson needs nothing here."""
    d = event.data
    if d.get("class_id") is not None and d.get("subject_id") is not None:
        uow.upsert(class_subjects, {"class_id": d["class_id"], "subject_id": d["subject_id"]})


def span_key(data: dict[str, Any]) -> str:
    """What an ``average.reported`` is over, as a key: its period id, else its dates (``<from>..<to>``)."""
    return data.get("period_id") or f"{data.get('starts_on') or ''}..{data.get('ends_on') or ''}"


class FinalGradesProjection(Projection):
    name = "final_grades"
    version = 3  # 2: final grade v2 text and vendor_number; the journal's own averages (vendor_averages);
    #              3: the (class, subject) pairs lessons were scheduled in (class_subjects)
    metadata = metadata
    tables = (final_marks, vendor_averages, class_subjects)
    handlers = {"final_grade.recorded": _final_grade_recorded, "final_grade.retracted": _final_grade_retracted,
                "average.reported": _average_reported, "lesson.scheduled": _lesson_scheduled}


PROJECTION = FinalGradesProjection()


# Reading ------------------------------------------------------------------------------------------------------


def final_marks_of(conn: Connection, student: progress.StudentContext, period_ids: list[str]) -> list[dict[str, Any]]:
    """The teacher-set marks of the student for these periods, oldest first."""
    if not period_ids:
        return []
    rows = conn.execute(_FINAL_MARKS, {"ids": student.ids, "period_ids": period_ids}).mappings()
    return [dict(row) for row in rows]


_FINAL_MARKS = (select(final_marks)
                .where(final_marks.c.student_id.in_(bindparam("ids", expanding=True)),
                       final_marks.c.period_id.in_(bindparam("period_ids", expanding=True)),
                       final_marks.c.value.is_not(None))
                .order_by(final_marks.c.occurred_at, final_marks.c.final_grade_id))


def read_final_grades(conn: Connection, student: progress.StudentContext, academic_year: int,
                      subjects: frozenset[str] | None = None) -> dict[str, Any]:
    """Per subject (all, or only ``subjects``) and every period of the student's classes in ``academic_year`` (the
    school's, when the journal did not assign its periods to classes: ``projections.class_periods``): the
    average per the school's rule, mark counts, status flags, the teacher's final marks and missed lessons.

    1. Read, in one statement (``projections.final_grades_year``): the student's periods of the year and the
       school's holidays; aggregated in the database per subject and period containing the date, the student's marks
       (``averages.sql_sums``) and attendance; the teacher's final marks, the journal's own averages and the
       subjects taught that year, each subject with its name and whether it is linked to another. Only when one
       is linked: the links and the names of the subjects they count under (two or three more).
    2. One cell per subject and period, in the school's period order.
    """
    from projections.final_grades_year import read_year

    year = read_year(conn, student.student_id, student.school_id, academic_year)
    periods, scale = year.periods, display_scale(student.default_scale)
    body: dict[str, Any] = {
        "school_id": student.school_id, "academic_year": academic_year, "scale": scale,
        "average_rule": student.average_rule, "periods": [p.as_json() for p in periods], "subjects": [],
        "holidays": [h.as_json() for h in year.holidays],
    }
    if not periods:
        return body
    cells: dict[tuple[str, str], _Cell] = defaultdict(_Cell)
    sums_rows, absences, finals = year.sums, year.absences, year.finals
    dated = [p for p in periods if p.dated]  # all but the undated columns, which hold final marks only
    start, end = (min(p.starts_on for p in dated), max(p.ends_on for p in dated)) if dated else (None, None)
    reported = _journal_averages(year.reported, periods, start, end)
    during = set(student.classes_during(start, end)) if dated else set()
    taught = {subject for class_id, subject in year.taught if class_id in during}
    under = subject_links.canonical_of(conn, taught | set(reported) | {r["subject_id"] for r in (
        *sums_rows, *absences, *finals) if r["subject_id"] is not None}) if year.linked else {}  # linked subjects
    u = lambda subject: under.get(subject, subject)  # noqa: E731
    for sums in sums_rows:
        cells[u(sums["subject_id"]), sums["period_id"]].add_sums(sums)
    for row in absences:
        cells[u(row["subject_id"]), row["period_id"]].add_absences(row["status"], row["lessons"])
    for final in finals:
        cells[u(final["subject_id"]), final["period_id"]].add_final(final)
    linked_reports: dict[str, list[tuple[Any, Period | None]]] = defaultdict(list)
    for subject, items in reported.items():
        linked_reports[u(subject)].extend(items)
    reported = linked_reports
    taught = {u(subject) for subject in taught} | {subject for subject, _ in cells} | set(reported)
    shown = sorted(s for s in taught if s is not None and (subjects is None or s in subjects))
    names = progress.subject_names(conn, set(shown)) if year.linked else year.names
    for subject_id in sorted(shown, key=lambda s: (names.get(s) or "", s)):
        body["subjects"].append({
            "subject": {"id": subject_id, "name": names.get(subject_id)},
            "periods": [(cells.get((subject_id, p.period_id)) or _EMPTY).as_json(p, student.average_rule, scale)
                        for p in periods],
            "vendor_averages": [_journal_average(row, period, cells.get((subject_id, period.period_id))
                                                 if period else None, student.average_rule, scale)
                                for row, period in reported.get(subject_id, [])],
        })
    return body


def _journal_averages(rows: list[dict[str, Any]], periods: list[Period], start: Any,
                      end: Any) -> dict[str, list[tuple[Any, Period | None]]]:
    """The journal's own averages of the student (``rows``) per subject, each with the period it is over (None for
    a span that is no period): those in one of ``periods``, or over dates within ``start..end``."""
    from projections import vendor_averages as journal

    found: dict[str, list[tuple[Any, Period | None]]] = defaultdict(list)
    for row in rows:
        period = journal.period_of(row, periods)
        if period is None and (row["period_id"] is not None or row["ends_on"] is None or start is None
                               or row["ends_on"] < start
                               or (row["starts_on"] or row["ends_on"]) > end):
            continue  # another year's
        found[row["subject_id"]].append((row, period))
    return found


def _journal_average(row: Any, period: Period | None, cell: "_Cell | None", rule: str, scale: str) -> dict[str, Any]:
    """One journal average with whether the hub's own figure agrees at the journal's precision (null: the hub has
    no figure for that period, or the span is no period)."""
    from projections import vendor_averages as journal

    item = journal.as_json(row, period)
    item["agrees"] = journal.compare(cell.average, row, rule, scale)[1] if cell is not None else None
    return item


class _Cell:
    """One subject in one period: its marks' ``Average``, attendance counts and the teacher's final marks."""

    __slots__ = ("average", "marks", "missed", "late", "finals")

    def __init__(self) -> None:
        self.average, self.marks, self.late = Average(), 0, 0
        self.missed = dict.fromkeys(MISSED, 0)
        self.finals: list[dict[str, Any]] = []

    def add_sums(self, sums: Any) -> None:
        """Add one group of marks' sums (two when a linked subject's marks count here too)."""
        more = Average.from_sums(sums)
        self.average.count += more.count
        self.average.total += more.total
        self.average.weighted_total += more.weighted_total
        self.average.weights += more.weights
        self.average.statuses |= more.statuses
        self.marks += int(sums["marks"])

    def add_absences(self, status: str, lessons: int) -> None:
        if status in self.missed:
            self.missed[status] += lessons
        elif status == "late":
            self.late += lessons

    def add_final(self, final: dict[str, Any]) -> None:
        self.finals.append(final)
        status = status_of(final)
        if status is not None:
            self.average.statuses.add(status)

    def as_json(self, period: Period, rule: str, scale: str) -> dict[str, Any]:
        return {
            "period_id": period.period_id, "average": self.average.as_json(rule, scale),
            "marks_count": self.marks, "counted_marks": self.average.count,
            "final_marks": [{"final_grade_id": f["final_grade_id"], "value": f["value"], "text": f["text"],
                             "scale": f["scale"], "normalised": f["normalised"], "vendor_number": f["vendor_number"],
                             "teacher_id": f["teacher_id"]} for f in self.finals],
            "exempt": "exempt" in self.average.statuses, "not_assessed": "not_assessed" in self.average.statuses,
            "missed_lessons": {**self.missed, "total": sum(self.missed.values())}, "late": self.late,
        }


_EMPTY = _Cell()  # a period without marks, absences or final marks: only read (``as_json``), never added to

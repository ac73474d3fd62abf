"""What the final-grades view reads for one student and academic year, in ONE statement (``YEAR``, a ``UNION ALL``
of shaped rows, ``projections.shaped_rows``): ``read_year`` answers a ``Year``.

* ``periods``: the student's reporting periods of the year, each with its name and short name, in the school's
  order (``periods._period_order``: by kind and number, so the exam column comes after the year and the итоговая
  column, kind ``final``, after it); a period without dates (the exam and итоговая columns, or a column of any
  kind known only from final marks, v3) holds final marks only, never a
  mark or a lesson: the school's periods that apply to a class the student was enrolled in during the year
  (``class_periods``: a period assigned to no class applies to every class);
* ``holidays``: the school's holidays of the year, whole-school or of a class the student has an enrolment in, by
  start date and id (``periods.school_holidays``);
* ``sums``: per (subject, period) the ``averages.sql_sums`` of the student's marks filed in it (a mark under its
  lesson's date, else its own, and its own subject, else its lesson's: ``day`` and ``filed_subject``, kept on the
  row by ``projections.lesson_days``; retracted ones never), aggregated in the database;
* ``absences``: per (subject, period, status) how many lessons (not cancelled) the student missed or was late to;
* ``finals``: the teacher-set marks (with a value) of the student for those periods, oldest first;
* ``reported``: the journal's own averages of the student, by subject, span and source;
* ``taught``: (class, subject) of lessons (not cancelled) from the first period's start to the last one's end in
  classes the student has an enrolment in (the caller keeps the classes the student was in during that span): of
  the pairs lessons were ever scheduled in (``final_grades.class_subjects``), those with such a lesson, one index
  probe each (``diary_lessons_by_class_subject``) instead of every lesson of the classes' year;
* ``names``: the name of every subject above (None for a subject the roster does not know);
* ``linked``: whether any of those subjects is linked to another (``subject.linked``): only then need the
  caller ask for the links (``subject_links.canonical_of``) and the linked subjects' names.

The student is known by its id and every alias (``child_ids``, a CTE of the statement). Parameters: ``student_id``,
``school_id``, ``year``, ``year_from`` and ``year_until`` (``class_periods.year_bounds``). Built once; SQLAlchemy
caches its SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (Boolean, Connection, Date, Float, Integer, String, and_, bindparam, exists, false, func,
                        literal_column, or_, select, union_all)

from projections import child_ids, diary, roster
from projections.averages import sql_sums
from projections.class_periods import applies_sql, not_of_other_years, year_bounds
from projections.final_grades import class_subjects, final_marks, vendor_averages
from projections.periods import Holiday, Period
from projections.shaped_rows import Shape

PERIODS, HOLIDAYS, SUMS, ABSENCES, FINALS, REPORTED, TAUGHT = range(7)
NOT_PRESENT = ("absent", "ill", "excused", "late")
_NOT_PRESENT_SQL = [literal_column(f"'{status}'") for status in NOT_PRESENT]  # in the SQL, not an expanding IN
#                                                                            # that SQLAlchemy renders per call
S, D, I, F, B = String, Date, Integer, Float, Boolean
SUM_COLUMNS = ("marks", "counted", "total", "weighted_total", "weights", "exempt", "not_assessed")
FINAL_COLUMNS = tuple(c.name for c in final_marks.columns)
REPORTED_COLUMNS = tuple(c.name for c in vendor_averages.columns)
_SUBJECT = (("linked", B), ("subject_name", S))  # every block with a subject ends with these two
SHAPE = Shape({
    PERIODS: (("period_id", S), ("kind", S), ("number", I), ("name", S), ("academic_year", I), ("starts_on", D),
              ("ends_on", D), ("short_name", S)),
    HOLIDAYS: (("holiday_id", S), ("name", S), ("academic_year", I), ("starts_on", D), ("ends_on", D),
               ("class_id", S)),
    SUMS: (("subject_id", S), ("period_id", S), ("marks", I), ("counted", I), ("total", F), ("weighted_total", F),
           ("weights", F), ("exempt", I), ("not_assessed", I), *_SUBJECT),
    ABSENCES: (("subject_id", S), ("period_id", S), ("status", S), ("lessons", I), *_SUBJECT),
    FINALS: (*((c.name, type(c.type)) for c in final_marks.columns), *_SUBJECT),
    REPORTED: (*((c.name, type(c.type)) for c in vendor_averages.columns), *_SUBJECT),
    TAUGHT: (("class_id", S), ("subject_id", S), *_SUBJECT),
}, sort=(("o_date", D), ("o_1", S), ("o_2", S), ("o_3", S)))


@dataclass
class Year:
    periods: list[Period] = field(default_factory=list)
    holidays: list[Holiday] = field(default_factory=list)
    sums: list[dict[str, Any]] = field(default_factory=list)
    absences: list[dict[str, Any]] = field(default_factory=list)
    finals: list[dict[str, Any]] = field(default_factory=list)
    reported: list[dict[str, Any]] = field(default_factory=list)
    taught: list[tuple[str, str]] = field(default_factory=list)
    names: dict[str, str | None] = field(default_factory=dict)
    linked: bool = False


def read_year(conn: Connection, student_id: str, school_id: str, year: int) -> Year:
    """The student's year as the final-grades view reads it (see the module docstring); one statement."""
    from projections.periods import _period_order

    year_from, year_until = year_bounds(year)
    rows = SHAPE.split(conn.execute(YEAR, {"student_id": student_id, "school_id": school_id, "year": year,
                                           "year_from": year_from, "year_until": year_until}).all())
    found = Year(
        periods=sorted((Period(kind=kind, starts_on=starts_on, ends_on=ends_on, period_id=period_id, number=number,
                               name=name, academic_year=academic_year, short_name=short_name)
                        for period_id, kind, number, name, academic_year, starts_on, ends_on, short_name
                        in rows[PERIODS]),
                       key=_period_order),
        holidays=[Holiday(*row) for row in rows[HOLIDAYS]],
        sums=[dict(zip(("subject_id", "period_id", *SUM_COLUMNS), row)) for row in rows[SUMS]],
        absences=[dict(zip(("subject_id", "period_id", "status", "lessons"), row)) for row in rows[ABSENCES]],
        finals=[dict(zip(FINAL_COLUMNS, row)) for row in rows[FINALS]],
        reported=[dict(zip(REPORTED_COLUMNS, row)) for row in rows[REPORTED]],
        taught=[(class_id, subject_id) for class_id, subject_id, _linked, _name in rows[TAUGHT]])
    for kind, at in ((SUMS, 0), (ABSENCES, 0), (FINALS, FINAL_COLUMNS.index("subject_id")),
                     (REPORTED, REPORTED_COLUMNS.index("subject_id")), (TAUGHT, 1)):
        for row in rows[kind]:
            found.names[row[at]] = row[-1]
            found.linked = found.linked or bool(row[-2])
    found.names.pop(None, None)
    return found


def _statement() -> Any:
    e, p, h, m, a, lessons = (roster.enrolments, roster.reporting_periods, roster.holidays, diary.marks,
                              diary.attendance, diary.lessons)
    ids = child_ids.ids_cte()
    mine = select(ids.c.id)
    classes = select(e.c.class_id).where(e.c.student_id.in_(mine), e.c.enrolled_on.is_not(None))
    in_year = select(e.c.class_id).where(  # the student's classes of the year: whose periods they see
        e.c.student_id.in_(mine), e.c.enrolled_on < bindparam("year_until", type_=Date),
        or_(e.c.withdrawn_on.is_(None), e.c.withdrawn_on > bindparam("year_from", type_=Date)),
        not_of_other_years(e.c.class_id, bindparam("year", type_=Integer)))
    theirs_p = roster.reporting_periods.alias("theirs")  # the student's periods of the year, worked out once
    theirs = p.c.period_id.in_(select(select(theirs_p.c.period_id).where(
        theirs_p.c.school_id == bindparam("school_id", type_=String),
        theirs_p.c.academic_year == bindparam("year", type_=Integer), applies_sql(theirs_p, in_year))
        .cte("their_periods").c.period_id))
    of_year = and_(p.c.school_id == bindparam("school_id", type_=String), p.c.academic_year == bindparam(
        "year", type_=Integer), p.c.starts_on.is_not(None), p.c.ends_on.is_not(None), theirs)
    listed = and_(p.c.school_id == bindparam("school_id", type_=String), p.c.academic_year == bindparam(
        "year", type_=Integer), or_(and_(p.c.starts_on.is_not(None), p.c.ends_on.is_not(None)),
                                    and_(p.c.starts_on.is_(None), p.c.ends_on.is_(None))), theirs)
    periods = select(*SHAPE.member(PERIODS, [p.c.period_id, p.c.kind, p.c.number, p.c.name, p.c.academic_year,
                                             p.c.starts_on, p.c.ends_on, p.c.short_name])).where(listed)
    holidays = select(*SHAPE.member(HOLIDAYS, [h.c.holiday_id, h.c.name, h.c.academic_year, h.c.starts_on,
                                               h.c.ends_on, h.c.class_id], (h.c.starts_on, h.c.holiday_id))).where(
        h.c.school_id == bindparam("school_id", type_=String), h.c.starts_on.is_not(None), h.c.ends_on.is_not(None),
        h.c.academic_year == bindparam("year", type_=Integer), or_(h.c.class_id.is_(None), h.c.class_id.in_(classes)))
    subject = m.c.filed_subject  # its own, else its lesson's; filed on its lesson's date else its own (``day``)
    sums = (select(subject.label("subject_id"), p.c.period_id, *sql_sums(m))
            .select_from(m.join(p, and_(of_year, m.c.day.between(p.c.starts_on, p.c.ends_on))))
            .where(m.c.student_id.in_(mine), m.c.value.is_not(None), func.coalesce(m.c.retracted, false()) == false())
            .group_by(subject, p.c.period_id)).subquery("sums")
    in_period = and_(of_year, a.c.day.between(p.c.starts_on, p.c.ends_on))  # its lesson's date (lesson_days)
    absences = (select(lessons.c.subject_id, p.c.period_id, a.c.status, func.count().label("lessons"))
                .select_from(a.join(lessons, lessons.c.lesson_id == a.c.lesson_id).join(p, in_period))
                .where(a.c.student_id.in_(mine), a.c.status.in_(_NOT_PRESENT_SQL),
                       func.coalesce(lessons.c.cancelled, false()) == false())
                .group_by(lessons.c.subject_id, p.c.period_id, a.c.status)).subquery("absences")
    period_ids = select(p.c.period_id).where(listed)  # the undated columns' finals too
    span = [select(func.min(p.c.starts_on)).where(of_year).scalar_subquery(),
            select(func.max(p.c.ends_on)).where(of_year).scalar_subquery()]
    taught = _taught(classes, span)
    f, v = final_marks, vendor_averages
    members = [periods, holidays,
               _with_subject(SUMS, sums, [sums.c[name] for name in ("subject_id", "period_id", *SUM_COLUMNS)]),
               _with_subject(ABSENCES, absences, list(absences.c)),
               _with_subject(FINALS, f, list(f.c), (None, f.c.occurred_at, f.c.final_grade_id),
                             f.c.student_id.in_(mine), f.c.period_id.in_(period_ids), f.c.value.is_not(None)),
               _with_subject(REPORTED, v, list(v.c), (None, v.c.subject_id, v.c.span, v.c.source),
                             v.c.student_id.in_(mine)),
               _with_subject(TAUGHT, taught, list(taught.c))]
    return union_all(*members).order_by(*SHAPE.order_by())


def _taught(classes: Any, span: list[Any]) -> Any:
    """(class, subject) of the candidates (``final_grades.class_subjects``) of ``classes`` with a lesson (not
    cancelled) dated in ``span``: one probe each of ``diary_lessons_by_class_subject``, not every lesson of the year."""
    c, lessons = class_subjects, diary.lessons
    held = select(literal_column("1")).where(
        lessons.c.class_id == c.c.class_id, lessons.c.subject_id == c.c.subject_id, lessons.c.date.between(*span),
        lessons.c.cancelled.is_not(True))
    return select(c.c.class_id, c.c.subject_id).where(c.c.class_id.in_(classes), exists(held)).subquery("taught")


def _with_subject(kind: int, source: Any, columns: list[Any], sort: tuple[Any, ...] = (), *where: Any) -> Any:
    """A member over ``source`` whose ``subject_id`` is joined to its link (``linked``) and its name."""
    link, named = roster.subject_links.alias(f"link_{kind}"), roster.subjects.alias(f"subject_{kind}")
    subject = source.c.subject_id
    return (select(*SHAPE.member(kind, [*columns, link.c.alias_id.is_not(None), named.c.name], sort))
            .select_from(source.outerjoin(link, link.c.alias_id == subject).outerjoin(named, named.c.subject_id ==
                                                                                      subject))
            .where(*where))


YEAR = _statement()

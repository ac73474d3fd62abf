"""Statistics of marks and attendance, computed at read time from the diary and roster views.

Nothing is materialised: ``partial(conn, school, period, classes)`` runs four GROUP BY queries (marks at lessons,
marks without one, attendance, lessons held x students enrolled) over the diary's rows of ONE school, joined with
its enrolments, and returns additive sums
(``statistics_sums.Partial``); class, school and city figures are folds and combinations of those. Corrections
need no bookkeeping (an amended mark is one row with its new value, a retracted one is left out), and a rebuild of
the views gives the same figures, because they are a function of the view rows alone.

Why not counters maintained by the projector: a handler sees an amendment's new state but not the old one it
replaces, and cannot read the database, so an incremental counter would need the old value; per-mark rows keyed by
grade id (what the diary already keeps) are the idempotent form. Aggregating them at read time costs time linear in
the marks of the school and period: tens of milliseconds for a class, about a second for a large school's quarter
(README, "Schedule and statistics"; ``python -m bench.statistics``).

Which rows count for a class: marks, attendance and lessons of lessons of the class and its subgroups, dated in the
period (a mark is dated by its lesson, else by its own date); a mark without a known lesson counts for the main
class (not a subgroup) its student was enrolled in on its date. The teacher of a mark is the one who gave it, else
the lesson's; attendance and lessons belong to the lesson's teacher. Students are found through the enrolments of
the classes in scope, so every query walks the ``(student_id, ...)`` indexes of marks and attendance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Date, and_, case, false, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

from projections import diary, roster
from projections.statistics_sums import MarkSums, Partial


@dataclass(frozen=True)
class Period:
    """A dated period the figures are over; ``short_name``: the journal's own short name beside ``name`` (None when
    it gave none, or for a year the school did not define)."""

    period_id: str
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    short_name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.period_id, "name": self.name, "short_name": self.short_name, "kind": self.kind,
                "starts_on": self.starts_on, "ends_on": self.ends_on}


class UnknownPeriod(LookupError):
    """The school has no such period (or none at all); the message says which."""


def resolve_period(conn: Connection, school_id: str, period: str, today: dt.date,
                   class_id: str | None = None) -> Period:
    """The school's period named by ``period``: a ``period_id`` of that school; ``current``: the shortest period
    containing ``today``, else the last one that ended before it; ``year``: the school's ``year`` period of the
    academic year of ``current``, else the span of all its periods of that academic year. With ``class_id``,
    ``current`` and ``year`` choose among the periods that apply to that class (``projections.class_periods``)."""
    p = roster.reporting_periods
    rows = [dict(row) for row in conn.execute(select(p).where(p.c.school_id == school_id,
                                                              p.c.starts_on.is_not(None), p.c.ends_on.is_not(None)))
            .mappings()]
    if class_id is not None and period in ("current", "year"):
        rows = _of_class(conn, school_id, class_id, rows)
    if period not in ("current", "year"):
        row = next((r for r in rows if r["period_id"] == period), None)
        if row is None:
            raise UnknownPeriod(f"the school has no reporting period {period!r}")
        return _period(row)
    current = _current(rows, today)
    if period == "current":
        return _period(current)
    year = [r for r in rows if r["academic_year"] == current["academic_year"]]
    whole = next((r for r in year if r["kind"] == "year"), None)
    if whole is not None:
        return _period(whole)
    return Period(f"year-{current['academic_year']}", f"{current['academic_year']}/{current['academic_year'] + 1}",
                  "year", min(r["starts_on"] for r in year), max(r["ends_on"] for r in year))


def _of_class(conn: Connection, school_id: str, class_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``rows`` (periods of the school) that apply to the class or the class it is a subgroup of."""
    from projections.class_periods import assignments, with_parents

    told, classes = assignments(conn, school_id), with_parents(conn, {class_id})
    return [row for row in rows if told.applies(row["period_id"], row["academic_year"], classes)]


def _current(rows: list[dict[str, Any]], today: dt.date) -> dict[str, Any]:
    containing = [r for r in rows if r["starts_on"] <= today <= r["ends_on"]]
    if containing:
        return min(containing, key=lambda r: (r["ends_on"] - r["starts_on"], r["period_id"]))
    past = [r for r in rows if r["ends_on"] < today]
    if not past:
        raise UnknownPeriod("the school has no reporting period that has begun")
    return max(past, key=lambda r: (r["ends_on"], r["starts_on"], r["period_id"]))


def _period(row: dict[str, Any]) -> Period:
    return Period(row["period_id"], row["name"], row["kind"], row["starts_on"], row["ends_on"], row["short_name"])


# Grouping keys ----------------------------------------------------------------------------------------------------


class week_key(GenericFunction):  # noqa: N801 (an SQL function)
    """What marks are grouped by in time: on PostgreSQL the Monday of the date's ISO week (``date_trunc`` is cheap
    there); on SQLite the date itself (``date(d, 'weekday 0', '-6 days')`` per row costs more than grouping by day),
    folded into weeks in Python (``_add_marks``)."""

    type = Date()
    inherit_cache = True


@compiles(week_key, "sqlite")
def _week_key_sqlite(element, compiler, **kw):  # noqa: ANN001, ANN202
    return compiler.process(element.clauses, **kw)


@compiles(week_key, "postgresql")
def _week_key_postgresql(element, compiler, **kw):  # noqa: ANN001, ANN202
    return f"CAST(date_trunc('week', {compiler.process(element.clauses, **kw)}) AS DATE)"


def _base(value):  # noqa: ANN001, ANN202
    """The mark without its ``+``/``-``: the distribution and the failing rule need no more (``scales``)."""
    return func.rtrim(value, "+-")


# Partial sums of one school ---------------------------------------------------------------------------------------


def partial(conn: Connection, school_id: str, period: Period, class_ids: list[str] | None = None) -> Partial:
    """The sums of the school's rows in ``period``: all its classes, or ``class_ids`` (and nothing else; pass a
    class with its subgroups to get the whole class)."""
    c, e = roster.classes, roster.enrolments
    scope = select(c.c.class_id).where(c.c.school_id == school_id)
    if class_ids is not None:
        scope = scope.where(c.c.class_id.in_(class_ids))
    classes = conn.execute(scope.add_columns(c.c.parent_class_id)).all()
    in_scope = [class_id for class_id, _parent in classes]
    main = [class_id for class_id, parent in classes if parent is None]
    students = select(e.c.student_id).where(e.c.class_id.in_(in_scope)).distinct()
    result = Partial()
    _lesson_marks(conn, result, in_scope, students, period)
    _marks_without_lesson(conn, result, main, students, period)
    _attendance(conn, result, in_scope, students, period)
    _student_lessons(conn, result, in_scope, period)
    return result


def _mark_sums() -> list:
    m = diary.marks
    averaged = and_(m.c.counts_in_average.is_(True), m.c.normalised.is_not(None))
    weight = func.coalesce(m.c.weight, 1.0)
    return [func.count(), func.sum(case((averaged, 1), else_=0)),
            func.sum(case((averaged, m.c.normalised), else_=0.0)), func.sum(case((averaged, weight), else_=0.0)),
            func.sum(case((averaged, weight * m.c.normalised), else_=0.0))]


def _counted(m) -> list:  # noqa: ANN001
    return [m.c.value.is_not(None), m.c.scale.is_not(None), func.coalesce(m.c.retracted, false()) == false()]


def _lesson_marks(conn: Connection, result: Partial, classes: list[str], students, period: Period) -> None:  # noqa: ANN001
    m, l = diary.marks, diary.lessons
    keys = [l.c.class_id, func.coalesce(m.c.subject_id, l.c.subject_id), func.coalesce(m.c.teacher_id, l.c.teacher_id),
            week_key(l.c.date), m.c.scale, _base(m.c.value)]
    rows = conn.execute(
        select(*keys, *_mark_sums()).select_from(m).join(l, l.c.lesson_id == m.c.lesson_id)
        .where(m.c.student_id.in_(students), m.c.lesson_id.in_(_lessons_of(classes, period)), *_counted(m))
        .group_by(*keys))
    _add_marks(result, rows)


def _lessons_of(classes: list[str], period: Period, held_only: bool = False):  # noqa: ANN202
    """The ids of the lessons of ``classes`` in ``period``. Marks and attendance are filtered with ``lesson_id IN``
    this set rather than by the joined lesson's columns, so that the planner walks them by student (their index)
    and looks each lesson up by its key, instead of probing every student's marks once per lesson."""
    l = diary.lessons
    query = select(l.c.lesson_id).where(l.c.class_id.in_(classes), l.c.date.between(period.starts_on, period.ends_on))
    return query.where(_held(l)) if held_only else query


def _marks_without_lesson(conn: Connection, result: Partial, main: list[str], students, period: Period) -> None:  # noqa: ANN001
    """Marks with no lesson in the views (none given, or not sent): dated by themselves, counted for the main
    class the student was enrolled in on that date."""
    m, l, e = diary.marks, diary.lessons, roster.enrolments
    keys = [e.c.class_id, m.c.subject_id, m.c.teacher_id, week_key(m.c.date), m.c.scale, _base(m.c.value)]
    rows = conn.execute(
        select(*keys, *_mark_sums()).select_from(m)
        .outerjoin(l, l.c.lesson_id == m.c.lesson_id)
        .join(e, and_(e.c.student_id == m.c.student_id, e.c.class_id.in_(main), e.c.enrolled_on <= m.c.date,
                      or_(e.c.withdrawn_on.is_(None), m.c.date < e.c.withdrawn_on)))
        .where(~_between_stays(e, m.c.date), m.c.student_id.in_(students), l.c.class_id.is_(None),
               m.c.subject_id.is_not(None),
               m.c.date.between(period.starts_on, period.ends_on), *_counted(m))
        .group_by(*keys))
    _add_marks(result, rows)


def _add_marks(result: Partial, rows) -> None:  # noqa: ANN001
    """Adds grouped rows to ``result``, their ``week_key`` turned into the Monday of the week."""
    mondays: dict[Any, dt.date] = {}
    for class_id, subject, teacher, day, scale, value, count, averaged, values, weights, weighted in rows:
        week = mondays.get(day)
        if week is None:
            date = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
            week = mondays[day] = date - dt.timedelta(days=date.isoweekday() - 1)
        sums = MarkSums(count, averaged or 0, float(values or 0), float(weights or 0), float(weighted or 0))
        key = (class_id, subject, teacher, week, scale, value)
        if key in result.marks:
            result.marks[key].add(sums)
        else:
            result.marks[key] = sums


def _attendance(conn: Connection, result: Partial, classes: list[str], students, period: Period) -> None:  # noqa: ANN001
    """Attendance marks of the students, then their lessons. The students' marks are taken first, in a
    materialised CTE: with ``student_id IN .. AND lesson_id IN ..`` on its (student_id, lesson_id) key, SQLite
    would probe every student x lesson pair."""
    a, l, aliases = diary.attendance, diary.lessons, roster.student_aliases
    marked = (select(a.c.student_id, a.c.lesson_id, a.c.status)
              .where(a.c.student_id.in_(students), a.c.status.is_not(None))
              .cte("marked").prefix_with("MATERIALIZED"))
    student = func.coalesce(aliases.c.student_id, marked.c.student_id)  # the child, whichever journal
    keys = [l.c.class_id, l.c.subject_id, l.c.teacher_id, student, marked.c.status]
    rows = conn.execute(
        select(*keys, func.count()).select_from(marked).join(l, l.c.lesson_id == marked.c.lesson_id)
        .outerjoin(aliases, aliases.c.alias_id == marked.c.student_id)
        .where(l.c.class_id.in_(classes), l.c.date.between(period.starts_on, period.ends_on), _held(l))
        .group_by(*keys))
    for *key, count in rows:
        result.attendance[tuple(key)] += count


def _student_lessons(conn: Connection, result: Partial, classes: list[str], period: Period) -> None:
    """Lessons held times the students enrolled on their dates; enrolments are first counted per span (most of a
    class shares one), so the join is lessons x spans rather than lessons x students."""
    l, e = diary.lessons, roster.enrolments
    spans = (select(e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on, func.count().label("students"))
             .where(e.c.class_id.in_(classes), e.c.enrolled_on.is_not(None))
             .group_by(e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on).cte("spans"))
    keys = [l.c.class_id, l.c.subject_id, l.c.teacher_id]
    rows = conn.execute(
        select(*keys, func.sum(spans.c.students)).select_from(l)
        .join(spans, and_(spans.c.class_id == l.c.class_id, spans.c.enrolled_on <= l.c.date,
                          or_(spans.c.withdrawn_on.is_(None), l.c.date < spans.c.withdrawn_on)))
        .where(l.c.class_id.in_(classes), l.c.date.between(period.starts_on, period.ends_on), _held(l))
        .group_by(*keys))
    for *key, count in rows:
        result.student_lessons[tuple(key)] += int(count)
    _student_lessons_between_stays(conn, result, classes, period)


def _between_stays(e: Any, day: Any) -> Any:
    """The enrolment ``e``'s pupil was out of its class on ``day``, between two stays (``projections.roster_stays``)."""
    g = roster.enrolment_gaps
    return select(g.c.left_on).where(g.c.student_id == e.c.student_id, g.c.class_id == e.c.class_id,
                                     g.c.left_on <= day, day < g.c.returned_on).exists()


def _student_lessons_between_stays(conn: Connection, result: Partial, classes: list[str], period: Period) -> None:
    """Take back the lessons ``_student_lessons`` counted on days a pupil was out of the class between two stays
    (within his enrolment's span, so counted there), grouped per gap like the spans."""
    l, g, e = diary.lessons, roster.enrolment_gaps, roster.enrolments
    spans = [e.c.enrolled_on, e.c.withdrawn_on]
    gaps = (select(g.c.class_id, g.c.left_on, g.c.returned_on, *spans, func.count().label("students"))
            .join(e, and_(e.c.student_id == g.c.student_id, e.c.class_id == g.c.class_id))
            .where(g.c.class_id.in_(classes), e.c.enrolled_on.is_not(None))
            .group_by(g.c.class_id, g.c.left_on, g.c.returned_on, *spans).cte("gaps"))
    keys = [l.c.class_id, l.c.subject_id, l.c.teacher_id]
    rows = conn.execute(
        select(*keys, func.sum(gaps.c.students)).select_from(l)
        .join(gaps, and_(gaps.c.class_id == l.c.class_id, gaps.c.left_on <= l.c.date, l.c.date < gaps.c.returned_on,
                         gaps.c.enrolled_on <= l.c.date,
                         or_(gaps.c.withdrawn_on.is_(None), l.c.date < gaps.c.withdrawn_on)))
        .where(l.c.class_id.in_(classes), l.c.date.between(period.starts_on, period.ends_on), _held(l))
        .group_by(*keys))
    for *key, count in rows:
        result.student_lessons[tuple(key)] -= int(count)


def _held(l):  # noqa: ANN001, ANN202
    return func.coalesce(l.c.cancelled, false()) == false()

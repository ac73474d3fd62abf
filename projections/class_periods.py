"""Reporting periods per class (``reporting_period.assigned``, the roster's ``roster_period_classes``).

A period no class was assigned applies to every class of the school (old data, the native journal, a vendor that
says nothing about classes); a period assigned to some classes applies to those and their subgroups only; a class
that was assigned no period of an academic year (the journal said nothing about it: an Elzhur getperiods asked
for one pupil of 8А only) sees every period of that year, as before; a pupil in no class that year (not yet at
the school) sees only the periods assigned to no class. A pupil's periods of an academic year are those that apply
to a class the pupil was enrolled in on some day of that year (``year_bounds``: 1 September to the next 1
September), so a 6th-grader on quarters never sees the 10th grade's half-years. A class of one school year
(``class.defined`` with its ``academic_year``) is none of the pupil's classes in another (``of_year``): a pupil who
left over the summer, whose last enrolment no answer ended, does not see the next year's periods through it.

The rule has two forms: ``applies_sql`` inside one statement (the final-grades view), ``Assignments.applies`` over
rows (``student_periods``: the selectors; class statistics; late changes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, exists, or_, select

from projections import roster
from projections.periods import Period, school_periods

Spans = dict[str, tuple[dt.date, dt.date | None]]


def year_bounds(academic_year: int) -> tuple[dt.date, dt.date]:
    """The days an enrolment must overlap for its class to be one of the pupil's in ``academic_year``: from 1
    September of that year up to (not including) 1 September of the next."""
    return dt.date(academic_year, 9, 1), dt.date(academic_year + 1, 9, 1)


@dataclass(frozen=True, slots=True)
class Assignments:
    """The school's ``reporting_period.assigned``: per period the classes it was assigned to, and per academic year
    the classes that were assigned some period of it (the classes the journal said something about)."""

    by_period: dict[str, set[str]] = field(default_factory=dict)
    by_year: dict[int | None, set[str]] = field(default_factory=dict)

    def applies(self, period_id: str | None, year: int | None, classes: set[str]) -> bool:
        """Whether the period applies to a pupil or class of ``classes`` (with their parent classes): assigned to
        no class, or to one of them, or none of them was assigned any period of that year (a pupil in no class
        that year sees only the periods assigned to no class)."""
        assigned = self.by_period.get(period_id or "")
        return (not assigned or not assigned.isdisjoint(classes)
                or bool(classes) and self.by_year.get(year, set()).isdisjoint(classes))


def applies_sql(p: Any, classes: Any) -> Any:
    """``Assignments.applies`` as SQL for the period row ``p`` (the reporting-periods table) and ``classes`` (a
    select of class ids: the pupil's classes of the year), each with the class it is a subgroup of."""
    a, c, same_year = roster.period_classes, roster.classes, roster.reporting_periods.alias("same_year")
    parents = select(c.c.parent_class_id).where(c.c.class_id.in_(classes), c.c.parent_class_id.is_not(None))
    theirs = or_(a.c.class_id.in_(classes), a.c.class_id.in_(parents))
    told = exists().where(theirs, same_year.c.period_id == a.c.period_id, same_year.c.school_id == p.c.school_id,
                          same_year.c.academic_year == p.c.academic_year)
    return or_(~exists().where(a.c.period_id == p.c.period_id), exists().where(a.c.period_id == p.c.period_id, theirs),
               and_(exists(classes), ~told))


def assignments(conn: Connection, school_id: str) -> Assignments:
    """The school's period assignments (``Assignments``), in one query."""
    a, p = roster.period_classes, roster.reporting_periods
    found = Assignments()
    rows = conn.execute(select(a.c.period_id, a.c.class_id, p.c.academic_year)
                        .select_from(a.outerjoin(p, p.c.period_id == a.c.period_id)).where(a.c.school_id == school_id))
    for period_id, class_id, year in rows:
        found.by_period.setdefault(period_id, set()).add(class_id)
        found.by_year.setdefault(year, set()).add(class_id)
    return found


def of_year(conn: Connection, class_ids: set[str], year: int | None) -> set[str]:
    """``class_ids`` without the classes of another school year than ``year`` (a class without a year is of every
    year)."""
    if not class_ids or year is None:
        return set(class_ids)
    c = roster.classes
    other = conn.execute(select(c.c.class_id).where(c.c.class_id.in_(sorted(class_ids)), c.c.academic_year.is_not(
        None), c.c.academic_year != year)).scalars()
    return set(class_ids) - set(other)


def not_of_other_years(class_id: Any, year: Any) -> Any:
    """``of_year`` as SQL: ``class_id`` is no class of another school year than ``year``."""
    c = roster.classes
    return class_id.not_in(select(c.c.class_id).where(c.c.academic_year.is_not(None), c.c.academic_year != year))


def with_parents(conn: Connection, class_ids: set[str]) -> set[str]:
    """``class_ids`` and the classes any of them is a subgroup of."""
    if not class_ids:
        return set()
    c = roster.classes
    rows = conn.execute(select(c.c.parent_class_id).where(c.c.class_id.in_(sorted(class_ids)),
                                                          c.c.parent_class_id.is_not(None))).scalars()
    return set(class_ids) | set(rows)


def student_periods(conn: Connection, school_id: str, spans: Spans) -> list[Period]:
    """The school's dated periods that apply to the pupil: to a class the pupil (``spans``: class -> enrolled_on,
    withdrawn_on or None) was enrolled in during the period's academic year."""
    told = assignments(conn, school_id)
    found, classes_of = [], {}
    for period in school_periods(conn, school_id):
        year = period.academic_year
        if year not in classes_of:
            start, end = year_bounds(year) if year is not None else (dt.date.min, dt.date.max)
            classes_of[year] = with_parents(conn, of_year(conn, {c for c, (since, until) in spans.items()
                                                                 if since < end and (until is None or until > start)},
                                                          year))
        if told.applies(period.period_id, year, classes_of[year]):
            found.append(period)
    return found

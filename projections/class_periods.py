"""Reporting periods per class (``reporting_period.assigned``, the roster's ``roster_period_classes``).

A period no class was assigned applies to every class of the school (old data, the native journal, a vendor that
says nothing about classes); a period assigned to some classes applies to those and their subgroups only. A
pupil's periods of an academic year are those that apply to a class the pupil was enrolled in on some day of that
year (``year_bounds``: 1 September to the next 1 September), so a 6th-grader on quarters never sees the 10th
grade's half-years. The rule has two forms: ``applies_sql`` inside one statement (the final-grades view),
``applies`` over rows read here (``student_periods``, ``class_periods``: the selectors, statistics).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, exists, or_, select

from projections import roster
from projections.periods import Period, school_periods

Spans = dict[str, tuple[dt.date, dt.date | None]]


def year_bounds(academic_year: int) -> tuple[dt.date, dt.date]:
    """The days an enrolment must overlap for its class to be one of the pupil's in ``academic_year``: from 1
    September of that year up to (not including) 1 September of the next."""
    return dt.date(academic_year, 9, 1), dt.date(academic_year + 1, 9, 1)


def applies(assigned: set[str] | None, classes: set[str]) -> bool:
    """A period assigned to ``assigned`` (None or empty: to no class) applies to a pupil or class of ``classes``
    (with their parent classes): unassigned, or assigned to one of them."""
    return not assigned or not assigned.isdisjoint(classes)


def applies_sql(p: Any, classes: Any) -> Any:
    """``applies`` as SQL for the period row ``p`` (a reporting-periods table or alias) and ``classes`` (a select
    of class ids: the pupil's classes of the year): no class was assigned it, or one of ``classes`` or a class one
    of them is a subgroup of was."""
    a, c = roster.period_classes, roster.classes
    parents = select(c.c.parent_class_id).where(c.c.class_id.in_(classes), c.c.parent_class_id.is_not(None))
    return or_(~exists().where(a.c.period_id == p.c.period_id),
               exists().where(a.c.period_id == p.c.period_id, or_(a.c.class_id.in_(classes),
                                                                   a.c.class_id.in_(parents))))


def assignments(conn: Connection, school_id: str) -> dict[str, set[str]]:
    """Per period of the school that was assigned to classes, those classes."""
    a = roster.period_classes
    found: dict[str, set[str]] = {}
    for period_id, class_id in conn.execute(select(a.c.period_id, a.c.class_id).where(a.c.school_id == school_id)):
        found.setdefault(period_id, set()).add(class_id)
    return found


def with_parents(conn: Connection, class_ids: set[str]) -> set[str]:
    """``class_ids`` and the classes any of them is a subgroup of."""
    if not class_ids:
        return set()
    c = roster.classes
    rows = conn.execute(select(c.c.parent_class_id).where(c.c.class_id.in_(sorted(class_ids)),
                                                          c.c.parent_class_id.is_not(None))).scalars()
    return set(class_ids) | set(rows)


def class_periods(conn: Connection, school_id: str, class_id: str) -> list[Period]:
    """The school's dated periods that apply to the class (or the class it is a subgroup of)."""
    classes, assigned = with_parents(conn, {class_id}), assignments(conn, school_id)
    return [p for p in school_periods(conn, school_id) if applies(assigned.get(p.period_id), classes)]


def student_periods(conn: Connection, school_id: str, spans: Spans) -> list[Period]:
    """The school's dated periods that apply to the pupil: each applies to a class the pupil (``spans``: class ->
    enrolled_on, withdrawn_on or None) was enrolled in during the period's academic year."""
    assigned = assignments(conn, school_id)
    found, classes_of = [], {}
    for period in school_periods(conn, school_id):
        year = period.academic_year
        if year not in classes_of:
            start, end = year_bounds(year) if year is not None else (dt.date.min, dt.date.max)
            classes_of[year] = with_parents(conn, {c for c, (since, until) in spans.items()
                                                   if since < end and (until is None or until > start)})
        if applies(assigned.get(period.period_id), classes_of[year]):
            found.append(period)
    return found

"""Grade changes recorded after their reporting period had ended.

A period ends at midnight after its ``ends_on``, in the school's time zone (``roster_schools.timezone``; the
hub's default zone if the school registered none the system knows). A grade belongs to every period of its
school whose dates contain the grade's date, taken as the diary takes it: its lesson's date, else its own (the
grade as it stands now, so a retraction is placed where the retracted grade was). A ``grade.recorded``,
``grade.amended`` or ``grade.retracted`` recorded at or after the end of such a period is *late* for it; one
change late for several periods (a quarter and the year) is listed once per period. A period assigned to classes
(``reporting_period.assigned``) is only that of their pupils (``projections.class_periods``): a 10th-grader's grade
is not late for the 6th grade's quarter.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import orjson
from sqlalchemy import Connection, RowMapping, func, select

from hub.audit.query import sender_of
from projections import diary, roster
from projections.class_periods import Assignments, assignments, of_year, with_parents, year_bounds
from projections.audit import GRADE_TYPES, events, from_micros, micros

DEFAULT_ZONE = "Europe/Moscow"


class UnknownPeriod(LookupError):
    """The period does not exist in that school."""


def zone_of(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def period_end_us(ends_on: dt.date, zone: ZoneInfo) -> int:
    """The first instant after the period: midnight after ``ends_on`` in ``zone``, as microseconds (UTC)."""
    return micros(dt.datetime.combine(ends_on + dt.timedelta(days=1), dt.time(0), tzinfo=zone))


def late_changes(conn: Connection, school_id: str, period_id: str | None) -> dict[str, Any] | None:
    """``{"school_id", "timezone", "changes": [...]}`` for the school's periods (only ``period_id`` if given), by
    period end then recorded time; None if the school is unknown (neither registered nor with periods). Raises
    ``UnknownPeriod``."""
    s, p = roster.schools, roster.reporting_periods
    zone_name = conn.execute(select(s.c.timezone).where(s.c.school_id == school_id)).first()
    query = select(p).where(p.c.school_id == school_id, p.c.ends_on.is_not(None), p.c.starts_on.is_not(None))
    periods = list(conn.execute(query.order_by(p.c.ends_on, p.c.starts_on, p.c.period_id)).mappings())
    if zone_name is None and not periods:
        return None
    if period_id is not None:
        periods = [period for period in periods if period["period_id"] == period_id]
        if not periods:
            raise UnknownPeriod(period_id)
    zone = zone_of(zone_name[0] if zone_name else None)
    told = assignments(conn, school_id)
    changes = [change for period in periods
               for change in _theirs(conn, told, period, _late_for(conn, school_id, period, zone))]
    return {"school_id": school_id, "timezone": zone.key, "changes": changes}


def _late_for(conn: Connection, school_id: str, period: RowMapping, zone: ZoneInfo) -> list[dict[str, Any]]:
    e, m, s, at = events, diary.marks, roster.subjects, diary.lessons.alias("graded_at")
    end_us = period_end_us(period["ends_on"], zone)
    day, subject_id = func.coalesce(at.c.date, m.c.date), func.coalesce(m.c.subject_id, at.c.subject_id)
    rows = conn.execute(
        select(e.c.log_partition, e.c.log_offset, e.c.event_type, e.c.recorded_us, e.c.entity_id, e.c.document,
               m.c.student_id, day.label("day"), subject_id.label("subject_id"), s.c.name.label("subject_name"))
        .join(m, m.c.grade_id == e.c.entity_id).outerjoin(at, at.c.lesson_id == m.c.lesson_id)
        .outerjoin(s, s.c.subject_id == subject_id)
        .where(e.c.school_id == school_id, e.c.recorded_us >= end_us, e.c.event_type.in_(GRADE_TYPES),
               day.between(period["starts_on"], period["ends_on"]))
        .order_by(e.c.recorded_us, e.c.log_partition, e.c.log_offset)
    ).mappings()
    return [_change(row, period, zone) for row in rows]


def _theirs(conn: Connection, told: Assignments, period: RowMapping,
            changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``changes`` whose pupil the period applies to: all of them unless the school assigns periods to classes;
    else those of pupils enrolled that academic year in a class the period applies to."""
    if not told.by_period or not changes:
        return changes
    year, e = period["academic_year"], roster.enrolments
    start, end = year_bounds(year) if year is not None else (dt.date.min, dt.date.max)
    students = sorted({change["student_id"] for change in changes})
    classes: dict[str, set[str]] = {}
    rows = conn.execute(select(e.c.student_id, e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on)
                        .where(e.c.student_id.in_(students)))
    for student, class_id, since, until in rows:
        if since is not None and since < end and (until is None or until > start):
            classes.setdefault(student, set()).add(class_id)
    keep = {student: told.applies(period["period_id"], year,
                                  with_parents(conn, of_year(conn, classes.get(student, set()), year)))
            for student in students}
    return [change for change in changes if keep[change["student_id"]]]


def _change(row: RowMapping, period: RowMapping, zone: ZoneInfo) -> dict[str, Any]:
    recorded, event = from_micros(row["recorded_us"]), orjson.loads(row["document"])
    day = row["day"] if isinstance(row["day"], dt.date) else dt.date.fromisoformat(row["day"])
    return {
        "grade_id": row["entity_id"], "student_id": row["student_id"], "date": day,
        "subject": {"id": row["subject_id"], "name": row["subject_name"]} if row["subject_id"] else None,
        "period": {"period_id": period["period_id"], "name": period["name"], "short_name": period["short_name"],
                   "kind": period["kind"], "starts_on": period["starts_on"], "ends_on": period["ends_on"]},
        "type": row["event_type"], "event_id": event["event_id"],
        "position": f"{row['log_partition']}:{row['log_offset']}", "recorded_at": recorded.isoformat(),
        "days_late": (recorded.astimezone(zone).date() - period["ends_on"]).days,
        "sender": sender_of(event),
    }

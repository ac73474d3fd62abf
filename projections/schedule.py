"""The ``schedule`` projection: class timetables and holidays, expanded into a week of lessons at read time.

Owned tables: ``schedule_timetable`` (one row per ``timetable.defined`` entry; ``timetable.withdrawn`` sets
``withdrawn``) and ``schedule_holidays`` (one row per ``holiday.defined``; ``holiday.withdrawn`` leaves it without
dates, so it puts no day off). A re-sent entry or holiday replaces
the row with its complete new state (a re-definition after a withdrawal restores it: a school's events are
totally ordered in its partition, so the latest one wins and a rebuild ends the same way).

The week of a set of classes (``read_week``) is, per date:

1. explicit lessons of those classes (``diary_lessons``; a cancelled one is shown with ``cancelled``);
2. plus, for every timetable entry of those classes that occurs on the date (``occurs_on``: weekday matches,
   ``valid_from <= date <= valid_to``, and for ``every_other_week`` an even number of weeks since the ISO week of
   ``valid_from``), a generated lesson with id ``tt:<entry_id>:<date>`` and ``source: "timetable"``,
   unless the date is in a holiday of the school, of the entry's class or of its parent class, or the entry's
   class already has an explicit lesson (cancelled or not) in that slot that day: explicit wins.
   A generated lesson can be cancelled like any other, with ``lesson.cancelled`` naming its synthetic id.

Expansion happens at read time, not in the projector: a class has a few dozen entries, so a week costs a few
hundred date checks, and the answer is always consistent with the latest lessons, holidays and withdrawals
(materialised future lessons would need re-generating whenever one of those changes, and a handler cannot read
the explicit lessons it would have to skip). Rebuild equals incremental trivially: the tables hold events only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (Boolean, Column, Connection, Date, Index, Integer, MetaData, String, Table, Time, false, func,
                        or_, select)

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork
from projections import diary, roster, subject_links
from projections.base import Projection, date_or_none, time_or_none
from projections.names import group_ref, teacher_name_columns, teacher_names, teacher_ref
from projections.roster_stays import in_class

metadata = MetaData()

timetable = Table(
    "schedule_timetable", metadata,
    Column("entry_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("class_id", String(128)), Column("subject_id", String(128)),
    Column("weekday", Integer), Column("slot", Integer), Column("frequency", String(32)),
    Column("valid_from", Date), Column("valid_to", Date), Column("starts_at", Time), Column("ends_at", Time),
    Column("teacher_id", String(128)), Column("room", String(200)), Column("withdrawn", Boolean),
    Index("schedule_timetable_by_class", "class_id"),
)
holidays = Table(
    "schedule_holidays", metadata,
    Column("holiday_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("name", String(200)), Column("academic_year", Integer),
    Column("starts_on", Date), Column("ends_on", Date), Column("class_id", String(128)),
    Index("schedule_holidays_by_school", "school_id", "ends_on"),
)

WEEKLY, EVERY_OTHER_WEEK = "weekly", "every_other_week"


# Handlers -----------------------------------------------------------------------------------------------------


def _timetable_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(timetable, {
        "entry_id": d["entry_id"], "school_id": event.school_id, "class_id": d["class_id"],
        "subject_id": d["subject_id"], "weekday": d["weekday"], "slot": d["slot"],
        "frequency": d.get("frequency") or WEEKLY, "valid_from": date_or_none(d["valid_from"]),
        "valid_to": date_or_none(d.get("valid_to")), "starts_at": time_or_none(d.get("starts_at")),
        "ends_at": time_or_none(d.get("ends_at")), "teacher_id": d.get("teacher_id"), "room": d.get("room"),
        "withdrawn": False,
    })


def _timetable_withdrawn(event: LoggedEvent, uow: UnitOfWork) -> None:
    uow.update(timetable, {"entry_id": event.data["entry_id"]}, {"withdrawn": True})


def _holiday_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(holidays, {
        "holiday_id": d["holiday_id"], "school_id": event.school_id, "name": d["name"],
        "academic_year": d["academic_year"], "starts_on": date_or_none(d["starts_on"]),
        "ends_on": date_or_none(d["ends_on"]), "class_id": d.get("class_id"),
    })


def _holiday_withdrawn(event: LoggedEvent, uow: UnitOfWork) -> None:
    """Its row without days (``_holidays`` selects by dates, so it puts no day off); a later definition dates it."""
    uow.update(holidays, {"holiday_id": event.data["holiday_id"]},
               {"school_id": event.school_id, "starts_on": None, "ends_on": None})


class ScheduleProjection(Projection):
    name = "schedule"
    version = 1
    metadata = metadata
    tables = (timetable, holidays)
    handlers = {
        "timetable.defined": _timetable_defined,
        "timetable.withdrawn": _timetable_withdrawn,
        "holiday.defined": _holiday_defined,
        "holiday.withdrawn": _holiday_withdrawn,
    }


PROJECTION = ScheduleProjection()


# The expansion rule -------------------------------------------------------------------------------------------


def monday_of(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.isoweekday() - 1)


def occurs_on(entry: dict[str, Any], date: dt.date) -> bool:
    """Whether a timetable entry puts a lesson on ``date`` (holidays and explicit lessons aside)."""
    if date.isoweekday() != entry["weekday"] or date < entry["valid_from"]:
        return False
    if entry["valid_to"] is not None and date > entry["valid_to"]:
        return False
    if entry["frequency"] == EVERY_OTHER_WEEK:
        return (monday_of(date) - monday_of(entry["valid_from"])).days // 7 % 2 == 0
    return True


def synthetic_id(entry_id: str, date: dt.date) -> str:
    return f"tt:{entry_id}:{date.isoformat()}"


# Reading ------------------------------------------------------------------------------------------------------


def read_week(conn: Connection, class_ids: Iterable[str], monday: dt.date) -> list[dict[str, Any]]:
    """Seven days from ``monday``: ``{date, holidays, lessons}`` for the classes ``class_ids`` (as given: a
    subgroup is included only if listed). Lessons are ordered by slot (one without a number last), start, class
    and id; each carries
    ``class_id`` (for callers that filter by enrolment), ``source`` and ``group`` (the subgroup it is for, or None:
    ``projections.names.group_ref``)."""
    class_ids = sorted(set(class_ids))
    sunday = monday + dt.timedelta(days=6)
    dates = [monday + dt.timedelta(days=n) for n in range(7)]
    parents = _parents(conn, class_ids)
    off = _holidays(conn, class_ids, parents, monday, sunday)
    explicit = _explicit_lessons(conn, class_ids, monday, sunday)
    taken = {(lesson["class_id"], lesson["date"], lesson["slot"]) for lesson in explicit}
    generated = []
    for entry in _entries(conn, class_ids, monday, sunday):
        for date in dates:
            if (occurs_on(entry, date) and (entry["class_id"], date, entry["slot"]) not in taken
                    and not _off(off, entry["class_id"], parents.get(entry["class_id"]), date)):
                generated.append(_generated(entry, date))
    _mark_cancelled(conn, generated)
    _name_people(conn, generated)
    days = {date: {"date": date, "holidays": [], "lessons": []} for date in dates}
    for holiday in off:
        for date in dates:
            if holiday["starts_on"] <= date <= holiday["ends_on"]:
                days[date]["holidays"].append({"id": holiday["holiday_id"], "name": holiday["name"],
                                               "class_id": holiday["class_id"]})
    for lesson in sorted(explicit + generated, key=_lesson_order):
        days[lesson["date"]]["lessons"].append(lesson)
    subject_links.relabel_refs(conn, [lesson["subject"] for lesson in explicit + generated])  # across journals
    return list(days.values())


def _lesson_order(lesson: dict[str, Any]) -> tuple:
    """By slot (a lesson without a number, lesson.scheduled v2, after the numbered ones), start, class and id."""
    slot = lesson["slot"]
    return slot is None, slot or 0, lesson["starts_at"] or dt.time.min, lesson["class_id"], lesson["lesson_id"]


def _parents(conn: Connection, class_ids: list[str]) -> dict[str, str | None]:
    c = roster.classes
    rows = conn.execute(select(c.c.class_id, c.c.parent_class_id).where(c.c.class_id.in_(class_ids)))
    return dict(rows.all())


def _holidays(conn: Connection, class_ids: list[str], parents: dict[str, str | None], monday: dt.date,
              sunday: dt.date) -> list[dict[str, Any]]:
    """Holidays overlapping the week that apply to any of the classes: school-wide ones of their schools, and
    those of the classes or of their parent classes."""
    c, h = roster.classes, holidays
    schools = select(c.c.school_id).where(c.c.class_id.in_(class_ids))
    own = set(class_ids) | {p for p in parents.values() if p}
    rows = conn.execute(
        select(h).where(h.c.school_id.in_(schools), h.c.starts_on <= sunday, h.c.ends_on >= monday,
                        or_(h.c.class_id.is_(None), h.c.class_id.in_(sorted(own))))
        .order_by(h.c.starts_on, h.c.holiday_id))
    return [dict(row) for row in rows.mappings()]


def _off(off: list[dict[str, Any]], class_id: str, parent: str | None, date: dt.date) -> bool:
    return any(h["starts_on"] <= date <= h["ends_on"] and h["class_id"] in (None, class_id, parent) for h in off)


def _entries(conn: Connection, class_ids: list[str], monday: dt.date, sunday: dt.date) -> list[dict[str, Any]]:
    t = timetable
    rows = conn.execute(
        select(t).where(t.c.class_id.in_(class_ids), func.coalesce(t.c.withdrawn, false()) == false(),
                        t.c.valid_from <= sunday, or_(t.c.valid_to.is_(None), t.c.valid_to >= monday))
        .order_by(t.c.entry_id))
    return [dict(row) for row in rows.mappings()]


def _explicit_lessons(conn: Connection, class_ids: list[str], monday: dt.date,
                      sunday: dt.date) -> list[dict[str, Any]]:
    l, s, t, c = diary.lessons, roster.subjects, roster.teachers, roster.classes
    rows = conn.execute(
        select(l, s.c.name.label("subject_name"), c.c.name.label("class_name"), c.c.parent_class_id,
               *teacher_name_columns(t))
        .outerjoin(s, s.c.subject_id == l.c.subject_id).outerjoin(t, t.c.teacher_id == l.c.teacher_id)
        .outerjoin(c, c.c.class_id == l.c.class_id)
        .where(l.c.class_id.in_(class_ids), l.c.date.between(monday, sunday))
    ).mappings()
    return [{
        "lesson_id": r["lesson_id"], "source": "lesson", "entry_id": None, "date": r["date"], "slot": r["slot"],
        "class_id": r["class_id"], "class": {"id": r["class_id"], "name": r["class_name"]},
        "starts_at": r["starts_at"], "ends_at": r["ends_at"],
        "group": group_ref(r["class_id"], r["class_name"], r["parent_class_id"]),
        "subject": {"id": r["subject_id"], "name": r["subject_name"]}, "teacher": teacher_ref(r["teacher_id"], r),
        "room": r["room"], "topic": r["topic"], "cancelled": bool(r["cancelled"]), "cancel_reason": r["cancel_reason"],
    } for r in rows]


def _generated(entry: dict[str, Any], date: dt.date) -> dict[str, Any]:
    return {
        "lesson_id": synthetic_id(entry["entry_id"], date), "source": "timetable", "entry_id": entry["entry_id"],
        "date": date, "slot": entry["slot"], "class_id": entry["class_id"],
        "class": {"id": entry["class_id"], "name": None}, "group": None, "starts_at": entry["starts_at"],
        "ends_at": entry["ends_at"], "subject": {"id": entry["subject_id"], "name": None},
        "teacher": None if entry["teacher_id"] is None else {"id": entry["teacher_id"], "name": None},
        "room": entry["room"], "topic": None, "cancelled": False, "cancel_reason": None,
    }


def _mark_cancelled(conn: Connection, generated: list[dict[str, Any]]) -> None:
    """A ``lesson.cancelled`` naming a generated lesson's id cancels it (the diary keeps that flag row)."""
    if not generated:
        return
    l = diary.lessons
    rows = conn.execute(select(l.c.lesson_id, l.c.cancel_reason).where(
        l.c.lesson_id.in_([lesson["lesson_id"] for lesson in generated]), l.c.cancelled.is_(True)))
    reasons = dict(rows.all())
    for lesson in generated:
        if lesson["lesson_id"] in reasons:
            lesson.update(cancelled=True, cancel_reason=reasons[lesson["lesson_id"]])


def _name_people(conn: Connection, generated: list[dict[str, Any]]) -> None:
    """Fill in the names of the subjects, teachers and classes of generated lessons, and their groups (one query
    each)."""
    s, c = roster.subjects, roster.classes
    ids = sorted({lesson["subject"]["id"] for lesson in generated})
    names = dict(conn.execute(select(s.c.subject_id, s.c.name).where(s.c.subject_id.in_(ids))).all()) if ids else {}
    ids = sorted({lesson["class"]["id"] for lesson in generated})
    classes = {row.class_id: row for row in conn.execute(
        select(c.c.class_id, c.c.name, c.c.parent_class_id).where(c.c.class_id.in_(ids)))} if ids else {}
    people = teacher_names(conn, [lesson["teacher"]["id"] for lesson in generated if lesson["teacher"]])
    for lesson in generated:
        lesson["subject"]["name"] = names.get(lesson["subject"]["id"])
        cls = classes.get(lesson["class"]["id"])
        if cls is not None:
            lesson["class"]["name"] = cls.name
            lesson["group"] = group_ref(cls.class_id, cls.name, cls.parent_class_id)
        if lesson["teacher"]:
            lesson["teacher"]["name"] = people.get(lesson["teacher"]["id"])


def class_week(conn: Connection, class_id: str, monday: dt.date) -> list[dict[str, Any]]:
    """The week of a class: its own lessons and those of its subgroups (each lesson names its class)."""
    c = roster.classes
    subgroups = conn.execute(select(c.c.class_id).where(c.c.parent_class_id == class_id)).scalars().all()
    return read_week(conn, [class_id, *subgroups], monday)


def student_week(conn: Connection, student_id: str, monday: dt.date) -> list[dict[str, Any]]:
    """The week of a student: lessons of every class and subgroup the student (or an alias of theirs, see
    ``roster.student_ids``) is enrolled in on each lesson's date (``enrolled_on <= date < withdrawn_on``, not
    between two of his stays in it: ``projections.roster_stays``)."""
    e, g = roster.enrolments, roster.enrolment_gaps
    sunday = monday + dt.timedelta(days=6)
    ids = roster.student_ids(conn, student_id)
    gaps: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for class_id, left_on, returned_on in conn.execute(select(g.c.class_id, g.c.left_on, g.c.returned_on).where(
            g.c.student_id.in_(ids), g.c.left_on <= sunday, g.c.returned_on > monday)):
        gaps.setdefault(class_id, []).append((left_on, returned_on))
    spans: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    for class_id, enrolled_on, withdrawn_on in conn.execute(
            select(e.c.class_id, e.c.enrolled_on, e.c.withdrawn_on).where(
                e.c.student_id.in_(ids), e.c.enrolled_on <= sunday,
                or_(e.c.withdrawn_on.is_(None), e.c.withdrawn_on > monday))):
        spans.setdefault(class_id, []).append((enrolled_on, withdrawn_on))
    days = read_week(conn, spans, monday)
    for day in days:
        day["lessons"] = [lesson for lesson in day["lessons"] if any(
            in_class(start, end, gaps.get(lesson["class_id"], ()), day["date"])
            for start, end in spans[lesson["class_id"]])]
    return days

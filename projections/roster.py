"""The ``roster`` projection: schools, classes and subgroups, subjects (and the links between two journals' ids of
one subject), students and their enrolments, guardians, teachers (their names and assignments), reporting periods
(and the classes a period is assigned to) and holidays (a withdrawn one keeps its row without dates, which no
reader of holidays selects).

Ids are canonical hub ids, unique across schools; every row also keeps the ``school_id`` of its event's envelope.
A pupil's stays in a class (``projections.roster_stays``): ``roster_enrolments`` is their envelope (the first
stay's start, the last stay's end), ``roster_enrolment_gaps`` the days between them. ``student.enrolled`` of a
class he has left, dated on or after he left it, is a return (the days between are a gap; the first start stays);
any other enrolment restates the stay (and clears its withdrawal); ``student.withdrawn`` ends the open stay. He is
in the class on ``enrolled_on <= d < withdrawn_on`` outside its gaps (``roster_stays.in_class``).
A class-teacher assignment has ``subject_id = ''`` (key columns cannot be NULL). A teacher's name has two owners:
``teacher.defined`` sets ``display_name`` and the ``defined_*`` parts, ``teacher.assigned`` the plain name parts;
readers prefer the former (``projections.names.teacher_name``),
whatever order they arrived in. The query functions take a SQLAlchemy
``Connection`` and read only these tables (``projections.roster_tables``; the guardian's children:
``projections.children``; transfers: ``projections.transfers``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from hub.events.envelope import LoggedEvent
from hub.projector.unit_of_work import UnitOfWork
from projections import roster_stays as stays
from projections.base import Projection, date_or_none, name_columns
from projections.roster_tables import (  # noqa: F401 (the tables are read as roster.<table>)
    class_teachers, classes, enrolment_gaps, enrolments, guardian_links, guardians, holidays, metadata, period_classes,
    reporting_periods, schools, student_aliases, students, subject_links, subjects, teacher_assignments, teachers,
    transfers,
)


# Handlers -----------------------------------------------------------------------------------------------------


def _school_registered(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(schools, {
        "school_id": event.school_id, "name": d["name"], "short_name": d.get("short_name"),
        "timezone": d.get("timezone", "Europe/Moscow"), "default_scale": d.get("default_scale", "five_point"),
        "average_rule": d.get("average_rule", "weighted"), "modifier_step": d.get("modifier_step"),
    })


def _class_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(classes, {
        "class_id": d["class_id"], "school_id": event.school_id, "name": d["name"],
        "grade_level": d.get("grade_level"), "academic_year": d["academic_year"],
        "parent_class_id": d.get("parent_class_id"),
    })


def _subject_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(subjects, {
        "subject_id": d["subject_id"], "school_id": event.school_id, "name": d["name"],
        "short_name": d.get("short_name"), "knowledge_area": d.get("knowledge_area"),
    })


def _student_enrolled(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(students, {"student_id": d["student_id"], "school_id": event.school_id, **name_columns(d["name"])})
    stays.record(uow, event.school_id, d["student_id"], d["class_id"],
                 ("enrolled", date_or_none(d["enrolled_on"]), None))


def _student_withdrawn(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    stays.record(uow, event.school_id, d["student_id"], d["class_id"],
                 ("withdrawn", date_or_none(d["withdrawn_on"]), d.get("reason")))


def _student_transferred_out(event: LoggedEvent, uow: UnitOfWork) -> None:
    """Ends the enrolment like a withdrawal, and records this school's half of the transfer."""
    d = event.data
    on = date_or_none(d["transferred_on"])
    stays.record(uow, event.school_id, d["student_id"], d["class_id"],
                 ("withdrawn", on, d.get("reason") or f"transfer to {d['to_school_id']}"))
    uow.upsert(transfers, {
        "school_id": event.school_id, "direction": "out", "transfer_id": d["transfer_id"],
        "student_id": d["student_id"], "class_id": d["class_id"], "on_date": on,
        "other_school_id": d["to_school_id"], "recorded_at": event.recorded_at,
    })


def _student_transferred_in(event: LoggedEvent, uow: UnitOfWork) -> None:
    """Enrols the pupil like ``student.enrolled``, and records this school's half of the transfer."""
    d = event.data
    _student_enrolled(event, uow)
    uow.upsert(transfers, {
        "school_id": event.school_id, "direction": "in", "transfer_id": d["transfer_id"],
        "student_id": d["student_id"], "class_id": d["class_id"], "on_date": date_or_none(d["enrolled_on"]),
        "other_school_id": d["from_school_id"], "recorded_at": event.recorded_at,
    })


def _guardian_linked(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    if d.get("name"):
        uow.upsert(guardians, {"guardian_id": d["guardian_id"], **name_columns(d["name"])})
    else:
        uow.update(guardians, {"guardian_id": d["guardian_id"]}, {})
    uow.upsert(guardian_links, {
        "guardian_id": d["guardian_id"], "student_id": d["student_id"], "school_id": event.school_id,
        "relation": d["relation"],
    })


def _guardian_unlinked(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.update(guardian_links, {"guardian_id": d["guardian_id"], "student_id": d["student_id"]},
               {"school_id": event.school_id, "relation": None})


def linked(links: Any) -> Any:
    """The clause every read of ``guardian_links`` (or an alias of it) needs: the link has not been ended."""
    return links.c.relation.is_not(None)


def _identity_linked(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(student_aliases, {"alias_id": d["alias_id"], "student_id": d["student_id"],
                                 "school_id": event.school_id})


def _teacher_assigned(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    names = name_columns(d["name"]) if d.get("name") else {}
    uow.update(teachers, {"teacher_id": d["teacher_id"]}, {"school_id": event.school_id, **names})
    uow.upsert(teacher_assignments, {
        "teacher_id": d["teacher_id"], "role": d["role"], "class_id": d["class_id"],
        "subject_id": d.get("subject_id") or "", "school_id": event.school_id,
    })
    if d["role"] == "class_teacher":
        uow.upsert(class_teachers, {"class_id": d["class_id"], "teacher_id": d["teacher_id"],
                                    "school_id": event.school_id})


def _teacher_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    """The journal's name of the teacher: its own full text and its parts (a re-sent one replaces both)."""
    d = event.data
    parts = {f"defined_{key}": value for key, value in name_columns(d.get("name")).items()}
    uow.upsert(teachers, {"teacher_id": d["teacher_id"], "school_id": event.school_id,
                          "display_name": d.get("display_name"), **parts})


def _subject_linked(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data
    uow.upsert(subject_links, {"alias_id": d["alias_id"], "subject_id": d["subject_id"], "school_id": event.school_id})


def _reporting_period_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    """The period with its name and the journal's short name beside it (v3; null before); a column known only from
    final marks has neither date."""
    d = event.data
    uow.upsert(reporting_periods, {
        "period_id": d["period_id"], "school_id": event.school_id, "kind": d["kind"], "number": d["number"],
        "name": d["name"], "short_name": d.get("short_name"), "academic_year": d["academic_year"],
        "starts_on": date_or_none(d["starts_on"]), "ends_on": date_or_none(d["ends_on"]),
    })


def _reporting_period_assigned(event: LoggedEvent, uow: UnitOfWork) -> None:
    """The period applies to the class (``projections.periods``: a period without rows applies to every class)."""
    d = event.data
    uow.upsert(period_classes, {"period_id": d["period_id"], "class_id": d["class_id"], "school_id": event.school_id})


def _holiday_defined(event: LoggedEvent, uow: UnitOfWork) -> None:
    d = event.data  # a re-sent holiday_id replaces the earlier definition (class_id included)
    uow.upsert(holidays, {
        "holiday_id": d["holiday_id"], "school_id": event.school_id, "class_id": d.get("class_id"),
        "name": d["name"], "academic_year": d["academic_year"], "starts_on": date_or_none(d["starts_on"]),
        "ends_on": date_or_none(d["ends_on"]),
    })


def _holiday_withdrawn(event: LoggedEvent, uow: UnitOfWork) -> None:
    """The holiday keeps its row without days (``starts_on`` and ``ends_on`` NULL): every reader of holidays skips
    one without dates, so its days are school days again; a later ``holiday.defined`` dates it anew."""
    uow.update(holidays, {"holiday_id": event.data["holiday_id"]},
               {"school_id": event.school_id, "starts_on": None, "ends_on": None})


class RosterProjection(Projection):
    name = "roster"
    # 2: holidays (roster_holidays); 3: transfers between schools (roster_transfers); 4: teacher.defined names,
    # the school's modifier_step, subject links (roster_subject_links); 5: periods per class (roster_period_classes),
    # the class teacher assigned last (roster_class_teachers); 6: a pupil's stays in a class, the gaps between them
    # (roster_enrolment_gaps, projections.roster_stays); 7: a period's short name (roster_reporting_periods.short_name,
    # reporting_period.defined v3)
    version = 7
    metadata = metadata
    tables = (schools, classes, subjects, subject_links, students, enrolments, guardians, guardian_links,
              student_aliases, teachers, teacher_assignments, class_teachers, reporting_periods, period_classes,
              holidays, transfers, enrolment_gaps)
    handlers = {
        "school.registered": _school_registered,
        "class.defined": _class_defined,
        "subject.defined": _subject_defined,
        "subject.linked": _subject_linked,
        "student.enrolled": _student_enrolled,
        "student.withdrawn": _student_withdrawn,
        "student.transferred_out": _student_transferred_out,
        "student.transferred_in": _student_transferred_in,
        "guardian.linked": _guardian_linked,
        "guardian.unlinked": _guardian_unlinked,
        "identity.linked": _identity_linked,
        "teacher.assigned": _teacher_assigned,
        "teacher.defined": _teacher_defined,
        "reporting_period.defined": _reporting_period_defined,
        "reporting_period.assigned": _reporting_period_assigned,
        "holiday.defined": _holiday_defined,
        "holiday.withdrawn": _holiday_withdrawn,
    }


PROJECTION = RosterProjection()


# Queries ------------------------------------------------------------------------------------------------------


def student_ids(conn: Connection, student_id: str) -> list[str]:
    """The student's id and every alias linked to it by ``identity.linked`` (the same child in other journals)."""
    aliases = conn.execute(select(student_aliases.c.alias_id).where(student_aliases.c.student_id == student_id))
    return [student_id, *aliases.scalars()]


def student_school(conn: Connection, student_id: str) -> str | None:
    """The school of the student's current enrolment (the latest one if several), else of any enrolment."""
    row = conn.execute(
        select(enrolments.c.school_id).where(enrolments.c.student_id.in_(student_ids(conn, student_id)),
                                             enrolments.c.school_id.is_not(None))
        .order_by(enrolments.c.withdrawn_on.is_not(None), enrolments.c.enrolled_on.desc().nulls_last()).limit(1)
    ).first()
    return row[0] if row else None

"""The statistics answers: a class's per subject, a school's per subject, per teacher and per class, with names.

Both are folds of ``projections.statistics.partial`` (see ``projections.statistics_sums`` for every figure).
``missed_per_student`` = missed lessons / students enrolled in the class (or the school's main classes) at any
time in the period; a class answer also lists every such student with their missed lessons per subject.
A subject teacher's class answer covers only their subjects (``hub.api.access_scopes``), totals included.
A subject linked to another (``subject.linked``, ``projections.subject_links``) counts in that subject's row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, or_, select

from hub.api.access_scopes import ClassRef
from projections import roster, subject_links
from projections.base import full_name
from projections.names import teacher_names
from projections.statistics import Period, partial
from projections.statistics_sums import Partial, fold


def school_info(conn: Connection, school_id: str) -> dict[str, Any]:
    s = roster.schools
    row = conn.execute(select(s).where(s.c.school_id == school_id)).mappings().first()
    row = dict(row) if row else {"school_id": school_id, "name": None}
    return {"id": school_id, "name": row.get("name"), "scale": row.get("default_scale") or "five_point",
            "average_rule": row.get("average_rule") or "weighted"}


def class_report(conn: Connection, cls: ClassRef, period: Period, subjects: frozenset[str] | None) -> dict[str, Any]:
    """The class with its subgroups; ``subjects`` limits every figure to those subjects (None: all)."""
    school = school_info(conn, cls.school_id)
    family = cls.family
    counts_under = subject_links.canonical_of(conn, None, cls.school_id)
    sums = partial(conn, cls.school_id, period, family).with_subjects(counts_under)
    if subjects is not None:  # a subject teacher's scope, in the subjects the rows now count under
        subjects = subjects | {counts_under.get(s, s) for s in subjects}
    keep = None if subjects is None else (lambda key: key[1] in subjects)
    students = _students(conn, family, period)
    by_subject = fold(sums, ("subject_id",), scale=school["scale"], rule=school["average_rule"], keep=keep)
    total = fold(sums, (), scale=school["scale"], rule=school["average_rule"], keep=keep)[()]
    names = _names(conn, roster.subjects, "subject_id", [key[0] for key in by_subject])
    return {
        "class": {"id": cls.class_id, "name": cls.name},
        "school": {"id": school["id"], "name": school["name"]}, "period": period.as_dict(),
        "scale": school["scale"], "average_rule": school["average_rule"],
        "subjects": _by_name([{"subject": {"id": subject, "name": names.get(subject)},
                               **_per_student(figures, len(students))} for (subject,), figures in by_subject.items()],
                             "subject"),
        "total": _per_student(total, len(students)),
        "students": _student_rows(students, by_subject),
    }


def school_report(conn: Connection, school_id: str, period: Period, sums: Partial | None = None) -> dict[str, Any]:
    """The school's figures; ``sums`` (e.g. combined from parts) replaces the school's own partial if given."""
    school = school_info(conn, school_id)
    sums = (sums if sums is not None else partial(conn, school_id, period)).with_subjects(
        subject_links.canonical_of(conn, None, school_id))  # one row per subject linked across journals
    scale, rule = school["scale"], school["average_rule"]
    mains = _main_class_of(conn, school_id)
    students = len(_students(conn, sorted(set(mains.values())), period))
    by_subject = fold(sums, ("subject_id",), scale=scale, rule=rule)
    by_teacher = fold(sums, ("teacher_id",), scale=scale, rule=rule)
    by_class = fold(sums.with_classes(mains), ("class_id",), scale=scale, rule=rule)
    subjects = _names(conn, roster.subjects, "subject_id", [key[0] for key in by_subject])
    teachers = _teacher_names(conn, [key[0] for key in by_teacher])
    classes = _class_names(conn, [key[0] for key in by_class])
    taught = fold(sums, ("teacher_id", "subject_id"), scale=scale, rule=rule)
    class_sizes = {class_id: len(_students(conn, [c for c, main in mains.items() if main == class_id], period))
                   for (class_id,) in by_class}
    return {
        "school": {"id": school_id, "name": school["name"]}, "period": period.as_dict(), "scale": scale,
        "average_rule": rule,
        "subjects": _by_name([{"subject": {"id": s, "name": subjects.get(s)}, **_per_student(f, students)}
                              for (s,), f in by_subject.items()], "subject"),
        "teachers": _by_name([{"teacher": {"id": t, "name": teachers.get(t)},
                               "subjects": [{"id": s, "name": subjects.get(s)} for (tt, s) in taught if tt == t],
                               **_without_students(f)} for (t,), f in by_teacher.items()], "teacher"),
        "classes": _by_name([{"class": {"id": c, "name": classes.get(c)}, **_per_student(f, class_sizes[c])}
                             for (c,), f in by_class.items()], "class"),
        "total": _per_student(fold(sums, (), scale=scale, rule=rule)[()], students),
    }


def _by_name(rows: list[dict[str, Any]], ref: str) -> list[dict[str, Any]]:
    """Rows by the name of what they are about, then its id (subjects of several journals can share a name)."""
    return sorted(rows, key=lambda row: (row[ref]["name"] or "", row[ref]["id"] or ""))


def _per_student(figures: dict[str, Any], students: int) -> dict[str, Any]:
    figures = _without_students(figures)
    missed = figures["attendance"]["missed"]
    return {**figures, "students": students, "missed_per_student": round(missed / students, 4) if students else None}


def _without_students(figures: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in figures.items() if key != "missed_by_student"}


def _student_rows(students: dict[str, str | None], by_subject: dict[tuple, dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for student, name in sorted(students.items(), key=lambda kv: (kv[1] or "", kv[0])):
        missed = {subject: figures["missed_by_student"].get(student, 0) for (subject,), figures in by_subject.items()}
        rows.append({"student": {"id": student, "name": name}, "missed": sum(missed.values()),
                     "missed_by_subject": {s: n for s, n in missed.items() if n}})
    return rows


def _students(conn: Connection, class_ids: list[str], period: Period) -> dict[str, str | None]:
    """Students (their main id, with names) enrolled in any of ``class_ids`` at some time in ``period``."""
    e, s, a = roster.enrolments, roster.students, roster.student_aliases
    rows = conn.execute(select(e.c.student_id, a.c.student_id).outerjoin(a, a.c.alias_id == e.c.student_id).where(
        e.c.class_id.in_(class_ids), e.c.enrolled_on <= period.ends_on,
        or_(e.c.withdrawn_on.is_(None), e.c.withdrawn_on > period.starts_on))).all()
    ids = sorted({main or student for student, main in rows})
    names = {row[0]: full_name(*row[1:]) for row in conn.execute(
        select(s.c.student_id, s.c.last_name, s.c.first_name, s.c.middle_name).where(s.c.student_id.in_(ids)))}
    return {student: names.get(student) for student in ids}


def _main_class_of(conn: Connection, school_id: str) -> dict[str, str]:
    c = roster.classes
    rows = conn.execute(select(c.c.class_id, c.c.parent_class_id).where(c.c.school_id == school_id))
    return {class_id: parent or class_id for class_id, parent in rows}


def _names(conn: Connection, table, key: str, ids: list) -> dict[str, str | None]:  # noqa: ANN001
    ids = [i for i in ids if i is not None]
    return dict(conn.execute(select(table.c[key], table.c.name).where(table.c[key].in_(ids))).all()) if ids else {}


def _class_names(conn: Connection, ids: list[str]) -> dict[str, str | None]:
    return _names(conn, roster.classes, "class_id", ids)


def _teacher_names(conn: Connection, ids: list[str | None]) -> dict[str, str | None]:
    return teacher_names(conn, [i for i in ids if i])  # the journal's own name first (projections.names)


def weeks_of(period: Period) -> list[dt.date]:
    """The Mondays of every ISO week the period touches (the x axis of a trend chart)."""
    monday = period.starts_on - dt.timedelta(days=period.starts_on.isoweekday() - 1)
    weeks = []
    while monday <= period.ends_on:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks

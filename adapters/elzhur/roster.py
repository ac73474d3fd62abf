"""getrules (reference A.3 getrules; the literal sample of eljur_notifier): the signed-in user's pupils, classes,
class teachers and guardian links.

* **A parent** (``roles`` holds ``parent``; or any answer with ``relations.students``): every pupil of
  ``relations.students`` (object keyed by id, or an array with ``name`` = id) is enrolled in its ``class``
  (``student.enrolled``, name from ``lastname``/``firstname``/``middlename``, else ``title``), and linked to the
  user: ``guardian.linked`` with ``guardian_id`` = ``elzhur:<school>:parent:<user id>`` (the answer's ``id``,
  else its ``name``), ``relation: parent``, the user's name. Twins are two pupils under one parent. The answer is
  the account's whole list of children (a snapshot, ``hub.ingest.snapshots``): a child an earlier getrules of the
  same account listed and this one lacks is unlinked (``guardian.unlinked``), so the parent no longer reads it. An
  answer that lists no pupil unlinks nothing. A pupil every parent so dropped, whom no later answer shows, has
  left his class (``dropouts.py``).
* **A pupil** (``roles`` holds ``student``, no ``relations.students``): the user itself (``id``/``name``) is
  enrolled in the class of ``relations.groups`` whose ``rel`` is ``homeclass``.
* **Classes**: every class named (a pupil's ``class``, a ``homeclass`` group) -> ``class.defined`` (grade level
  from ``parallel``, a string or a number, else the class name's digits); ``hometeacher_name`` (or its
  ``hometeacher_lastname``/``firstname``/``middlename`` parts) -> ``teacher.defined`` and ``teacher.assigned``
  ``class_teacher``.
* **Dates.** getrules carries none: enrolments and the class start on 1 September of the school year of the
  envelope's ``pulled_at``, else of a dated answer the school sent before (``common.Builder.dated_year``); with
  neither, an envelope states no enrolment (the pupil's own dated answers do: getdiary, getschedule, gethomework,
  getmarks state the same enrolment and class for their own school year), so a history pushed a year late reads
  the same. A bare record falls back to the school year the hub received it in. That is a pupil's first class of
  the year; a pupil later seen in another class (by ``pulled_at``) moves there from the day after he was last
  seen in the old one, and is withdrawn from it (``memberships.py``).

The directory remembers each pupil's class, name and the school year getrules named that class for (``student``:
``year``, the school year of its pull; None for an undated answer, read as any year's) and each class's level
(``class``): diaries name neither. A getrules names the class of the school year it was pulled in: a pupil's own
answer about the days of another school year does not take it (``unplaced.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from adapters.elzhur import dropouts, memberships, move_dates
from adapters.elzhur.common import RESULT, Builder, person
from adapters.elzhur.ids import name_key


def enrol(b: Builder, sid: str, class_name: str, name: dict[str, Any], year: int, where: tuple[Any, ...],
          absent: dt.date | None = None, present: dt.date | None = None, shown: dt.date | None = None,
          moved: move_dates.Shown = move_dates.NOTHING, through: dt.date | None = None) -> None:
    """``sid`` enrolled in ``class_name`` in school year ``year`` from the day ``memberships.start_of`` gives (1
    September, or the day after he was last seen in the class he left, or after ``absent``, the last school day
    his own diary shows him without lessons before his first (``arrival.py``); none once he has left this one):
    one enrolment per pupil, class and year, whichever answer states it. ``present``: the first day the answer
    shows him in the class with lessons or marks (a range answer's evidence that he was there); ``shown``: the last
    day an undated answer's own days show him there (``memberships.seen_on``); ``moved``: what his own days say of
    a move into the class (``move_days.shown``); ``through``: the last day of a getmarks' marks
    (``dropouts.back_on``)."""
    b.names.setdefault(sid, name)
    start = memberships.start_of(b, sid, class_name, year, where, absent, present, shown, moved, through)
    if start is not None:
        memberships.emit_enrolment(b, sid, class_name, year, start, where)


def define_class(b: Builder, class_name: str, year: int, where: tuple[Any, ...]) -> None:
    """``class.defined`` for ``class_name`` in school year ``year`` (its level as getrules gave it): stated by
    getrules when it is dated, and by every dated answer about the class's pupils or the class itself."""
    key = name_key(class_name)
    level = (b.ctx.directory.get("class", key) or {}).get("grade_level", _level(class_name, None))
    for entry in b.out.directory_entries:  # getrules of this same answer
        if entry[0] == "class" and entry[1] == key:
            level = entry[2].get("grade_level")
    b.emit("class.defined", f"class:{key}@{year}", "class", {
        "class_id": b.class_id(class_name, year), "name": class_name, "grade_level": level, "academic_year": year},
        b.at(dt.date(year, 9, 1)), where)
    teacher = _undated_teacher(b, key)
    if teacher is not None:  # an undated getrules named him: the class of the first school year a dated answer gives
        _assign_teacher(b, teacher, class_name, year, where)


def _undated_teacher(b: Builder, key: str) -> dict[str, Any] | None:
    """The class teacher of the class named ``key`` an undated getrules gave (directory ``class_teacher``), if the
    directory holds no dated one: a dated getrules assigns its own class's teacher."""
    found = b.ctx.directory.get("class_teacher", key)
    for entry in b.out.directory_entries:
        if entry[0] == "class_teacher" and entry[1] == key:
            found = entry[2]
    return found if found and found.get("year") is None else None


def _name(obj: Any) -> dict[str, Any] | None:
    last, first, middle = (_text(getattr(obj, key, None)) for key in ("lastname", "firstname", "middlename"))
    if last and first:
        return {"last_name": last, "first_name": first, "middle_name": middle or None}
    return person(getattr(obj, "title", None))


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _level(class_name: str, parallel: Any) -> int | None:
    text = str(parallel).strip() if parallel is not None else ""
    if not text.isdigit():
        found = re.match(r"\d+", class_name.strip())
        text = found[0] if found else ""
    return int(text) if text and int(text) <= 12 else None


def getrules(b: Builder, record: Any) -> None:
    result = record.response.result
    relations = result.relations
    year = b.dated_year() if b.req.routed else b.year_of_answer()
    # Undated (no pulled_at, no dated answer of the school yet): the pupils' own dated answers enrol them and define
    # their class; this answer states the links, names and class teacher, whose moment no view uses.
    when = b.at(dt.date(year, 9, 1)) if year is not None else b.ctx.recorded_at
    user = str(result.id or result.name or "") or None
    roles = {str(role).casefold() for role in result.roles or ()}
    classes: dict[str, tuple[tuple[Any, ...], Any]] = {}
    where = (*RESULT, "relations", "students")
    pupils = b.students(relations.students, where) if relations.students is not None else []
    parent = user is not None and ("parent" in roles or not roles)
    if parent and pupils:  # the account's whole list of children: a child an earlier answer listed is unlinked
        b.out.snapshot = (f"getrules|parent={user}", frozenset({"guardian"}))
    linked: list[str] = []
    for sid, student, at in pupils:
        name = _name(student)
        if name is None:
            b.error((*at, "title"), "a pupil needs a last and a first name (lastname/firstname or title)")
            continue
        if not student.class_ or not student.class_.strip():
            b.error((*at, "class"), "a pupil needs its class")
            continue
        classes.setdefault(student.class_.strip(), (at, student.parallel))
        if year is not None:
            enrol(b, sid, student.class_.strip(), name, year, at)
        b.out.directory_entries.append(("student", sid, {"class": student.class_.strip(), "name": name,
                                                        "year": year}))
        if parent:
            b.emit("guardian.linked", f"guardian:{user}.{sid}", "guardian", {
                "guardian_id": b.id("parent", user), "student_id": b.id("student", sid), "relation": "parent",
                "name": _name(result)}, when, at)
            linked.append(sid)
    if parent and linked:  # a child every parent dropped has left (dropouts.py)
        dropouts.parent_listed(b, user, linked, where)
    homeclasses = [(n, g) for n, g in relations.groups.items() if (g.rel or "").casefold() == "homeclass"]
    for group_name, group in homeclasses:
        classes.setdefault(group_name.strip(), ((*RESULT, "relations", "groups", group_name), group.parallel))
    if not pupils and "student" in roles and user is not None:
        name = _name(result)
        if not homeclasses and len(relations.groups) == 1:
            homeclasses = list(relations.groups.items())
            classes.setdefault(homeclasses[0][0].strip(), ((*RESULT, "relations", "groups"), homeclasses[0][1].parallel))
        if len(homeclasses) != 1:
            b.error((*RESULT, "relations", "groups"), "a pupil's getrules needs exactly one homeclass group")
        elif name is None:
            b.error((*RESULT, "title"), "a pupil needs a last and a first name (lastname/firstname or title)")
        else:
            class_name = homeclasses[0][0].strip()
            if year is not None:
                enrol(b, user, class_name, name, year, RESULT)
            b.out.directory_entries.append(("student", user, {"class": class_name, "name": name, "year": year}))
    for class_name, (at, parallel) in classes.items():
        key = name_key(class_name)
        level = _level(class_name, parallel)
        b.out.directory_entries.append(("class", key, {"name": class_name, "grade_level": level}))
        teacher = _class_teacher(relations.groups.get(class_name), year)
        if teacher is not None:  # remembered before the class is defined: this answer's teacher, not an older one
            b.out.directory_entries.append(("class_teacher", key, teacher))
        if year is not None:
            define_class(b, class_name, year, at)
            if teacher is not None:
                _assign_teacher(b, teacher, class_name, year, (*RESULT, "relations", "groups", class_name,
                                                               "hometeacher_name"))


def _class_teacher(group: Any, year: int | None) -> dict[str, Any] | None:
    """The class teacher ``hometeacher_name`` (or its parts) names, of school year ``year`` (None for an undated
    getrules: the first dated answer that defines the class assigns him, ``define_class``), or None."""
    if group is None:
        return None
    parts = [(getattr(group, f"hometeacher_{p}", None) or "").strip() for p in ("lastname", "firstname", "middlename")]
    full = " ".join((group.hometeacher_name or "").split()) or " ".join(p for p in parts if p)
    if not full:
        return None
    name = ({"last_name": parts[0], "first_name": parts[1], "middle_name": parts[2] or None}
            if parts[0] and parts[1] else person(full))
    return {"full": full, "name": name, "year": year}


def _assign_teacher(b: Builder, teacher: dict[str, Any], class_name: str, year: int, at: tuple[Any, ...]) -> None:
    """``teacher.defined`` and ``teacher.assigned`` ``class_teacher`` of the class ``class_name`` of ``year``."""
    full, name, when = teacher["full"], teacher["name"], b.at(dt.date(year, 9, 1))
    teacher_id = b.id("teacher", name_key(full))
    b.emit("teacher.defined", f"teacher:{name_key(full)}", "teacher",
           {"teacher_id": teacher_id, "name": name, "display_name": full}, when, at)
    b.emit("teacher.assigned", f"class_teacher:{name_key(class_name)}@{year}", "class_teacher", {
        "teacher_id": teacher_id, "role": "class_teacher", "class_id": b.class_id(class_name, year), "name": name},
        when, at)

"""The groups of a class an Elzhur answer shows (reference A.3 Lesson item ``grp``, ``items_extday``, ``individual``
tasks): a subgroup, the extra-curricular group of a subject, one pupil's individual tasks. Each is a class of its
own under the class (``class.defined`` with ``parent_class_id``), ``<class key>.<key>`` in its school year; the
pupil whose own answer shows him in it is enrolled in it (``diary.py`` reads the items, this defines the group).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import dropouts, group_days, unplaced
from adapters.elzhur.common import Builder, school_year
from adapters.elzhur.ids import name_key
from adapters.elzhur.subgroups import enrol_subgroup


def group(b: Builder, sid: str | None, class_name: str, key: str, label: str, date: dt.date,
          where: tuple[Any, ...], grp_key: str | None = None) -> str:
    """The class id of a group of ``class_name`` (a subgroup, the extra-curricular group of a subject, one pupil's
    individual tasks), defined; the pupil whose answer shows it enrolled in it (in a subgroup, ``grp_key``, dated
    by the days his answers show him there: ``subgroups.py``, a switch of groups ends the sibling)."""
    part = f"{name_key(class_name)}.{key}"
    year = school_year(date)
    class_id, _ = b.group_id(part, year), group_days.lesson_day(b, part, year, date)  # a lesson of it that day
    level = b.ctx.directory.get("class", name_key(class_name)) or {}
    b.emit("class.defined", f"class:{part}@{year}", "class", {
        "class_id": class_id, "name": label, "grade_level": level.get("grade_level"), "academic_year": year,
        "parent_class_id": b.class_id(class_name, year)}, b.at(dt.date(year, 9, 1)), where)
    if sid is not None and grp_key is not None:
        enrol_subgroup(b, sid, part, grp_key, class_id, year, date, where)
        if class_name in b.guessed:  # named later: he joins the named class's subgroup too (unplaced.py)
            unplaced.note_group(b, sid, class_name, year, key, grp_key, label, date)
    elif sid is not None:
        if name := b.names.get(sid):
            start = group_days.joined(b, sid, part, year, dropouts.group_start(b, sid, part, year))  # his days
            b.emit("student.enrolled", f"student:{sid}:{part}:{year}", "enrolment", {
                "student_id": b.id("student", sid), "class_id": class_id, "name": name,
                "enrolled_on": start.isoformat()}, b.at(start), where)
    if sid is not None:
        dropouts.shown_in_group(b, sid, part, year, where)  # ends with a class a drop ended
    return class_id

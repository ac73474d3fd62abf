"""Lessons not of one whole class: a group's lesson shared by pupils of several classes, and a class's lesson some
of its pupils' own diaries lack (reference A.2 getdiary is one pupil's own diary, ``student``; A.3 Lesson item
``lesson_id``, ``grp``: nothing ties a lesson to one class). Found by ``contracts/journeys/elzhur_43``.

* **A group of several classes** (a trial exam room «Ауд. 301» seating pupils of 9А and 9Б, an elective of 11А and
  11Б: one ``lesson_id`` in the diaries of pupils of two classes). A ``grp`` item is filed in its class's subgroup
  (``diary.group``); when the hub already holds its ``lesson_id`` in a group of **another** class, the lesson stays
  in that group, and the pupil whose own answer lists it joins that group (enrolled as in an extra-curricular group:
  from 1 September, ``dropouts.group_start``), so each pupil whose diary lists the lesson sees it and its homework,
  whichever class's pupil was pulled first or last. The first answer to list the lesson names the group
  (directory ``("lesson_group", <lesson_id>)``).
* **A class's lesson some of its pupils do not have** (a pupil on an individual plan: no PE in her own diary). A
  pupil's own day is his class's whole day (``class_days.py``, ``contracts/journeys/elzhur_27``: a lesson replaced
  in a later diary is cancelled), but two pupils' own answers pulled the same day (school zone) that disagree about
  a lesson of the whole class do not see two states of the class's day: they see two pupils' days. Such a lesson
  is then not the class's: it moves to a group of its own, ``<class key>.own.<subject key>`` («<subject>»), whose
  members are the pupils whose own answers list the class's lessons so moved (enrolled as in an extra-curricular
  group), and it leaves the class's day (its containing scope is the group's day, which no answer is complete for),
  so no pupil's day lacking it cancels it, nor does the classmate who lacks it see it. Later answers listing it keep
  it in that group (directory ``("own_lesson", <lesson part>)``). Each pupil's whole-class lessons of each day his
  answer speaks for (``class_days.speaks_for``) are kept per class day (directory ``("class_day_pupils", <class day
  scope>)``: pupil -> pull time and lessons listed), as of his latest answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days, dropouts
from adapters.elzhur.common import Builder, day_date, entries, school_year
from adapters.elzhur.ids import name_key

LESSON_GROUP = "lesson_group"
OWN_LESSON = "own_lesson"
DAY_PUPILS = "class_day_pupils"
CANCELLED = "cancel"


def _get(b: Builder, kind: str, key: str) -> Any:
    for found_kind, vendor, data in reversed(b.out.directory_entries):
        if found_kind == kind and vendor == key:
            return data
    return b.ctx.directory.get(kind, key)


def _define(b: Builder, held: dict[str, Any], year: int, where: tuple[Any, ...]) -> str:
    class_id = b.group_id(held["part"], year)
    b.emit("class.defined", f"class:{held['part']}@{year}", "class", {
        "class_id": class_id, "name": held["label"], "grade_level": held.get("grade_level"), "academic_year": year,
        "parent_class_id": held["parent"]}, b.at(dt.date(year, 9, 1)), where)
    return class_id


def _join(b: Builder, sid: str, name: Any, held: dict[str, Any], year: int, where: tuple[Any, ...]) -> None:
    if not name:
        return
    start = dropouts.group_start(b, sid, held["part"], year)
    b.emit("student.enrolled", f"student:{sid}:{held['part']}:{year}", "enrolment", {
        "student_id": b.id("student", sid), "class_id": b.group_id(held["part"], year), "name": name,
        "enrolled_on": start.isoformat()}, b.at(start), where)


def _name(b: Builder, sid: str) -> Any:
    return b.names.get(sid) or (b.ctx.directory.get("student", sid) or {}).get("name")


# --- a group of several classes ----------------------------------------------------------------------------------

def held_group(b: Builder, lesson_id: str | None, class_name: str) -> dict[str, Any] | None:
    """The group of another class than ``class_name`` the hub holds the lesson ``lesson_id`` in, or None."""
    if not lesson_id:
        return None
    held = _get(b, LESSON_GROUP, lesson_id)
    if held and held["part"].split(".", 1)[0] != name_key(class_name):
        return held
    return None


def note_group(b: Builder, lesson_id: str | None, part: str, label: str, parent: str, grade_level: Any) -> None:
    """The first answer to list the group lesson ``lesson_id`` names its group."""
    if lesson_id and b.req.pulled_at is not None and _get(b, LESSON_GROUP, lesson_id) is None:
        b.out.directory_entries.append((LESSON_GROUP, lesson_id, {"part": part, "label": label, "parent": parent,
                                                                  "grade_level": grade_level}))


def join_group(b: Builder, sid: str | None, held: dict[str, Any], date: dt.date, where: tuple[Any, ...]) -> str:
    """The group of another class ``held`` that holds the lesson, defined; the pupil whose answer lists it joined."""
    year = school_year(date)
    class_id = _define(b, held, year, where)
    if sid is not None:
        _join(b, sid, _name(b, sid), held, year, where)
    return class_id


# --- a class's lesson some of its pupils do not have -------------------------------------------------------------

def _pull_day(b: Builder) -> str | None:
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return (pulled.astimezone(b.tz) if pulled.tzinfo else pulled).date().isoformat()


def _speaks(b: Builder, sid: str | None, class_name: str, date: dt.date) -> bool:
    days = b.req.days
    return (sid is not None and b.method in class_days.METHODS and days is not None and _pull_day(b) is not None
            and 0 <= (days[1] - days[0]).days < class_days.MAX_DAYS and days[0] <= date <= days[1]
            and class_days.speaks_for(b, sid, class_name, date))


def _classmates(b: Builder, sid: str, class_name: str, date: dt.date) -> dict[str, dict[str, Any]]:
    """The classmates' own answers of ``date`` pulled the same day as this one, as the directory keeps them."""
    record = _get(b, DAY_PUPILS, class_days.day_scope(class_name, date)) or {}
    today = _pull_day(b)
    return {other: seen for other, seen in record.items() if other != sid and seen["day"] == today}


def _own_group(class_name: str, subject_key: str, subject_name: str, parent: str, level: Any) -> dict[str, Any]:
    return {"part": f"{name_key(class_name)}.own.{subject_key}", "label": subject_name, "parent": parent,
            "grade_level": level}


def whole_class(b: Builder, sid: str | None, class_name: str, date: dt.date, lesson_part: str, subject_key: str,
                subject_name: str, where: tuple[Any, ...]) -> str | None:
    """The group of its own a lesson of the whole class is in (module docstring), the pupil listing it joined; or
    None: the class's lesson."""
    held = _get(b, OWN_LESSON, lesson_part)
    if held is None and _speaks(b, sid, class_name, date):
        lacking = [seen for seen in _classmates(b, sid, class_name, date).values()
                   if lesson_part not in seen["lessons"]]
        if lacking:
            level = (b.ctx.directory.get("class", name_key(class_name)) or {}).get("grade_level")
            held = _own_group(class_name, subject_key, subject_name, b.class_id(class_name, school_year(date)),
                              level)
            b.out.directory_entries.append((OWN_LESSON, lesson_part, held))
            for other, seen in _classmates(b, sid, class_name, date).items():
                if lesson_part in seen["lessons"]:
                    _join(b, other, _name(b, other), held, school_year(date), where)
    if held is None:
        return None
    return join_group(b, sid, held, date, where)


def own_scopes(held_class_id: str, date: dt.date, lesson_part: str) -> tuple[tuple[str, str], ...]:
    """A lesson of a group of its own leaves its class's day: its day scope is the group's (no answer is complete
    for it)."""
    return ((f"{class_days.KIND}:{held_class_id.rsplit(':', 1)[-1].rsplit('@', 1)[0]}@{school_year(date)}|"
             f"{date.isoformat()}", f"lesson:{lesson_part}"),)


def note_days(b: Builder, sid: str, class_name: str, days: dict[str, Any], where: tuple[Any, ...]) -> None:
    """After a pupil's own days are read: a lesson of the whole class a classmate's answer of the same pull day
    lists and his day lacks moves to a group of its own (module docstring), its classmates joined; his day's
    whole-class lessons are kept for the next answers."""
    for day_key, day in days.items():
        date = day_date(day_key)
        if not _speaks(b, sid, class_name, date):
            continue
        mine: dict[str, list[Any]] = {}
        for item_key, item in entries(day.items):
            part = _whole_class_part(b, class_name, day_key, item_key, item)
            if part is not None:
                mine[part[0]] = [part[1], part[2], part[3]]
        year = school_year(date)
        classmates = _classmates(b, sid, class_name, date)
        for other, seen in sorted(classmates.items()):
            for lesson_part, (subject_key, subject_name, slot) in sorted(seen["lessons"].items()):
                if lesson_part in mine or _get(b, OWN_LESSON, lesson_part) is not None:
                    continue
                level = (b.ctx.directory.get("class", name_key(class_name)) or {}).get("grade_level")
                held = _own_group(class_name, subject_key, subject_name, b.class_id(class_name, year), level)
                b.out.directory_entries.append((OWN_LESSON, lesson_part, held))
                group_id = _define(b, held, year, (*where, day_key))
                for listing, there in sorted(classmates.items()):
                    if lesson_part in there["lessons"]:
                        _join(b, listing, _name(b, listing), held, year, (*where, day_key))
                b.emit("lesson.scheduled", f"lesson:{lesson_part}", "lesson", {
                    "lesson_id": b.id("lesson", lesson_part), "class_id": group_id,
                    "subject_id": b.id("subject", subject_key), "date": date.isoformat(), "slot": slot,
                    "starts_at": None, "ends_at": None, "teacher_id": None, "topic": None, "room": None},
                    b.at(date), (*where, day_key), ["starts_at", "ends_at", "teacher_id", "topic", "room"],
                    own_scopes(group_id, date, lesson_part))
        scope = class_days.day_scope(class_name, date)
        record = dict(_get(b, DAY_PUPILS, scope) or {})
        record[sid] = {"at": b.req.pulled_at.isoformat(), "day": _pull_day(b), "lessons": mine}
        b.out.directory_entries.append((DAY_PUPILS, scope, record))


def _whole_class_part(b: Builder, class_name: str, day_key: str, item_key: Any,
                      item: Any) -> tuple[str, str, str, int] | None:
    """(lesson part, subject key, subject name, slot) of a lesson item of the whole class (``diary.lesson``), or
    None (a group's, a cancelled one, one without a number)."""
    if (item.grp or "").strip():
        return None
    number = item.num if item.num is not None else str(item_key) if isinstance(item_key, str) else None
    slot = int(number) if number and number.isdigit() and int(number) <= 20 else None
    subject_name = " ".join(item.name.split())
    if slot is None or subject_name.casefold() == CANCELLED:
        return None
    part = item.lesson_id or f"{day_key}.{slot}.{name_key(class_name)}"
    return part, name_key(subject_name), subject_name, slot

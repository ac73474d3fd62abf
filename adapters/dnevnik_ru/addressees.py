"""Whom a homework is set for (reference §3.2 ``tasks``: per-student homework assignment records; §3.6: a Task is
per pupil, ``{person, work}``). Found by dnevnik_ru_41: a catch-up homework whose only task names one pupil, and a
differentiated one (two levels, each with tasks for two of four pupils), showed in every classmate's diary.

* An answer about a group, a lesson or a work (no ``{person}`` in its request) lists a ``Homework`` work's tasks
  whole. When they name every pupil the hub holds in the work's group on the homework's day (its lesson's date, else
  its due date), the work is the group's: the common case. So it is when ``tasks`` is ``[]`` or absent (the answer
  says nothing about whom; many answers carry none), when the hub holds nobody there yet, when a task names no
  readable pupil (the list is not read; nothing is rejected for it) or when no pupil the hub holds there is named.
* When a pupil the hub holds there has no task, the work is set for the named pupils only, as Eljur's ``individual``
  tasks are (``adapters/elzhur/diary.py``): it is filed under a group of its own, a subgroup of the work's group
  (``class.defined`` with ``parent_class_id``): ``<group>.individual.<person>`` («Индивидуальное задание») for one
  pupil, ``<group>.pupils.<digest of the persons>`` («Задание для части класса») for several. Each named pupil the
  hub knows by name is enrolled there from 1 September of the group's study year; only they see it. The homework
  keeps its id, text, subject, lesson and dates.
* A later answer of the group decides again: tasks changed between pulls move the work (a revision of its
  ``homework.assigned``) to the group of its new pupils, or back to the class. A group's members are its key, so a
  group never loses one: nothing is withdrawn.
* One pupil's answers (``persons/{p}/...``, ``tasks/{p}/undone``, a feed: ``Carried.one_pupil``) list only that
  pupil's task: they keep what the last answer of the group decided (``("homework-pupils", work)``), and state no
  other class. The group they state is that answer's, so it is as of that answer's pull (``at``; the homework's
  ``class_id`` as a derived field, ``Translation.fields_as_of``), not their own; before any answer of the group, as
  of no pull (``NO_PULL``). So a group answer pulled before a pupil's own answer and delivered after it decides, as
  in pull order (found by dnevnik_ru_79: no-homework-002, 7А's homework bundle delivered two days late). The
  decision kept is the latest pull's: an older answer of the group delivered late does not replace it.
* The pupils the hub holds in a group come from ``("group-pupils", group)`` (every pupil ``groups.enrol`` saw
  there) and their memberships (``memberships.py``: from, until). A homework read before the roster is the class's
  until an answer of the group is read again after it.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any

from adapters.dnevnik_ru import models as m
from adapters.dnevnik_ru.common import Carried, Out, blank, validate, vendor_id
from adapters.dnevnik_ru.local_time import start_of_day
from adapters.dnevnik_ru.memberships import remembered
from adapters.dnevnik_ru.named_days import note
from hub.events import types as t

KIND = "homework-pupils"  # work -> {"group": addressee group's vendor key or None (its own group), "at": ISO pull}
PUPILS = "group-pupils"  # group -> {person: True}: every pupil an answer placed in the group
NO_PULL = datetime(1970, 1, 1, tzinfo=timezone.utc)  # one pupil's answer before any of the group: as of no pull


def note_pupil(out: Out, person: str, group: str) -> None:
    """``person`` was placed in ``group`` (``groups.enrol``): one of the pupils a homework's tasks are read against."""
    if not (out.peek(PUPILS, group) or {}).get(person):
        out.remember(PUPILS, group, {person: True}, merge=True)


def addressed_group(raw: Any, work: str, entry: dict[str, Any], p: tuple, out: Out,
                    carried: Carried) -> tuple[str | None, datetime | None]:
    """The vendor key of the group the homework ``work`` is filed under when its tasks name only some of its group's
    pupils (defined, its pupils enrolled), else None: the work's own group; and, when this answer does not decide
    it (one pupil's, or no tasks), when the answer that did was pulled (``decided_at``), else None (module
    docstring)."""
    decided = out.peek(KIND, work)
    tasks = raw.get("tasks") if isinstance(raw, dict) else None
    named = _named(tasks, (*p, "tasks")) if isinstance(tasks, list) and tasks else set()
    group = entry["group"]
    on = (carried.find(out, "lesson", entry["lesson"]) or {}).get("date")
    for person in named:  # each was in the group on its lesson's day (named_days.py)
        note(carried, person, group, on)
    if "person" in carried.params or carried.one_pupil or not isinstance(tasks, list) or not tasks:
        return (decided or {}).get("group"), decided_at(decided)  # says nothing about whom: the group answer's
    the_group = carried.find(out, "group", group)
    day = on or entry["due"] or entry["date"]
    held = held_on(out, group, date.fromisoformat(day)) if named and the_group and day else set()
    target = None
    if held & named and not held <= named:
        target = _define(out, group, the_group, sorted(named), p)
    pulled = carried.pulled_at.isoformat() if carried.pulled_at else None
    if decided is None or (decided.get("group") != target or decided.get("at") != pulled) and not _older(
            pulled, decided.get("at")):
        out.remember(KIND, work, {"group": target, "at": pulled})
    return target, None


def decided_at(decided: dict[str, Any] | None) -> datetime | None:
    """When the answer of the group that decided whom a homework is for was pulled: ``NO_PULL`` before any, None when
    the hub kept no pull with the decision (an answer without ``pulled_at``, an entry kept before pulls were)."""
    if decided is None:
        return NO_PULL
    return datetime.fromisoformat(decided["at"]) if decided.get("at") else None


def _older(pulled: str | None, kept: str | None) -> bool:
    """Whether an answer pulled at ``pulled`` is older than the one whose decision is kept (``kept``)."""
    return bool(pulled and kept) and datetime.fromisoformat(pulled) < datetime.fromisoformat(kept)


def _named(tasks: list[Any], p: tuple) -> set[str]:
    """The pupils the tasks name; empty when one of them names none readable (the list is then not read)."""
    named = set()
    for i, raw in enumerate(tasks):
        try:
            person = vendor_id(validate(m.Task, raw, (*p, i)), "person", (*p, i))
        except Exception:  # noqa: BLE001 - an unreadable task: the answer does not say whom (nothing is rejected)
            return set()
        if person is None:
            return set()
        named.add(person)
    return named


def held_on(out: Out, group: str, day: date) -> set[str]:
    """The pupils the hub holds in ``group`` on ``day`` (their membership's from .. until, the first day out)."""
    held = set()
    for person in out.peek(PUPILS, group) or {}:
        stay = remembered(out, person).get(group) or {}
        if stay.get("from") and stay["from"] <= day.isoformat() and (not stay.get("until") or
                                                                     day.isoformat() < stay["until"]):
            held.add(person)
    return held


def _define(out: Out, group: str, the_group: dict[str, Any], pupils: list[str], p: tuple) -> str:
    """The group of ``pupils`` under ``group``, defined, each pupil the hub knows by name enrolled from 1 September."""
    if len(pupils) == 1:
        key, name = f"{group}.individual.{pupils[0]}", "Индивидуальное задание"
    else:
        key, name = f"{group}.pupils.{digest_of(pupils)}", "Задание для части класса"
    return define_part(out, key, name, group, the_group, pupils, (*p, "tasks"))


def digest_of(pupils: list[str]) -> str:
    """A short digest of a sorted list of person ids: the key of the group they form."""
    return hashlib.sha256(",".join(pupils).encode()).hexdigest()[:12]


def define_part(out: Out, key: str, name: str, group: str, the_group: dict[str, Any], pupils: list[str],
                ptr: tuple) -> str:
    """The group ``key`` («``name``») of ``pupils`` under ``group``, defined, each pupil the hub knows by name
    enrolled from 1 September of the group's study year (also ``pupil_days.py``'s groups)."""
    year = the_group["academic_year"]
    start = start_of_day(date(year, 9, 1), out.ctx)
    out.emit(t.ClassDefined, "class.defined", {
        "class_id": out.cid("class", key), "name": name, "grade_level": None, "academic_year": year,
        "parent_class_id": out.cid("class", group)}, start, f"edu-groups:{key}", "class", {}, ptr)
    for person in pupils:
        known = out.peek("person", person) or {}
        if not (blank(known.get("first_name")) and blank(known.get("last_name"))):
            continue  # not a pupil the hub knows: no diary to show it in
        out.emit(t.StudentEnrolled, "student.enrolled", {
            "student_id": out.cid("person", person), "class_id": out.cid("class", key),
            "enrolled_on": date(year, 9, 1).isoformat(),
            "name": {"first_name": known["first_name"], "last_name": known["last_name"],
                     "middle_name": blank(known.get("middle_name"))}},
            start, f"edu-groups:{key}", f"student:{person}", {}, ptr)
    return key

"""A pupil's homework as the latest answer shows it, whichever method brought a task (reference A.1 ``days``, A.3
Day and Lesson item ``homework``, A.5 E2/E5; found by ``contracts/journeys/elzhur_34``).

getdiary, getschedule and gethomework all answer in the Day shape (A.3): each day of the ``days`` range whole, a
task in the ``homework`` of the lesson item it belongs to (gethomework by class: items without ``lesson_id``, E5).
A request snapshot (``routes.py``) compares an answer only with an earlier answer to the *same* request, so a task
only a forward gethomework brought survived every later getdiary that listed its lesson with ``homework: {}``.
Instead a task belongs to three containing scopes (``hub.ingest.containing``), whichever answer stated it, as
member ``homework:<id>``:

* **its lesson**, ``lesson-homework:<lesson_id>`` (an individual task: ``lesson-homework:<lesson_id>|<pupil>``),
  when its item names a ``lesson_id``. An item that states ``homework`` (``{}`` too; not ``null``, not absent) is
  the whole list of that lesson's tasks its reader sees: a class's answer every task of the lesson but the
  individual ones (it cannot say whose they are, ``diary.py``), a pupil's own answer every task of the lesson
  (the lesson's tasks are all its pupils', the subgroup's of a subgroup lesson) and his own individual ones,
  never another pupil's (his day lists the lesson, so it is his whichever class the hub holds him in). So any
  getdiary, getschedule or gethomework with ``days`` (at most ``MAX_DAYS`` days) listing the lesson speaks for its
  tasks, by the lesson's id whatever day lists it (a lesson moved to another day keeps its tasks' scope);
* **its group's lessons of its subject that day**, ``subject-homework:<group>@<school year>|<YYYY-MM-DD>|<subject
  key>`` (not an individual task): the item of a class's gethomework names no ``lesson_id`` (E5), yet it is a
  lesson item of the Day shape, its group's lesson of its subject on its day, so a task it lists is a task of that
  lesson though the hub cannot name it. Any getdiary, getschedule or gethomework with ``days`` listing a day's
  items of a subject and group (the same ``grp``: a pupil's day lists only his group's), each stating
  ``homework``, is the whole list of their tasks: by class, any day of its range; by pupil, a day he was in the
  class it is read for (``class_days.speaks_for``); never a vacation day, nor a day it lists no lesson of the
  subject (elzhur_29: a task set for a day without its lesson), nor when one of those items leaves ``homework``
  out (a key left out states nothing). Found by ``contracts/journeys/elzhur_68`` (no-homework-004): the class's
  gethomework of Sunday listed 11А Биология «1 группа»'s task of Tuesday, every later diary of a pupil of the group
  lists that lesson with ``homework: {}``, and the task, in no lesson's scope, stayed;
* **its group's day**, ``homework-day:<group>@<school year>|<YYYY-MM-DD>``, the day it is listed under (its
  ``due_on``, the same in each method: ``diary.py``) and the group it is set for (the class, a subgroup, an
  extra-curricular group, one pupil's individual tasks: its ``class_id``). A gethomework with ``days`` is the whole
  list of its reader's tasks of each day of its range, a task listed under a day without a lesson of its subject
  among them (the elzhur_29 corpus): by class, of the class's tasks each day; by pupil, of his class's and his own
  individual tasks each day he was in the class it is read for (``class_days.speaks_for``: not before he came,
  not after he left, and only when an answer pulled no later than it showed him in that class). Of a subgroup's or an
  extra-curricular group's tasks it speaks only on a day it lists an item of that group: a pupil sees only his own
  group's (another group's are not his to deny), and whether an answer lists a group with no task left that day is
  not said. A task a pupil's own gethomework lists without ``grp`` (that answer's shape, A.2) while the hub holds
  him in a subgroup of its subject may be his group's: it joins no day (the group's day it is in keeps it), and the
  class's day it is listed on holds it all the same (``note_ungrouped``; ``contracts/journeys/elzhur_40``). A
  vacation day (``alert``), whose items the hub does not read, speaks for nothing. getdiary and
  getschedule speak for no day: a diary lists tasks in lesson items, so a task set for a day without its lesson
  (elzhur_29) has no place in it.

A pupil's own answer speaks for his class's tasks though another pupil's answer stated them: a class task is every
pupil's of the class (A.3 ``individual`` marks the exceptions), so his day lacking it means it was withdrawn. Which
answer wins is the latest pull (``hub.ingest.containing``): an answer pulled before the last one complete for the
scope, or before the one that stated the task, deletes nothing there; an older answer delivered late does not bring
back what a later pull lacked (its restatement is stale), nor state a task the hub never held that a later answer
complete for its lesson, its subject's lessons or day lacked (``SUPERSEDING``,
``hub.ingest.containing.superseded``): found by ``contracts/journeys/elzhur_65`` (no-homework-001), whose class
gethomework of 18 Oct, parked until the diaries brought its lessons, was re-driven after the diaries of 23 Oct that
list its Geography lesson with ``homework: {}``. ``homework.withdrawn`` as a request snapshot's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from adapters.elzhur import class_days
from adapters.elzhur.common import Builder, day_date, school_year
from adapters.elzhur.ids import name_key

DAY_KIND, LESSON_KIND, SUBJECT_KIND = "homework-day", "lesson-homework", "subject-homework"
MAX_DAYS = 93  # the API reads at most 93 days (``routes.MAX_DAY_PARTS``): a longer range speaks for no day
METHODS = frozenset({"getdiary", "getschedule", "gethomework"})
# ``Translation.superseding``: an older answer's task they lacked
SUPERSEDING = frozenset({DAY_KIND, LESSON_KIND, SUBJECT_KIND})


@dataclass
class Listed:
    """What one answer lists whole (``Builder.task_lists``): lesson scopes; (pupil or None, class, day, scope) of
    the groups' days a gethomework lists and of the groups' lessons of a subject a day lists (``subjects``, less
    those of an item not stating ``homework``: ``unstated``); its readers (pupil or None for a class's days,
    class); vacation days."""

    lessons: set[str] = field(default_factory=set)
    group_days: set[tuple[str | None, str, dt.date, str]] = field(default_factory=set)
    readers: set[tuple[str | None, str]] = field(default_factory=set)
    off: set[tuple[str | None, dt.date]] = field(default_factory=set)
    ungrouped: set[tuple[str, str]] = field(default_factory=set)  # (day scope, member) listed, of no group stated
    subjects: set[tuple[str | None, str, dt.date, str]] = field(default_factory=set)
    unstated: set[str] = field(default_factory=set)


def day_scope(group_id: str, day: dt.date) -> str:
    """``homework-day:<group>@<year>|<YYYY-MM-DD>`` of a task set for the class or group ``group_id`` (canonical)."""
    return f"{DAY_KIND}:{group_id.rsplit(':', 1)[-1]}|{day.isoformat()}"


def lesson_scope(lesson_id: str, pupil: str | None = None) -> str:
    """``lesson-homework:<lesson_id>``, or ``...|<pupil>`` for that pupil's individual tasks of the lesson."""
    return f"{LESSON_KIND}:{lesson_id}" + (f"|{pupil}" if pupil else "")


def subject_scope(group_id: str, day: dt.date, subject_key: str) -> str:
    """``subject-homework:<group>@<year>|<YYYY-MM-DD>|<subject key>``: the tasks of the lessons of ``subject_key``
    the class or group ``group_id`` (canonical) has on ``day`` (module docstring)."""
    return f"{SUBJECT_KIND}:{group_id.rsplit(':', 1)[-1]}|{day.isoformat()}|{subject_key}"


def task_key(task: Any, key: Any, index: int, day_key: str, number: str | None, item_name: str) -> Any:
    """A task's id (A.3 Lesson item ``homework``): its ``id`` (a number, as ``files[].toid`` names it), else its key
    in ``homework``, else ``<YYYYMMDD>.<num>.<subject key>.<index>``."""
    return task.id or (key if isinstance(key, str) else f"{day_key}.{number or 'x'}.{name_key(item_name)}.{index}")


def task_scopes(hw: str, group_id: str, day: dt.date, lesson_id: str | None,
                individual_of: str | None, subject_key: str | None = None) -> tuple[tuple[str, str], ...]:
    """The scopes of the task ``hw`` set for ``group_id`` on ``day`` in the item of ``lesson_id`` (the Elzhur id,
    None when the item names none; ``individual_of``: the pupil of an individual task), a class or group task also
    in its group's lessons of ``subject_key`` that day, with its member key there (module docstring)."""
    member = f"homework:{hw}"
    found = [(day_scope(group_id, day), member)]
    if lesson_id:
        found.append((lesson_scope(lesson_id, individual_of), member))
    if subject_key and individual_of is None:
        found.append((subject_scope(group_id, day, subject_key), member))
    return tuple(found)


def note_ungrouped(b: Builder, scopes: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A task a pupil's own gethomework lists without ``grp`` while he is in a subgroup of its subject (``diary``):
    it may be his group's, so it leaves the group's day it is in as it is (no day scope of its own); the class's day
    it is listed on holds it all the same (a class task he lists is not withdrawn)."""
    listed, grouped = _listed(b), (f"{DAY_KIND}:", f"{SUBJECT_KIND}:")
    listed.ungrouped |= {(scope, member) for scope, member in scopes if scope.startswith(grouped)}
    return tuple((scope, member) for scope, member in scopes if not scope.startswith(grouped))


def note_reader(b: Builder, sid: str | None, class_name: str) -> None:
    """The answer lists days of ``sid`` (None: of the class ``class_name``), read for ``class_name``."""
    if class_name not in b.guessed:
        _listed(b).readers.add((sid, class_name))


def note_day_off(b: Builder, sid: str | None, day_key: str) -> None:
    """A vacation day of the answer (``alert``), whose items the hub does not read: it speaks for no task."""
    _listed(b).off.add((sid, day_date(day_key)))


def note_item(b: Builder, sid: str | None, class_name: str, item: Any, group_id: str, date: dt.date,
              whole_class: bool, lesson_key: str | None = None, subject_key: str | None = None) -> None:
    """What a lesson item of ``sid``'s (or a class's) day lists whole (module docstring): its lesson's tasks when
    it states ``homework`` and names its ``lesson_id`` (``lesson_key``: the key of their lesson scope, its class's
    of a lesson of several classes, ``combined_lessons.py``); with the day's other items of its subject
    (``subject_key``) and group, the tasks of that group's lessons of the subject; in a gethomework, the day's tasks
    of the subgroup or extra-curricular group ``group_id`` it belongs to."""
    if b.method not in METHODS:
        return
    stated = "homework" in item.model_fields_set and item.homework is not None
    if subject_key and class_name not in b.guessed:
        _note_subject(_listed(b), sid, class_name, subject_scope(group_id, date, subject_key), date, stated)
    if not stated:
        return
    listed, key = _listed(b), lesson_key or item.lesson_id
    if item.lesson_id:
        listed.lessons.add(lesson_scope(key))
        if sid is not None:
            listed.lessons.add(lesson_scope(item.lesson_id, sid))
    if b.method == "gethomework" and not whole_class and class_name not in b.guessed:
        listed.group_days.add((sid, class_name, date, day_scope(group_id, date)))


def _note_subject(listed: Listed, sid: str | None, class_name: str, scope: str, date: dt.date, stated: bool) -> None:
    """An item of the group's lessons of a subject (``scope``): the day lists them whole only if each states
    ``homework`` (a key left out states nothing, A.3)."""
    if stated:
        listed.subjects.add((sid, class_name, date, scope))
    else:
        listed.unstated.add(scope)


def complete(b: Builder, scopes: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, frozenset[str]]]:
    """The scopes a getdiary, getschedule or gethomework with ``days`` (at most ``MAX_DAYS`` days) is complete for,
    each with the tasks it holds there (``scopes``: the answer's ``Translation.scopes``): the lessons it lists and,
    for a gethomework, its class's days and the groups' days it lists (module docstring)."""
    days, listed = b.req.days, b.task_lists
    if b.method not in METHODS or listed is None or days is None or not 0 <= (days[1] - days[0]).days < MAX_DAYS:
        return []
    held: dict[str, set[str]] = {}
    for memberships in scopes.values():
        for scope, key in memberships:
            held.setdefault(scope, set()).add(key)
    for scope, key in listed.ungrouped:
        held.setdefault(scope, set()).add(key)
    found = set(listed.lessons)
    if b.method == "gethomework":
        found |= _class_days(b, listed, days)
        found |= {scope for sid, class_name, day, scope in listed.group_days
                  if days[0] <= day <= days[1] and (sid is None or class_days.speaks_for(b, sid, class_name, day))}
    found |= _subject_days(b, listed, days)
    return [(scope, frozenset(held.get(scope, ()))) for scope in sorted(found)]


def _subject_days(b: Builder, listed: Listed, days: tuple[dt.date, dt.date]) -> set[str]:
    """The groups' lessons of a subject an answer lists on a day of its range, each item stating ``homework``: by
    class, any; by pupil, on the days he was in the class it is read for (``class_days.speaks_for``); never on a
    vacation day."""
    return {scope for sid, class_name, day, scope in listed.subjects
            if scope not in listed.unstated and days[0] <= day <= days[1] and (sid, day) not in listed.off
            and (sid is None or class_days.speaks_for(b, sid, class_name, day))}


def _class_days(b: Builder, listed: Listed, days: tuple[dt.date, dt.date]) -> set[str]:
    """The class days (and a pupil's individual days) a gethomework speaks for: by class, each day of its range; by
    pupil, each day he was in the class it is read for (``class_days.speaks_for``); never a vacation day."""
    found: set[str] = set()
    for n in range((days[1] - days[0]).days + 1):
        day = days[0] + dt.timedelta(days=n)
        year = school_year(day)
        for sid, class_name in sorted(listed.readers, key=lambda reader: (reader[0] or "", reader[1])):
            if (sid, day) in listed.off or (sid is not None and not class_days.speaks_for(b, sid, class_name, day)):
                continue
            found.add(day_scope(b.class_id(class_name, year), day))
            if sid is not None:
                found.add(day_scope(b.group_id(f"{name_key(class_name)}.individual.{sid}", year), day))
    return found


def _listed(b: Builder) -> Listed:
    if b.task_lists is None:
        b.task_lists = Listed()
    return b.task_lists

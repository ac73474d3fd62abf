"""The classes and groups whose tasks a pupil's own day speaks for (reference A.2 getdiary, getschedule, gethomework
by ``student``: that pupil's own answer; A.3 Day: each listed day whole, Lesson item ``grp`` and ``homework``).
Found by ``contracts/journeys/elzhur_72`` (homework-001..011, 022..024).

A pupil's answer of days is a request snapshot per day (``routes._day_parts``): what his earlier answer to the same
request held that day and this one lacks was withdrawn. But his day is his own: it lists the tasks of the class and
groups he is in that day, so a task of a class or group he has left is not his to deny (elzhur_72: a pupil on a
trial in 7Б, a pupil switched to the other English group; their later gethomework of the week no longer listed
7А's or «2 группа»'s tasks, and the hub withdrew them from the classmates whose own diaries list them). So each day
of his answer speaks for the tasks (``homework``; lessons, marks and absences as before) of:

* the class the answer is read for (``Builder.classes``) and his individual tasks in it, on a day the hub does not
  hold him out of that class (``class_history.stay``: before he came, from the day he left; a pupil no dated answer
  placed there is not held out);
* a group of that class (a subgroup, an extra-curricular group, a lesson's group of its own: ``<class key>.<...>``)
  the answer lists an item of on any day of its range, and, for an item of his gethomework without ``grp`` (that
  answer's shape), the subgroups of its subject the hub holds him in.

A class he has left or a group his answer no longer lists at all is evidence of his move, not of its tasks (his
classmates' answers speak for those): a task stored there (``class_id``) is not withdrawn by his day's omission
(``Translation.snapshot_groups``, ``hub.ingest.snapshots.in_groups``). A lesson of his own group listed with
``homework: {}`` still withdraws its tasks (``homework_days.py``: elzhur_34, 65, 68). A class's answer, or one read for
a class of unknown name (``unplaced.py``), speaks for every class as before.
"""

from __future__ import annotations

import datetime as dt

from adapters.elzhur import class_history, subgroups
from adapters.elzhur.common import Builder, day_date, school_year
from adapters.elzhur.ids import name_key

FAMILIES = frozenset({"homework"})
GROUPED_EVENTS = frozenset({"lesson.scheduled", "homework.assigned"})


def spoken_for(b: Builder, parts: dict[str, str]) -> dict[str, frozenset[str]]:
    """Per snapshot part of a pupil's answer (``parts``: part key -> its day, ``YYYYMMDD``), the classes and groups
    (``class_id``) whose tasks it speaks for (module docstring); empty for an answer that speaks for every class."""
    if not parts or not b.classes or set(b.classes.values()) & b.guessed:
        return {}
    listed = _listed(b)
    return {key: frozenset(group for sid, class_name in b.classes.items()
                           for group in _of_day(b, sid, class_name, day_date(day), listed))
            for key, day in parts.items()}


def _of_day(b: Builder, sid: str, class_name: str, date: dt.date, listed: set[str]) -> set[str]:
    """The class ``class_name`` and its groups ``sid``'s day ``date`` speaks for: none when the hub holds him out of
    the class that day."""
    year = school_year(date)
    stay = class_history.stay(b, sid, name_key(class_name), year)
    if stay is not None and not (stay[0] <= date and (stay[1] is None or date < stay[1])):
        return set()
    class_id = b.class_id(class_name, year)
    prefix, suffix = class_id.rsplit("@", 1)[0] + ".", f"@{year}"
    mine = {group for group in listed if group.startswith(prefix) and group.endswith(suffix)}
    return {class_id, b.group_id(f"{name_key(class_name)}.individual.{sid}", year), *mine}


def _listed(b: Builder) -> set[str]:
    """The classes and groups of the lessons and tasks the answer's days list (a class stated, not omitted), and for
    a task listed without ``grp`` (``class_id`` omitted), the subgroups of its subject the hub holds its pupil in."""
    read = {event_id for events in b.day_events.values() for event_id in events}
    found: set[str] = set()
    for event in b.out.events:
        if event.event_id not in read or event.type not in GROUPED_EVENTS:
            continue
        if "class_id" not in b.out.omitted.get(event.event_id, ()):
            found.add(event.data["class_id"])
        elif event.type == "homework.assigned":
            found |= _subgroups_of(b, event.data["subject_id"], dt.date.fromisoformat(event.data["due_on"]))
    return found


def _subgroups_of(b: Builder, subject_id: str, date: dt.date) -> set[str]:
    """The subgroups of the subject ``subject_id`` (canonical) the hub holds the answer's pupils in."""
    subject_key, year = subject_id.rsplit(":", 1)[-1], school_year(date)
    return {b.group_id(part, year) for sid, class_name in b.classes.items()
            for part in subgroups.open_subgroups(b, sid, class_name, subject_key, year)}

"""The days a pupil's own schedule shows him in each subgroup of his class (reference §0: ``persons/{p}/groups/{g}/
schedules`` is one person's schedule, per day; §3.4: a lesson is of one ``group``; §3.8: a pupil sees the lessons of
the groups he is a member of). Found by dnevnik_ru_81 (no-lesson-001..003): Максим's schedule pulled on Thursday
listed English group 1's lessons on Monday and Wednesday and group 2's from Thursday on, yet it saw him in both
groups on Thursday, so group 1's Thursday lesson stayed his and group 2 began on Monday.

A schedule is his whole list of lessons of each day it covers (``pupil_days.py``). So, for each subgroup of its class
whose lessons it lists (``lesson_days``), its sighting of him there (``sighting``) is the group's own:

* it **sees** him in the group up to the last day it lists one of the group's lessons, its own day at most (a lesson
  on or after that day: the answer's day, ``memberships.seen_on``): on a later day it covers he was no longer in it
  or the group had no lesson, and a stay ended by a later member list without him ends after that day
  (``memberships.withdraw``);
* it shows him **out** of it from the first day it covers (``startDate``) to the day before the first day it lists
  one of them (``Carried.shown``): the group's lessons of those days, if any, were not his. So a first stay that a
  member list without him dates after that list's pull begins on that first day, when the schedule covers every day
  from the day after the list (``joined_from``, asked by ``member_lists.listed_without``).

Not read so: the class of the schedule's path (its days are the class's, ``pupil_days.py``); a day on which the
group had no lesson is no evidence either way, and nothing here ends a stay by itself (a member list or an
``Archive`` membership does). The sighting keeps both days for a re-read in pull order (``arrival.py``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from adapters.dnevnik_ru.carried import Carried

DAY = timedelta(days=1)


def lesson_days(carried: Carried) -> dict[str, tuple[date, date]]:
    """Per group, the first and the last day of the lessons this answer lists (``Carried.lessons``)."""
    spans: dict[str, tuple[date, date]] = {}
    for entry in carried.lessons.values():
        if entry.get("group") and entry.get("date"):
            day = date.fromisoformat(entry["date"][:10])
            first, last = spans.get(entry["group"], (day, day))
            spans[entry["group"]] = (min(first, day), max(last, day))
    return spans


def sighting(carried: Carried, span: tuple[date, date]) -> Carried:
    """This schedule's sighting of a subgroup whose lessons it lists from ``span[0]`` to ``span[1]``: seen up to
    the last of them (the answer's own day at most), out of it from the first day it covers to the first of them
    (module docstring). An undated answer sees nothing and stays so."""
    if carried.seen_on is None:
        return carried
    start = carried.params.get("from")
    shown = (date.fromisoformat(start), span[0]) if start else None
    return replace(carried, seen_on=min(carried.seen_on, span[1]), shown=shown)


def joined_from(carried: Carried, listed: date) -> date:
    """The first day of a stay that began after a member list of day ``listed`` that lacked him: the day after it,
    or the first day this schedule lists a lesson of the group when it covers every day from the day after the list
    up to it (its days before showed him out of the group)."""
    after = listed + DAY
    if carried.shown is None:
        return after
    covered_from, first = carried.shown
    return max(after, first) if covered_from <= after else after

"""When a pupil's own diary says he joined his class: the school days before his first lessons (reference A.3 Day).

Eljur never dates a membership (``memberships.py``), and a pupil's first class of a school year starts on 1
September for want of evidence. A pupil's own getdiary or getschedule (``student=``) is complete per day (A.1,
A.3 Day: ``items`` are that day's lessons of his diary), so a day it holds with no lessons at all (no ``items``,
no ``items_extday``, no ``alert: "vacation"``), or a day of its ``days`` range it does not list (no lesson of his,
as a weekend; found by ``contracts/journeys/elzhur_75``: a newcomer's diary backfilled over the fortnight lists
only the days from his arrival), on which the hub knows his class had lessons is a school day he was not in the
class. The days of such an answer before its first day with lessons that are such days date his
arrival: he joined the class no earlier than the day after the last of them (``absent_until``; applied by
``memberships.start_of`` unless an answer showed him in the class before that day: a getrules pulled earlier,
a day of his own diary with lessons, ``first_with_lessons``, a mark of his getmarks; a getrules pulled on that
day itself is the roster as of its pull, not that day's lessons: ``contracts/journeys/elzhur_81``).

What does **not** date an arrival: an empty day the hub knows no lesson of the class on (a class without lessons
that day, a day only another subgroup had lessons, a weekend), a vacation day, an empty day after the answer's
first day with lessons (an absence, a cancelled day: he was in the class by then), an answer with no day of
lessons at all, a gethomework (an empty day there is a day without homework). An answer without ``pulled_at``
dates an arrival all the same: its days date themselves (A.3 Day), and it sees him in the class on the last day it
lists lessons on (``last_with_lessons``, ``memberships.seen_on``; found by ``contracts/journeys/elzhur_51``).

The hub knows a class had lessons on a day from any answer that listed one of the whole class's lessons that day
(``getschedule?class=``, any pupil's getdiary or getschedule; not a subgroup's, not extra-curricular, not
cancelled): the directory's ``("class_lessons", "<class key>@<YYYYMMDD>")``. An answer delivered before the class's
lessons of those days reached the hub dates nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days
from adapters.elzhur.common import Builder, day_date, entries
from adapters.elzhur.ids import name_key

KIND = "class_lessons"
VACATION = "vacation"


def note_class_lesson(b: Builder, class_name: str, day_key: str) -> None:
    """Remember that ``class_name`` had a lesson of the whole class on ``day_key`` (once: not again when the
    directory or this answer already holds it)."""
    if not _class_had_lessons(b, class_name, day_key):
        key = f"{name_key(class_name)}@{day_key}"
        b.out.directory_entries.append((KIND, key, {"lessons": True}))


def absent_until(b: Builder, class_name: str, days: dict[str, Any]) -> dt.date | None:
    """The last school day a pupil's own answer ``days`` shows without lessons before its first day with lessons
    while his class had lessons that day (module docstring), or None."""
    first = first_with_lessons(days)
    if b.method not in ("getdiary", "getschedule") or first is None:
        return None  # no day with lessons: the answer says nothing of when he came
    empty = [day_key for day_key in _range_keys(b, days)
             if day_date(day_key) < first and (day_key not in days or not _vacation(days[day_key]))]
    return max((day_date(key) for key in empty if _class_had_lessons(b, class_name, key)), default=None)


def _range_keys(b: Builder, days: dict[str, Any]) -> list[str]:
    """The day keys an answer speaks for, in order: those it lists, and each day of its request's ``days`` range
    (at most ``class_days.MAX_DAYS``) it does not list (A.1 ``days``, A.3 Day: a day of the range without lessons of his, as a
    weekend)."""
    span = b.req.days
    if span is None or not 0 <= (span[1] - span[0]).days < class_days.MAX_DAYS:
        return sorted(days)
    unlisted = ((span[0] + dt.timedelta(days=n)).strftime("%Y%m%d") for n in range((span[1] - span[0]).days + 1))
    return sorted({*days, *unlisted})


def first_with_lessons(days: dict[str, Any]) -> dt.date | None:
    """The first day (not a vacation day) ``days`` holds lessons on (``items`` or ``items_extday``), or None: the
    first day a pupil's own answer shows him in his class."""
    held = [day_key for day_key, day in days.items()
            if not _vacation(day) and (entries(day.items) or entries(day.items_extday))]
    return day_date(min(held)) if held else None


def last_with_lessons(b: Builder, days: dict[str, Any]) -> dt.date | None:
    """The last day (not a vacation day) a pupil's own getdiary or getschedule with ``days`` and without
    ``pulled_at`` holds lessons on, or None: the day it sees him in the class it is read for (reference A.2 by
    student, A.3 Day: the days it lists are his, each whole), which dates his class as a pull day would
    (``memberships.seen_on``). A dated answer, a gethomework (its days list tasks) and getmarks (a mark names no
    class, and a range of marks can straddle a move) give None."""
    if b.method not in ("getdiary", "getschedule") or b.req.pulled_at is not None or b.req.days is None:
        return None
    held = [day_key for day_key, day in days.items()
            if not _vacation(day) and (entries(day.items) or entries(day.items_extday))]
    return day_date(max(held)) if held else None


def _vacation(day: Any) -> bool:
    return (day.alert or "").strip().casefold() == VACATION


def _class_had_lessons(b: Builder, class_name: str, day_key: str) -> bool:
    key = f"{name_key(class_name)}@{day_key}"
    return (b.ctx.directory.get(KIND, key) is not None
            or any(kind == KIND and vendor == key for kind, vendor, _ in b.out.directory_entries))

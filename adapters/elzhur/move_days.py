"""The day a pupil moved between classes, as his own days show it (reference A.2 getdiary/getschedule by
``student``: his own diary; A.3 Day: each day it lists is his whole day, its lessons his; A.1 envelope
``pulled_at``: the latest pull of a day decides). Found by ``contracts/journeys/elzhur_80``: a week in the parallel
class and back, the return order entered at 07:05, the relay's 07:30 pull listing Tuesday in 6Б and Wednesday in 6А,
the nightly 05:00 pull of the same Wednesday (6Б) delivered after it.

``memberships.py`` dates a move by the days answers were pulled: the new class from the day after the pupil was last
seen in the old one (two pulls of one day, the later in another class: from the day after). A pupil's own getdiary or
getschedule with ``days`` and ``pulled_at``, read for the class X he is in as of its pull, says more of the days up
to its pull day, each of which it lists as it was:

* an **away day**: a day it lists with lessons of the whole class that are all lessons of another class Y of his (the
  class whose pupil's own answer first listed each ``lesson_id``, ``combined_lessons``' directory
  ``whole_class_lesson``; a class the hub has seen him in that school year) and none of X's: he was in Y that day;
* its **first day in X**: the first day it lists a lesson of the whole class of X on: he was in X that day.

So a move from Y to X (Y ended the day X started) is re-dated by them: X starts the day after the last away day
before its first day in X (never after the day the answer sees him in X), or on its first day in X when the hub
dates the move later and every answer that saw him in Y was pulled before this one (the later pull of the day
wins); Y ends the day X starts, and its subgroups with it. A lesson the hub holds in no class, or one without
``lesson_id``, says nothing; an answer without ``pulled_at`` or ``days`` dates nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days
from adapters.elzhur.class_history import known, pulled_on
from adapters.elzhur.combined_lessons import CLASS_LESSON
from adapters.elzhur.common import Builder, day_date, entries, school_year
from adapters.elzhur.ids import name_key
from adapters.elzhur.move_dates import NOTHING, Shown
from adapters.elzhur.shared_lessons import get


def shown(b: Builder, sid: str, class_name: str, days: dict[str, Any]) -> Shown:
    """The away day and first day in ``class_name`` of ``sid``'s own getdiary or getschedule ``days`` (module
    docstring), from the days up to its pull day."""
    pulled, span = pulled_on(b), b.req.days
    if (b.method not in class_days.METHODS or pulled is None or span is None
            or not 0 <= (span[1] - span[0]).days < class_days.MAX_DAYS):
        return NOTHING
    away, mine = None, name_key(class_name)
    for day_key in sorted(days):
        date = day_date(day_key)
        if date > pulled:
            break
        classes, unknown = _classes_of(b, days[day_key])
        if mine in classes:
            return Shown(away, date)
        if not unknown and len(classes) == 1 and f"{next(iter(classes))}@{school_year(date)}" in known(b, sid):
            away = date
    return Shown(away, None)


def _classes_of(b: Builder, day: Any) -> tuple[set[str], bool]:
    """The classes (name keys) of the whole-class lessons ``day`` lists, as the hub holds them (the class whose
    pupil first listed each), and whether it lists one the hub holds in none or without ``lesson_id``."""
    found, unknown = set(), False
    for _key, item in entries(day.items):
        if (item.grp or "").strip() or " ".join(item.name.split()).casefold() == "cancel":
            continue
        held = get(b, CLASS_LESSON, item.lesson_id) if item.lesson_id else None
        if held and held.get("class"):
            found.add(name_key(str(held["class"])))
        else:
            unknown = True
    return found, unknown

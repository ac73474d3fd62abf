"""A class's lessons of a day, whichever answer brought them: a pupil's own day speaks for his class's (reference
A.1 ``days``, A.3 Day).

A class's getschedule lists the class's lessons of each day of its range, and its request snapshot (``routes.py``)
cancels a lesson a later answer to the *same* request lacks. A pupil's own getdiary or getschedule holds each day of
its range whole too (A.3 Day: every lesson of his day), his class's lessons among them; but it is another request,
so a lesson of the class the teacher replaced (another subject, another ``lesson_id`` in its slot) stayed beside its
replacement. So each class's day is a containing scope (``hub.ingest.containing``), as a pupil's absences of a day
are (``absences.py``):

* a lesson of the whole class (no ``grp``, not extra-curricular: ``diary.lesson``) that any getdiary or getschedule
  states, by class or by pupil, is filed under ``class-lessons-day:<class key>@<school year>|<YYYY-MM-DD>`` as
  ``lesson:<lesson part>``; a subgroup's or an extra-curricular group's lesson joins no class day (a pupil's day
  does not list another subgroup's lessons, so it cannot deny them);
* a by-pupil getdiary or getschedule with ``days`` of at most ``MAX_DAYS`` days is complete for each day of its
  range on which the pupil was in the class it is read for, as the hub holds his membership once the answer is read
  (``class_history.stay``: from the day he joined it, before the day he left it; a pupil no dated answer placed in
  the class speaks for no day of it, nor does a class's own answer, which its request snapshot already covers).
  A lesson of that class and day the hub holds and his day lacks is cancelled (``lesson.cancelled``, the deletion
  a class's own later getschedule lacking it makes), as of the answer's pull: an answer pulled before the last one
  complete for that day, or before the answer that stated the lesson, deletes nothing.
* a lesson a classmate's own answer pulled the same day lists and his lacks is no longer the class's: it moves to a
  group of its own and leaves the class's day (``own_lessons.py``), so his day does not cancel it.
"""

from __future__ import annotations

import datetime as dt

from adapters.elzhur import class_history
from adapters.elzhur.common import Builder, school_year
from adapters.elzhur.ids import name_key

KIND = "class-lessons-day"
MAX_DAYS = 93  # the API reads at most 93 days (``routes.MAX_DAY_PARTS``): a longer range speaks for no day
METHODS = frozenset({"getdiary", "getschedule"})


def day_scope(class_name: str, day: dt.date) -> str:
    """``class-lessons-day:<class key>@<school year>|<YYYY-MM-DD>``."""
    return f"{KIND}:{name_key(class_name)}@{school_year(day)}|{day.isoformat()}"


def lesson_scopes(class_name: str, day: dt.date, lesson_part: str) -> tuple[tuple[str, str], ...]:
    """The class day a lesson of the whole class ``class_name`` on ``day`` belongs to, with its member key there."""
    return ((day_scope(class_name, day), f"lesson:{lesson_part}"),)


def complete(b: Builder, scopes: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, frozenset[str]]]:
    """The class days a by-pupil getdiary or getschedule is complete for (module docstring), each with the lessons
    of the class it holds there (``scopes``: the answer's ``Translation.scopes``)."""
    days = b.req.days
    if b.method not in METHODS or days is None or not 0 <= (days[1] - days[0]).days < MAX_DAYS:
        return []
    held: dict[str, set[str]] = {}
    for memberships_of_event in scopes.values():
        for scope, key in memberships_of_event:
            if scope.startswith(f"{KIND}:"):
                held.setdefault(scope, set()).add(key)
    found = []
    for sid, class_name in sorted(b.classes.items()):
        stays: dict[int, tuple[dt.date, dt.date | None] | None] = {}  # per school year: asked once, not per day
        for n in range((days[1] - days[0]).days + 1):
            day = days[0] + dt.timedelta(days=n)
            year = school_year(day)
            if year not in stays:
                stays[year] = _stay_read_for(b, sid, class_name, year)
            if _covers(stays[year], day):
                scope = day_scope(class_name, day)
                found.append((scope, frozenset(held.get(scope, ()))))
    return found


def speaks_for(b: Builder, sid: str, class_name: str, day: dt.date) -> bool:
    """Whether the pupil ``sid``'s own answer speaks for ``class_name``'s ``day``: the hub holds him in the class
    that day, and the answer was pulled no earlier than an answer first placed him there (module docstring; also
    the days his answer says whether the class had a holiday, ``holidays.py``, and his tasks, ``homework_days.py``)."""
    return _covers(_stay_read_for(b, sid, class_name, school_year(day)), day)


def _stay_read_for(b: Builder, sid: str, class_name: str, year: int) -> tuple[dt.date, dt.date | None] | None:
    """``sid``'s stay in ``class_name`` in ``year`` as the hub holds it (a dated membership: first day, day he left
    or None), when the answer speaks for that class (``_read_for_its_class``); else None."""
    stay = class_history.stay(b, sid, name_key(class_name), year)
    return stay if stay is not None and _read_for_its_class(b, sid, class_name, year) else None


def _covers(stay: tuple[dt.date, dt.date | None] | None, day: dt.date) -> bool:
    return stay is not None and stay[0] <= day and (stay[1] is None or day < stay[1])


def _read_for_its_class(b: Builder, sid: str, class_name: str, year: int) -> bool:
    """Whether the answer, dated, was pulled no earlier than the first day an answer read before it saw the pupil in
    ``class_name`` (or is the first to place him there). A pupil's own answer names no class: it is read for the
    class the hub knows him in now, so an older answer delivered late after he moved is read for his new class,
    which nothing showed him in by its pull; its days speak for no class."""
    pulled = b.req.pulled_at
    if pulled is None:
        return False
    first = class_history.first_seen_before(b, sid, name_key(class_name), year)
    return first is None or first <= (pulled.astimezone(b.tz) if pulled.tzinfo else pulled).date()

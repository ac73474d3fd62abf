"""A pupil's absences per day, whichever method brought them (reference A.3 SubjectMarks and Day, A.5 E2/E3).

Absences (``н``, ``оп``, ``б``, ``у``, ``уп``) are pseudo-marks in both getdiary and getmarks. A getmarks answer
selects a pupil's marks, absences among them, by their own ``date`` within ``days`` (A.1, A.3): for each whole day
of its range it is the pupil's whole list of absences that day. A getdiary answer lists a day's lessons whole, with
their absences: for each day of its range it is the pupil's whole list of absences that day too. A request snapshot
(``routes.py``) compares an answer only with an earlier answer to the same request, so an absence a getdiary brought
would survive a getmarks that lacks it. Instead each pupil's day is a containing scope (``hub.ingest.containing``):

* an absence is filed under ``absences-day:<pupil>|<YYYY-MM-DD>`` as ``attendance:<pupil>.<lesson>``: the day is its
  own ``date`` (getmarks), the day the diary lists it under (getdiary); a diary absence whose ``date`` is another
  day than its lesson's joins no day (``<lesson day>~<own day>``, a scope no answer is complete for), as the two
  methods would file it under different days;
* a by-pupil getdiary or getmarks answer with ``days`` of at most ``MAX_DAYS`` days is complete for each day of the
  range for each pupil it answers for (``complete``); what the hub holds there and the answer lacks is corrected to
  present, as of the answer's pull: an answer pulled before the last one complete for the day deletes nothing.

Marks have day scopes of their own (``mark_days.py``): getmarks speaks for them by their own date, getdiary for
none (a mark re-dated off its lesson's day is listed by getmarks under its own date and by getdiary under the
lesson's: the elzhur_16 corpus).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

KIND = "absences-day"
MAX_DAYS = 93  # the API reads at most 93 days (``routes.MAX_DAY_PARTS``): a longer range speaks for no day
METHODS = frozenset({"getdiary", "getmarks"})


def day_scope(sid: str, day: str) -> str:
    """``absences-day:<pupil>|<YYYY-MM-DD>`` (or ``...|<lesson day>~<own day>``, which no answer is complete for)."""
    return f"{KIND}:{sid}|{day}"


def absence_scopes(sid: str, lesson_part: str, own_day: str, listed_day: str | None) -> tuple[tuple[str, str], ...]:
    """The day scope of an absence and its member key there (module docstring); ``listed_day`` is the diary day it
    is listed under (None in getmarks), ``own_day`` its ``date``; both ISO days."""
    own_day = own_day[:10]
    day = own_day if listed_day is None or listed_day == own_day else f"{listed_day}~{own_day}"
    return ((day_scope(sid, day), member(sid, lesson_part)),)


def member(sid: str, lesson_part: str) -> str:
    return f"attendance:{sid}.{lesson_part}"


def complete(method: str, pupils: Iterable[str], days: tuple[dt.date, dt.date] | None,
             scopes: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, frozenset[str]]]:
    """The pupil days a by-pupil getdiary or getmarks answer is complete for, with the absences it holds there
    (``scopes``: the answer's ``Translation.scopes``)."""
    return days_of(KIND, pupils, days, scopes) if method in METHODS else []


def days_of(kind: str, owners: Iterable[str], days: tuple[dt.date, dt.date] | None,
            scopes: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, frozenset[str]]]:
    """``<kind>:<owner>|<YYYY-MM-DD>`` for each owner (a pupil here, a pupil's subject in ``mark_days.py``) and each
    day of ``days`` (none when ``days`` is None or longer than ``MAX_DAYS``), with the member keys the answer's
    ``scopes`` hold there."""
    spoken = spoken_days(days)
    held: dict[str, set[str]] = {}
    for memberships in scopes.values():
        for scope, key in memberships:
            held.setdefault(scope, set()).add(key)
    found = []
    for owner in sorted(set(owners)):
        for day in spoken:
            scope = f"{kind}:{owner}|{day.isoformat()}"
            found.append((scope, frozenset(held.get(scope, ()))))
    return found


def spoken_days(days: tuple[dt.date, dt.date] | None) -> list[dt.date]:
    """The days of a range an answer speaks for, each: none when ``days`` is None or longer than ``MAX_DAYS``."""
    if days is None or not 0 <= (days[1] - days[0]).days < MAX_DAYS:
        return []
    return [days[0] + dt.timedelta(days=n) for n in range((days[1] - days[0]).days + 1)]

"""Whether a class's day is a holiday: what the latest pull of that day says, whichever answer said it and
whatever the arrival order (reference A.3 Day, A.5 E2).

``alert: "vacation"`` is the only sign of a holiday day, and an answer gives each day it lists whole (A.3 Day), so
a day a getdiary or getschedule lists without the alert is a school day of the class it is read for (a school
that re-dates its quarters turns holidays into school days). A vacation day is ``holiday.defined`` of that date for
the class (``holiday:<YYYYMMDD>.<class key>``: one, however many answers report it; ``diary.py``), and:

* the holiday is filed under the class's day, the containing scope ``class-holiday-day:<class key>@<school
  year>|<YYYY-MM-DD>`` (``hub.ingest.containing``), as ``holiday``;
* a getdiary or getschedule is complete for that scope on each day its ``days`` list: a class's own answer
  (``class=``) for that class, a pupil's own answer for the class it is read for on the days his answer speaks
  for it (``class_days.speaks_for``: the hub holds him in the class that day, and an answer pulled no later placed
  him there). A day it lists without the alert holds no holiday, so the holiday the hub holds there, whichever
  answer set it, is withdrawn (``holiday.withdrawn``) as of the answer's pull. An answer pulled before the last one
  complete for that day withdraws nothing, and one pulled before the withdrawal that states the holiday again is
  stale (the latest pull wins). A day of the range the answer does not list says nothing: whether Eljur lists the
  days off of a five-day week, A.3 does not say. A gethomework is never complete for it: a day without homework
  says nothing of lessons (``arrival.py`` reads it so too), and its vacation days still define holidays;
* such an answer, dated, notes the day it lists in the directory (``("class_day", "<class key>@<school
  year>|<YYYYMMDD>")`` -> ``{"pulled_at", "vacation"}``: the latest pull of that day), so an answer pulled before a
  later pull showed the day as a school day, delivered after it, defines no holiday there, even one the hub never
  held (``superseded``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur.class_days import speaks_for
from adapters.elzhur.common import Builder, day_date, school_year
from adapters.elzhur.ids import name_key

KIND = "class-holiday-day"
NOTE = "class_day"
MEMBER = "holiday"
METHODS = frozenset({"getdiary", "getschedule"})


def day_scope(class_name: str, day: dt.date) -> str:
    """``class-holiday-day:<class key>@<school year>|<YYYY-MM-DD>``."""
    return f"{KIND}:{name_key(class_name)}@{school_year(day)}|{day.isoformat()}"


def holiday_scopes(class_name: str, day: dt.date) -> tuple[tuple[str, str], ...]:
    """The class day a holiday of ``class_name`` on ``day`` belongs to, with its member key there."""
    return ((day_scope(class_name, day), MEMBER),)


def shown(b: Builder, sid: str | None, class_name: str, day_key: str, vacation: bool) -> None:
    """Remember that the answer lists ``day_key`` for ``class_name`` (``sid``: the pupil whose own days these are,
    None for a class's answer), a vacation day or not (``complete``)."""
    b.shown_days.setdefault((sid, class_name), {})[day_key] = vacation


def superseded(b: Builder, class_name: str, day_key: str) -> bool:
    """Whether a pull later than this answer's showed ``class_name``'s ``day_key`` as a school day: then this
    answer's vacation alert for it is outdated (module docstring)."""
    pulled, note = _pulled(b), _note(b, _note_key(class_name, day_key))
    return (pulled is not None and note is not None and not note.get("vacation")
            and pulled < dt.datetime.fromisoformat(note["pulled_at"]))


def complete(b: Builder) -> list[tuple[str, frozenset[str]]]:
    """The class days a getdiary or getschedule is complete for, each with the holiday it holds there (module
    docstring); the days it lists noted in the directory as of its pull."""
    if b.method not in METHODS:
        return []
    found: dict[str, frozenset[str]] = {}
    for (sid, class_name), days in sorted(b.shown_days.items(), key=lambda item: (item[0][0] or "", item[0][1])):
        for day_key, vacation in sorted(days.items()):
            day = day_date(day_key)
            if sid is None or speaks_for(b, sid, class_name, day):
                found[day_scope(class_name, day)] = frozenset({MEMBER} if vacation else ())
                _note_day(b, class_name, day_key, vacation)
    return sorted(found.items())


def _note_day(b: Builder, class_name: str, day_key: str, vacation: bool) -> None:
    """Note the day as this answer shows it, unless a later pull of it is noted already (an undated answer notes
    nothing)."""
    pulled, key = _pulled(b), _note_key(class_name, day_key)
    note = _note(b, key)
    if pulled is not None and (note is None or dt.datetime.fromisoformat(note["pulled_at"]) <= pulled):
        b.out.directory_entries.append((NOTE, key, {"pulled_at": pulled.isoformat(), "vacation": vacation}))


def _note_key(class_name: str, day_key: str) -> str:
    return f"{name_key(class_name)}@{school_year(day_date(day_key))}|{day_key}"


def _note(b: Builder, key: str) -> dict | None:
    """The latest pull of a class day noted: this answer's own note first, else the directory's."""
    for kind, vendor, data in reversed(b.out.directory_entries):
        if kind == NOTE and vendor == key:
            return dict(data)
    found = b.ctx.directory.get(NOTE, key)
    return None if found is None else dict(found)


def _pulled(b: Builder) -> dt.datetime | None:
    """The answer's ``pulled_at``, with the school's zone when it gives none; None for an undated answer."""
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)


def vacation_day(b: Builder, class_name: str, day_key: str, day: Any, where: tuple[Any, ...]) -> None:
    """The class's holiday of that day, filed under its class day (``holiday_scopes``), unless a later pull showed
    the day as a school day (an older answer delivered late)."""
    if superseded(b, class_name, day_key):
        return
    date, key = day_date(day_key), f"{day_key}.{name_key(class_name)}"
    name = (day.holiday_name or "").strip()
    b.emit("holiday.defined", f"holiday:{key}", "holiday", {
        "holiday_id": b.id("holiday", key), "name": name or "Каникулы",
        "academic_year": school_year(date), "starts_on": date.isoformat(), "ends_on": date.isoformat(),
        "class_id": b.class_id(class_name, school_year(date))}, b.at(date), where,
        () if name else ("name",),  # no holiday_name (absent, null, ""): the name an answer gave stays
        scopes=holiday_scopes(class_name, date))

"""A pupil's groups (an elective, an extra-curricular group, a profile group) as his own days show them (reference A.2
getdiary by ``student``: his own diary; A.1 ``days`` and A.3 Day: each day of the range whole; A.3 Lesson item
``grp``; the latest pull is the journal's state). Found by ``contracts/journeys/elzhur_63`` (an elective dropped at
the half-year for another subject's) and ``contracts/journeys/elzhur_46`` (an extra-curricular group his later
answers no longer list).

A group is ``<class key>.<subject key>.<grp key>`` (a ``grp`` item, ``subgroups.py``) or ``<class key>.extday.<subject
key>`` (an ``items_extday`` item, ``class_groups.group``); once an answer shows a pupil in it he is its member from 1
September (or as those modules date it). His own dated getdiary or getschedule with ``days`` (what
``class_days.speaks_for`` lets speak for his class) narrows that, per day, as of his latest answer for the day:

* a day **shows him in** a group when it lists an item of it;
* a day **shows him out** of a group when the hub knows a lesson of the group that day (any answer listed one:
  the class's getschedule, a classmate's diary; ``lesson_day``), and the day lists lessons (no vacation alert) but its
  answer's whole range lists no item of the group (a day of a week that lists the group says nothing). His record is
  read again at each answer of his: a group lesson the hub learns of after his last answer changes nothing yet;
* a group first shown on day F after days that show him out of it is his from the day after the last of them (he
  joined it: ``joined``, applied to every enrolment of the group, and restated when a late answer brings such days);
* a group his answers show him in up to day L, and out of on a later day, he left on the first such day
  (``student.withdrawn``); shown in it again on a later day, the leave is undone (a return on the day he left,
  ``projections.roster_stays``: the days between are not a stay out, below). A group no out-day speaks of keeps
  the membership as it was; the join and the leave also cover the days no answer of his speaks for before the join
  and after the leave (one stay: a stay's start and end are what the roster events state once per answer; days out
  between days in would need restated returns, ``projections.roster_stays``).

Out-days between two days that show him in are not a stay out (left alone: neither corpus has one). Subgroups of one
subject with another ``grp`` (a switch, ``subgroups.py``) and a stay another rule ended (a drop, a move) are left to
those rules. The events are as of the latest pull among his days (``event_as_of``). Directory ``("group_days",
pupil)`` -> ``{"days": {ISO day: {"at", "on": [groups listed], "range": [groups of its answer], "lessons"}},
"groups": {"<group>@<year>": kind}, "ends": {"<group>@<year>": ISO day}}``; ``("group_lesson_days",
"<group>@<year>")`` -> ``{"days": [ISO days the hub knows a lesson of the group on]}``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days
from adapters.elzhur.common import Builder, day_date, entries, school_year
from adapters.elzhur.ids import name_key
from adapters.elzhur.shared_lessons import get, held_group, name_of

KIND, LESSONS = "group_days", "group_lesson_days"
DAY = dt.timedelta(days=1)


def note(b: Builder, sid: str, class_name: str, days: dict[str, Any], where: tuple[Any, ...]) -> None:
    """Before a pupil's own days are read: remember, per day his answer speaks for, the groups it lists (the latest
    pull of each day wins), then bring back a group he is shown in again after he left it, and restate the start of
    a group not listed here that later days show he joined (module docstring)."""
    pulled = _pulled(b)
    if pulled is None or not _range_speaks(b):
        return
    record = _record(b, sid)
    listed = {key: _groups(b, class_name, day) for key, day in days.items()}
    in_range = sorted({part for parts in listed.values() for part in parts})
    first, last = b.req.days
    for n in range((last - first).days + 1):
        date = first + DAY * n
        held = record["days"].get(date.isoformat())
        if not class_days.speaks_for(b, sid, class_name, date) or (held and _time(held["at"]) > pulled):
            continue
        day = days.get(date.strftime("%Y%m%d"))
        vacation = day is not None and (day.alert or "").strip().casefold() == "vacation"
        lessons = day is not None and not vacation and bool(entries(day.items) or entries(day.items_extday))
        record["days"][date.isoformat()] = {"at": pulled.isoformat(), "on": listed.get(date.strftime("%Y%m%d"), []),
                                            "range": in_range, "lessons": lessons}
    for key, parts in listed.items():
        for part in parts:
            record["groups"].setdefault(f"{part}@{school_year(day_date(key))}", _kind(part))
    b.out.directory_entries.append((KIND, sid, record))
    for key in sorted(record["groups"]):
        part, year = _split(key)
        until, mine = record["ends"].get(key), any(part in parts for parts in listed.values())
        if until and _stay(b, sid, key, record) is not None and _end(b, record, key) is None:
            _enrolled(b, sid, part, year, dt.date.fromisoformat(until), where, record)  # back: a return
            record["ends"].pop(key)
        elif not mine and _floor(b, record, key) is not None and (base := _stay(b, sid, key, record)) is not None:
            _enrolled(b, sid, part, year, joined(b, sid, part, year, base), where, record)


def leave(b: Builder, sid: str, where: tuple[Any, ...]) -> None:
    """After a pupil's own days are read: each group his answers show him out of after the last day they show him in
    it ends on the first such day (module docstring)."""
    if _pulled(b) is None or not _range_speaks(b):
        return
    record = _record(b, sid)
    for key in sorted(record["groups"]):
        end = _end(b, record, key)
        if end is None or record["ends"].get(key) == end.isoformat() or _stay(b, sid, key, record) is None:
            continue
        part, year = _split(key)
        before = len(b.out.events)
        b.emit("student.withdrawn", f"withdrawal:{sid}:{part}:{year}", "withdrawal", {
            "student_id": b.id("student", sid), "class_id": b.group_id(part, year), "withdrawn_on": end.isoformat(),
            "reason": f"not in his own diary of {end.isoformat()}"}, b.at(end), where)
        _as_of(b, record, before)
        record["ends"][key] = end.isoformat()
        b.out.directory_entries.append((KIND, sid, record))


def joined(b: Builder, sid: str, part: str, year: int, start: dt.date) -> dt.date:
    """``start`` of ``sid``'s stay in the group ``part`` of ``year``, or the day after the last day his answers show
    him out of it before they first show him in it, when that is later (module docstring)."""
    record = _record(b, sid)
    key = f"{part}@{year}"
    floor = _floor(b, record, key) if key in record["groups"] and not _siblings(b, sid, key, record) else None
    return max(start, floor) if floor is not None else start


# --- what his days say ---------------------------------------------------------------------------------------------

def _groups(b: Builder, class_name: str, day: Any) -> list[str]:
    """The groups of ``class_name`` a listed day's items are in (``diary.lesson``'s parts; not a cancelled item, nor a
    group of several classes, ``shared_lessons.held_group``)."""
    found = set()
    for extday, items in ((False, day.items), (True, day.items_extday)):
        for _, item in entries(items):
            subject, grp = " ".join(item.name.split()), (item.grp or "").strip()
            if subject.casefold() == "cancel" or (not extday and (not grp or held_group(b, item.lesson_id,
                                                                                         class_name))):
                continue
            found.add(f"{name_key(class_name)}.extday.{name_key(subject)}" if extday else
                      f"{name_key(class_name)}.{name_key(subject)}.{name_key(grp)}")
    return sorted(found)


def _kind(part: str) -> str:
    return "extday" if part.split(".")[1] == "extday" else "grp"


def lesson_day(b: Builder, part: str, year: int, date: dt.date) -> None:
    """An answer (any: a class's, a pupil's) lists a lesson of the group ``part`` of ``year`` on ``date``
    (``class_groups.group``): a day a member's answer lacking it shows him out of it."""
    key, day = f"{part}@{year}", date.isoformat()
    held = (get(b, LESSONS, key) or {}).get("days") or []
    if day not in held and b.req.pulled_at is not None:
        b.out.directory_entries.append((LESSONS, key, {"days": sorted({*held, day})}))


def _days_of(b: Builder, record: dict[str, Any], key: str) -> tuple[list[str], list[str]]:
    """The days (ISO, sorted) of ``key``'s school year that show him in the group, and those that show him out (the
    hub knows a lesson of the group that day, ``lesson_day``)."""
    part, year = _split(key)
    lessons = set((get(b, LESSONS, key) or {}).get("days") or ())
    shown_in, shown_out = [], []
    for day, seen in sorted(record["days"].items()):
        if school_year(dt.date.fromisoformat(day)) != year:
            continue
        if part in seen["on"]:
            shown_in.append(day)
        elif seen["lessons"] and part not in seen["range"] and day in lessons:
            shown_out.append(day)
    return shown_in, shown_out


def _floor(b: Builder, record: dict[str, Any], key: str) -> dt.date | None:
    shown_in, shown_out = _days_of(b, record, key)
    before = [day for day in shown_out if shown_in and day < shown_in[0]]
    return dt.date.fromisoformat(before[-1]) + DAY if before else None


def _end(b: Builder, record: dict[str, Any], key: str) -> dt.date | None:
    shown_in, shown_out = _days_of(b, record, key)
    after = [day for day in shown_out if not shown_in or day > shown_in[-1]]
    return dt.date.fromisoformat(after[0]) if after else None


# --- his stay as the other rules hold it ---------------------------------------------------------------------------

def _stay(b: Builder, sid: str, key: str, record: dict[str, Any]) -> dt.date | None:
    """The start of ``sid``'s stay in the group ``key`` as ``subgroups.py`` / ``dropouts.group_start`` hold it, or
    None: no stay, one another rule ended, or a subgroup with a sibling (a switch is ``subgroups.py``'s)."""
    part, year = _split(key)
    if record["groups"][key] == "grp":
        if _siblings(b, sid, key, record):
            return None
        there = ((get(b, "subgroups", sid) or {}).get(f"{part.rsplit('.', 1)[0]}@{year}") or {}).get(
            part.rsplit(".", 1)[1])
    else:
        there = (get(b, "own_groups", sid) or {}).get(key)
    if not there or there.get("until") or not name_of(b, sid):
        return None
    return dt.date.fromisoformat(there.get("on") or there["from"])


def _siblings(b: Builder, sid: str, key: str, record: dict[str, Any]) -> bool:
    """Whether ``sid`` was shown in another ``grp`` of the subject of the subgroup ``key``."""
    part, year = _split(key)
    subject = part.rsplit(".", 1)[0]
    held = set((get(b, "subgroups", sid) or {}).get(f"{subject}@{year}") or ())
    mine = {other.rsplit("@", 1)[0].rsplit(".", 1)[1] for other in record["groups"]
            if other.endswith(f"@{year}") and other.rsplit("@", 1)[0].rsplit(".", 1)[0] == subject}
    return record["groups"].get(key) == "grp" and len(held | mine) > 1


def _enrolled(b: Builder, sid: str, part: str, year: int, start: dt.date, where: tuple[Any, ...],
              record: dict[str, Any]) -> None:
    before = len(b.out.events)
    b.emit("student.enrolled", f"student:{sid}:{part}:{year}", "enrolment", {
        "student_id": b.id("student", sid), "class_id": b.group_id(part, year), "name": name_of(b, sid),
        "enrolled_on": start.isoformat()}, b.at(start), where)
    _as_of(b, record, before)
    b.out.directory_entries.append((KIND, sid, record))


def _as_of(b: Builder, record: dict[str, Any], before: int) -> None:
    """The event appended since ``before`` (if any) is as of the latest pull of his days, when later than this
    answer's."""
    latest = max((_time(seen["at"]) for seen in record["days"].values()), default=None)
    if len(b.out.events) > before and latest is not None and latest > _pulled(b):
        b.out.event_as_of[b.out.events[-1].event_id] = latest


# --- helpers -------------------------------------------------------------------------------------------------------

def _record(b: Builder, sid: str) -> dict[str, Any]:
    held = get(b, KIND, sid) or {}
    return {"days": dict(held.get("days") or {}), "groups": dict(held.get("groups") or {}),
            "ends": dict(held.get("ends") or {})}


def _range_speaks(b: Builder) -> bool:
    days = b.req.days
    return b.method in class_days.METHODS and days is not None and 0 <= (days[1] - days[0]).days < class_days.MAX_DAYS


def _pulled(b: Builder) -> dt.datetime | None:
    pulled = b.req.pulled_at
    return None if pulled is None else pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)


def _split(key: str) -> tuple[str, int]:
    part, _, year = key.rpartition("@")
    return part, int(year)


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)

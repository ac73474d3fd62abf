"""A pupil's groups (an elective, an extra-curricular group, a subgroup) as his own days show them (reference A.2
getdiary by ``student``: his own diary; A.1 ``days`` and A.3 Day: each day of the range whole; A.3 Lesson item
``grp``; the latest pull is the journal's state). Found by ``contracts/journeys/elzhur_63`` (an elective dropped at
the half-year for another subject's), ``contracts/journeys/elzhur_46`` (an extra-curricular group his later
answers no longer list) and ``contracts/journeys/elzhur_72`` (a switch and return, an elective joined and left).

A group is ``<class key>.<subject key>.<grp key>`` (a ``grp`` item, ``subgroups.py``) or ``<class key>.extday.<subject
key>`` (an ``items_extday`` item, ``class_groups.group``). His own dated getdiary or getschedule with ``days`` (what
``class_days.speaks_for`` lets speak for his class) is remembered here, per day, as of his latest answer for the day
(``note``; his dated gethomework too, on a day no getdiary or getschedule of his was noted: the groups of his
tasks), and the days the hub knows a lesson of each group on (``lesson_day``: any answer listed one, the class's
getschedule, a classmate's diary):

* a day **shows him in** a group when it lists an item of it;
* a day **shows him out** of a group when the hub knows a lesson of the group that day and his day holds none of
  the group's (no vacation alert): it lists other lessons, or none (``items: []``), or it is a day of his getdiary
  or getschedule range the answer does not list (A.1 ``days``, A.3 Day: each listed day whole, an unlisted day holds
  no lesson of his, as a weekend; a day the group has no lesson says nothing of it; found by
  ``contracts/journeys/elzhur_75``: a leaver's last diary lists no day after his last), or, for a subgroup, when it
  lists a sibling subgroup of the same subject (he is in that one: a switch). A group lesson the hub learns of after
  his last answer changes nothing until his next one; his gethomework's days are never out (a lesson without a task
  is not listed there).

``group_stays.py`` states his stays in each group from these days (several per group: he can leave and come back);
``joined`` dates the first start the other rules state (``subgroups.py``, ``class_groups.py``) the same way. Directory
``("group_days", pupil)`` -> ``{"days": {ISO day: {"at", "on": [groups listed], "lessons", "empty" (a day of his
range without lessons), "tasks" (a gethomework's)}}, "groups": {"<group>@<year>": kind}}``; ``("group_lesson_days", "<group>@<year>")`` ->
``{"days": [ISO days the hub knows a lesson of the group on]}``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days
from adapters.elzhur.common import Builder, day_date, entries, school_year
from adapters.elzhur.ids import name_key
from adapters.elzhur.shared_lessons import get, held_group, name_of

KIND, LESSONS = "group_days", "group_lesson_days"
TASK_METHODS = frozenset({"gethomework"})
DAY = dt.timedelta(days=1)


def note(b: Builder, sid: str, class_name: str, days: dict[str, Any], where: tuple[Any, ...]) -> None:
    """Before a pupil's own days are read: remember, per day his answer speaks for, the groups it lists (the latest
    pull of each day wins); ``group_stays.restate`` states his stays from them once his days are read."""
    pulled, tasks = _pulled(b), b.method == "gethomework"  # his tasks: the groups he is in, not the lessons he has
    if not notes(b):
        return
    record = record_of(b, sid)
    listed = {key: _groups(b, class_name, day) for key, day in days.items()}
    first, last = b.req.days
    for n in range((last - first).days + 1):
        date = first + DAY * n
        held = record["days"].get(date.isoformat())
        if not class_days.speaks_for(b, sid, class_name, date) or (held and _time(held["at"]) > pulled) or (
                tasks and held and not held.get("tasks")):
            continue
        day = days.get(date.strftime("%Y%m%d"))
        vacation = day is not None and (day.alert or "").strip().casefold() == "vacation"
        lessons = day is not None and not vacation and bool(entries(day.items) or entries(day.items_extday))
        empty = not (tasks or vacation or lessons)  # a day of his range without lessons (unlisted: as a weekend)
        record["days"][date.isoformat()] = {"at": pulled.isoformat(), "on": listed.get(date.strftime("%Y%m%d"), []),
                                            "lessons": lessons and not tasks, **({"tasks": True} if tasks else {}),
                                            **({"empty": True} if empty else {})}
    for key, parts in listed.items():
        for part in parts:
            record["groups"].setdefault(f"{part}@{school_year(day_date(key))}", _kind(part))
    b.out.directory_entries.append((KIND, sid, record))


def speaks(b: Builder) -> bool:
    """Whether the answer is a dated one whose range speaks for his days (``class_days.METHODS``, ``days``)."""
    return _pulled(b) is not None and _range_speaks(b)


def notes(b: Builder) -> bool:
    """Whether the answer's days are noted: his dated days (``speaks``), or his dated gethomework's (its days list
    the groups of his tasks: in them, or aside from their siblings; never out of a group, a lesson without a task is
    not listed)."""
    return speaks(b) or _range_speaks(b, TASK_METHODS)


def joined(b: Builder, sid: str, part: str, year: int, start: dt.date) -> dt.date:
    """``start`` of ``sid``'s stay in the group ``part`` of ``year``, or the day after the last day his answers show
    him out of it before they first show him in it, when that is later (module docstring)."""
    record = record_of(b, sid)
    key = f"{part}@{year}"
    floor = _floor(b, record, key) if key in record["groups"] and not _siblings(b, sid, key, record) else None
    return max(start, floor) if floor is not None else start


# --- what his days say ---------------------------------------------------------------------------------------------

def _groups(b: Builder, class_name: str, day: Any) -> list[str]:
    """The groups a listed day's items are in (``diary.lesson``'s parts; not a cancelled item): of ``class_name``, or
    the group of another class the hub holds a ``grp`` lesson in (``shared_lessons.held_group``: a group of his old
    class he keeps, a group of several classes)."""
    found = set()
    for extday, items in ((False, day.items), (True, day.items_extday)):
        for _, item in entries(items):
            subject, grp = " ".join(item.name.split()), (item.grp or "").strip()
            if subject.casefold() == "cancel" or not extday and not grp:
                continue
            held = None if extday else held_group(b, item.lesson_id, class_name)
            found.add(held["part"] if held else f"{name_key(class_name)}.extday.{name_key(subject)}" if extday else
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


def evidence(b: Builder, record: dict[str, Any], key: str) -> list[tuple[dt.date, str]]:
    """The days of ``key``'s school year that say something of the group, in order: ``"in"`` (listed), ``"out"`` (a
    lesson of it known that day, his day holding other lessons or none), ``"aside"`` (a sibling subgroup of the same
    subject listed: a switch, ``subgroups.py``) (module docstring)."""
    part, year = split(key)
    lessons = set((get(b, LESSONS, key) or {}).get("days") or ())
    subject, siblings = part.rsplit(".", 1)[0], _kind(part) == "grp"
    found = []
    for day, seen in sorted(record["days"].items()):
        date = dt.date.fromisoformat(day)
        if school_year(date) != year:
            continue
        if part in seen["on"]:
            found.append((date, "in"))
        elif (seen["lessons"] or seen.get("empty")) and day in lessons:
            found.append((date, "out"))
        elif siblings and any(other.rsplit(".", 1)[0] == subject for other in seen["on"]):
            found.append((date, "aside"))
    return found


def _floor(b: Builder, record: dict[str, Any], key: str) -> dt.date | None:
    """The day after the last day his days show him out of the group before the first one shows him in it."""
    days = evidence(b, record, key)
    first_in = next((day for day, state in days if state == "in"), None)
    before = [day for day, state in days if state == "out" and first_in is not None and day < first_in]
    return before[-1] + DAY if before else None


def _siblings(b: Builder, sid: str, key: str, record: dict[str, Any]) -> bool:
    """Whether ``sid`` was shown in another ``grp`` of the subject of the subgroup ``key``."""
    part, year = split(key)
    subject = part.rsplit(".", 1)[0]
    held = set((get(b, "subgroups", sid) or {}).get(f"{subject}@{year}") or ())
    mine = {other.rsplit("@", 1)[0].rsplit(".", 1)[1] for other in record["groups"]
            if other.endswith(f"@{year}") and other.rsplit("@", 1)[0].rsplit(".", 1)[0] == subject}
    return record["groups"].get(key) == "grp" and len(held | mine) > 1


def event_as_of(b: Builder, record: dict[str, Any], before: int) -> None:
    """The event appended since ``before`` (if any) is as of the latest pull of his days, when later than this
    answer's."""
    latest = max((_time(seen["at"]) for seen in record["days"].values()), default=None)
    if len(b.out.events) > before and latest is not None and latest > _pulled(b):
        b.out.event_as_of[b.out.events[-1].event_id] = latest


# --- helpers -------------------------------------------------------------------------------------------------------

def record_of(b: Builder, sid: str) -> dict[str, Any]:
    """What was seen of ``sid``'s days: this answer's own entry first, else the directory's."""
    held = get(b, KIND, sid) or {}
    return {"days": dict(held.get("days") or {}), "groups": dict(held.get("groups") or {})}


def _range_speaks(b: Builder, methods: frozenset[str] = class_days.METHODS) -> bool:
    days = b.req.days
    return (b.method in methods and b.req.pulled_at is not None and days is not None
            and 0 <= (days[1] - days[0]).days < class_days.MAX_DAYS)


def _pulled(b: Builder) -> dt.datetime | None:
    pulled = b.req.pulled_at
    return None if pulled is None else pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)


def split(key: str) -> tuple[str, int]:
    part, _, year = key.rpartition("@")
    return part, int(year)


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)

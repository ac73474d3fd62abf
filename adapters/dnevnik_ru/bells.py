"""The bell timetable (reference §3.14): each lesson number's start and finish, reference data of the lessons.

``edu-groups/{g}/timetables`` and ``schools/{s}/timetables`` answer, in PascalCase, ``[{Name, Start,
FirstLessonNumber, Items: [{Id, Start, Finish, Name, Type, DaysOfWeek, LessonNumber}]}]`` (item times ``HH:MM``,
``HH:MM:SS`` or a date-time whose clock is read; ``DaysOfWeek`` the .NET names, ``Monday``..., or their numbers,
Sunday 0). An answer is kept whole as the ``("bells", "group:<g>")`` or ``("bells", "school")`` directory entry, as
of its ``pulled_at``: an answer pulled before the one the directory holds changes nothing.

* A lesson that states no end time (the entity shape of ``lessons/{l}`` and the group ranges, §3.4: a ``number``
  and a start ``date``, no ``hours``) takes its number's ``Finish`` from its group's timetable, else, for a
  subgroup, its class's (the group's ``parentIds``: a sync job pulls bells once per class; journey dnevnik_ru_31),
  else the school's, and its ``Start`` too when it states no start time (a midnight ``date``). The timetable is the one of the answer
  with the latest ``Start`` on or before the lesson's day, and an item with ``DaysOfWeek`` holds only on those
  days. Times are local times of the school's zone, as the lessons' own (``lessons._times``).
* A lesson that states its own times (``hours``) keeps them.
* The times a lesson takes from the bells are the timetable's facts, not the lesson answer's: they are as of the
  bells (``Translation.fields_as_of``: the latest pull of the timetable answers the hub holds along the group's
  chain, ``bells_as_of``), so the bells in force on the lesson's day give them whatever the arrival order (a
  timetable pulled before the lessons and delivered after them still gives them: journey dnevnik_ru_36,
  lesson-021..024), and they are stale with the lesson answer's own fields (an older lesson answer delivered late
  brings no times of its older day or number; ``hub.ingest.merging``).
* A timetable delivered after the lessons fills them too: a lesson read without its own end time is derived from
  ``bells:<group>|<number>|<ISO weekday>|<end or times>`` (``Translation.derived_from``) and registers its group in
  ``("bell_groups", "school")``; a timetable answer restates (``Translation.restated``, as of ``bells_as_of``;
  ``hub.ingest.restatements``) the ``ends_at`` (and ``starts_at``) of every such key each of its timetables gives,
  for the lessons of the days it is in force (``Restatement.days``: from its ``Start`` to the next timetable's,
  ``_spans``), as a lesson of those days read after the answer takes them: the group's answer for its group, the
  school's for every registered group that has no timetable of its own; a class's answer also restates its
  subgroups that have none (``_fallback_of``). A lesson stating its own times is derived from ``bells:own``, which
  nothing restates. A number the timetable in force has no item for keeps the times it had (§3.14 says nothing of
  a lesson its bells do not hold).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from adapters.base import Restatement, pointer
from adapters.dnevnik_ru.common import Carried, Out, reject, validate, zone

BELLS, BELL_GROUPS = "bells", "bell_groups"
OWN_TIMES = "bells:own"  # the derivation of a lesson that states its own times: nothing restates it
DAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
_CLOCK = re.compile(r"(?:^|[T ])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$")


class _Item(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    Start: str | None = None
    Finish: str | None = None
    DaysOfWeek: list[str | int] | None = None
    LessonNumber: int | None = None


class _Timetable(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    Start: str | None = None
    Items: list[_Item] | None = None


def timetables(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """Register the answer's timetables and restate the lessons derived from them (module docstring)."""
    if not isinstance(body, list):
        raise reject(pointer(*p), "expected a JSON array of timetables")
    tables = [_table(raw, (*p, i)) for i, raw in enumerate(body)]
    group = carried.params.get("group")
    key = f"group:{group}" if group else "school"
    as_of = _aware(carried.pulled_at, out)
    held = (out.peek(BELLS, key) or {}).get("pulled_at")
    if held is not None and as_of is not None and datetime.fromisoformat(held) > as_of:
        return  # pulled before the timetable the hub holds
    out.remember(BELLS, key, {"pulled_at": as_of.isoformat() if as_of else None, "timetables": tables})
    for each_group in _groups_on(out, group):
        held = bells_as_of(out, each_group)
        for derived, fields, days in _restatable(each_group, tables):
            out.restated.append(Restatement(derived, fields, as_of, days, held))


def _aware(when: datetime | None, out: Out) -> datetime | None:
    """``pulled_at`` with the school's zone when it was written without an offset (a local time)."""
    return when if when is None or when.tzinfo is not None else when.replace(tzinfo=zone(out.ctx))


def _table(raw: Any, p: tuple) -> dict[str, Any]:
    obj = validate(_Timetable, raw, p)
    items = []
    for i, item in enumerate(obj.Items or []):
        if item.LessonNumber is None or not item.Finish:
            continue  # a break, or an item without times: nothing to give a lesson
        ip = (*p, "Items", i)
        start = _clock(item.Start, (*ip, "Start")) if item.Start else None
        items.append({"number": item.LessonNumber, "start": start, "finish": _clock(item.Finish, (*ip, "Finish")),
                      "days": _days(item.DaysOfWeek, (*ip, "DaysOfWeek"))})
    return {"from": obj.Start[:10] if obj.Start else None, "items": items}


def _clock(text: str, p: tuple) -> str:
    """``08:30`` -> ``08:30:00``."""
    m = _CLOCK.search(text.strip())
    if m is None or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        raise reject(pointer(*p), f"{text!r} is not a time of day (HH:MM)")
    return f"{int(m[1]):02d}:{m[2]}:{m[3] or '00'}"


def _days(days: list[str | int] | None, p: tuple) -> list[int] | None:
    """ISO weekdays (Monday 1); None: every day."""
    if not days:
        return None
    found = []
    for i, day in enumerate(days):
        number = (day or 7) if isinstance(day, int) and 0 <= day <= 6 else DAYS.get(str(day).strip().lower())
        if number is None:
            raise reject(pointer(*p, i), f"{day!r} is not a day of the week (Monday ... Sunday, or 0-6)")
        found.append(number)
    return found


def _groups_on(out: Out, group: str | None) -> list[str]:
    """The groups a timetable answer gives times: its group's, or the school's (``None``), and every group whose
    lessons were read without an end time and that falls back to it (``_fallback_of``)."""
    registered = [g for g in out.peek(BELL_GROUPS, "school") or {} if g != group]
    key = f"group:{group}" if group else "school"
    return ([group] if group else []) + [g for g in registered if _fallback_of(out, g) == key]


def _chain(out: Out, group: str) -> tuple[str, ...]:
    """The directory keys of the timetables a group's lessons read, in that order: its own, its class's (a
    subgroup's ``parent``), the school's."""
    parent = (out.peek("group", group) or {}).get("parent")
    return (f"group:{group}", *([f"group:{parent}"] if parent else []), "school")


def _fallback_of(out: Out, group: str) -> str | None:
    """The directory key of the first timetable the hub holds for a group (``_chain``)."""
    return next((key for key in _chain(out, group) if out.peek(BELLS, key) is not None), None)


def bells_as_of(out: Out, group: str) -> datetime | None:
    """When the bells a group's lessons read were true: the latest pull of the timetable answers the hub holds for
    it (its own, its class's, the school's: which one gives its times depends on them all). None: none held, or
    one without ``pulled_at`` (arrival order)."""
    pulls = [entry.get("pulled_at") for entry in (out.peek(BELLS, key) for key in _chain(out, group)) if entry]
    return None if not pulls or None in pulls else max(datetime.fromisoformat(at) for at in pulls)


def _restatable(group: str, tables: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any], tuple]]:
    """(derived_from, fields, days) of every (number, weekday) each timetable gives, for the days it is in force
    (``_spans``), as a lesson of those days read after the answer takes it (``_in``: the first item of the number)."""
    found = []
    for table, days in _spans(tables):
        given: dict[tuple[int, int], dict[str, Any]] = {}
        for item in table["items"]:
            for day in item["days"] or range(1, 8):
                given.setdefault((item["number"], day), item)
        for (number, day), item in sorted(given.items()):
            start, finish = item["start"], item["finish"]
            found.append((_key(group, number, day, "end"), {"ends_at": finish}, days))
            found.append((_key(group, number, day, "times"),
                          {"ends_at": finish, **({"starts_at": start} if start is not None else {})}, days))
    return found


def _spans(tables: list[dict[str, Any]]) -> list[tuple[dict[str, Any], tuple[str | None, str | None]]]:
    """Each timetable in force on some day, with those days (first, until: ISO days, None unbounded): from its
    ``Start`` to the next timetable's; one without ``Start`` before the first that has one; of two with the same
    ``Start``, the first (``_in``)."""
    by_start: dict[str, dict[str, Any]] = {}
    for table in tables:
        by_start.setdefault(table["from"] or "", table)
    starts = sorted(by_start)
    return [(by_start[first], (first or None, starts[i + 1] if i + 1 < len(starts) else None))
            for i, first in enumerate(starts)]


def _key(group: str, number: int, weekday: int, mode: str) -> str:
    return f"bells:{group}|{number}|{weekday}|{mode}"


def lesson_times(out: Out, group: str, number: int | None, day: date, starts: str | None,
                 unstated: set[str]) -> tuple[str | None, str | None, str | None, dict[str, datetime]]:
    """(starts_at, ends_at, derived_from, fields_as_of) of a lesson that states no end time (``ends_at`` in
    ``unstated``): from the bell timetable when it holds the lesson's number on that day (the fields become stated,
    as of the bells: ``bells_as_of``), else as stated."""
    if number is None:
        return starts, None, None, {}
    mode = "times" if "starts_at" in unstated else "end"
    if group not in (out.peek(BELL_GROUPS, "school") or {}):
        out.remember(BELL_GROUPS, "school", {group: True}, merge=True)
    item = _item(out, group, number, day)
    derived = _key(group, number, day.isoweekday(), mode)
    if item is None:
        return starts, None, derived, {}
    unstated.discard("ends_at")
    fields = ["ends_at"]
    if mode == "times" and item["start"] is not None:
        unstated.discard("starts_at")
        starts, fields = item["start"], ["ends_at", "starts_at"]
    as_of = bells_as_of(out, group)
    return starts, item["finish"], derived, {} if as_of is None else dict.fromkeys(fields, as_of)


def _item(out: Out, group: str, number: int, day: date) -> dict[str, Any] | None:
    """The timetable item of ``number`` on ``day``: the group's timetable, else its class's, else the school's."""
    key = _fallback_of(out, group)
    return None if key is None else _in(out.peek(BELLS, key)["timetables"], number, day)


def _in(tables: list[dict[str, Any]], number: int, day: date) -> dict[str, Any] | None:
    current = [t for t in tables if t["from"] is None or t["from"] <= day.isoformat()]
    if not current:
        return None
    table = max(current, key=lambda t: t["from"] or "")
    return next((i for i in table["items"] if i["number"] == number
                 and (i["days"] is None or day.isoweekday() in i["days"])), None)

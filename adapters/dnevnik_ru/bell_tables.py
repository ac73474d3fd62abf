"""One timetable of a bell-timetables answer (reference §3.14), read into what the lessons take from it:
``{"from": <its Start day or None>, "items": [{"number", "start", "finish", "days"}]}``, times ``HH:MM:SS``
(an item's ``HH:MM``, ``HH:MM:SS`` or date-time clock), ``days`` ISO weekdays (Monday 1; the .NET names or their
numbers, Sunday 0) or None for every day. An item without a lesson number or a finish (a break) gives a lesson
nothing and is left out. What the hub does with the timetables read: ``bells.py``."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from adapters.base import pointer
from adapters.dnevnik_ru.common import reject, validate

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


def read_table(raw: Any, p: tuple) -> dict[str, Any]:
    """The timetable at ``p`` of the answer (module docstring); a malformed time or day is rejected there."""
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

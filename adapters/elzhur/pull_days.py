"""Each pupil's own day of a class, per pull day, whatever the arrival order (reference A.2 getdiary by ``student``: his
own diary; A.1 ``days`` and A.3 Day: each day of the range whole, a day it does not list holds no lesson of his; the
envelope's ``pulled_at``: the latest pull wins, whatever the arrival order). Found by ``contracts/journeys/elzhur_75``:
a leaver's last diary, pulled the evening his classmates' listed his class's Wednesday, lists no Wednesday, and it
was delivered two days late, after a classmate's next pull of the day.

``own_lessons.py`` compares two pupils' own answers of a class day pulled the same day (school zone): a lesson of the
whole class one lists and the other lacks is not the class's, but a group's of its own. Its directory entry
``("class_day_pupils", <class day scope>)`` keeps, per pupil, his latest answer for the day (``at``, pull ``day``,
``lessons``), and here also the lesson parts of his latest answer of each earlier pull day (``earlier``: pull day ->
``[at, parts]``, parts null when they are the latest answer's), so an answer delivered after a classmate's later pull
is compared with what that classmate's answer of its own pull day listed, as it would have been in pull order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def same_day(record: dict[str, Any], sid: str, day: str | None) -> dict[str, list[str]]:
    """Per classmate of ``sid`` with an answer for the class day pulled on ``day``: the lesson parts of his latest
    answer of that pull day."""
    found = {}
    for other, seen in record.items():
        parts = parts_of(seen, day) if other != sid else None
        if parts is not None:
            found[other] = parts
    return found


def parts_of(seen: dict[str, Any], day: str | None) -> list[str] | None:
    """The lesson parts a pupil's latest answer of pull day ``day`` listed (``seen``: his entry), or None: none of his
    answers for the class day was pulled that day."""
    if seen["day"] == day:
        return sorted(seen["lessons"])
    held = (seen.get("earlier") or {}).get(day)
    return None if held is None else sorted(seen["lessons"]) if held[1] is None else list(held[1])


def later(record: dict[str, Any], sid: str, pulled: dt.datetime) -> bool:
    """Whether the hub holds an answer for the class day (of ``sid`` or a classmate) pulled after ``pulled``."""
    return any(dt.datetime.fromisoformat(seen["at"]) > pulled for seen in record.values())


def latest_listing(record: dict[str, Any], lesson_part: str, pulled: dt.datetime) -> tuple[str, list[Any]] | None:
    """(pull time, what it listed of the lesson) of the latest answer for the class day, pulled after ``pulled``,
    that lists ``lesson_part``, or None."""
    found = [(dt.datetime.fromisoformat(seen["at"]), seen["at"], seen["lessons"][lesson_part])
             for seen in record.values() if lesson_part in seen["lessons"]]
    found = [entry for entry in found if entry[0] > pulled]
    return max(found, key=lambda entry: entry[0])[1:] if found else None


def remember(before: dict[str, Any] | None, at: str, day: str | None, lessons: dict[str, Any]) -> dict[str, Any]:
    """A pupil's entry for the class day once his answer pulled at ``at`` (pull day ``day``) listing ``lessons`` is
    read (``before``: his entry until then): the latest answer's, with his latest answer's parts of each earlier pull
    day (module docstring); an answer pulled before his latest is only remembered for its pull day."""
    if before is not None and dt.datetime.fromisoformat(before["at"]) > dt.datetime.fromisoformat(at):
        if day == before["day"] or _held_at(before, day) > dt.datetime.fromisoformat(at):
            return before
        return _compact({**before, "earlier": {**_earlier(before), day: [at, sorted(lessons)]}})
    earlier = _earlier(before) if before is not None else {}
    if before is not None and before["day"] != day:
        earlier[before["day"]] = [before["at"], sorted(before["lessons"])]
    earlier.pop(day, None)
    return _compact({"at": at, "day": day, "lessons": lessons, "earlier": earlier})


def _earlier(seen: dict[str, Any]) -> dict[str, list[Any]]:
    """``seen``'s earlier pull days with their parts written out."""
    return {day: [held[0], sorted(seen["lessons"]) if held[1] is None else list(held[1])]
            for day, held in (seen.get("earlier") or {}).items()}


def _held_at(seen: dict[str, Any], day: str | None) -> dt.datetime:
    held = (seen.get("earlier") or {}).get(day)
    return dt.datetime.fromisoformat(held[0]) if held else dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def _compact(seen: dict[str, Any]) -> dict[str, Any]:
    """``seen`` with the earlier parts that are the latest answer's stored as null; no ``earlier`` when none."""
    mine = sorted(seen["lessons"])
    earlier = {day: [held[0], None if held[1] == mine else held[1]] for day, held in seen["earlier"].items()}
    return {key: value for key, value in seen.items() if key != "earlier"} | ({"earlier": earlier} if earlier else {})

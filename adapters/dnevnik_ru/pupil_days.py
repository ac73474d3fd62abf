"""Whose lesson a class's lesson is, read from the pupils' own schedules (reference §0: ``persons/{p}/groups/{g}/
schedules`` is one person's schedule, per day; §3.4: a lesson is of one ``group``; §3.8: a pupil sees the lessons
of the groups he is a member of). Found by ``contracts/journeys/dnevnik_ru_48`` (no-lesson-020..043): a
home-schooled pupil whose own schedules list only his home lessons and three class lessons saw every lesson of his
class. The reading is Elzhur's (``adapters/elzhur/shared_lessons.py``, ``contracts/journeys/elzhur_43``).

* A pupil's schedule with dates is the whole list of his lessons of each day it covers, as of its pull: the days it
  lists on which the hub holds him in the class of its path (``addressees.held_on``), if that group is a class (no
  ``parentIds``) and the answer has a ``pulled_at``. Each such day's list is kept per class day (directory
  ``("pupil-days", "<class>|<day>")``: pupil -> pull time, pull day in the school's zone, lesson ids), as of his
  latest pull: one of his answers pulled earlier and delivered later changes nothing, so answers read in pull order.
* A lesson the hub holds in that class (its own ``group``, not a subgroup) on that day, which one pupil's kept list
  lists and a classmate's kept list of the same pull day lacks, is not the whole class's: two pupils' lists pulled
  the same day do not see two states of the class's day (a lesson added or cancelled: the group's range says
  which), they see two pupils' days. It moves (``lesson.scheduled``, its ``class_id`` alone) to a group under the
  class, ``<class>.lessons.<digest of its pupils>`` («Уроки части класса», ``addressees.define_part``): the pupils
  the hub holds in the class that day or whose list has it, but for those whose list lacks it. So a pupil whose
  schedule the hub never saw keeps the class's lessons. A lesson no kept list lists, or that every list lists, is
  left alone; a later list that has it again gives it back to the class (a group's members are its key: none is
  withdrawn). The lesson keeps its day scopes (``days.lesson_scopes``): the class's ranges still speak for it.
* A pupil's own later list of a day that lacks a lesson his earlier list of that day had (``had``: the lessons of
  his lists pulled before his latest, whatever the arrival order) is one pupil seeing two states of his day: the
  lesson is no longer his either (``contracts/journeys/dnevnik_ru_68``: Биология replaced by История between the
  pulls), nor of any pupil whose latest list of that day lacks it. Its group is then the pupils the hub holds in
  the class or whose list has it, but for those; a pupil never pulled keeps it. When no one is left (every pupil
  the hub holds there was pulled, and no latest list has it), the lesson is cancelled (``lesson.cancelled``) as of
  the latest pull of the lists; a later list or answer that has it again states it again (a lesson stated again
  shows again).
* The class's own lessons ranges (§7: ``edu-groups/{g}/lessons/{from}/{to}``, the class's whole list of each day it
  covers) come first (found by ``contracts/journeys/dnevnik_ru_77``: lesson-113/178/197). A lesson whose class's
  latest range of its day (the latest ``listed`` of the class's lessons held that day: ``class_pulls``) was pulled
  after every answer that showed it there (its class's, ``pulled``; its pupils' lists, ``shown``) and lacks it has
  left the class's day, deleted or moved to another day (§3.4: one id, one ``date``): a pupil's later list lacking
  it is the class's change, not his, so the lists decide nothing about it (no move, no cancellation: the range
  cancelled it, or its new day is read). When no such range is known, the rules above stand.
* Every later answer stating the lesson on that day files it there (``class_of``, directory
  ``("pupil-lesson", <lesson>)``: its group, the group it is filed under, the day), while its own group is still
  the class: a schedule speaks for the days it covers (§0), so a lesson its class states on another day is the
  class's there until that day's lists decide. The move is as of the latest pull it reads (the lists', the
  lesson's): a range pulled after the lists and delivered before them is read again in pull order.

Not read so: its homework and marks (their own groups and pupils say whom), a schedule without ``pulled_at``. Not
covered: a class's range pulled between two of a pupil's lists but delivered after the later one (the move it would
have prevented is made, as of the later list, and stays).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from adapters.dnevnik_ru.addressees import define_part, digest_of, held_on
from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.days import lesson_scopes
from adapters.dnevnik_ru.local_time import local_date, start_of_day, zone
from adapters.dnevnik_ru.settings import SETTINGS
from hub.events import types as t
from hub.events.envelope import derive_event_id

# "<class>|<day>" -> {"pupils": {person: {at, day, lessons, had}}, "moved": {lesson: group},
#                     "shown": {lesson: the latest pull of a pupil's list of the day that listed it}}
DAYS = "pupil-days"
LESSON = "pupil-lesson"  # lesson -> {"group": its own group, "class": the group it is filed under or None, "day"}
NAME = "Уроки части класса"
CANCELLED = "-"  # ``moved``: the lesson no pupil's day has any more (cancelled)
UNSTATED = ("subject_id", "date", "slot", "starts_at", "ends_at", "teacher_id", "topic", "room")  # a move: class_id


def class_of(out: Out, lesson: str, group: str, day: str) -> str:
    """The group the lesson ``lesson`` of ``group``, dated ``day``, is filed under: a group of some of its pupils
    once their own schedules of that day moved it there (module docstring), else ``group``. A schedule speaks for
    the days it covers (§0) and a lesson has one ``date`` (§3.4): stated on another day, it is the class's there."""
    moved = out.peek(LESSON, lesson) or {}
    if moved.get("group") != group or moved.get("day", day) != day:  # a move kept before its day was: any day
        return group
    return moved.get("class") or group


def class_pulls(held: dict[str, Any], day: str, carried: Carried) -> dict[str, str]:
    """What an answer stating a lesson in its class (§3.4 ``group``), dated ``day``, notes on the lesson's entry:
    ``pulled``, the latest such pull, and ``listed``, the latest of the class's lessons ranges covering ``day`` whole
    (§7: the class's whole list of that day, ``Carried.class_days``); each only when later than the one held."""
    at = carried.pulled_at
    if at is None:
        return {}
    return {key: at.isoformat() for key, applies in (("pulled", True), ("listed", day in carried.class_days))
            if applies and (held.get(key) is None or datetime.fromisoformat(held[key]) < at)}


def read(days: list[Any], out: Out, carried: Carried, ptr: tuple) -> None:
    """Keep the days a pupil's schedule speaks for, and move the class's lessons they show are not the whole
    class's (module docstring)."""
    person, group, pulled = carried.params.get("person"), carried.params.get("group"), carried.pulled_at
    the_group = carried.find(out, "group", group)
    if person is None or pulled is None or the_group is None or the_group.get("parent"):
        return
    for d, raw in enumerate(days):
        day = local_date(raw["date"])
        if person in held_on(out, group, day):
            _read_day(out, person, group, the_group, day, _listed(raw), pulled, (*ptr, d))


def _listed(raw: dict[str, Any]) -> list[str]:
    return sorted({str(one.get("id_str") or one.get("id")) for one in raw.get("lessons") or []
                   if isinstance(one, dict)})


def _read_day(out: Out, person: str, group: str, the_group: dict[str, Any], day: date, lessons: list[str],
              pulled: datetime, ptr: tuple) -> None:
    key = f"{group}|{day.isoformat()}"
    record = out.peek(DAYS, key) or {}
    pupils, moved = dict(record.get("pupils") or {}), dict(record.get("moved") or {})
    shown = _shown(record.get("shown"), pupils, lessons, pulled)
    pupils[person] = _kept(pupils.get(person), lessons, pulled, out)
    ours = _of_the_day(out, group, day, {*moved, *(one for seen in pupils.values() for one in _all(seen))})
    ranged = max((datetime.fromisoformat(held["listed"]) for held in ours.values() if held.get("listed")),
                 default=None)
    for lesson, held in ours.items():
        if _left_the_day(held, shown.get(lesson), ranged):
            continue  # the class's range says it is no longer the class's that day: not the pupils' to decide
        target = _target(out, group, the_group, day, lesson, pupils, ptr)
        if target != moved.get(lesson):
            _cancel(out, lesson, group, pupils) if target == CANCELLED else _move(
                out, lesson, group, held, target, pupils, ptr)
        moved.pop(lesson, None) if target is None else moved.__setitem__(lesson, target)
    out.remember(DAYS, key, {"pupils": pupils, "moved": moved, "shown": shown})


def _of_the_day(out: Out, group: str, day: date, lessons: set[str]) -> dict[str, dict[str, Any]]:
    """Of ``lessons``, those the hub holds in the class ``group`` (their own group) on ``day``, with their entries."""
    found = {}
    for lesson in sorted(lessons):
        held = out.peek("lesson", lesson) or {}
        if held.get("group") == group and held.get("date") == day.isoformat():
            found[lesson] = held
    return found


def _shown(shown: dict[str, str] | None, pupils: dict[str, dict[str, Any]], lessons: list[str],
           pulled: datetime) -> dict[str, str]:
    """Per lesson, the latest pull of a pupil's list of the day that listed it, with ``lessons`` pulled at
    ``pulled`` (a record kept before this was noted: each pupil's latest list)."""
    found = dict(shown) if shown is not None else {}
    if shown is None:
        for seen in pupils.values():
            for lesson in seen["lessons"]:
                found[lesson] = max(found.get(lesson, seen["at"]), seen["at"], key=datetime.fromisoformat)
    for lesson in lessons:
        found[lesson] = max(found.get(lesson, pulled.isoformat()), pulled.isoformat(), key=datetime.fromisoformat)
    return found


def _left_the_day(held: dict[str, Any], shown: str | None, ranged: datetime | None) -> bool:
    """Whether the class's latest lessons range of the day (pulled ``ranged``: the latest ``listed`` of the class's
    lessons of that day), pulled after every answer that showed the lesson there (its class's, ``pulled``; its
    pupils' own lists, ``shown``), lacks it: deleted, or moved to another day (§3.4: one id, one ``date``; §7: the
    range is the class's whole list of each day it covers). Then a pupil's later list lacking it is the class's
    change, not his: the pupils' lists say nothing of whose it is (the range cancelled it, or its new day is read)."""
    if ranged is None:
        return False
    return all(at is None or datetime.fromisoformat(at) < ranged for at in (held.get("pulled"), shown))


def _kept(mine: dict[str, Any] | None, lessons: list[str], pulled: datetime, out: Out) -> dict[str, Any]:
    """A pupil's kept list of a day after reading ``lessons`` pulled at ``pulled``: the latest list, with ``had``
    the lessons of his lists pulled before it (an older list delivered late adds to ``had`` only)."""
    if mine is not None and datetime.fromisoformat(mine["at"]) > pulled:
        return {**mine, "had": sorted({*mine.get("had", ()), *lessons})}
    had = set((mine or {}).get("had", ()))
    if mine is not None and datetime.fromisoformat(mine["at"]) < pulled:
        had |= set(mine["lessons"])
    return {"at": pulled.isoformat(), "day": pulled.astimezone(zone(out.ctx)).date().isoformat(),
            "lessons": lessons, "had": sorted(had)}


def _all(seen: dict[str, Any]) -> list[str]:
    return [*seen["lessons"], *seen.get("had", ())]


def _target(out: Out, group: str, the_group: dict[str, Any], day: date, lesson: str,
            pupils: dict[str, dict[str, Any]], ptr: tuple) -> str | None:
    """The group of the pupils whose lesson ``lesson`` is (defined, they enrolled), None: the class's, or
    ``CANCELLED``: no one's."""
    listing = {p for p, seen in pupils.items() if lesson in seen["lessons"]}
    lost = any(lesson in seen.get("had", ()) for p, seen in pupils.items() if p not in listing)
    lacking = {p for p, seen in pupils.items() if p not in listing and (
        lost or any(pupils[q]["day"] == seen["day"] for q in listing))}
    if not lacking:
        return None
    members = sorted((held_on(out, group, day) | listing) - lacking)
    if not members:
        return CANCELLED
    return define_part(out, f"{group}.lessons.{digest_of(members)}", NAME, group, the_group, members, ptr)


def _move(out: Out, lesson: str, group: str, held: dict[str, Any], target: str | None,
          pupils: dict[str, dict[str, Any]], ptr: tuple) -> None:
    """``lesson.scheduled`` stating the lesson's ``class_id`` alone (the rest as the hub holds it), as of the latest
    pull it reads (the lists', the lesson's own group's) unless this answer lists the lesson itself (one event)."""
    out.remember(LESSON, lesson, {"group": group, "class": target, "day": held["date"]})
    day, record = date.fromisoformat(held["date"]), f"lessons:{lesson}"
    event_id = derive_event_id(SETTINGS.system, out.school, record, 1, "lesson")
    listed_here = any(event.event_id == event_id for event in out.events)
    out.emit(t.LessonScheduledV2, "lesson.scheduled", {
        "lesson_id": out.cid("lesson", lesson), "class_id": out.cid("class", target or group),
        "subject_id": out.cid("subject", held["subject"]), "date": held["date"], "slot": None, "starts_at": None,
        "ends_at": None, "teacher_id": None, "topic": None, "room": None}, start_of_day(day, out.ctx), record,
        "lesson", {}, ptr, omitted=UNSTATED,
        scopes=lesson_scopes(lesson, group, held["subject"], held["date"]))
    if not listed_here:
        out.event_as_of[event_id] = _latest(pupils, held)


def _cancel(out: Out, lesson: str, group: str, pupils: dict[str, dict[str, Any]]) -> None:
    """``lesson.cancelled``, as of the latest pull of the lists (none of which has it); filed under its class again,
    so a later answer that has it states it there."""
    out.remember(LESSON, lesson, {"group": group, "class": None})
    at = _latest(pupils, {})
    out.emit(t.LessonCancelled, "lesson.cancelled", {
        "lesson_id": out.cid("lesson", lesson), "reason": "no longer in the pupils' own schedules of its day"},
        at, f"lessons:{lesson}", "lesson-dropped", {}, ())
    event_id = derive_event_id(SETTINGS.system, out.school, f"lessons:{lesson}", 1, "lesson-dropped")
    out.event_as_of[event_id] = at


def _latest(pupils: dict[str, dict[str, Any]], held: dict[str, Any]) -> datetime:
    """The latest pull a move reads: the lists', the lesson's own group's."""
    return max([datetime.fromisoformat(seen["at"]) for seen in pupils.values()]
               + ([datetime.fromisoformat(held["pulled"])] if held.get("pulled") else []))

"""The bell timetable (reference §3.14): each lesson number's start and finish, reference data of the lessons.

``edu-groups/{g}/timetables`` and ``schools/{s}/timetables`` answer, in PascalCase, ``[{Name, Start,
FirstLessonNumber, Items: [{Id, Start, Finish, Name, Type, DaysOfWeek, LessonNumber}]}]`` (item times ``HH:MM``,
``HH:MM:SS`` or a date-time whose clock is read; ``DaysOfWeek`` the .NET names, ``Monday``..., or their numbers,
Sunday 0). An answer is kept whole in the history of the ``("bells", "group:<g>")`` or ``("bells", "school")``
directory entry, as of its ``pulled_at`` (``_with_answer``: the pulls of each distinct answer; an answer without
``pulled_at`` replaces the history, arrival order). An answer names the timetable its group follows as of its pull;
§3.8's ``timetable`` has no dates and a timetable's ``Start`` is the day it began, not the day a group took it (a
class that moves to the other shift's bells mid-year: journey dnevnik_ru_43), so an answer is true from the day it
was pulled (the school's day), and one pulled before the latest changes only the days it is the latest answer of.

* A lesson that states no end time (the entity shape of ``lessons/{l}`` and the group ranges, §3.4: a ``number``
  and a start ``date``, no ``hours``) takes its number's ``Finish`` from its group's timetable, else, for a
  subgroup, its class's (the group's ``parentIds``: a sync job pulls bells once per class; journey dnevnik_ru_31),
  else the school's, and its ``Start`` too when it states no start time (a midnight ``date``). The timetable is, of the
  latest answer pulled on or before the lesson's day (else the earliest answer), the one with the latest ``Start``
  on or before that day; or a later answer's, when the one it has in force that day started after that answer's
  pull (a timetable it could not know: journey dnevnik_ru_36) (``_in_force``); an item with ``DaysOfWeek`` holds
  only on those days. Times are local times of the school's zone, as the lessons' own (``lessons._times``). A
  lesson moved from another day (the hub held it on another date) whose bells hold no item of its number on its
  new day has no end (nor, stating no start, a start): the times held were its old day's (journey dnevnik_ru_47,
  lesson-105: an end before its start); stated as of the bells.
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
  ``hub.ingest.restatements``) the ``ends_at`` (and ``starts_at``) of every such key each timetable of its history
  gives, for the lessons of the days it is in force (``Restatement.days``: between the pulls and ``Start``s,
  ``_spans``), as a lesson of those days read after the answer takes them: the group's answer for its group, the
  school's for every registered group that has no timetable of its own; a class's answer also restates its
  subgroups that have none (``_fallback_of``). A lesson stating its own times is derived from ``bells:own``, which
  nothing restates. A number the timetable in force has no item for keeps the times it had (§3.14 says nothing of
  a lesson its bells do not hold).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from adapters.base import Restatement, pointer
from adapters.dnevnik_ru.bell_tables import read_table
from adapters.dnevnik_ru.common import Carried, Out, reject
from adapters.dnevnik_ru.local_time import zone

BELLS, BELL_GROUPS = "bells", "bell_groups"
OWN_TIMES = "bells:own"  # the derivation of a lesson that states its own times: nothing restates it

def timetables(body: Any, p: tuple, out: Out, carried: Carried) -> None:
    """Register the answer's timetables in the history of its key and restate the lessons derived from them
    (module docstring)."""
    if not isinstance(body, list):
        raise reject(pointer(*p), "expected a JSON array of timetables")
    tables = [read_table(raw, (*p, i)) for i, raw in enumerate(body)]
    group = carried.params.get("group")
    key = f"group:{group}" if group else "school"
    as_of = _aware(carried.pulled_at, out)
    entry = _with_answer(out.peek(BELLS, key), as_of.isoformat() if as_of else None, tables)
    out.remember(BELLS, key, entry)
    spans = _spans(_history(entry, out))
    for each_group in _groups_on(out, group):
        held = bells_as_of(out, each_group)
        for derived, fields, days in _restatable(each_group, spans):
            out.restated.append(Restatement(derived, fields, as_of, days, held))


def _with_answer(held: dict[str, Any] | None, at: str | None, tables: list[dict[str, Any]]) -> dict[str, Any]:
    """The directory entry with one more answer: ``answers`` groups the pulls (``pulls``) of each distinct list of
    timetables; ``pulled_at`` and ``timetables`` are the latest pull's. An answer without ``pulled_at``, or a
    history holding one, is the whole history (arrival order); one pulled again at the same time replaces it."""
    answers = [] if held is None or at is None or held.get("pulled_at") is None else [
        {"pulls": [pull for pull in answer["pulls"] if pull != at], "timetables": answer["timetables"]}
        for answer in held.get("answers") or [{"pulls": [held["pulled_at"]], "timetables": held["timetables"]}]]
    answers = [answer for answer in answers if answer["pulls"]]
    same = next((answer for answer in answers if answer["timetables"] == tables), None)
    if same is None:
        answers.append({"pulls": [at], "timetables": tables})
    else:
        same["pulls"] = sorted([*same["pulls"], at])
    if at is None:
        return {"pulled_at": None, "timetables": tables, "answers": answers}
    latest = max(((pull, answer["timetables"]) for answer in answers for pull in answer["pulls"]),
                 key=lambda pair: datetime.fromisoformat(pair[0]))
    return {"pulled_at": latest[0], "timetables": latest[1], "answers": answers}


History = list[tuple[str, list[dict[str, Any]]]]


def _history(entry: dict[str, Any], out: Out) -> History:
    """(local day of the pull, ISO; ``""``: unknown, before every day) and timetables of each pull of a directory
    entry, by pull time (an entry written before the history was kept is its one answer)."""
    answers = entry.get("answers") or [{"pulls": [entry.get("pulled_at")], "timetables": entry["timetables"]}]
    pulls = [(pull, answer["timetables"]) for answer in answers for pull in answer["pulls"]]
    if any(pull is None for pull, _ in pulls):
        return [("", entry["timetables"])]
    local = zone(out.ctx)
    found = sorted(((datetime.fromisoformat(pull), tables) for pull, tables in pulls), key=lambda pair: pair[0])
    return [(when.astimezone(local).date().isoformat(), tables) for when, tables in found]


def _in_force(history: History, day: str) -> dict[str, Any] | None:
    """The timetable a lesson of ``day`` (ISO; ``""``: before every day) reads (module docstring): the one in force
    that day (``_current``) in the latest answer pulled on or before it, else in the earliest answer; or in a later
    answer, when the timetable it has in force that day started after the pull of the first (a timetable the first
    could not know yet); the latest such."""
    before = [i for i, (pulled, _) in enumerate(history) if pulled <= day]
    first = before[-1] if before else 0
    table = _current(history[first][1], day)
    if before:
        since = history[first][0]
        later = [found for _, tables in history[first + 1:]
                 if (found := _current(tables, day)) is not None and (found["from"] or "") > since]
        table = later[-1] if later else table
    return table


def _current(tables: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    """Of one answer's timetables, the one in force on ``day``: the latest ``Start`` on or before it (of two with
    the same ``Start``, the first; one without ``Start`` before the first that has one)."""
    current = [t for t in tables if t["from"] is None or t["from"] <= day]
    return max(current, key=lambda t: t["from"] or "") if current else None


def _aware(when: datetime | None, out: Out) -> datetime | None:
    """``pulled_at`` with the school's zone when it was written without an offset (a local time)."""
    return when if when is None or when.tzinfo is not None else when.replace(tzinfo=zone(out.ctx))


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


Spans = list[tuple[dict[str, Any], tuple[str | None, str | None]]]


def _restatable(group: str, spans: Spans) -> list[tuple[str, dict[str, Any], tuple]]:
    """(derived_from, fields, days) of every (number, weekday) the timetables of a key's history give, for the days
    each is the one in force (``_spans``), as a lesson of those days read after the answer takes it (``_in``: the
    first item of the number)."""
    found = []
    for table, days in spans:
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


def _spans(history: History) -> Spans:
    """Each timetable in force on some day, with those days (first, until: ISO days, None unbounded): the days
    between the pulls and the ``Start``s of the history (``_in_force`` is the same on each), adjacent ones with the
    same timetable as one."""
    bounds = sorted({pulled for pulled, _ in history if pulled} | {t["from"] for _, tables in history
                                                                   for t in tables if t["from"]})
    found: Spans = []
    for first, until in zip([None, *bounds], [*bounds, None]):
        table = _in_force(history, first or "")
        if table is None:
            continue
        if found and found[-1][0] == table and found[-1][1][1] == first:
            found[-1] = (table, (found[-1][1][0], until))
        else:
            found.append((table, (first, until)))
    return found


def _key(group: str, number: int, weekday: int, mode: str) -> str:
    return f"bells:{group}|{number}|{weekday}|{mode}"


def lesson_times(out: Out, group: str, number: int | None, day: date, starts: str | None,
                 unstated: set[str], moved: bool = False) -> tuple[str | None, str | None, str | None,
                                                                   dict[str, datetime]]:
    """(starts_at, ends_at, derived_from, fields_as_of) of a lesson that states no end time (``ends_at`` in
    ``unstated``): from the bell timetable when it holds the lesson's number on that day (the fields become stated,
    as of the bells: ``bells_as_of``), else as stated; but a lesson ``moved`` from another day (the hub held it on
    another date) whose bells hold no item of its number on its new day states no end (nor start, when it states
    none): the times the hub held were its old day's (journey dnevnik_ru_47)."""
    if number is None:
        return starts, None, None, {}
    mode = "times" if "starts_at" in unstated else "end"
    if group not in (out.peek(BELL_GROUPS, "school") or {}):
        out.remember(BELL_GROUPS, "school", {group: True}, merge=True)
    item = _item(out, group, number, day)
    derived = _key(group, number, day.isoweekday(), mode)
    if item is None:
        if not moved or _fallback_of(out, group) is None:
            return starts, None, derived, {}
        dropped = ["ends_at", *(["starts_at"] if mode == "times" else [])]
        unstated.difference_update(dropped)  # stated: none that day, as of the bells that hold none
        as_of = bells_as_of(out, group)
        return starts, None, derived, {} if as_of is None else dict.fromkeys(dropped, as_of)
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
    return None if key is None else _in(_history(out.peek(BELLS, key), out), number, day)


def _in(history: History, number: int, day: date) -> dict[str, Any] | None:
    table = _in_force(history, day.isoformat())
    if table is None:
        return None
    return next((i for i in table["items"] if i["number"] == number
                 and (i["days"] is None or day.isoweekday() in i["days"])), None)

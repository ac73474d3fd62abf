"""A class's lesson some of its pupils do not have: each pupil's own day, as of his latest answer for it (reference
A.2 getdiary is one pupil's own diary, ``student``; A.1 ``days`` and A.3 Day: the answer holds each day of its range
whole; the latest pull is the journal's state, hub README "request envelope"). Found by
``contracts/journeys/elzhur_43`` (a pupil on an individual plan: no PE in her own diary) and
``contracts/journeys/elzhur_46`` (home schooling ordered after an earlier pull, family education).

* **Two pupils' days.** A pupil's own day is his class's whole day (``class_days.py``,
  ``contracts/journeys/elzhur_27``: a lesson replaced in a later diary is cancelled), but two pupils' own answers
  pulled the same day (school zone) that disagree about a lesson of the whole class do not see two states of the
  class's day: they see two pupils' days. Such a lesson is then not the class's: it moves to a group of its own, the
  lesson's alone, ``<class key>.own.<lesson part>`` («<subject>»), whose members are the pupils whose answers list
  it (enrolled as in an extra-curricular group, ``dropouts.group_start``), and it leaves the class's day (its
  containing scope is the group's day, which no answer is complete for), so no pupil's day lacking it cancels it,
  nor does a classmate who lacks it see it. Later answers listing it keep it in that group and join their pupil
  (directory ``("own_lesson", <lesson part>)``). A lesson moved before elzhur_46 keeps the group of its subject,
  ``<class key>.own.<subject key>``, which no pupil leaves.
* **A day the answer does not list** within its ``days`` is a day without lessons of his (A.1 ``days``, A.3 Day;
  his answer's request snapshot reads it so too, ``routes._day_parts``): the family-education pupil whose answers
  list only his attestations disagrees with his classmates about each class lesson of every other day.
* **His latest answer for the day decides.** A lesson of a group of its own his earlier answer for the day listed
  and his later one lacks is no longer his (home schooling ordered between the two pulls): he is in its group from
  the day after the lesson (the same enrolment stated again, so it stays one fact that the latest pull decides,
  whatever the arrival order), so neither it nor its tasks show to him; listed again, he is in it again. An answer
  pulled before the latest one the hub holds of his for that day changes nothing there.
* **Whatever the arrival order.** Each pupil's latest answer of each pull day is remembered (``pull_days.py``), so
  an answer delivered after a classmate's later pull is compared with that classmate's answer of its own pull day,
  as it would have been in pull order (found by ``contracts/journeys/elzhur_75``: a leaver's last diary, listing no
  day after his last, delivered after his classmate's next pull). What such an answer moves is stated in the group
  as of the latest pull that listed the lesson in the class (the hub keeps what a later pull stated: read in pull
  order, that answer would have found it moved), and a classmate whose later answer lists it joins the group.

Each pupil's whole-class lessons of each day his answer speaks for (``class_days.speaks_for``) are kept per class day
(directory ``("class_day_pupils", <class day scope>)``: pupil -> pull time and lessons listed, as of his latest
answer, and the lessons of his latest answer of each earlier pull day, ``pull_days.remember``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import class_days, pull_days
from adapters.elzhur.common import Builder, entries, item_part, school_year
from adapters.elzhur.homework_days import task_key, task_scopes
from adapters.elzhur.ids import name_key
from adapters.elzhur.shared_lessons import class_task, define, get, join, join_group, name_of

OWN_LESSON = "own_lesson"
DAY_PUPILS = "class_day_pupils"
CANCELLED = "cancel"
Listed = dict[str, list[Any]]  # lesson part -> [subject key, subject name, slot, class task ids, lesson_id]


def _pulled(b: Builder) -> dt.datetime | None:
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return pulled.astimezone(b.tz) if pulled.tzinfo else pulled.replace(tzinfo=b.tz)


def _pull_day(b: Builder) -> str | None:
    pulled = _pulled(b)
    return None if pulled is None else pulled.date().isoformat()


def _range_speaks(b: Builder) -> bool:
    days = b.req.days
    return (b.method in class_days.METHODS and days is not None and _pull_day(b) is not None
            and 0 <= (days[1] - days[0]).days < class_days.MAX_DAYS)


def _speaks(b: Builder, sid: str | None, class_name: str, date: dt.date) -> bool:
    return (sid is not None and _range_speaks(b) and b.req.days[0] <= date <= b.req.days[1]
            and class_days.speaks_for(b, sid, class_name, date))


def _members(b: Builder, sid: str, record: dict[str, Any], lesson_part: str) -> dict[str, dict[str, Any]]:
    """The pupils a lesson moved to a group of its own joins: the classmates whose answer of this one's pull day
    lists it (``pull_days.same_day``), and any pupil, ``sid`` too, whose latest answer for the day, pulled after this
    one, lists it (read in pull order, that answer would have joined him)."""
    pulled, same = _pulled(b), pull_days.same_day(record, sid, _pull_day(b))
    return {other: {"lessons": [lesson_part]} for other, seen in record.items()
            if lesson_part in same.get(other, ())
            or lesson_part in seen["lessons"] and dt.datetime.fromisoformat(seen["at"]) > pulled}


def move(b: Builder, class_name: str, date: dt.date, lesson_part: str, subject_name: str,
         classmates: dict[str, dict[str, Any]], where: tuple[Any, ...], shared: bool = False) -> dict[str, Any]:
    """The lesson ``lesson_part`` of the whole class moves to a group of its own (module docstring), defined, the
    classmates whose answers list it joined; ``shared``: a lesson pupils of another class list too
    (``combined_lessons.py``), whose tasks stay set for their classes."""
    year = school_year(date)
    level = (b.ctx.directory.get("class", name_key(class_name)) or {}).get("grade_level")
    held = {"part": f"{name_key(class_name)}.own.{lesson_part}", "label": subject_name,
            "parent": b.class_id(class_name, year), "grade_level": level, "lesson": True,
            **({"shared": True} if shared else {})}
    b.out.directory_entries.append((OWN_LESSON, lesson_part, held))
    define(b, held, year, where)
    for other, seen in sorted(classmates.items()):
        if lesson_part in seen["lessons"]:
            join(b, other, name_of(b, other), held, year, where)
    return held


def whole_class(b: Builder, sid: str | None, class_name: str, date: dt.date, lesson_part: str, subject_key: str,
                subject_name: str, where: tuple[Any, ...]) -> str | None:
    """The group of its own a lesson of the whole class is in (module docstring), the pupil listing it joined; or
    None: the class's lesson."""
    held = get(b, OWN_LESSON, lesson_part)
    if held is None and _speaks(b, sid, class_name, date):
        record = get(b, DAY_PUPILS, class_days.day_scope(class_name, date)) or {}
        if any(lesson_part not in parts for parts in pull_days.same_day(record, sid, _pull_day(b)).values()):
            held = move(b, class_name, date, lesson_part, subject_name, _members(b, sid, record, lesson_part), where)
    if held is None:
        return None
    return join_group(b, sid, held, date, where)


def own_scopes(held_class_id: str, date: dt.date, lesson_part: str) -> tuple[tuple[str, str], ...]:
    """A lesson of a group of its own leaves its class's day: its day scope is the group's (no answer is complete
    for it)."""
    return ((f"{class_days.KIND}:{held_class_id.rsplit(':', 1)[-1].rsplit('@', 1)[0]}@{school_year(date)}|"
             f"{date.isoformat()}", f"lesson:{lesson_part}"),)


def note_days(b: Builder, sid: str, class_name: str, days: dict[str, Any], where: tuple[Any, ...]) -> None:
    """After a pupil's own days are read, for each day of the answer's range it speaks for, listed or not (module
    docstring): a group's own lesson his previous answer for the day listed and this one lacks is no longer his; a
    lesson of the whole class a classmate's answer of the same pull day lists and his day lacks moves to a group of
    its own, its classmates joined; his day's whole-class lessons are kept for the next answers."""
    if not _range_speaks(b):
        return
    first, last = b.req.days
    for n in range((last - first).days + 1):
        date = first + dt.timedelta(days=n)
        if not _speaks(b, sid, class_name, date):
            continue
        day_key = date.strftime("%Y%m%d")
        scope = class_days.day_scope(class_name, date)
        record = dict(get(b, DAY_PUPILS, scope) or {})
        before = record.get(sid)
        mine = _listed(class_name, day_key, days.get(day_key))
        late = before is not None and dt.datetime.fromisoformat(before["at"]) > _pulled(b)
        if not late:  # an older answer delivered late: the latest one he has for the day stands
            _leave(b, sid, date, set((before or {}).get("lessons") or ()) - set(mine), (*where, day_key))
        _theirs(b, sid, class_name, date, mine, record, (*where, day_key))
        if pull_days.later(record, sid, _pulled(b)):
            _moved_late(b, class_name, date, mine, record, (*where, day_key))
        record[sid] = pull_days.remember(before, _pulled(b).isoformat(), _pull_day(b), mine)
        b.out.directory_entries.append((DAY_PUPILS, scope, record))


def _listed(class_name: str, day_key: str, day: Any) -> Listed:
    """The whole-class lessons a pupil's day lists, with their class tasks (none: a day of the range the answer does
    not list)."""
    mine: Listed = {}
    for item_key, item in entries(day.items) if day is not None else ():
        part = _whole_class_part(class_name, day_key, item_part(item_key), item)
        if part is not None:
            tasks = [str(task_key(task, key, index, day_key, item.num, item.name))
                     for index, (key, task) in enumerate(entries(item.homework)) if not task.individual]
            mine[part[0]] = [part[1], part[2], part[3], tasks, item.lesson_id]
    return mine


def _leave(b: Builder, sid: str, date: dt.date, lacking: set[str], where: tuple[Any, ...]) -> None:
    """``sid`` is in the group of its own of each lesson of ``lacking`` (his previous answer for the day listed it,
    this one does not) from the day after it: not his (module docstring)."""
    name, year, after = name_of(b, sid), school_year(date), date + dt.timedelta(days=1)
    for lesson_part in sorted(lacking):
        held = get(b, OWN_LESSON, lesson_part)
        if name and held is not None and held.get("lesson"):
            b.emit("student.enrolled", f"student:{sid}:{held['part']}:{year}", "enrolment", {
                "student_id": b.id("student", sid), "class_id": b.group_id(held["part"], year), "name": name,
                "enrolled_on": after.isoformat()}, b.at(after), where)


def _theirs(b: Builder, sid: str, class_name: str, date: dt.date, mine: Listed, record: dict[str, Any],
            where: tuple[Any, ...]) -> None:
    """The lessons of the whole class his classmates' latest answers for the day list and ``mine`` lacks: one a
    classmate's answer of the same pull day lists moves to a group of its own; each in a group of its own is stated
    there again with its class tasks (its other fields as the hub holds them), so his answer, which no longer holds
    what his earlier one did, deletes nothing of theirs (``routes._day_parts``: his day's snapshot)."""
    same = pull_days.same_day(record, sid, _pull_day(b))
    classmates = sorted(((other, seen) for other, seen in record.items() if other != sid),
                        key=lambda entry: (dt.datetime.fromisoformat(entry[1]["at"]), entry[0]), reverse=True)
    for _other, seen in classmates:  # the latest first: a lesson is stated again as the latest answer listed it
        for lesson_part, listed in sorted(seen["lessons"].items()):
            held = get(b, OWN_LESSON, lesson_part)
            if lesson_part in mine or (held is None and not any(lesson_part in parts for parts in same.values())):
                continue
            if held is None:
                held = move(b, class_name, date, lesson_part, listed[1], _members(b, sid, record, lesson_part), where)
            _restate(b, held, class_name, date, lesson_part, listed, where, seen["at"])


def _moved_late(b: Builder, class_name: str, date: dt.date, mine: Listed, record: dict[str, Any],
                where: tuple[Any, ...]) -> None:
    """An answer delivered after a later one of the day: each lesson it listed that this answer moved to a group of
    its own (a classmate's answer of its pull day lacks it) is stated there again as the latest answer listing it
    stated it in the class (as of that pull: read in pull order, that answer would have found it moved)."""
    moved = {vendor for kind, vendor, _ in b.out.directory_entries if kind == OWN_LESSON}
    for lesson_part in sorted(set(mine) & moved):
        held, latest = get(b, OWN_LESSON, lesson_part), pull_days.latest_listing(record, lesson_part, _pulled(b))
        if held is not None and held.get("lesson") and latest is not None:
            _restate(b, held, class_name, date, lesson_part, latest[1], where, latest[0], "moved")


def _restate(b: Builder, held: dict[str, Any], class_name: str, date: dt.date, lesson_part: str, listed: list[Any],
             where: tuple[Any, ...], at: str, again: str = "") -> None:
    """The lesson ``lesson_part`` (``listed``: subject key, name, slot, class tasks, ``lesson_id``) in its group of
    its own; its class tasks in it, or in ``class_name`` when it is a lesson of several classes; as of ``at``, the
    pull of the answer ``listed`` comes from, when later than this one's (``again``: a record id apart from this
    answer's own statement of the lesson)."""
    before, suffix = len(b.out.events), f":{again}" if again else ""
    group_id, subject_id = b.group_id(held["part"], school_year(date)), b.id("subject", listed[0])
    b.emit("lesson.scheduled", f"lesson:{lesson_part}{suffix}", "lesson", {
        "lesson_id": b.id("lesson", lesson_part), "class_id": group_id, "subject_id": subject_id,
        "date": date.isoformat(), "slot": listed[2], "starts_at": None, "ends_at": None, "teacher_id": None,
        "topic": None, "room": None}, b.at(date), where, ["starts_at", "ends_at", "teacher_id", "topic", "room"],
        own_scopes(group_id, date, lesson_part))
    for hw in listed[3] if len(listed) > 4 else ():
        task_group, scopes = ((group_id, task_scopes(hw, group_id, date, listed[4], None, listed[0]))
                              if not held.get("shared") else class_task(b, held, listed[4], str(hw), class_name, date))
        b.emit("homework.assigned", f"homework:{hw}{suffix}", "homework", {
            "homework_id": b.id("homework", hw), "class_id": task_group, "subject_id": subject_id, "lesson_id": None,
            "due_on": date.isoformat(), "text": "", "attachments": [], "teacher_id": None}, b.at(date), where,
            ["lesson_id", "text", "attachments", "teacher_id"], scopes)
    as_of = dt.datetime.fromisoformat(at)
    if as_of > _pulled(b):  # what a later answer stated in the class, now in the group: as of that answer
        for event in b.out.events[before:]:
            b.out.event_as_of[event.event_id] = as_of


def _whole_class_part(class_name: str, day_key: str, item_key: Any, item: Any) -> tuple[str, str, str, int] | None:
    """(lesson part, subject key, subject name, slot) of a lesson item of the whole class (``diary.lesson``), or
    None (a group's, a cancelled one, one without a number)."""
    if (item.grp or "").strip():
        return None
    number = item.num if item.num is not None else str(item_key) if isinstance(item_key, str) else None
    slot = int(number) if number and number.isdigit() and int(number) <= 20 else None
    subject_name = " ".join(item.name.split())
    if slot is None or subject_name.casefold() == CANCELLED:
        return None
    part = item.lesson_id or f"{day_key}.{slot}.{name_key(class_name)}"
    return part, name_key(subject_name), subject_name, slot

"""Re-dating a membership's stay when an answer delivered out of pull order moves one of its days
(``memberships.py``): the events that restate a stay's start or end, as of the pull the hub holds it as of.

The roster projection replays a (pupil, group)'s events in log order (``projections/roster_stays.py``): an
enrolment of an open stay restates its start, one on or after a closed stay's end is a return (the days between
are out), a withdrawal ends the open stay. So a stay's start moves later by:

* a first stay: ``student.enrolled`` on the new day (and, if it had ended, ``student.withdrawn`` on its end again:
  the restatement re-opens it);
* a return: ``student.withdrawn`` on the day it began, then ``student.enrolled`` on the new day (a return from
  that day: the days out grow by the days between), and its end again if it had ended.

Every such event is as of the latest pull that saw the membership (active or ended: ``latest_pull``), since the
hub holds the start and the end as of those pulls: an older one would change nothing there (the latest pull wins).
They take parts of their own (the day in them), so one answer may state a stay's old and new days side by side.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.local_time import start_of_day
from hub.events import types as t

DAY = timedelta(days=1)
ARCHIVE = "membershipstatus Archive"


def restart(out: Out, person: str, group: str, entry: dict[str, Any], start: date) -> dict[str, Any]:
    """``entry`` (``person``'s latest stay in ``group``, the directory's) starting on ``start`` instead, its end
    kept; the events that say so (module docstring). Unchanged when the hub has no name to enrol him under."""
    names = name_of(out, person)
    if names is None:
        return entry
    as_of = latest_pull(entry)
    if entry.get("back"):  # a return: closed where it began, then re-opened on ``start``
        began = date.fromisoformat(entry["from"])
        withdrawn(out, person, group, began, "returned later", "", as_of, f"withdrawal:{person}:{began.isoformat()}")
    enrolled(out, person, group, names, start, as_of, f"student:{person}:{start.isoformat()}")
    if entry.get("until"):
        end = date.fromisoformat(entry["until"])
        withdrawn(out, person, group, end, ARCHIVE, "", as_of, f"withdrawal:{person}:{end.isoformat()}")
    return {**entry, "from": start.isoformat()}


def successors(known: dict[str, dict[str, Any]], group: str, old_end: date, seen: date) -> Iterator[str]:
    """The memberships that began when the pupil left ``group`` on ``old_end`` (a transfer to another class of
    the year, a switch to a sibling subgroup) and which an answer now showing him in ``group`` on ``seen`` shows
    began later: each starts on or after ``old_end`` and on or before ``seen``, and would not end by ``seen + 1``."""
    mine = known[group]
    for vid, other in known.items():
        if vid == group or other.get("year") != mine.get("year") or not other.get("from"):
            continue
        kin = (mine.get("class") and other.get("class")) or (
            mine.get("parent") and other.get("parent") == mine.get("parent"))
        start, until = date.fromisoformat(other["from"]), other.get("until")
        if kin and old_end <= start <= seen and not (until and date.fromisoformat(until) <= seen + DAY):
            yield vid


def latest_pull(entry: dict[str, Any]) -> str | None:
    """The latest pull that saw the membership: active (``seen_at``) or ended (``left_at``), as ISO text."""
    return later(entry.get("seen_at"), entry.get("left_at"))


def later(a: str | None, b: str | None) -> str | None:
    """The later of two ISO times with offsets (either may be missing)."""
    if not a or not b:
        return a or b
    return a if datetime.fromisoformat(a) >= datetime.fromisoformat(b) else b


def name_of(out: Out, person: str) -> dict[str, Any] | None:
    """``person``'s name parts as the hub knows them, or None when it knows none."""
    names = out.peek("person", person) or {}
    return names if names.get("last_name") or names.get("first_name") else None


def enrolled(out: Out, person: str, group: str, names: dict[str, Any], on: date, as_of: str | None,
             part: str) -> None:
    """``student.enrolled`` of ``person`` (``names``) in ``group`` from ``on``, as of ``as_of`` when given."""
    before = len(out.events)
    out.emit(t.StudentEnrolled, "student.enrolled", {
        "student_id": out.cid("person", person), "class_id": out.cid("class", group), "enrolled_on": on.isoformat(),
        "name": {"first_name": names.get("first_name"), "last_name": names.get("last_name"),
                 "middle_name": names.get("middle_name") or None}},
        start_of_day(on, out.ctx), f"edu-groups:{group}", part, {}, "")
    _as_of(out, before, as_of)


def withdrawn(out: Out, person: str, group: str, on: date, reason: str, ptr: str, as_of: str | None = None,
              part: str | None = None) -> None:
    """``student.withdrawn`` of ``person`` from ``group`` on ``on`` (the first day out), as of ``as_of`` when
    given; ``part``: the event's own part (a re-dated end), else the membership's withdrawal."""
    before = len(out.events)
    out.emit(t.StudentWithdrawn, "student.withdrawn", {
        "student_id": out.cid("person", person), "class_id": out.cid("class", group),
        "withdrawn_on": on.isoformat(), "reason": reason},
        start_of_day(on, out.ctx), f"edu-groups:{group}", part or f"withdrawal:{person}", {}, ptr)
    _as_of(out, before, as_of)


def _as_of(out: Out, before: int, as_of: str | None) -> None:
    if as_of and len(out.events) > before:  # a new event, not one this answer already stated
        out.event_as_of[out.events[-1].event_id] = datetime.fromisoformat(as_of)

"""A stay in a class as the pupil's own answer dates it (``memberships.start_of`` asks; reference A.2 getdiary by
``student``, A.3 Day, A.1 envelope ``pulled_at``):

* his **arrival** (``arrival``): no earlier than the day after the school days his own diary shows him without
  lessons before his first (``arrival.py``);
* his **move** (``redate``): the new class starts the day after the last day his answer lists in the old one, or
  on the first day it lists in the new one when the hub dates the move later from older pulls; the old class ends
  that day (``move_days.py`` reads his days and says why);
* the **first day** an answer showed him there (``first``) and what the entry keeps of the stay (``stay_marks``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from adapters.elzhur import subgroups
from adapters.elzhur.common import Builder
from adapters.elzhur.ids import name_key

DAY = dt.timedelta(days=1)


class Shown(NamedTuple):
    """What a pupil's own answer says of his move into the class it is read for (``move_days.shown``): the last day
    before its first day in that class it lists in another class of his (``away``), and that first day
    (``here``); each up to its pull day, None when none."""

    away: dt.date | None
    here: dt.date | None


NOTHING = Shown(None, None)


def arrival(start: dt.date, absent: dt.date | None, first: str | None, seen: dt.date) -> dt.date:
    """``start``, or the day after ``absent`` (a school day his own diary shows him without lessons before his
    first, ``arrival.py``) when that is later, unless an earlier answer saw him in the class before ``absent``
    (``first``, the first day one did; a getrules pulled on ``absent`` is the roster as of its pull, not that whole
    day's lessons: A.3 Day); never after ``seen``, the day this answer sees him there."""
    if absent is None or first is not None and _day(first) < absent:
        return start
    return max(start, min(absent + DAY, seen))


def first(known: str | None, shown: dt.date | None, start: dt.date | None = None) -> str | None:
    """The first day an answer showed the pupil in the class: ``known`` or ``shown``, the earlier. With ``start``
    (the stay's first day), a day ``shown`` before it (a getmarks of a quarter he began in another class, pulled
    after the move: its marks of those days are that class's) shows him there no earlier than ``start``, so
    ``class_history.class_when_pulled`` does not take the class for one first seen before the class he was in
    then."""
    if shown is not None and start is not None:
        shown = max(shown, start)
    days = [day for day in (known, shown.isoformat() if shown else None) if day]
    return min(days) if days else None


def redate(b: Builder, sid: str, known_classes: dict[str, dict[str, Any]], key: str, start: dt.date,
           seen: dt.date, moved: Shown, where: tuple[Any, ...], as_of: str | None = None,
           mine: dict[str, Any] | None = None) -> dt.date:
    """The first day of ``sid``'s stay in the class ``key`` (``<class key>@<year>``) that began on ``start`` by a
    move, as his answer's days ``moved`` date it (module docstring; ``seen``: the day the answer sees him there;
    ``mine``: the class's entry before this answer); the class he came from (in ``known_classes``) ends that day,
    as of ``as_of`` (None: this answer's pull). A return re-dated (the stay after days out) is stated out again
    from the end of the stay before (``stay_marks``' ``out``), so its enrolment re-opens the class that day."""
    came_from = _came_from(known_classes, key, start)
    if came_from is None or moved == NOTHING:
        return start
    there = known_classes[came_from]
    moved_on = start
    if moved.away is not None and moved.away >= start:
        moved_on = min(moved.away + DAY, seen)
    elif moved.here is not None and moved.here < start and _day(there["from"]) <= moved.here and _earlier(b, there):
        moved_on = moved.here
    if moved_on != start:
        _end(b, sid, came_from, there, start, moved_on, where, as_of)
        known_classes[came_from] = dict(there, until=moved_on.isoformat())
        out = (mine or {}).get("until") or (mine or {}).get("out")
        if out:
            _out_again(b, sid, mine or {}, key, _day(out), moved_on, where, as_of)
    return moved_on


def stay_marks(mine: dict[str, Any], pulled: str | None) -> dict[str, str]:
    """What a class's entry keeps of its current stay besides its days (``memberships``' directory entry):
    ``first_at``, the pull of the answer that first saw the pupil in it (the earliest, whatever the arrival
    order: ``class_history.known_by_pull`` compares it with an answer pulled the same day), and ``out``, the end of
    the stay before it when it is a return (the first day out)."""
    ended = bool(mine.get("until"))
    held = None if ended else mine.get("first_at")
    firsts = [at for at in (held, pulled) if at]
    marks = {"first_at": min(firsts, key=dt.datetime.fromisoformat)} if firsts else {}
    out = mine.get("until") if ended else mine.get("out")
    return marks | ({"out": out} if out else {})


def _out_again(b: Builder, sid: str, there: dict[str, Any], key: str, out: dt.date, moved_on: dt.date,
               where: tuple[Any, ...], as_of: str | None) -> None:
    """``student.withdrawn`` from the class ``key`` (its entry ``there``) on ``out``, the first day out before a
    return now dated ``moved_on`` (the roster re-opens a class an enrolment on or after its end finds closed, and
    keeps the days out between: ``projections.roster_stays``)."""
    before = len(b.out.events)
    b.emit("student.withdrawn", f"withdrawal:{sid}:{key}:back:{moved_on.isoformat()}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.class_id(there["name"], there["year"]),
        "withdrawn_on": out.isoformat(), "reason": f"back on {moved_on.isoformat()}"}, b.at(out), where)
    if as_of is not None and len(b.out.events) > before:
        b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)


def _came_from(known_classes: dict[str, dict[str, Any]], key: str, start: dt.date) -> str | None:
    """The class of the same school year whose stay ended the day the stay in ``key`` began (a move), or None."""
    year = (known_classes.get(key) or {}).get("year")
    found = [other for other, there in known_classes.items()
             if other != key and there.get("year") == year and there.get("until") == start.isoformat()
             and there.get("from") and there.get("name")]
    return found[0] if len(found) == 1 else None


def _earlier(b: Builder, there: dict[str, Any]) -> bool:
    """Whether the latest answer that saw the pupil in the class of ``there`` was pulled before this one."""
    pulled, at = b.req.pulled_at, there.get("seen_at")
    if pulled is None or not at:
        return False
    pulled = pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)
    return dt.datetime.fromisoformat(at) < pulled


def _end(b: Builder, sid: str, other: str, there: dict[str, Any], ended: dt.date, until: dt.date,
         where: tuple[Any, ...], as_of: str | None) -> None:
    """``student.withdrawn`` of ``sid`` from the class of ``there`` moved from ``ended`` to ``until``, and from its
    subgroups that ended with it."""
    before = len(b.out.events)
    b.emit("student.withdrawn", f"withdrawal:{sid}:{other}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.class_id(there["name"], there["year"]),
        "withdrawn_on": until.isoformat(), "reason": f"his own days list {there['name']} up to {until - DAY}"},
        b.at(until), where)
    if as_of is not None and len(b.out.events) > before:
        b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)
    subgroups.move_end(b, sid, name_key(there["name"]), there["year"], ended, until, where)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)

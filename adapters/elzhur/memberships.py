"""When a pupil is in a class: ``student.enrolled`` and ``student.withdrawn`` dated by the data (the rule of
``adapters/dnevnik_ru/memberships.py``).

Eljur names a pupil's class and never since when (getrules ``relations.students[].class``, a pupil's own
``homeclass`` group; the pupil's own getdiary, getschedule, gethomework and getmarks, for ``student=``, show the
class of ``class=`` or of the pupil's getrules as of their pull, the class first seen last by then:
``class_when_pulled``, ``roster.enrol``; one about days before a move the hub holds, those days' class:
``class_history.class_of_days``). So the dates come from the day each such answer was pulled (the
envelope's ``pulled_at``, in the school's zone; an answer about a ``days`` range that ends earlier is evidence up
to its range's end), never from the hub's clock:

* An answer **sees** the pupil in the class on that day (``seen_on``); one without ``pulled_at`` (its arrival is no
  pull) on the last day it lists lessons on, if a pupil's own getdiary or getschedule with ``days`` (A.2, A.3 Day:
  his days, each whole; ``arrival.last_with_lessons``, ``contracts/journeys/elzhur_51``). Any other undated answer
  enrols a pupil the hub has not seen in the class (from 1 September), and dates, withdraws, re-opens and
  remembers nothing.
* A pupil's first class of a school year enrols from 1 September. One first seen in a class on day P after he was
  last seen in another class of the same school year on day A < P enrols from A + 1 (a transfer: the school
  year's start would give him the new class's lessons of the months he was elsewhere), and is withdrawn
  (``student.withdrawn``, ``withdrawn_on`` the first day out) from that other class from A + 1: every day up to A
  an answer saw him there, and from P one sees him in the new class.
* Seen again in the same class: nothing changes but the day he was last seen there.
* Two answers dated by their pulls on one day (getrules), the later in another class: he was last seen in the
  old class that day, so the move is dated as above, from the day after (the later pull wins; ``_left``).
* An ended membership is not re-opened by an answer seen on or before the day its end was seen; one seen later
  enrols again from the day after he was last seen elsewhere (a move back; two pulls of one day as above).
* A move dated so is re-dated by the pupil's own getdiary or getschedule (``move_days.py``, ``move_dates.redate``;
  A.2 by student, A.3 Day: each listed day whole, as it was; ``contracts/journeys/elzhur_80``): a day up to its
  pull it lists with the old class's lessons only keeps him there that day, and the first day it lists the new
  class's lessons on is in the new one when every pull that saw him in the old class was earlier; the old class
  ends the day the new one starts (a return re-dated is stated out again from the stay before's end).
* An answer pulled earlier but delivered after one that saw the pupil in another class (whose start, for want of
  evidence, covers this answer's day) reads as if delivered in pull order: he leaves this class the day after this
  answer's day and the other class starts that day (its new start is as of the other answer's pull); so does one
  that sees him in a class he left on or after the day his leaving was dated (its end is re-dated, as of that pull).
* A pupil seen in a class of a new school year leaves the classes of earlier years on its 1 September (one grade
  up: next year's class of the old name is a younger class), unless the new class has the old one's name.
* A pupil whose own diary (getdiary or getschedule by pupil) shows school days of his class without lessons
  before his first day with lessons (``arrival.py``) joined the class no earlier than the day after the last of
  them (never after the day the answer sees him there), unless an answer showed him in the class before that
  day (``first``: the day a getrules saw him there, not one pulled that day; the first day of lessons of his
  diary, of marks of his getmarks; a range answer without them shows nothing). An answer pulled before another
  that stated the older start, delivered after it, re-dates it as of that other answer's pull (``seen_at``: pull order).
* A pupil every parent dropped from getrules (``dropouts.py``) leaves his class from the day after he was last
  seen there (its entry keeps ``dropped``, the drop's pull): an answer pulled before the drop moves that end, one
  pulled after it is a return from the first day it shows him (in this class or another).
* Subgroups (``grp``, extra-curricular, individual tasks: ``class_groups.group``) are not classes: they never move a
  pupil (a switch of ``grp`` subgroups is dated by ``subgroups.py``); but a ``grp`` subgroup lives within its
  class: each enrolment in a class re-states the start of the subgroups of it the pupil is in
  (``subgroups.follow_class``, as of the same pull), and leaving the class ends them (``subgroups.leave_class``).

* The latest pull wins whatever the arrival order. An answer pulled before one the hub already read about the
  pupil (a late answer) is read by these rules, and then ``reread.py`` reads all his answers again in pull order
  (a scratch translation with this code) and restates the stays that differ from what the hub holds, so every
  arrival order gives the memberships of pull order (``tests/unit/test_elzhur_arrival_orders.py``). The patches
  above for late answers serve that re-read (they keep the events of existing cases).

Other modules ask what the hub holds of a pupil's classes through ``class_history.py``. The directory keeps
what was seen: ``("memberships", pupil)`` -> ``{"classes": {"<class key>@<school year>":
{"name", "year", "from", "seen", "until", "left", "seen_at", "first", "first_at", "out"}}}`` (ISO dates or null;
``seen_at`` the ``pulled_at`` of the answer that last saw him there; ``first`` the first day an answer saw him
there, absent from entries written before it: ``seen`` stands for it; ``first_at`` and ``out``: ``move_dates.
stay_marks``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur import dropouts, move_dates, subgroups
from adapters.elzhur.class_history import KIND
from adapters.elzhur.class_history import day as _day
from adapters.elzhur.class_history import known as _known
from adapters.elzhur.class_history import pulled_on as _pulled_on
from adapters.elzhur.common import Builder
from adapters.elzhur.ids import name_key

DAY = dt.timedelta(days=1)


def seen_on(b: Builder, shown: dt.date | None = None) -> dt.date | None:
    """The day the answer sees the pupil's class on: its pull day (a ``days`` range ending earlier, its end), else
    ``shown``, the last day an undated answer's own days show him there, else None (module docstring)."""
    day = _pulled_on(b)
    if day is None:
        return shown
    return min(day, b.req.days[1]) if b.req.days else day


def start_of(b: Builder, sid: str, class_name: str, year: int, where: tuple[Any, ...],
             absent: dt.date | None = None, present: dt.date | None = None,
             shown: dt.date | None = None, moved: move_dates.Shown = move_dates.NOTHING,
             through: dt.date | None = None) -> dt.date | None:
    """The first day of ``sid``'s membership of ``class_name`` in school year ``year``, or None when it has ended
    (nothing to enrol). Remembers what the answer saw; a transfer withdraws the pupil from the class he left.
    ``absent``: the last school day his own diary shows him without lessons before his first (``arrival.py``);
    ``present``: the first day the answer shows him there with lessons or marks (an answer without a ``days``
    range shows him there on the day it sees); ``shown``: the last such day of an undated answer (``seen_on``);
    ``through``: the last day a getmarks' marks are dated (after a drop, no return before it: ``dropouts.back_on``)."""
    known, seen, key = _known(b, sid), seen_on(b, shown), f"{name_key(class_name)}@{year}"
    mine = known.get(key) or {}
    left: list[str] = []
    if mine.get("until") and mine.get("dropped"):  # every parent dropped him: back, or the end moves (dropouts)
        start = dropouts.back_on(b, sid, known, key, seen, present, where, through) if seen is not None else None
        if start is None:
            return None
        left = _left(known, key, year, seen)
    elif mine.get("until"):
        if seen is not None and _day(mine["until"]) <= seen < _day(mine["left"]):
            return _seen_before_its_end_was(b, sid, known, key, seen, present, where)
        if seen is None or seen <= _day(mine["left"]):
            return None
        left = _left(known, key, year, seen, _pulled_that_day(b, seen))
        start = _after(known, left) or _day(mine["left"]) + DAY
    elif mine.get("from"):
        start = _day(mine["from"])
    else:
        left = _left(known, key, year, seen, _pulled_that_day(b, seen))
        back = dropouts.back_elsewhere(b, known, left, seen, present) if seen is not None else None
        start = back or _after(known, left) or dt.date(year, 9, 1)
    if seen is not None:  # an undated answer remembers nothing: it dates nothing
        for other in left:
            _withdraw(b, sid, known, other, class_name, seen, where)
        for other in _last_years(known, key, year):
            _end_of_year(b, sid, known, other, class_name, year, where)
        earlier = None if mine.get("until") else mine.get("seen")
        latest = earlier is None or seen.isoformat() >= earlier
        first = None if mine.get("until") else mine.get("first", earlier)  # an older entry: its last sighting
        arrived = move_dates.redate(b, sid, known, key, move_dates.arrival(start, absent, first, seen), seen, moved,
                                   where, None if latest else mine.get("seen_at"), mine)
        if arrived != start and not latest:  # as of the later pull that stated the old start (pull order)
            emit_enrolment(b, sid, class_name, year, arrived, where, mine.get("seen_at"))
        start = arrived
        known[key] = {"name": class_name, "year": year, "from": start.isoformat(),
                      "seen": max(earlier or "", seen.isoformat()), "until": None, "left": None,
                      "seen_at": _aware(b) if latest else mine.get("seen_at"),
                      "first": move_dates.first(first, present if present or b.req.days else seen, start),
                      **move_dates.stay_marks(mine, _aware(b))}
        later = [] if mine else _later(known, key, seen)
        if later:
            emit_enrolment(b, sid, class_name, year, start, where)  # before its end (the caller's copy: a repeat)
            _end_before(b, sid, known, key, later, seen, where)
        b.out.directory_entries.append((KIND, sid, {"classes": known}))
    return start


def emit_enrolment(b: Builder, sid: str, class_name: str, year: int, start: dt.date, where: tuple[Any, ...],
                   as_of: str | None = None) -> None:
    """``student.enrolled`` of ``sid`` (named as ``b.names`` has him) in ``class_name`` in school year ``year`` from
    ``start``: one aggregate per pupil, class and year, whichever answer states it; ``as_of``: when that was true,
    if not when the answer was pulled."""
    before = len(b.out.events)
    b.emit("student.enrolled", f"student:{sid}:{name_key(class_name)}:{year}", "enrolment", {
        "student_id": b.id("student", sid), "class_id": b.class_id(class_name, year), "name": b.names.get(sid),
        "enrolled_on": start.isoformat()}, b.at(start), where)
    if as_of is not None and len(b.out.events) > before:  # emitted now (an event already emitted is not again)
        b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)
    subgroups.follow_class(b, sid, name_key(class_name), year, start, where, as_of)


def _later(known: dict[str, dict[str, Any]], key: str, seen: dt.date) -> list[str]:
    """The other classes of the year an answer pulled after ``seen`` saw the pupil in, whose membership covers
    ``seen`` (it began on 1 September, or earlier than ``seen``, for want of evidence), first seen first."""
    year = known[key]["year"]
    return [other for _, other in sorted(
        (there["seen"], other) for other, there in known.items()
        if other != key and there.get("year") == year and there.get("seen") and _day(there["seen"]) > seen
        and there.get("from") and _day(there["from"]) <= seen
        and (not there.get("until") or _day(there["until"]) > seen))]


def _end_before(b: Builder, sid: str, known: dict[str, dict[str, Any]], key: str, later: list[str],
                seen: dt.date, where: tuple[Any, ...], as_of: str | None = None) -> None:
    """An answer pulled on ``seen``, delivered after answers pulled later saw the pupil in the classes ``later``:
    as in pull order, he leaves ``key``'s class the day after ``seen``, and those classes start that day. Their new
    start is as of the pull that saw him there (``seen_at``), which the hub holds it as of; the end, as of
    ``as_of`` when an earlier end is restated."""
    moved_on = seen + DAY
    _withdraw(b, sid, known, key, known[later[0]]["name"], _day(known[later[0]]["seen"]), where, as_of)
    for other in later:
        there = dict(known[other], **{"from": moved_on.isoformat()})
        known[other] = there
        emit_enrolment(b, sid, there["name"], there["year"], moved_on, where, there.get("seen_at"))


def _seen_before_its_end_was(b: Builder, sid: str, known: dict[str, dict[str, Any]], key: str, seen: dt.date,
                             present: dt.date | None, where: tuple[Any, ...]) -> dt.date | None:
    """An answer that sees the pupil on ``seen`` in the class ``key`` he left, on or after the day his leaving was
    dated but before the day an answer saw him elsewhere (pulled earlier, delivered late): as in pull order, he was
    there up to ``seen``, so the stay ends the day after (as of the latest pull that saw him in the classes
    ``later``, which stated the older end) and those classes start then (``_end_before``). The stay's start, or
    None when no class seen later covers ``seen`` (nothing to re-date)."""
    later = _later(known, key, seen)
    if not later:
        return None
    mine = known[key]
    start = _day(mine["from"])
    shown = present if present or b.req.days else seen
    known[key] = dict(mine, seen=seen.isoformat(), until=None, seen_at=_aware(b),
                      first=move_dates.first(mine.get("first", mine["seen"]), shown))
    emit_enrolment(b, sid, mine["name"], mine["year"], start, where)  # before its end (the caller's copy: a repeat)
    _end_before(b, sid, known, key, later, seen, where, _latest_pull(known, later))
    b.out.directory_entries.append((KIND, sid, {"classes": known}))
    return start


def _latest_pull(known: dict[str, dict[str, Any]], keys: list[str]) -> str | None:
    """The latest ``seen_at`` of the classes ``keys`` (ISO text), or None if none is dated."""
    pulls = [known[key]["seen_at"] for key in keys if known[key].get("seen_at")]
    return max(pulls, key=dt.datetime.fromisoformat) if pulls else None


def _aware(b: Builder) -> str | None:
    """The answer's ``pulled_at`` with its offset (a local one is the school's), as ISO text."""
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return (pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)).isoformat()


def _left(known: dict[str, dict[str, Any]], key: str, year: int, seen: dt.date | None,
          pulled: dt.datetime | None = None) -> list[str]:
    """The other classes of ``year`` the pupil was last seen in before ``seen`` (none for an undated answer); with
    ``pulled`` (the answer is dated by its pull, on ``seen``), also those last seen on ``seen`` itself by an earlier
    pull (``seen_at``): two pulls of one day, the later in another class, are a move the day after."""
    if seen is None:
        return []
    return [other for other, there in known.items()
            if other != key and there.get("year") == year and there.get("seen")
            and (_day(there["seen"]) < seen or pulled is not None and _day(there["seen"]) == seen
                 and there.get("seen_at") and dt.datetime.fromisoformat(there["seen_at"]) < pulled
                 and not there.get("until"))]


def _pulled_that_day(b: Builder, seen: dt.date | None) -> dt.datetime | None:
    """The answer's pull (aware) when it sees the pupil on the day it was pulled (not a ``days`` range ending
    earlier), else None."""
    aware = _aware(b)
    return dt.datetime.fromisoformat(aware) if aware and seen is not None and _pulled_on(b) == seen else None


def _last_years(known: dict[str, dict[str, Any]], key: str, year: int) -> list[str]:
    """The classes of earlier school years the pupil has not left (a class of another school year is another
    class, whatever its name: one kept down leaves last year's 7Б for this year's)."""
    return [other for other, there in known.items() if isinstance(there.get("year"), int) and there["year"] < year
            and not there.get("until")]


def _end_of_year(b: Builder, sid: str, known: dict[str, dict[str, Any]], other: str, new_class: str, year: int,
                 where: tuple[Any, ...]) -> None:
    """``student.withdrawn`` from last year's class ``other`` on 1 September of ``year``, the pupil now being in
    ``new_class`` (one grade up): next year's class of the old name is a younger class, not his; its subgroups end
    with it (``subgroups.leave_class``)."""
    there = dict(known[other])
    until = dt.date(year, 9, 1)
    there["until"] = there["left"] = until.isoformat()
    known[other] = there
    b.emit("student.withdrawn", f"withdrawal:{sid}:{other}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.class_id(there["name"], there["year"]),
        "withdrawn_on": until.isoformat(), "reason": f"in {new_class} in the school year {year}/{year + 1}"},
        b.at(until), where)
    subgroups.leave_class(b, sid, name_key(there["name"]), there["year"], until, where)


def _after(known: dict[str, dict[str, Any]], left: list[str]) -> dt.date | None:
    """The day after the pupil was last seen in any of the classes ``left``."""
    last = max((_day(known[other]["seen"]) for other in left), default=None)
    return last + DAY if last else None


def _withdraw(b: Builder, sid: str, known: dict[str, dict[str, Any]], other: str, new_class: str, seen: dt.date,
              where: tuple[Any, ...], as_of: str | None = None) -> None:
    """``student.withdrawn`` from ``other`` from the day after he was last seen there, unless already ended (as of
    ``as_of``, if given)."""
    there = dict(known[other])
    if not there.get("until"):
        until = _day(there["seen"]) + DAY
        there["until"] = until.isoformat()
        before = len(b.out.events)
        b.emit("student.withdrawn", f"withdrawal:{sid}:{other}", "withdrawal", {
            "student_id": b.id("student", sid), "class_id": b.class_id(there["name"], there["year"]),
            "withdrawn_on": until.isoformat(),
            "reason": f"seen in {new_class} on {seen.isoformat()}"}, b.at(until), where)
        if as_of is not None and len(b.out.events) > before:
            b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)
        subgroups.leave_class(b, sid, name_key(there["name"]), there["year"], until, where)
    there["left"] = max(seen.isoformat(), there.get("left") or "")
    known[other] = there

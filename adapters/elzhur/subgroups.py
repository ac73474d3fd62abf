"""When a pupil is in a subgroup (``grp`` of a lesson item, reference A.3): ``student.enrolled`` and
``student.withdrawn`` of the subgroup, dated by the days his own answers show him there.

A pupil's subgroup of a subject is the ``grp`` of the lesson items of **his own** answers (getdiary, getschedule,
gethomework, getmarks by ``student=``); class answers (``class=``, no pupil) show every group and enrol nobody.

* A subgroup first shown by a dated answer (``pulled_at``) is his from 1 September, unless the hub holds him in a
  sibling subgroup (same class, subject and school year, another ``grp``) that his answers last showed on a day
  before this one: that is a **switch**. He joins the new subgroup on the first day his answers show him there
  (after the last day they showed him in the sibling) and leaves the sibling that day (``student.withdrawn``).
* Shown again in a subgroup he holds: nothing changes but the days shown there. An answer showing him in a
  subgroup he left, on a day before he left it (an older answer delivered late), changes nothing; on a later day it
  is a switch back.
* Every day is in the subgroup his answers show that day, whatever the arrival order (``_between``): an answer
  (delivered late) showing him in B on a day D within his open stay in a sibling A that his answers show on a
  later day is a stay of B between two of A: he leaves A on D, is in B from D (from A's start, 1 September or his
  class's, when no answer showed him in A before D) and returns to A on the first day after D his answers show
  him there (a return: ``projections.roster_stays``). What changes is as of the latest pull of the answers that
  showed him in either group (``seen_at``), which the hub holds them as of: the latest pull still wins.
* Subgroups of different subjects (English 1 and Informatics 2) are no siblings: a pupil holds both.
* A pupil who leaves his class (a move to another class, ``memberships``) leaves its subgroups the same day
  (``leave_class``); shown in one again after he returns, he is enrolled again from that day. A subgroup first
  shown on a day of a class stay that has ended (an answer delivered after the move) ends with that stay too.
* An undated answer (no ``pulled_at``) enrols a pupil in a subgroup the hub has not seen him in from 1 September,
  and dates and remembers nothing.
* A subgroup is part of its class: he is in it no earlier than in the class (``class_history.class_start``; a pupil
  who joined during the year, ``arrival.py``). The subgroup keeps its own start (1 September, the day of a switch)
  and is enrolled from the later of the two; when the class start is dated again (``memberships.emit_enrolment``,
  as of the same pull) the subgroups he is in follow it (``follow_class``): the days before his arrival, which his
  own diary shows empty, hold none of his subgroups' lessons or homework, in whichever order the class start and
  the subgroup were stated.

The directory keeps what was seen: ``("subgroups", pupil)`` -> ``{"<class key>.<subject key>@<school year>":
{"<grp key>": {"from", "first", "last", "until", "on", "days", "seen_at"}}}`` (ISO dates; ``until`` null while he is in
it; ``on`` the enrolment's day last stated, ``from`` or his class's start if later; ``days`` the days his answers
showed him there in this stay, ``seen_at`` the ``pulled_at`` of the latest of them; absent from older entries:
``from`` for ``on``, ``first`` and ``last`` for ``days``, the answer's own pull for ``seen_at``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from adapters.elzhur import class_history, group_days
from adapters.elzhur.common import Builder
from adapters.elzhur.ids import name_key

KIND = "subgroups"


def enrol_subgroup(b: Builder, sid: str, part: str, grp_key: str, class_id: str, year: int, date: dt.date,
                   where: tuple[Any, ...]) -> None:
    """Enrol ``sid`` in the subgroup ``part`` (``<class key>.<subject key>.<grp key>``, id ``class_id``) his own
    answer shows him in on ``date``; a switch withdraws him from the sibling subgroup he leaves (module docstring)."""
    siblings_key = f"{part.rsplit('.', 1)[0]}@{year}"
    known = _known(b, sid)
    groups = dict(known.get(siblings_key) or {})
    mine = dict(groups.get(grp_key) or {})
    if b.req.pulled_at is None:
        if not mine:
            _enrolled(b, sid, part, class_id, year, _within_class(b, sid, part, year, dt.date(year, 9, 1)), where)
        return
    day = date.isoformat()
    holder = None if mine and (not mine.get("until") or day < mine["until"]) else _holder(groups, grp_key, day)
    if holder is not None:
        _between(b, sid, part, grp_key, holder, groups, class_id, year, date, where)
    elif mine and (not mine.get("until") or day < mine["until"]):
        if not mine.get("until"):
            mine["on"] = _enrolled(b, sid, part, class_id, year, _within_class(b, sid, part, year, _day(mine["from"])),
                                   where)
        mine.update(first=min(mine["first"], day), last=max(mine["last"], day), days=sorted({*_shown(mine), day}),
                    seen_at=_later(mine.get("seen_at"), _pull(b)))
    else:
        left = [other for other, there in groups.items()
                if other != grp_key and not there.get("until") and there["last"] < day]
        start = date if left or mine else dt.date(year, 9, 1)
        for other in left:
            groups[other] = dict(groups[other], until=day)
            _withdrawn(b, sid, f"{part.rsplit('.', 1)[0]}.{other}", year, date, part, where)
        mine = {"from": start.isoformat(), "first": day, "last": day, "until": None, "days": [day],
                "seen_at": _pull(b)}
        mine["on"] = _enrolled(b, sid, part, class_id, year, _within_class(b, sid, part, year, start), where)
    if holder is None:
        groups[grp_key] = mine
    known[siblings_key] = groups
    b.out.directory_entries.append((KIND, sid, known))
    _end_with_class(b, sid, part, year, where)


def in_a_subgroup(b: Builder, sid: str, class_name: str, subject_key: str, year: int) -> bool:
    """Whether the hub holds ``sid`` in a subgroup of ``subject_key`` in ``class_name`` of ``year`` (a stay not
    ended): an item of his own without ``grp`` may then be his group's."""
    groups = _known(b, sid).get(f"{name_key(class_name)}.{subject_key}@{year}") or {}
    return any(not there.get("until") for there in groups.values())


def open_subgroups(b: Builder, sid: str, class_name: str, subject_key: str, year: int) -> list[str]:
    """The subgroups (``<class key>.<subject key>.<grp key>``) of ``subject_key`` in ``class_name`` of ``year`` the hub
    holds ``sid`` in (stays not ended): those a task of his own without ``grp`` may be of (``pupil_tasks.py``)."""
    groups = _known(b, sid).get(f"{name_key(class_name)}.{subject_key}@{year}") or {}
    return [f"{name_key(class_name)}.{subject_key}.{grp_key}" for grp_key, there in sorted(groups.items())
            if not there.get("until")]


def _holder(groups: dict[str, dict[str, Any]], grp_key: str, day: str) -> str | None:
    """The sibling subgroup whose open stay holds ``day`` (it began on or before it) and that his answers show on a
    later day of that stay, not on ``day`` itself: ``day`` is then between two of its stays (``_between``)."""
    for other, there in groups.items():
        shown = _shown(there)
        if (other != grp_key and not there.get("until") and there["from"] <= day and day not in shown
                and shown[-1] > day):
            return other
    return None


def _between(b: Builder, sid: str, part: str, grp_key: str, holder: str, groups: dict[str, dict[str, Any]],
             class_id: str, year: int, date: dt.date, where: tuple[Any, ...]) -> None:
    """His answer shows him in ``part`` on ``date``, within his open stay in the sibling ``holder`` that his answers
    show on a later day: he leaves ``holder`` on ``date`` (or, when no answer showed him there before, it starts
    later), is in ``part`` from then until the first later day shown in ``holder``, and returns to ``holder`` that
    day. Updates ``groups``; the changes are as of the latest pull that showed either (module docstring)."""
    day, there, mine = date.isoformat(), groups[holder], groups.get(grp_key) or {}
    before = [shown for shown in _shown(there) if shown < day]
    after = [shown for shown in _shown(there) if shown > day]
    back, as_of = _day(after[0]), _as_of(b, there, mine)
    other = f"{part.rsplit('.', 1)[0]}.{holder}"
    start = date if before or mine else _day(there["from"])
    if before:
        _withdrawn(b, sid, other, year, date, part, where, as_of)
    on = _enrolled(b, sid, part, class_id, year, _within_class(b, sid, part, year, start), where, as_of)
    _withdrawn(b, sid, part, year, back, other, where, as_of)
    again = _enrolled(b, sid, other, b.group_id(other, year), year, _within_class(b, sid, other, year, back),
                      where, as_of)
    groups[grp_key] = {"from": start.isoformat(), "first": day, "last": day, "until": back.isoformat(),
                       "on": on, "days": [day], "seen_at": _pull(b)}
    groups[holder] = dict(there, **{"from": back.isoformat(), "first": after[0], "days": after, "on": again})


def _shown(there: dict[str, Any]) -> list[str]:
    """The days his answers showed him in a subgroup's stay, in order (an older entry: its first and last)."""
    return there.get("days") or sorted({there["first"], there["last"]})


def _pull(b: Builder) -> str | None:
    """The answer's ``pulled_at`` with its offset (a local one is the school's), as ISO text."""
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return (pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)).isoformat()


def _later(a: str | None, b: str | None) -> str | None:
    """The later of two ISO times with offsets (either may be unknown)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=dt.datetime.fromisoformat)


def _as_of(b: Builder, *stays: dict[str, Any]) -> str | None:
    """When what ``_between`` restates was true: the latest pull that showed him in ``stays``, if later than this
    answer's (None: this answer's own)."""
    latest = own = _pull(b)
    for there in stays:
        latest = _later(latest, there.get("seen_at"))
    return latest if latest != own else None


def follow_class(b: Builder, sid: str, class_key: str, year: int, start: dt.date, where: tuple[Any, ...],
                 as_of: str | None = None) -> None:
    """``sid``'s class ``class_key`` starts on ``start`` in school year ``year``: every subgroup of it he is in (not
    left) whose enrolment this changes (``on``, the day last stated) is enrolled again from the later of its own
    start and ``start`` (``as_of``: the pull the class start is as of, when not this answer's)."""
    def restate(part: str, there: dict[str, Any]) -> dict[str, Any] | None:
        on = max(_day(there["from"]), start).isoformat()
        if there.get("until") or on == there.get("on", there["from"]):
            return None
        _enrolled(b, sid, part, b.group_id(part, year), year, _day(on), where, as_of)
        return dict(there, on=on)

    _each_of_class(b, sid, class_key, year, restate)


def leave_class(b: Builder, sid: str, class_key: str, year: int, until: dt.date, where: tuple[Any, ...]) -> None:
    """``sid`` left his class ``class_key`` of school year ``year`` on ``until`` (``memberships``): every subgroup of
    it he is in, and was last shown in before that day, ends then too (``student.withdrawn``); shown in it again
    after he returns, he is enrolled again from that day (a return: ``projections.roster_stays``)."""
    def end(part: str, there: dict[str, Any]) -> dict[str, Any] | None:
        if there.get("until") or there["last"] >= until.isoformat():
            return None
        _withdrawn(b, sid, part, year, until, f"no longer in {class_key}", where)
        return dict(there, until=until.isoformat())

    _each_of_class(b, sid, class_key, year, end)


def _end_with_class(b: Builder, sid: str, part: str, year: int, where: tuple[Any, ...]) -> None:
    """A subgroup shown on a day of a class stay that has ended (an answer pulled before he left, delivered after)
    ends with it, as it would have had it come in pull order (``leave_class``, on ``class_history.class_end``)."""
    class_key = part.split(".", 1)[0]
    until = class_history.class_end(b, sid, class_key, year)
    if until is not None:
        leave_class(b, sid, class_key, year, until, where)


def move_end(b: Builder, sid: str, class_key: str, year: int, ended: dt.date, until: dt.date,
             where: tuple[Any, ...]) -> None:
    """``sid``'s leaving of his class ``class_key`` of ``year`` moved from ``ended`` to ``until`` (an answer pulled
    before he left, delivered after: ``dropouts``): every subgroup of it that ended on ``ended`` ends on ``until``."""
    def move(part: str, there: dict[str, Any]) -> dict[str, Any] | None:
        if there.get("until") != ended.isoformat():
            return None
        _withdrawn(b, sid, part, year, until, f"no longer in {class_key}", where)
        return dict(there, until=until.isoformat())

    _each_of_class(b, sid, class_key, year, move)


def _each_of_class(b: Builder, sid: str, class_key: str, year: int,
                   change: Callable[[str, dict[str, Any]], dict[str, Any] | None]) -> None:
    """Apply ``change`` to each subgroup of ``sid``'s class ``class_key`` of ``year`` the directory holds (its part
    and entry; it returns the new entry, or None for no change), and remember what changed (a dated answer only)."""
    known = _known(b, sid)
    changed = False
    for siblings_key, groups in list(known.items()):
        subject_part, _, group_year = siblings_key.rpartition("@")
        if subject_part.split(".", 1)[0] != class_key or group_year != str(year):
            continue
        for grp_key, there in groups.items():
            new = change(f"{subject_part}.{grp_key}", there)
            if new is not None:
                known[siblings_key] = dict(known[siblings_key], **{grp_key: new})
                changed = True
    if changed and b.req.pulled_at is not None:  # an undated answer remembers nothing
        b.out.directory_entries.append((KIND, sid, known))


def _within_class(b: Builder, sid: str, part: str, year: int, start: dt.date) -> dt.date:
    """``start``, or the first day of ``sid``'s membership of the subgroup's class when that is later."""
    joined = class_history.class_start(b, sid, part.split(".", 1)[0], year)
    return max(start, joined) if joined else start


def _enrolled(b: Builder, sid: str, part: str, class_id: str, year: int, start: dt.date,
              where: tuple[Any, ...], as_of: str | None = None) -> str:
    """``student.enrolled`` of ``sid`` in the subgroup ``part`` from ``start`` (as of ``as_of``, if given); the day
    stated, as ISO text."""
    name, start = b.names.get(sid), group_days.joined(b, sid, part, year, start)  # his days (group_days.py)
    if name:
        before = len(b.out.events)
        b.emit("student.enrolled", f"student:{sid}:{part}:{year}", "enrolment", {
            "student_id": b.id("student", sid), "class_id": class_id, "name": name,
            "enrolled_on": start.isoformat()}, b.at(start), where)
        if as_of is not None and len(b.out.events) > before:
            b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)
    return start.isoformat()


def _withdrawn(b: Builder, sid: str, part: str, year: int, until: dt.date, why: str,
               where: tuple[Any, ...], as_of: str | None = None) -> None:
    """``student.withdrawn`` of ``sid`` from the subgroup ``part`` from ``until`` (as of ``as_of``, if given);
    ``why``: where he is now."""
    reason = why if why.startswith("no longer") else f"seen in {why} on {until.isoformat()}"
    before = len(b.out.events)
    b.emit("student.withdrawn", f"withdrawal:{sid}:{part}:{year}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.group_id(part, year), "withdrawn_on": until.isoformat(),
        "reason": reason}, b.at(until), where)
    if as_of is not None and len(b.out.events) > before:
        b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)


def _known(b: Builder, sid: str) -> dict[str, dict[str, Any]]:
    """What was seen of ``sid``'s subgroups: this answer's own entry first, else the directory's."""
    for kind, vendor, data in reversed(b.out.directory_entries):
        if kind == KIND and vendor == sid:
            return dict(data)
    return dict(b.ctx.directory.get(KIND, sid) or {})


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)

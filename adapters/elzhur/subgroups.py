"""When a pupil is in a subgroup (``grp`` of a lesson item, reference A.3): ``student.enrolled`` and
``student.withdrawn`` of the subgroup, dated by the days his own answers show him there.

A pupil's subgroup of a subject is the ``grp`` of the lesson items of **his own** answers (getdiary, getschedule,
gethomework, getmarks by ``student=``); class answers (``class=``, no pupil) show every group and enrol nobody.

* A subgroup first shown by a dated answer (``pulled_at``) is his from 1 September, unless the hub holds him in a
  sibling subgroup (same class, subject and school year, another ``grp``) that his answers last showed on a day
  before this one: that is a **switch**. He joins the new subgroup on the first day his answers show him there
  (after the last day they showed him in the sibling) and leaves the sibling that day (``student.withdrawn``).
* Shown again in a subgroup he holds: nothing changes but the first and last days shown there. An answer showing
  him in a subgroup he left, on a day before he left it (an older answer delivered late), changes nothing; on a
  later day it is a switch back.
* Subgroups of different subjects (English 1 and Informatics 2) are no siblings: a pupil holds both.
* A pupil who leaves his class (a move to another class, ``memberships``) leaves its subgroups the same day
  (``leave_class``); shown in one again after he returns, he is enrolled again from that day.
* An undated answer (no ``pulled_at``) enrols a pupil in a subgroup the hub has not seen him in from 1 September,
  and dates and remembers nothing.
* A subgroup is part of its class: he is in it no earlier than in the class (``memberships.class_start``; a pupil
  who joined during the year, ``arrival.py``). The subgroup keeps its own start (1 September, the day of a switch)
  and is enrolled from the later of the two; when the class start is dated again (``memberships.emit_enrolment``,
  as of the same pull) the subgroups he is in follow it (``follow_class``): the days before his arrival, which his
  own diary shows empty, hold none of his subgroups' lessons or homework, in whichever order the class start and
  the subgroup were stated.

The directory keeps what was seen: ``("subgroups", pupil)`` -> ``{"<class key>.<subject key>@<school year>":
{"<grp key>": {"from", "first", "last", "until", "on"}}}`` (ISO dates; ``until`` null while he is in it; ``on`` the
enrolment's day last stated, ``from`` or his class's start if later; absent from older entries: ``from``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from adapters.elzhur import memberships
from adapters.elzhur.common import Builder

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
    if mine and (not mine.get("until") or day < mine["until"]):
        if not mine.get("until"):
            mine["on"] = _enrolled(b, sid, part, class_id, year, _within_class(b, sid, part, year, _day(mine["from"])),
                                   where)
        mine.update(first=min(mine["first"], day), last=max(mine["last"], day))
    else:
        left = [other for other, there in groups.items()
                if other != grp_key and not there.get("until") and there["last"] < day]
        start = date if left or mine else dt.date(year, 9, 1)
        for other in left:
            groups[other] = dict(groups[other], until=day)
            _withdrawn(b, sid, f"{part.rsplit('.', 1)[0]}.{other}", year, date, part, where)
        mine = {"from": start.isoformat(), "first": day, "last": day, "until": None}
        mine["on"] = _enrolled(b, sid, part, class_id, year, _within_class(b, sid, part, year, start), where)
    groups[grp_key] = mine
    known[siblings_key] = groups
    b.out.directory_entries.append((KIND, sid, known))


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
    joined = memberships.class_start(b, sid, part.split(".", 1)[0], year)
    return max(start, joined) if joined else start


def _enrolled(b: Builder, sid: str, part: str, class_id: str, year: int, start: dt.date,
              where: tuple[Any, ...], as_of: str | None = None) -> str:
    """``student.enrolled`` of ``sid`` in the subgroup ``part`` from ``start`` (as of ``as_of``, if given); the day
    stated, as ISO text."""
    name = b.names.get(sid)
    if name:
        before = len(b.out.events)
        b.emit("student.enrolled", f"student:{sid}:{part}:{year}", "enrolment", {
            "student_id": b.id("student", sid), "class_id": class_id, "name": name,
            "enrolled_on": start.isoformat()}, b.at(start), where)
        if as_of is not None and len(b.out.events) > before:
            b.out.event_as_of[b.out.events[-1].event_id] = dt.datetime.fromisoformat(as_of)
    return start.isoformat()


def _withdrawn(b: Builder, sid: str, part: str, year: int, until: dt.date, why: str,
               where: tuple[Any, ...]) -> None:
    """``student.withdrawn`` of ``sid`` from the subgroup ``part`` from ``until``; ``why``: where he is now."""
    reason = why if why.startswith("no longer") else f"seen in {why} on {until.isoformat()}"
    b.emit("student.withdrawn", f"withdrawal:{sid}:{part}:{year}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.group_id(part, year), "withdrawn_on": until.isoformat(),
        "reason": reason}, b.at(until), where)


def _known(b: Builder, sid: str) -> dict[str, dict[str, Any]]:
    """What was seen of ``sid``'s subgroups: this answer's own entry first, else the directory's."""
    for kind, vendor, data in reversed(b.out.directory_entries):
        if kind == KIND and vendor == sid:
            return dict(data)
    return dict(b.ctx.directory.get(KIND, sid) or {})


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)

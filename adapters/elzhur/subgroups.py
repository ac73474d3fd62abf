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
* An undated answer (no ``pulled_at``) enrols a pupil in a subgroup the hub has not seen him in from 1 September,
  and dates and remembers nothing.

The directory keeps what was seen: ``("subgroups", pupil)`` -> ``{"<class key>.<subject key>@<school year>":
{"<grp key>": {"from", "first", "last", "until"}}}`` (ISO dates; ``until`` null while he is in it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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
            _enrolled(b, sid, part, class_id, year, dt.date(year, 9, 1), where)
        return
    day = date.isoformat()
    if mine and (not mine.get("until") or day < mine["until"]):
        if not mine.get("until"):
            _enrolled(b, sid, part, class_id, year, _day(mine["from"]), where)
        mine.update(first=min(mine["first"], day), last=max(mine["last"], day))
    else:
        left = [other for other, there in groups.items()
                if other != grp_key and not there.get("until") and there["last"] < day]
        start = date if left or mine else dt.date(year, 9, 1)
        for other in left:
            groups[other] = dict(groups[other], until=day)
            _withdrawn(b, sid, f"{part.rsplit('.', 1)[0]}.{other}", year, date, part, where)
        mine = {"from": start.isoformat(), "first": day, "last": day, "until": None}
        _enrolled(b, sid, part, class_id, year, start, where)
    groups[grp_key] = mine
    known[siblings_key] = groups
    b.out.directory_entries.append((KIND, sid, known))


def _enrolled(b: Builder, sid: str, part: str, class_id: str, year: int, start: dt.date,
              where: tuple[Any, ...]) -> None:
    name = b.names.get(sid)
    if name:
        b.emit("student.enrolled", f"student:{sid}:{part}:{year}", "enrolment", {
            "student_id": b.id("student", sid), "class_id": class_id, "name": name,
            "enrolled_on": start.isoformat()}, b.at(start), where)


def _withdrawn(b: Builder, sid: str, part: str, year: int, until: dt.date, new_part: str,
               where: tuple[Any, ...]) -> None:
    b.emit("student.withdrawn", f"withdrawal:{sid}:{part}:{year}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.id("class", part), "withdrawn_on": until.isoformat(),
        "reason": f"seen in {new_part} on {until.isoformat()}"}, b.at(until), where)


def _known(b: Builder, sid: str) -> dict[str, dict[str, Any]]:
    """What was seen of ``sid``'s subgroups: this answer's own entry first, else the directory's."""
    for kind, vendor, data in reversed(b.out.directory_entries):
        if kind == KIND and vendor == sid:
            return dict(data)
    return dict(b.ctx.directory.get(KIND, sid) or {})


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)

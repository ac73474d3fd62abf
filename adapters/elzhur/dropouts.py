"""A pupil every parent dropped has left the school (reference A.3 getrules ``relations.students``): Eljur has no
withdrawal signal, only the omission (found by ``contracts/journeys/elzhur_26``: Зайцев, dropped in November, back
in January).

* A dated parent's getrules (``pulled_at``) listing at least one child is the account's whole list of children as
  of its pull (``roster.getrules``; an answer listing no child drops nothing, an undated one dates nothing). A
  pupil is **dropped** when every parent the hub has linked him to (every parent a getrules listed him under)
  lacks him in its latest getrules, by pull order: the omission the hub reads as ``guardian.unlinked``. A pupil no
  parent listed (known from his own getrules or his answers) is never dropped.
* A dropped pupil whom no answer pulled after the drop (the latest of those parents' lists) shows in his class
  has left it (``student.withdrawn``) from the day after an answer last showed him there (``memberships``'
  ``seen``: the day a transfer out of it is dated from), and with it its subgroups (``subgroups.leave_class``) and
  his own groups of the class (extra-curricular, individual tasks), as of the drop's pull.
* An answer pulled **before** the drop that shows him, delivered after it, moves the withdrawal (and his groups'
  ends) to the day after that answer saw him, as of the drop's pull; a group it first shows ends then too.
* An answer pulled **after** the drop that shows him is a return (``memberships.start_of``): a new stay in the
  class (``projections.roster_stays``) from the first day the answer shows him (a getrules: the day it was
  pulled; a diary: its first day of lessons), never before the withdrawal; the days between show nothing of the
  class, which no answer showed him in. A getmarks shows him only on its marks' dates (reference A.3
  SubjectMarks: a mark carries its ``date``, no class): one whose marks are all dated before the withdrawal (his
  past marks, pulled by the head teacher after he left) is no return and changes nothing (found by
  ``contracts/journeys/elzhur_81``). His subgroups come back when his answers show him in them
  (``subgroups.enrol_subgroup``), his own groups from the return (``group_start``). A return answer delivered
  after a later-pulled one that already brought him back does not move the return earlier.

The directory keeps: ``("parent_children", parent)`` -> ``{"children": [pupil ids], "at": pulled_at}`` (the
latest list by pull); ``("pupil_parents", pupil)`` -> ``{"parents": [parent ids]}``; ``("own_groups", pupil)`` ->
``{"<group part>@<year>": {"from", "until"}}``; and, in a class entry of ``("memberships", pupil)`` ended by a
drop, ``"dropped"``: the drop's pull (ISO, with its offset).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from adapters.elzhur import class_history, memberships, subgroups
from adapters.elzhur.common import Builder
from adapters.elzhur.ids import name_key

CHILDREN, PARENTS, GROUPS = "parent_children", "pupil_parents", "own_groups"
DAY = dt.timedelta(days=1)


def parent_listed(b: Builder, parent: str, listed: list[str], where: tuple[Any, ...]) -> None:
    """A parent's getrules listing ``listed`` (after enrolling them): remember the list when it is the parent's
    latest by pull, link each listed child to the parent, and withdraw every child this parent's lists held whom
    every parent of his has now dropped (module docstring)."""
    pulled = _pulled(b)
    if pulled is None or not listed:  # undated: dates nothing; an empty list drops nothing
        return
    stored = _get(b, CHILDREN, parent) or {}
    if not stored or _time(stored["at"]) <= pulled:
        b.out.directory_entries.append((CHILDREN, parent, {"children": sorted(set(listed)), "at": pulled.isoformat()}))
    for sid in listed:
        parents = set((_get(b, PARENTS, sid) or {}).get("parents") or ())
        if parent not in parents:
            b.out.directory_entries.append((PARENTS, sid, {"parents": sorted(parents | {parent})}))
    for sid in sorted(set(stored.get("children") or ()) | set(listed)):
        dropped_at = _dropped_at(b, sid)
        if dropped_at is not None:
            _withdraw(b, sid, dropped_at, where)


def back_on(b: Builder, sid: str, known: dict[str, dict[str, Any]], key: str, seen: dt.date,
            shown: dt.date | None, where: tuple[Any, ...], through: dt.date | None = None) -> dt.date | None:
    """``sid``'s class ``key``, ended by a drop, seen again on ``seen`` (``shown``: the first day the answer shows
    him there, if it says; ``through``: the last, for an answer that dates what it shows, a getmarks' marks): the
    first day of his return when the answer was pulled after the drop and shows him there on or after the day he
    left (``through`` before it: his past marks, no return, nothing changes); else None, the withdrawal moved to
    the day after ``seen`` if that is later (``known`` updated and remembered)."""
    mine, pulled = known[key], _pulled(b)
    dropped_at, until = _time(mine["dropped"]), _day(mine["until"])
    if pulled is not None and pulled > dropped_at:
        return None if through is not None and through < until else max(until, shown or seen)
    if seen + DAY > until:
        later = seen + DAY
        known[key] = dict(mine, until=later.isoformat(), seen=max(mine.get("seen") or "", seen.isoformat()))
        _as_of(b, dropped_at, lambda: _end_class(b, sid, known[key], until, where))
        b.out.directory_entries.append((class_history.KIND, sid, {"classes": known}))
    return None


def back_elsewhere(b: Builder, known: dict[str, dict[str, Any]], left: list[str], seen: dt.date,
                   shown: dt.date | None) -> dt.date | None:
    """The first day of a dropped pupil's stay in a class first seen after the drop (``left``: the classes of the
    year he was last seen in before; each ended by a drop the answer was pulled after), or None: not such a case
    (a transfer, dated by ``memberships``)."""
    pulled = _pulled(b)
    ended = [known[other] for other in left]
    if pulled is None or not ended or not all(there.get("dropped") and pulled > _time(there["dropped"])
                                              for there in ended):
        return None
    return max([shown or seen, *(_day(there["until"]) for there in ended)])


def group_start(b: Builder, sid: str, part: str, year: int) -> dt.date:
    """The first day of ``sid``'s stay in his own group ``part`` (extra-curricular, individual tasks) of ``year``:
    1 September, or, after a drop ended it, the first day of his return to its class once he is back."""
    groups, key = dict(_get(b, GROUPS, sid) or {}), f"{part}@{year}"
    there = groups.get(key)
    start = dt.date(year, 9, 1)
    if there is not None and there.get("until"):
        back = class_history.class_start(b, sid, part.split(".", 1)[0], year)
        home = class_history.classes_of(b, sid).get(f"{part.split('.', 1)[0]}@{year}") or {}
        if back is None or home.get("until") or back < _day(there["until"]):
            return _day(there["from"])  # still away: the stay as it was
        start = back
    elif there is not None:
        return _day(there["from"])
    if b.req.pulled_at is not None:  # an undated answer remembers nothing
        b.out.directory_entries.append((GROUPS, sid, dict(groups, **{key: {"from": start.isoformat(), "until": None}})))
    return start


def shown_in_group(b: Builder, sid: str, part: str, year: int, where: tuple[Any, ...]) -> None:
    """``sid``'s answer showed him in the group ``part`` of ``year``: if his class is ended by a drop (the answer
    was pulled before it), the group ends with the class, as of the drop's pull."""
    class_key = part.split(".", 1)[0]
    home = class_history.classes_of(b, sid).get(f"{class_key}@{year}") or {}
    if b.req.pulled_at is None or not (home.get("until") and home.get("dropped")):
        return
    until = _day(home["until"])
    _as_of(b, _time(home["dropped"]), lambda: (subgroups.leave_class(b, sid, class_key, year, until, where),
                                               _end_own_groups(b, sid, class_key, year, until, where)))


def _dropped_at(b: Builder, sid: str) -> dt.datetime | None:
    """The drop of ``sid``: the latest pull of his parents' latest lists when every one lacks him, else None."""
    parents = (_get(b, PARENTS, sid) or {}).get("parents") or ()
    lists = [_get(b, CHILDREN, parent) or {} for parent in parents]
    if not lists or any(not found or sid in found["children"] for found in lists):
        return None
    return max(_time(found["at"]) for found in lists)


def _withdraw(b: Builder, sid: str, dropped_at: dt.datetime, where: tuple[Any, ...]) -> None:
    """Withdraw ``sid`` from every class he is in that no answer pulled after ``dropped_at`` showed him in."""
    known = class_history.classes_of(b, sid)
    ended = False
    for key, there in known.items():
        if there.get("until") or not there.get("seen") or there.get("seen_at") and _time(there["seen_at"]) > dropped_at:
            continue
        known[key] = dict(there, until=(_day(there["seen"]) + DAY).isoformat(), dropped=dropped_at.isoformat(),
                          left=dropped_at.date().isoformat())
        _as_of(b, dropped_at, lambda: _end_class(b, sid, known[key], None, where))
        ended = True
    if ended:
        b.out.directory_entries.append((class_history.KIND, sid, {"classes": known}))


def _end_class(b: Builder, sid: str, there: dict[str, Any], moved_from: dt.date | None,
               where: tuple[Any, ...]) -> None:
    """``student.withdrawn`` of ``sid`` from the class of ``there`` (a ``memberships`` entry) from its ``until``,
    and from its subgroups and his own groups of it (those that ended on ``moved_from`` move to that day)."""
    until, year = _day(there["until"]), there["year"]
    class_key = name_key(there["name"])
    b.emit("student.withdrawn", f"withdrawal:{sid}:{class_key}@{year}", "withdrawal", {
        "student_id": b.id("student", sid), "class_id": b.class_id(there["name"], year),
        "withdrawn_on": until.isoformat(), "reason": "no longer among his parents' children in the journal"},
        b.at(until), where)
    if moved_from is not None:
        subgroups.move_end(b, sid, class_key, year, moved_from, until, where)
    subgroups.leave_class(b, sid, class_key, year, until, where)
    _end_own_groups(b, sid, class_key, year, until, where, moved_from)


def _end_own_groups(b: Builder, sid: str, class_key: str, year: int, until: dt.date, where: tuple[Any, ...],
                    moved_from: dt.date | None = None) -> None:
    """``student.withdrawn`` from ``until`` of each own group of ``sid``'s class ``class_key`` of ``year`` he is
    in (or that ended on ``moved_from``)."""
    groups = dict(_get(b, GROUPS, sid) or {})
    changed = False
    for key, there in groups.items():
        part, _, group_year = key.rpartition("@")
        ends = there.get("until")
        if part.split(".", 1)[0] != class_key or group_year != str(year) or (
                ends and (moved_from is None or ends != moved_from.isoformat())):
            continue
        b.emit("student.withdrawn", f"withdrawal:{sid}:{part}:{year}", "withdrawal", {
            "student_id": b.id("student", sid), "class_id": b.group_id(part, year), "withdrawn_on": until.isoformat(),
            "reason": f"no longer in {class_key}"}, b.at(until), where)
        groups[key] = dict(there, until=until.isoformat())
        changed = True
    if changed:
        b.out.directory_entries.append((GROUPS, sid, groups))


def _as_of(b: Builder, at: dt.datetime, emit: Callable[[], Any]) -> None:
    """Run ``emit``; the events it appends are as of ``at`` (the drop's pull, which the hub holds them as of)."""
    before = len(b.out.events)
    emit()
    for event in b.out.events[before:]:
        b.out.event_as_of[event.event_id] = at


def _get(b: Builder, kind: str, vendor: str) -> dict[str, Any] | None:
    """The directory's entry, this answer's own first."""
    for found_kind, found_vendor, data in reversed(b.out.directory_entries):
        if found_kind == kind and found_vendor == vendor:
            return data
    found = b.ctx.directory.get(kind, vendor)
    return dict(found) if found is not None else None


def _pulled(b: Builder) -> dt.datetime | None:
    """The answer's ``pulled_at`` with its offset (a local one is the school's)."""
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return pulled if pulled.tzinfo else pulled.replace(tzinfo=b.tz)


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)

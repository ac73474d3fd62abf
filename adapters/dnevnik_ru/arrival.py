"""A pupil's memberships read the same whatever the order his roster answers arrive in (``memberships.py``:
the latest pull wins; principle 7).

Every answer that places a pupil in a group, or ends it (``groups.enrol``, an ``Archive`` membership), is kept as
a **sighting**: the answer's pull, the day it sees memberships on, the group as it showed it, what it said. What
the hub holds of each (pupil, group) is kept as the **steps** it was stated in (the enrolments and withdrawals
appended, in order, as the roster projection replays them: ``projections/roster_stays.py``).

* An answer pulled no earlier than every sighting the hub has of the pupil is read as it comes (``memberships.py``):
  it is the next in pull order; its events are his next steps.
* One pulled before a sighting the hub has (delivered late) says nothing by itself: once the answer is read
  (``settle``), the pupil's memberships are read again from all his sightings in pull order, in a scratch
  translation, and the stays that gives replace those the hub holds where they differ, from the first stay that
  differs: a withdrawal on the end of the stays they share (which drops the days out held after it), then each
  stay's enrolment and end (``restate``; from scratch: a withdrawal on the first start held, then the stays).
  Each such event is as of the latest pull that saw the membership: the hub holds the membership as of it.
* Answers without ``pulled_at`` come first in pull order (they date nothing); those of one pull, in arrival order.

The directory keeps ``("arrival", person)`` -> ``{"seen": [[pulled_at, seen_on, group, what, group entry,
names, shown], ...], "steps": {group: [[kind, day], ...]}}`` (``shown``: ``Carried.shown`` as ISO days, or null;
older sightings lack it) and, per group, the pulls of its complete member lists
(``memberships.note_listed``), so the scratch translation reads each list as it stood at each pull.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from adapters import restating
from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.redating import ARCHIVE, enrolled, later, name_of, withdrawn

KIND = "arrival"
DAY = timedelta(days=1)
Stays = restating.Stays


def _pull(carried: Carried) -> str | None:
    return carried.pulled_at.isoformat() if carried.pulled_at else None


def _held(out: Out, person: str) -> dict[str, Any]:
    return out.peek(KIND, person) or {"seen": [], "steps": {}}


def deferred(out: Out, carried: Carried, person: str, group: str, what: str, the_group: dict[str, Any],
             names: dict[str, Any] | None) -> bool:
    """Keep this sighting of ``person`` in ``group`` (``what``: "active" or "archive"); whether the answer reaches
    him late, so that it is read with the rest in pull order (``settle``) rather than now."""
    if carried.replaying:
        return False
    sighted(out, carried, person, group, what, the_group, names)
    return is_late(out, carried, person)


def is_late(out: Out, carried: Carried, person: str) -> bool:
    """Whether this answer was pulled before a sighting the hub has of ``person`` (module docstring)."""
    pulled = carried.pulled_at
    if pulled is None:
        return False
    if person in carried.late:
        return True
    late = any(seen[0] and datetime.fromisoformat(seen[0]) > pulled for seen in _held(out, person)["seen"])
    if late:
        carried.late.add(person)
    return late


def sighted(out: Out, carried: Carried, person: str, group: str, what: str, the_group: dict[str, Any],
            names: dict[str, Any] | None) -> None:
    """Keep one sighting of this answer (``what``: "active" or "archive"), to be settled with the answer."""
    held = _held(out, person)
    seen = carried.seen_on.isoformat() if carried.seen_on else None
    shown = [day.isoformat() for day in carried.shown] if carried.shown else None
    entry = [_pull(carried), seen, group, what, dict(the_group), names, shown]
    out.remember(KIND, person, {**held, "seen": [*held["seen"], entry]})
    carried.sighted[person] = None


def settle(out: Out, carried: Carried) -> None:
    """Once the answer is read: its events become each pupil's next steps, or, for a pupil it reaches late, his
    stays are read again in pull order and restated where they differ (module docstring)."""
    for person in carried.sighted:
        held = _held(out, person)
        steps = {group: [tuple(step) for step in its] for group, its in held["steps"].items()}
        if person in carried.late:
            events, directory = _in_pull_order(out, person, held["seen"])
            target = {group: stays(its) for group, its in _steps_of(out, events, person, {}).items()}
            for group in sorted(target.keys() | steps.keys()):
                restate(out, person, group, stays(steps.get(group, [])), target.get(group, []),
                        _latest(held["seen"], group), steps)
            if directory is not None:
                out.remember("memberships", person, directory)
        else:
            steps = _steps_of(out, out.events, person, steps)
        out.remember(KIND, person, {**held, "steps": {g: [list(s) for s in its] for g, its in steps.items()}})


def _steps_of(out: Out, events: list, person: str, steps: dict[str, list]) -> dict[str, list]:
    """``steps`` followed by ``person``'s enrolments and withdrawals in ``events`` (``restating.steps_of``)."""
    return restating.steps_of(events, out.cid("person", person), steps, lambda class_id: class_id.rsplit(":", 1)[1])


stays = restating.stays


def restate(out: Out, person: str, group: str, held: Stays, target: Stays, as_of: str | None,
            steps: dict[str, list]) -> None:
    """The events that turn the stays the hub holds into ``target`` (``restating.restate``), as of ``as_of``."""
    names = name_of(out, person)
    if names is None:
        return

    def step(kind: str, on: date) -> None:
        if kind == "enrolled":
            enrolled(out, person, group, names, on, as_of, f"student:{person}:{on.isoformat()}")
        else:
            withdrawn(out, person, group, on, ARCHIVE, "", as_of, f"withdrawal:{person}:{on.isoformat()}")

    restating.restate(held, target, steps.setdefault(group, []), step)


def _latest(seen: list, group: str) -> str | None:
    found = None
    for entry in seen:
        if entry[2] == group:
            found = later(found, entry[0])
    return found


class _AsPulled:
    """The directory of the scratch translation: the hub's, less the pupil's memberships (but the days answers
    named him, ``named_days.py``), with each group's member lists as they stood before the sighting being read."""

    def __init__(self, out: Out, person: str) -> None:
        self.out, self.person, self.pulled = out, person, None
        self.own: dict[tuple[str, str], dict[str, Any]] = {}  # what the scratch answers read so far registered

    def get(self, kind: str, vendor: str) -> dict[str, Any] | None:
        if (kind, vendor) in self.own:
            return self.own[kind, vendor]
        if kind in ("memberships", KIND) and vendor == self.person:  # but the days named (``named_days.py``)
            entry = (self.out.peek(kind, vendor) or {}) if kind == "memberships" else {}
            named = {key: entry[key] for key in ("named", "first") if entry.get(key)}
            return named or None
        found = self.out.peek(kind, vendor)
        if kind == "group_listed" and found is not None and self.pulled is not None:
            pulls = [p for p in found.get("pulls") or [] if self.pulled is None or datetime.fromisoformat(p)
                     < self.pulled]
            return {"on": max(datetime.fromisoformat(p).astimezone(self.pulled.tzinfo).date().isoformat()
                              for p in pulls), "pulls": pulls} if pulls else None
        return found


def _in_pull_order(out: Out, person: str, seen: list) -> tuple[list, dict[str, Any] | None]:
    """The events of ``person``'s sightings read in pull order in a scratch translation, and the memberships
    entry it leaves."""
    from adapters.dnevnik_ru.groups import enrol
    from adapters.dnevnik_ru.memberships import withdraw
    directory = _AsPulled(out, person)
    order = sorted(range(len(seen)), key=lambda i: (seen[i][0] is not None,
                                                    datetime.fromisoformat(seen[i][0]) if seen[i][0] else 0, i))
    events: list = []
    scratch, pull = None, ""
    for i in order:
        pulled, day, group, what, the_group, names, *more = seen[i]  # ``shown``: kept since dnevnik_ru_81
        shown = tuple(map(date.fromisoformat, more[0])) if more and more[0] else None
        at = datetime.fromisoformat(pulled) if pulled else None
        if scratch is None or pulled != pull or pulled is None:  # each answer is a translation of its own
            if scratch is not None:
                events += scratch.events
                directory.own.update({(k, v): d for k, v, d in scratch.entries()})
            scratch, pull = Out(replace(out.ctx, directory=directory), out.school), pulled
        directory.pulled = at
        carried = Carried(seen_on=date.fromisoformat(day) if day else None, pulled_at=at, groups={group: the_group},
                          replaying=True, shown=shown)
        if what == "archive":
            withdraw(scratch, carried, person, group, "")
        else:
            enrol(scratch, carried, person, group, names, "", wait=False)
    if scratch is None:
        return events, None
    own = next((data for kind, vendor, data in scratch.entries() if (kind, vendor) == ("memberships", person)), None)
    return events + scratch.events, own

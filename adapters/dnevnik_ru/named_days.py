"""The days the journal names a pupil in a group, as evidence of how long an ``Archive`` membership lasted (found by
dnevnik_ru_67: lesson-151..156, homework-023/025; dnevnik_ru_79: lesson-031, attendance-002).

§3.8 gives a membership a status (``Active``/``Archive``) and no dates; ``memberships.py`` ends one an ``Archive``
answer (seen on day P) ends on the day after the last roster answer that showed it ``Active`` (A + 1). The journal's
other answers name the pupil on the group's lessons too: a mark of his on a lesson of it (§3.1 ``person``,
``lesson``), a log entry (§3.5), a homework task addressed to him (§3.6, per-student records). Each says he was in
the group on that lesson's day, as a roster would. So the membership stays open through the latest such day d up to
P, P itself included: it ends on d + 1, never after P + 1 (``end_after``, ``kept_through``). The ``Archive`` list is
the group's members at its pull (§3.8), not at the start of its day: a lesson of P that names him (a log entry is a
statement about that pupil at that lesson, §3.5) was his, as a joiner's list's own day is his when the journal names
him there (``member_lists.py``). A day after P reopens nothing (a return is a roster's to say).

* While an answer is read, each pupil named on a lesson whose group and date the hub knows (this answer's lesson,
  else the directory's, already read for the record) is noted in ``Carried.named`` (``note``): no read per record.
* Once it is read (``settle``), per pupil: one read of his ``("memberships", person)`` entry, which keeps per group
  the latest day an answer named him there (``"named": {group: ISO day}``). A later day, after the last day a roster
  showed him there (``seen``: an earlier one cannot move an end; weekly pulls reading the roster first write
  nothing), is kept; and a membership an ``Archive`` answer has already ended (the roster read first) ends on the
  day after it instead, as of that answer's pull (``left_at``: the hub holds the end as of it), a sibling subgroup
  he switched to then (``memberships._switched_on``) starting that day, so both arrival orders read alike. A class
  he transferred to keeps its start (the day after he was last seen ``Active`` in the old class: rosters alone date
  a transfer).
* The evidence read first: ``memberships.withdraw`` ends the membership at ``end_after``; roster answers arriving
  out of pull order are re-read with the kept days (``arrival.py``).

* The start of a first stay too (found by dnevnik_ru_74: no-lesson-041): one dated the day after a member list
  that did not name him (``member_lists.py``, ``after``: that list's day) begins on that day instead when an answer
  names him on a lesson of the group that day (``_joined_on``; a roster read after the evidence asks
  ``named_there_on``, for which the earliest day per group, ``"first"``, is kept beside the latest).

Only the latest day per group is kept for an end: a day named after the ``Archive`` pull hides earlier ones from a later
re-read of the rosters (a journal naming a pupil in a class he has left).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.redating import ARCHIVE, restart, successors, withdrawn

KIND = "memberships"  # the entry ``memberships.py`` keeps; "named" beside its "groups"
DAY = timedelta(days=1)


def note(carried: Carried, person: str | None, group: str | None, day: str | None) -> None:
    """``person`` is named on a lesson of ``group`` on ``day`` (ISO; anything missing: nothing is noted)."""
    if person and group and day:
        days = carried.named.setdefault(person, {})
        if day[:10] > days.get(group, ""):
            days[group] = day[:10]
        carried.named_on.setdefault(person, {}).setdefault(group, set()).add(day[:10])


def keep(out: Out, person: str, known: dict[str, dict[str, Any]]) -> None:
    """Store ``known`` as ``person``'s memberships, the days named kept."""
    out.remember(KIND, person, {"groups": known}, merge=True)


def kept_through(named: date, gone: date) -> date | None:
    """The end (first day out) a day ``named`` on which the journal names the pupil on a lesson of the group gives a
    membership an ``Archive`` answer seen on ``gone`` ended: the day after it, up to the day after ``gone`` (§3.8: the
    list is the members at its pull, so that day's earlier lessons naming him, §3.5, were his); None for a later day
    (a return is a roster's to say)."""
    return named + DAY if named <= gone else None


def end_after(out: Out, person: str, group: str, gone: date, end: date) -> date:
    """The end of ``person``'s membership of ``group`` that an ``Archive`` answer seen on ``gone`` ends on ``end``
    by the rosters: the day after the latest day an answer named him there (``kept_through``), when later."""
    named = ((out.peek(KIND, person) or {}).get("named") or {}).get(group)
    kept = kept_through(date.fromisoformat(named), gone) if named is not None else None
    return end if kept is None else max(end, kept)


def named_there_on(out: Out, person: str, group: str, day: date) -> bool:
    """Whether an answer named ``person`` on a lesson of ``group`` on ``day``, as far as the entry keeps it: the
    latest (``named``) and the earliest (``first``) day per group."""
    entry = out.peek(KIND, person) or {}
    return day.isoformat() in ((entry.get("named") or {}).get(group), (entry.get("first") or {}).get(group))


def settle(out: Out, carried: Carried) -> None:
    """Once the answer is read: each pupil's days named kept, and memberships already ended re-dated (module
    docstring). A pupil the answer re-dates joins ``Carried.sighted``, so ``arrival.settle`` keeps the new steps."""
    for person, days in carried.named.items():
        entry = out.peek(KIND, person) or {}
        named, known = dict(entry.get("named") or {}), dict(entry.get("groups") or {})
        on = carried.named_on.get(person) or {}
        first = {**(entry.get("first") or {}), **{group: min(its) for group, its in on.items()
                                                  if min(its) < (entry.get("first") or {}).get(group, "9999")}}
        fresh = {group: day for group, day in days.items()  # a day a roster already showed him there: nothing new
                 if day > max(named.get(group, ""), (known.get(group) or {}).get("seen") or "")}
        joined = person not in carried.late and _joined_on(out, person, known, on)
        if joined:
            carried.sighted[person] = None
        if not fresh and not joined and first == (entry.get("first") or {}):
            continue
        if person not in carried.late:  # else ``arrival.settle`` reads his rosters again, with these days
            for group, day in fresh.items():
                if _stayed_to(out, person, group, known, date.fromisoformat(day)):
                    carried.sighted[person] = None
        out.remember(KIND, person, {**entry, "groups": known, "named": {**named, **fresh}, "first": first})


def _joined_on(out: Out, person: str, known: dict[str, dict[str, Any]], days: dict[str, set[str]]) -> bool:
    """A first stay that begins the day after a list without him (``after``: he joined after its pull,
    ``member_lists.listed_without``) begins on that list's day when the answer names him on a lesson of the group
    that day (a mark, log entry or task of a lesson after the list's pull); whether one moved."""
    moved = False
    for group, on in days.items():
        mine = known.get(group) or {}
        after = mine.get("after")
        if after and after in on and mine.get("from") == (date.fromisoformat(after) + DAY).isoformat():
            known[group] = {**restart(out, person, group, mine, date.fromisoformat(after)), "after": after}
            moved = True
    return moved


def _stayed_to(out: Out, person: str, group: str, known: dict[str, dict[str, Any]], day: date) -> bool:
    """An ended membership named on ``day``: it ends on ``kept_through``'s day if that is later (as of the ``Archive``
    answer's pull), a sibling subgroup begun at its old end moved with it; whether it moved."""
    mine = known.get(group) or {}
    if not mine.get("until") or not mine.get("left"):
        return False
    old, gone = date.fromisoformat(mine["until"]), date.fromisoformat(mine.get("gone") or mine["left"])
    end = kept_through(day, gone) or old
    if end <= old:
        return False
    withdrawn(out, person, group, end, ARCHIVE, "", mine.get("left_at"), f"withdrawal:{person}:{end.isoformat()}")
    known[group] = {**mine, "until": end.isoformat()}
    if not mine.get("class"):  # a switch of subgroups began when he left: as ``_switched_on`` dates it
        for vid in list(successors(known, group, old, end - DAY)):
            known[vid] = restart(out, person, vid, known[vid], end)
    return True

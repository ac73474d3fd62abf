"""Whom a group's final-marks answer speaks for (reference §3.13, §3.8): one snapshot part per pupil.

§3.13 gives each final-marks entry per pupil, group and reporting period, and §3.8 gives a membership a status and
no dates; neither says that a group's answer which no longer names a pupil who has left the group deletes what she
earned there. So ``edu-groups/{g}/final-marks`` and ``edu-groups/{g}/subjects/{s}/final-marks`` are complete
(``Translation.snapshot_parts``, one part ``<the request's scope>|person=<p>`` per pupil, holding that pupil's final
marks in the answer) only for the pupils they can speak for:

* every pupil the answer lists (an entry with an empty or null ``per-subject-final-marks`` too: it says she has
  none), or whose final mark it holds (the bundle and ``Mark[]`` shapes name the pupil on the mark);
* every pupil an earlier final-marks answer of the group listed (the directory keeps them, ``KIND``), unless she had
  left the group by the answer's pull (``leavers.had_left``: the hub holds her membership of the group as ended,
  §3.8 ``Archive`` dated by ``memberships.py``, on or before the day it was pulled, or on the next day only because an
  answer pulled earlier that day last saw it active): a pupil who had left keeps her marks. A pupil whose membership
  the hub does not hold, or holds as open, is spoken for, as before.

A pupil with no part keeps her stored part as it is: only an answer that lists her again changes her marks. An
answer that speaks for nobody is no snapshot at all (it deletes nothing). Each part is compared with the previous
answer's part of the same pupil, with the pull-order rules of request snapshots (``hub.ingest.snapshots``).

An answer may omit a pupil before the hub reads the one that shows her gone (found by dnevnik_ru_82:
final-mark-027..052; the group's final marks pulled at 20:03, the roster showing him ``Archive`` at 20:10): she was a
member as far as the hub knew, so the answer spoke for her and deleted her marks. ``KIND`` keeps, per pupil and part
scope, the pull of the last answer that listed her (``listed``) and of the first one since that spoke for her without
listing her (``omitted``), and ``HELD`` the marks the part held at that listing. The answer that ends her membership
(``settle``: §3.8 ``Archive``, seen that day for the first time) reads the omission again (``leavers.reinstate``):
when she had left by the omission's pull, her marks stand again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.leavers import HELD, had_left, reinstate
from adapters.dnevnik_ru.memberships import remembered

GROUP_FINALS = frozenset({"edu-groups/{group}/final-marks", "edu-groups/{group}/subjects/{subject}/final-marks"})
KIND = "finals_listed"  # per group: {person: {"listed": {scope: pull}, "omitted": {scope: pull}}} (True: older entries)
FINAL = "final_grade.recorded"


def parts(pattern: str, scope: str | None, out: Out, carried: Carried) -> dict[str, frozenset[str]] | None:
    """The per-pupil parts of a group's final-marks answer (module docstring); ``{}`` for any other answer (its
    request snapshot stays whole); None when the answer speaks for no pupil (no snapshot)."""
    group = carried.params.get("group")
    if pattern not in GROUP_FINALS or scope is None or not group:
        return {}
    held = _by_pupil(out)
    listed = set(carried.finals_listed) | held.keys()
    known, pulled, noted = out.peek(KIND, group) or {}, carried.pulled_at, {}
    spoken = set(listed)
    for person in sorted(known.keys() - listed):
        if not had_left(out, person, group, pulled):  # one who had left keeps her marks
            spoken.add(person)
            noted[person] = _omitted(_entry(known[person]), scope, pulled)
    for person in sorted(listed):
        noted[person] = _listed(out, _entry(known.get(person)), scope, person, held.get(person, {}), pulled)
    if noted:
        out.remember(KIND, group, noted, merge=True)
    return {f"{scope}|person={person}": frozenset(held.get(person, ())) for person in sorted(spoken)} or None


def settle(out: Out, carried: Carried) -> None:
    """An answer that sees pupils' memberships ended that day for the first time (§3.8 ``Archive``: ``gone``,
    ``memberships.withdraw``) reads their groups' omissions of them again (``leavers.reinstate``), and forgets them:
    each was her leaving or a deletion. Only then is the group's entry read (no read for other answers)."""
    day = carried.seen_on
    for person in carried.sighted if day is not None else ():
        for group, membership in remembered(out, person).items():
            if membership.get("gone") != day.isoformat():
                continue
            mine = _entry((out.peek(KIND, group) or {}).get(person))
            if mine["omitted"]:
                reinstate(out, person, group, mine["omitted"])
                out.remember(KIND, group, {person: {**mine, "omitted": {}}}, merge=True)


def _by_pupil(out: Out) -> dict[str, dict[str, str]]:
    """The answer's final marks by the pupil's vendor id: {event id: the mark's vendor id}."""
    prefix, mark, found = out.cid("person", ""), out.cid("mark", ""), {}
    for event in out.events:
        if event.type == FINAL:
            found.setdefault(event.data["student_id"].removeprefix(prefix), {})[event.event_id] = (
                event.data["final_grade_id"].removeprefix(mark))
    return found


def _entry(value: Any) -> dict[str, dict[str, str]]:
    """A pupil's ``KIND`` entry (``True`` in entries written before it kept pulls: listed, when unknown)."""
    mine = value if isinstance(value, dict) else {}
    return {"listed": dict(mine.get("listed") or {}), "omitted": dict(mine.get("omitted") or {})}


def _later(pulled: datetime | None, *pulls: str | None) -> bool:
    """Whether an answer pulled at ``pulled`` is no older than each of ``pulls`` (unknown on either side: yes)."""
    return pulled is None or all(at is None or pulled >= datetime.fromisoformat(at) for at in pulls)


def _omitted(mine: dict[str, dict[str, str]], scope: str, pulled: datetime | None) -> dict[str, dict[str, str]]:
    """The entry of a pupil the answer speaks for without listing her: its pull is the omission that deleted her
    marks of the part, unless an earlier one since her last listing did, or it is older than that listing (then it
    deleted nothing), or it is undated."""
    if pulled is None or scope in mine["omitted"] or not _later(pulled, mine["listed"].get(scope)):
        return mine
    return {**mine, "omitted": {**mine["omitted"], scope: pulled.isoformat()}}


def _listed(out: Out, mine: dict[str, dict[str, str]], scope: str, person: str, marks: dict[str, str],
            pulled: datetime | None) -> dict[str, dict[str, str]]:
    """The entry of a pupil the answer lists, and the marks her part now holds (``HELD``), unless it is older than
    what the part holds (its part then changes nothing)."""
    if not _later(pulled, mine["listed"].get(scope), mine["omitted"].get(scope)):
        return mine
    out.remember(HELD, f"{scope}|person={person}", {"marks": sorted(set(marks.values()))})
    listed = {**mine["listed"], scope: pulled.isoformat() if pulled else None}
    return {"listed": listed, "omitted": {k: at for k, at in mine["omitted"].items() if k != scope}}

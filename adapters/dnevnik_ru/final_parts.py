"""Whom a group's final-marks answer speaks for (reference §3.13, §3.8): one snapshot part per pupil.

§3.13 gives each final-marks entry per pupil, group and reporting period, and §3.8 gives a membership a status and
no dates; neither says that a group's answer which no longer names a pupil who has left the group deletes what she
earned there. So ``edu-groups/{g}/final-marks`` and ``edu-groups/{g}/subjects/{s}/final-marks`` are complete
(``Translation.snapshot_parts``, one part ``<the request's scope>|person=<p>`` per pupil, holding that pupil's final
marks in the answer) only for the pupils they can speak for:

* every pupil the answer lists (an entry with an empty or null ``per-subject-final-marks`` too: it says she has
  none), or whose final mark it holds (the bundle and ``Mark[]`` shapes name the pupil on the mark);
* every pupil an earlier final-marks answer of the group listed (the directory keeps them, ``KIND``), unless the
  hub holds her membership of the group as ended on or before the day the answer was pulled (§3.8 ``Archive``,
  dated by ``memberships.py``: ``until``, the first day out): a pupil who had left keeps her marks. A pupil whose
  membership the hub does not hold, or holds as open, is spoken for, as before.

A pupil with no part keeps her stored part as it is: only an answer that lists her again changes her marks. An
answer that speaks for nobody is no snapshot at all (it deletes nothing). Each part is compared with the previous
answer's part of the same pupil, with the pull-order rules of request snapshots (``hub.ingest.snapshots``).
"""

from __future__ import annotations

from datetime import date

from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.common import Out
from adapters.dnevnik_ru.local_time import zone
from adapters.dnevnik_ru.memberships import remembered

GROUP_FINALS = frozenset({"edu-groups/{group}/final-marks", "edu-groups/{group}/subjects/{subject}/final-marks"})
KIND = "finals_listed"  # per group: the pupils its final-marks answers have listed, {person: True}
FINAL = "final_grade.recorded"


def parts(pattern: str, scope: str | None, out: Out, carried: Carried) -> dict[str, frozenset[str]] | None:
    """The per-pupil parts of a group's final-marks answer (module docstring); ``{}`` for any other answer (its
    request snapshot stays whole); None when the answer speaks for no pupil (no snapshot)."""
    group = carried.params.get("group")
    if pattern not in GROUP_FINALS or scope is None or not group:
        return {}
    held = _by_pupil(out)
    listed = set(carried.finals_listed) | held.keys()
    earlier = set(out.peek(KIND, group) or {})
    if listed:
        out.remember(KIND, group, {person: True for person in sorted(listed)}, merge=True)
    day = _pull_day(out, carried)
    spoken = sorted(listed | {person for person in earlier if not _had_left(out, person, group, day)})
    return {f"{scope}|person={person}": frozenset(held.get(person, ())) for person in spoken} or None


def _by_pupil(out: Out) -> dict[str, set[str]]:
    """The answer's final marks (event ids) by the pupil's vendor id."""
    prefix, found = out.cid("person", ""), {}
    for event in out.events:
        if event.type == FINAL:
            found.setdefault(event.data["student_id"].removeprefix(prefix), set()).add(event.event_id)
    return found


def _pull_day(out: Out, carried: Carried) -> date | None:
    """The day (in the school's zone) the answer was pulled, None without ``pulled_at``."""
    pulled = carried.pulled_at
    return None if pulled is None else (pulled.astimezone(zone(out.ctx)) if pulled.tzinfo else pulled).date()


def _had_left(out: Out, person: str, group: str, day: date | None) -> bool:
    """Whether the hub holds ``person``'s membership of ``group`` as ended on or before ``day`` (an undated answer
    sees no one leave)."""
    until = (remembered(out, person).get(group) or {}).get("until")
    return day is not None and bool(until) and date.fromisoformat(until) <= day

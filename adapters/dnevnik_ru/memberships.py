"""When a pupil is in a group (reference §3.8): ``student.enrolled`` and ``student.withdrawn`` dated by the data.

The API gives a membership a status (``membershipstatus`` ``Active`` or ``Archive``) and no dates, so the dates
come from when the answers were pulled (the envelope's ``pulled_at``, in the school's zone; an answer about a date
range that ends earlier, such as a schedule, is evidence up to its range's end), never from the hub's clock:

* An answer **sees** a membership on that date (``seen_on``). Answers that also list ended memberships
  (``includeArchive=true``, ``persons/{p}/edu-groups/all``) and answers without ``pulled_at`` see it undated: they
  enrol a pupil the hub has not seen in the group, and date nothing.
* A pupil's first membership enrols from 1 September of the group's ``studyyear``; one in a class first seen on
  day P after the pupil was last seen in another class of the same school year on day A < P enrols from A + 1 (a
  transfer: the school year's start would give him the new class's lessons of the months he was elsewhere).
* An ``Archive`` membership seen on day P ends the membership on the day after it was last seen active (A + 1),
  else on P: the journal says the pupil left at some time after A, and every lesson after A is decided by the
  first answer that saw it, P's (``student.withdrawn``, ``withdrawn_on`` the first day out); or on the day after
  a later day up to P on which an answer names him on a lesson of the group (``named_days.py``). A complete member
  list of the group that no longer names him is such an answer (``groups.unlisted``).
* A subgroup first seen in the answer that ended the pupil's membership of a sibling subgroup (``Archive``) starts
  on the day he left the sibling (a switch of groups: English group 1 to group 2); answers list the ended ones
  first (``groups.groups_with_students``).
* A class first seen by an answer delivered after answers pulled later saw the pupil in another class (whose
  start, for want of evidence, covers this answer's day) reads as in pull order: the other class starts the day
  after this answer's day, as of the other answer's pull (``Translation.event_as_of``).
* A pupil first seen in a group after a complete list of its members pulled earlier lacked him (the group's
  ``persons``, ``POST edu-groups``), even earlier the same day, joined the day after that list (a pupil joining
  mid-year), not on 1 September; or on its day when the journal names him on a lesson of the group that day
  (``member_lists.py``).
* An ended membership is not re-opened by an answer seen on or before the day its end was seen; one seen later
  enrols again from the day after that (a return: a new stay, ``projections/roster_stays.py``).
* The latest pull wins whatever the arrival order. An answer pulled before one the hub already read about the
  pupil (a late answer) is not dated by these rules alone: ``arrival.py`` keeps every sighting and, once the answer
  is read, reads all the pupil's sightings again in pull order and restates the stays that differ from what the
  hub holds, so every arrival order gives the memberships of pull order (``tests/unit/
  test_dnevnik_ru_arrival_orders.py``). The patches below serve that re-read: an answer seeing an ended membership
  active on a day on or after its end and before an answer saw it ended moves the end to the day after it, as of
  the ``Archive`` answer's pull (``left_at``), and what began when the pupil left starts on the new end
  (``_stayed_longer``); an ``Archive`` answer pulled before a later answer saw the membership active ends nothing,
  and a return that began on or before its day begins the day after it (``_returned_after``). The events that move
  a stay's start are ``redating.restart``'s.
* A group with ``status: Archive`` in a dated answer pulled during its own study year (a subgroup dissolved
  mid-year) has ended (``ended_in_its_year``): every membership of it ends as an ``Archive`` membership does, on
  the day after the last answer that saw it active, whatever the members' ``membershipstatus``; a pupil the hub
  never saw in it is enrolled as usual and withdrawn on the answer's day (``end_unseen``).
* Any other group with ``status: Archive`` is a finished school year's class (§3.8): a pupil any answer lists in it was in
  it for that school year, enrolled from 1 September of its ``studyyear`` (or the day the hub already enrolled him
  there) and withdrawn on 1 September of the next, the first day out (``archived_span``, ``close_year``): dated by
  the year alone, since the diary reads enrolments by their dates, not by the class's year. A membership whose end
  was already seen is left alone.

The directory keeps what was seen: ``("memberships", person)`` -> ``{"groups": {group: {"from", "seen", "until",
"left", "year", "class", "parent", "seen_at", "left_at", "back", "gone", "after"}}, "named": {group: day},
"first": {group: day}}`` (ISO dates or null; ``class``: a class, not a subgroup; ``parent``: a subgroup's class; ``seen_at``: the ``pulled_at`` of the
answer that last saw the membership; ``left_at``: the latest ``pulled_at`` that saw it ended; ``back``: for a return,
the day the stay before it ended; ``gone``: the day the first ``Archive`` answer saw it ended; ``after``: for a first stay
dated by a member list without him, that list's day (``member_lists.joined_after``); ``named``, ``first``:
``named_days.py``; older entries lack the last keys).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from adapters.base import TranslationContext
from adapters.dnevnik_ru.common import Carried, Out
from adapters.dnevnik_ru.local_time import study_year, zone
from adapters.dnevnik_ru.member_lists import joined_after, listed_without
from adapters.dnevnik_ru.named_days import end_after, keep
from adapters.dnevnik_ru.redating import ARCHIVE, enrolled, later, name_of, restart, successors, withdrawn
from adapters.routing import Request

KIND = "memberships"
DAY = timedelta(days=1)


def seen_on(pulled_at: datetime | None, request: Request, pattern: str, params: dict[str, str],
            ctx: TranslationContext) -> date | None:
    """The day an answer pulled at ``pulled_at`` (with its offset) sees memberships on (module docstring)."""
    if pulled_at is None:
        return None
    day = pulled_at.astimezone(zone(ctx)).date()
    if pattern.endswith("/all") or (request.param("includeArchive") or "").strip().lower() == "true":
        return None
    end = params.get("to")
    return min(day, date.fromisoformat(end)) if end else day


def remembered(out: Out, person: str) -> dict[str, dict[str, Any]]:
    return dict((out.peek(KIND, person) or {}).get("groups") or {})


def start_of(out: Out, carried: Carried, person: str, group: str, the_group: dict[str, Any]) -> date | None:
    """The first day of ``person``'s membership of ``group``, or None when it has ended (nothing to enrol)."""
    known, seen = remembered(out, person), carried.seen_on
    mine = known.get(group) or {}
    if mine.get("until"):
        left = date.fromisoformat(mine["left"])
        if seen is not None and _still_in(out, carried, mine, seen):
            _stayed_longer(out, carried, person, group, known, seen)
        return left + DAY if seen is not None and seen > left else None
    if mine.get("from"):
        return date.fromisoformat(mine["from"])
    if seen is not None and not the_group.get("parent"):
        _redate_later(out, person, known, group, the_group, seen)
    found = [_transferred_on(known, group, the_group, seen), _switched_on(known, group, the_group, seen),
             listed_without(out, carried, person, group)]
    return max((day for day in found if day is not None), default=date(the_group["academic_year"], 9, 1))


def _redate_later(out: Out, person: str, known: dict[str, dict[str, Any]], group: str, the_group: dict[str, Any],
                  seen: date) -> None:
    """A class first seen by an answer delivered after answers pulled later saw the pupil in another class of the
    year whose start covers ``seen`` (1 September, for want of evidence): as in pull order, that class starts the
    day after ``seen``, as of the pull that saw him there (``seen_at``: the hub holds its start as of it)."""
    names = name_of(out, person)
    if names is None:
        return
    moved_on = seen + DAY
    for vid, other in list(known.items()):
        if (vid == group or not other.get("class") or other.get("year") != the_group["academic_year"]
                or not other.get("seen") or date.fromisoformat(other["seen"]) <= seen or other.get("until")
                or not other.get("from") or date.fromisoformat(other["from"]) > seen):
            continue
        known[vid] = {**other, "from": moved_on.isoformat()}
        enrolled(out, person, vid, names, moved_on, other.get("seen_at"), f"student:{person}")
    keep(out, person, known)


def _switched_on(known: dict[str, dict[str, Any]], group: str, the_group: dict[str, Any],
                 seen: date | None) -> date | None:
    """For a subgroup first seen in the answer that ended the pupil's membership of a sibling subgroup (same
    class and school year; ``Archive`` seen on ``seen``): the day he left the sibling (a switch of groups). A
    subgroup first seen otherwise is his for the whole year (the hub may just not have asked before)."""
    if seen is None or not the_group.get("parent"):
        return None
    left = [date.fromisoformat(other["until"]) for vid, other in known.items()
            if vid != group and other.get("parent") == the_group["parent"] and other.get("until")
            and other.get("year") == the_group["academic_year"] and other.get("left") == seen.isoformat()]
    return max(left) if left else None


def _transferred_on(known: dict[str, dict[str, Any]], group: str, the_group: dict[str, Any],
                    seen: date | None) -> date | None:
    """The day after the pupil was last seen in another class of the same school year, when that is before
    ``seen``; None for a subgroup, an undated answer, or a pupil seen in no other class."""
    if seen is None or the_group.get("parent"):
        return None
    before = [date.fromisoformat(other["seen"]) for vid, other in known.items()
              if vid != group and other.get("class") and other.get("year") == the_group["academic_year"]
              and other.get("seen") and date.fromisoformat(other["seen"]) < seen]
    return max(before) + DAY if before else None


def note_active(out: Out, carried: Carried, person: str, group: str, the_group: dict[str, Any],
                start: date) -> None:
    """Remember that ``person`` is in ``group`` from ``start``, seen on the answer's day (if dated)."""
    known, seen = remembered(out, person), carried.seen_on
    mine = known.get(group) or {}
    earlier = None if mine.get("until") else mine.get("seen")  # a re-opened membership starts afresh
    last = max((d for d in (earlier, seen.isoformat() if seen else None) if d), default=None)
    latest = seen is not None and last == seen.isoformat()
    known[group] = {"from": start.isoformat(), "seen": last, "until": None, "left": None,
                    "after": None if mine.get("until") else mine.get("after") if mine.get("from")
                    else joined_after(out, carried, group, start),  # a first stay dated by a list without him
                    "year": the_group["academic_year"], "class": not the_group.get("parent"),
                    "parent": the_group.get("parent"),
                    "seen_at": _aware(carried.pulled_at, out.ctx) if latest else mine.get("seen_at"),
                    "back": mine.get("until") or mine.get("back"), "left_at": mine.get("left_at")}
    keep(out, person, known)


def _aware(pulled_at: datetime | None, ctx: TranslationContext) -> str | None:
    """``pulled_at`` with its offset (a local one is the school's), as ISO text."""
    if pulled_at is None:
        return None
    return (pulled_at if pulled_at.tzinfo else pulled_at.replace(tzinfo=zone(ctx))).isoformat()


def withdraw(out: Out, carried: Carried, person: str, group: str, ptr: str) -> None:
    """An ``Archive`` membership seen on a dated answer: ``student.withdrawn`` from the day after the pupil was
    last seen active in the group (else the answer's day), if the hub enrolled them there. Seen active by a later
    pull, it has not ended: this answer is older (``_returned_after``)."""
    known, seen = remembered(out, person), carried.seen_on
    mine = dict(known.get(group) or {})
    if seen is None or not mine.get("from"):
        return
    if not mine.get("until") and mine.get("seen") and date.fromisoformat(mine["seen"]) > seen:
        known[group] = _returned_after(out, person, group, mine, seen)
        keep(out, person, known)
        return
    if not mine.get("until"):  # a day the journal named him there since (named_days.py) ends it later
        end = date.fromisoformat(mine["seen"]) + DAY if mine.get("seen") else seen
        mine["until"], mine["gone"] = end_after(out, person, group, seen, end).isoformat(), seen.isoformat()
        withdrawn(out, person, group, date.fromisoformat(mine["until"]), ARCHIVE, ptr)
    mine["left"] = max(seen.isoformat(), mine.get("left") or "")
    mine["left_at"] = later(mine.get("left_at"), _aware(carried.pulled_at, out.ctx))
    known[group] = mine
    keep(out, person, known)


def _still_in(out: Out, carried: Carried, mine: dict[str, Any], seen: date) -> bool:
    """Whether an answer seeing an ended membership active on ``seen`` shows it lasted longer: ``seen`` is on or
    after the day it ended and before the last day an answer saw it ended (``left``), or that day with an earlier
    pull (the ``Archive`` answer's, ``left_at``); an answer seeing it later is a return."""
    left = date.fromisoformat(mine["left"])
    if not date.fromisoformat(mine["until"]) <= seen <= left:
        return False
    pulled = _aware(carried.pulled_at, out.ctx)
    return seen < left or (bool(pulled and mine.get("left_at")) and later(pulled, mine["left_at"]) != pulled)


def _stayed_longer(out: Out, carried: Carried, person: str, group: str, known: dict[str, dict[str, Any]],
                   seen: date) -> None:
    """An ended membership seen active on ``seen``, on or after the day it ended and no later than an answer saw
    it ended (pulled before the ``Archive`` answer, delivered after it): as in pull order, it ends the day after
    ``seen`` (as of the ``Archive`` answer's pull, ``left_at``), and what began when he left (a transfer, a switch
    of subgroups: ``redating.successors``) begins that day."""
    mine, end = known[group], seen + DAY
    old_end = date.fromisoformat(mine["until"])
    withdrawn(out, person, group, end, ARCHIVE, "", mine.get("left_at"), f"withdrawal:{person}:{end.isoformat()}")
    latest = not mine.get("seen") or seen.isoformat() >= mine["seen"]
    known[group] = {**mine, "until": end.isoformat(), "seen": max(mine.get("seen") or "", seen.isoformat()),
                    "seen_at": _aware(carried.pulled_at, out.ctx) if latest else mine.get("seen_at")}
    for vid in list(successors(known, group, old_end, seen)):
        known[vid] = restart(out, person, vid, known[vid], end)
    keep(out, person, known)


def _returned_after(out: Out, person: str, group: str, mine: dict[str, Any], seen: date) -> dict[str, Any]:
    """An ``Archive`` membership seen on ``seen`` (pulled before a later answer saw it active, delivered after
    it): a stay that began again (a return, ``back``) on or before ``seen`` began the day after ``seen``, as in
    pull order. Inside a first stay it changes nothing: the days out before it are not known (only the last day
    the membership was seen active is kept)."""
    if not mine.get("back") or date.fromisoformat(mine["from"]) > seen:
        return mine
    return restart(out, person, group, mine, seen + DAY)


def ended_in_its_year(out: Out, carried: Carried, the_group: dict[str, Any]) -> bool:
    """A group with ``status: Archive`` seen by a dated answer pulled (in the school's zone) during the group's own
    study year: archived mid-year, it has ended (module docstring), not a finished year's class."""
    if the_group.get("status") != "Archive" or carried.seen_on is None or carried.pulled_at is None:
        return False
    pulled = carried.pulled_at
    day = (pulled.astimezone(zone(out.ctx)) if pulled.tzinfo else pulled).date()
    return study_year(day) == the_group["academic_year"]


def held(out: Out, person: str, group: str) -> bool:
    """Whether the hub has enrolled ``person`` in ``group`` (the membership may have ended since)."""
    return bool((remembered(out, person).get(group) or {}).get("from"))


def end_unseen(out: Out, carried: Carried, person: str, group: str, the_group: dict[str, Any], start: date,
               ptr: str) -> None:
    """A pupil first seen in a group that ``ended_in_its_year``: in it from ``start`` (enrolled by the caller),
    never seen active, so withdrawn on the answer's day (``withdraw``)."""
    known = remembered(out, person)
    known[group] = {"from": start.isoformat(), "seen": None, "until": None, "left": None,
                    "year": the_group["academic_year"], "class": not the_group.get("parent"),
                    "parent": the_group.get("parent"), "seen_at": None}
    keep(out, person, known)
    withdraw(out, carried, person, group, ptr)


def archived_span(out: Out, person: str, group: str, the_group: dict[str, Any]) -> tuple[date, date] | None:
    """A member of a group with ``status: Archive`` (a finished school year's class): from the day the hub already
    enrolled them there, else 1 September of its ``studyyear``, to 1 September of the next (the first day out);
    None when the hub has already seen the membership end (nothing to enrol)."""
    mine = remembered(out, person).get(group) or {}
    if mine.get("until"):
        return None
    year = the_group["academic_year"]
    start = date.fromisoformat(mine["from"]) if mine.get("from") else date(year, 9, 1)
    return start, date(year + 1, 9, 1)


def close_year(out: Out, person: str, group: str, the_group: dict[str, Any], span: tuple[date, date],
               ptr: str) -> None:
    """``student.withdrawn`` on the first day after an archived group's school year, remembered as ended (an
    ``Archive`` membership or a later answer then neither withdraws nor re-opens it before that day)."""
    start, end = span
    withdrawn(out, person, group, end, "group status Archive: its school year has ended", ptr)
    known = remembered(out, person)
    known[group] = {"from": start.isoformat(), "seen": None, "until": end.isoformat(),
                    "left": (end - DAY).isoformat(), "year": the_group["academic_year"],
                    "class": not the_group.get("parent")}
    keep(out, person, known)

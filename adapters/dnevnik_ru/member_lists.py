"""The complete member lists of a group and when a pupil first seen in it joined (reference §3.8; found by
dnevnik_ru_10, dnevnik_ru_74: no-lesson-001..010, no-lesson-041; dnevnik_ru_81: no-lesson-001..005, -007).

§3.8 gives a membership a status (``membershipstatus`` ``Active``/``Archive``) and no dates; a group's member list
(``POST edu-groups`` -> ``[{group, students: [{person, membershipstatus}]}]``, ``edu-groups/{g}/persons``) is its
members when pulled. So a list that does not name a pupil says he was not a member at its pull:

* Each such list's pull is kept per group (``note_listed``: ``("group_listed", group)`` -> ``{"on": its latest day,
  "pulls": [every pull, ISO with offset]}``).
* A pupil an answer is the first to place in the group (``memberships.start_of``) joined after the last of them
  pulled before that answer (``last_list_without``), even one pulled earlier the same day: from the day after it (a
  change entered during a day holds from the next, as a leave is dated after the last ``Active`` list), or from its
  own day when the journal names him on a lesson of the group that day (a mark, log entry or task:
  ``named_days.named_there_on``), or when the answer is a range that shows him there up to that day
  (``listed_without``). A pupil the first list names is the group's from the school year's start, as before.
* The first stay so dated keeps the list's day (``after``, ``joined_after``): evidence of that day read later moves
  its start back to it (``named_days.settle``).

* A later list that no longer names a pupil the hub placed in the group ends his stay (``groups.unlisted``: an
  ``Archive`` sighting, so a list without him delivered after a later-pulled answer placed him there is read again
  in pull order, ``arrival.py``); his own schedule dates a first stay more closely (``shown_days.joined_from``).

Not covered: a list without the pupil pulled after the answer that first placed him in the group but delivered
before it (he is not held there yet, so nothing re-reads his memberships); evidence of the list's day that is
neither the earliest nor the latest day an answer named him in the group, read before the roster (only those two
are kept).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from adapters.dnevnik_ru.common import Carried, Out
from adapters.dnevnik_ru.local_time import zone
from adapters.dnevnik_ru.named_days import named_there_on
from adapters.dnevnik_ru.shown_days import joined_from

LISTED = "group_listed"  # per group, the pulls of the complete lists of its members (``note_listed``)
DAY = timedelta(days=1)


def note_listed(out: Out, carried: Carried, group: str) -> None:
    """A complete list of ``group``'s members was pulled (``edu-groups/{g}/persons``, ``POST edu-groups``): a pupil
    it lacks was not a member at its pull. Remembered per group (its pull with the others, and the latest day), for
    ``last_list_without``."""
    if carried.pulled_at is None:
        return
    pulled = carried.pulled_at
    day = (pulled.astimezone(zone(out.ctx)) if pulled.tzinfo else pulled).date().isoformat()
    known = out.peek(LISTED, group) or {}
    pulls = sorted({*(known.get("pulls") or []), (pulled if pulled.tzinfo else pulled.replace(
        tzinfo=zone(out.ctx))).isoformat()})
    out.remember(LISTED, group, {"on": max(known.get("on") or "", day), "pulls": pulls})


def listed_without(out: Out, carried: Carried, person: str, group: str) -> date | None:
    """For a pupil first seen in ``group``: the first day he can have been in it after the last complete list of its
    members pulled before this answer, which did not name him (``last_list_without``): the day after that list, or
    its own day when the journal names him on a lesson of the group that day (``named_days.py``) or this answer
    shows him there up to that day only (a schedule of a past week), or the first day his own schedule lists a
    lesson of the group when it shows him out of it every day before (``shown_days.joined_from``). None without
    such a list, or when it was pulled after the last day this answer sees him (a range's evidence ends before
    it)."""
    listed, seen = last_list_without(out, carried, group), carried.seen_on
    if listed is None or seen is None or listed > seen:
        return None
    pulled_on = carried.pulled_at.astimezone(zone(out.ctx)).date() if carried.pulled_at else seen
    if named_there_on(out, person, group, listed) or seen == listed < pulled_on:
        return listed
    return joined_from(carried, listed)  # the day after it, or later when his own schedule shows him out till then


def last_list_without(out: Out, carried: Carried, group: str) -> date | None:
    """The day (the school's) of the last complete list of ``group``'s members pulled before this answer
    (``note_listed``): for a pupil this answer is the first to place there, a list that did not name him (§3.8: a
    member list is the group's members when pulled). Entries kept before pulls were kept: their latest day, when
    before the answer's."""
    known, pulled = out.peek(LISTED, group) or {}, carried.pulled_at
    if pulled is None:
        return None
    if "pulls" not in known:
        on = known.get("on")
        return date.fromisoformat(on) if on and carried.seen_on and on < carried.seen_on.isoformat() else None
    aware = pulled if pulled.tzinfo else pulled.replace(tzinfo=zone(out.ctx))
    before = [moment for moment in map(datetime.fromisoformat, known["pulls"]) if moment < aware]
    return max(before).astimezone(zone(out.ctx)).date() if before else None


def joined_after(out: Out, carried: Carried, group: str, start: date) -> str | None:
    """The day of the last list without the pupil when it dates his first stay's ``start`` (that day or the next:
    ``listed_without``), kept as ``after``: a lesson of the group that day naming him starts it then
    (``named_days.settle``)."""
    listed = last_list_without(out, carried, group)
    return listed.isoformat() if listed is not None and timedelta(0) <= start - listed <= DAY else None

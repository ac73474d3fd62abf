"""What the hub holds of a pupil's classes: read-only questions over the ``("memberships", pupil)`` directory entry
that ``memberships.py`` writes (its module docstring describes the entry), asked by the modules that date other
things by a pupil's classes (subgroups, periods, class days, dropouts, the class of an answer without ``class=``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.elzhur.common import Builder, pull_year, school_year
from adapters.elzhur.ids import name_key

KIND = "memberships"


def known(b: Builder, sid: str) -> dict[str, dict[str, Any]]:
    """What was seen of ``sid``'s classes: this answer's own entry first, else the directory's."""
    for kind, vendor, data in reversed(b.out.directory_entries):
        if kind == KIND and vendor == sid:
            return dict(data.get("classes") or {})
    return dict((b.ctx.directory.get(KIND, sid) or {}).get("classes") or {})


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def pulled_on(b: Builder) -> dt.date | None:
    """The day the answer was pulled, in the school's zone, or None for an undated answer."""
    pulled = b.req.pulled_at
    if pulled is None:
        return None
    return (pulled.astimezone(b.tz) if pulled.tzinfo else pulled).date()


def class_start(b: Builder, sid: str, class_key: str, year: int) -> dt.date | None:
    """The first day of ``sid``'s membership of the class ``class_key`` (name key) in school year ``year`` as the
    hub holds it, or None (a subgroup of it starts no earlier: ``subgroups.py``)."""
    there = known(b, sid).get(f"{class_key}@{year}") or {}
    return day(there["from"]) if there.get("from") else None


def stay(b: Builder, sid: str, class_key: str, year: int) -> tuple[dt.date, dt.date | None] | None:
    """``sid``'s membership of the class ``class_key`` (name key) in school year ``year`` as the hub holds it: its
    first day and its first day out (None: not left), or None when no dated answer placed him there
    (``class_days.py``: the days his own diary speaks for the class)."""
    there = known(b, sid).get(f"{class_key}@{year}") or {}
    if not there.get("from"):
        return None
    return day(there["from"]), day(there["until"]) if there.get("until") else None


def first_seen_before(b: Builder, sid: str, class_key: str, year: int) -> dt.date | None:
    """The first day an answer read before this one saw ``sid`` in the class ``class_key`` in school year ``year``
    (the directory's ``first``, else ``seen``), or None."""
    there = ((b.ctx.directory.get(KIND, sid) or {}).get("classes") or {}).get(f"{class_key}@{year}") or {}
    first = there.get("first", there.get("seen"))
    return day(first) if first else None


def class_end(b: Builder, sid: str, class_key: str, year: int) -> dt.date | None:
    """The day ``sid`` left the class ``class_key`` (name key) of school year ``year`` as the hub holds it, or None
    while he is in it (a subgroup of it first shown after he left ends then too: ``subgroups.py``)."""
    there = known(b, sid).get(f"{class_key}@{year}") or {}
    return day(there["until"]) if there.get("until") else None


def current_class(b: Builder, sid: str, year: int) -> str | None:
    """The class ``sid`` was last seen in during school year ``year`` and has not left, by name; None if the hub
    saw him in none (``periods.getperiods`` assigns the pupil's periods to it)."""
    here = [there for there in known(b, sid).values() if there.get("year") == year and not there.get("until")]
    return max(here, key=lambda there: there.get("seen") or "")["name"] if here else None


def year_end_class(b: Builder, sid: str, year: int) -> str | None:
    """The class ``sid`` ended school year ``year`` in, by name: the one he has not left (``current_class``), else
    the one the turn of the year ended (left on 1 September of the next: he went up a class,
    ``memberships._end_of_year``); None if neither. Last year's days pulled after the new year's getrules are that
    class's (``unplaced.read_for``; ``contracts/journeys/elzhur_35``: late August pulled again in September)."""
    held = current_class(b, sid, year)
    if held:
        return held
    turn = dt.date(year + 1, 9, 1).isoformat()
    ended = [there for there in known(b, sid).values() if there.get("year") == year and there.get("until") == turn]
    return max(ended, key=lambda there: there.get("seen") or "")["name"] if ended else None


def classes_of(b: Builder, sid: str) -> dict[str, dict[str, Any]]:
    """What was seen of ``sid``'s classes (the module docstring's directory entry; a copy): ``dropouts.py``."""
    return known(b, sid)


def pulled_in_another_year(b: Builder, year: int) -> bool:
    """Whether the answer, dated, was pulled in another school year than ``year``, the one it is about (last
    year's days backfilled a year late, or late August's days pulled in late August: ``common.pull_year``), so a
    getrules pulled with it names another year's classes."""
    pulled = pulled_on(b)
    return pulled is not None and pull_year(pulled) != year


def rules_class(b: Builder, sid: str, year: int) -> str | None:
    """The class ``sid``'s getrules named (directory ``student``), as his own answer about school year ``year``
    reads it, or None: a getrules names the class of the school year it was pulled in (its ``year``; an undated
    one, or one remembered before the year was kept, any year's), so an answer pulled in another school year than
    ``year`` does not take the class of another year's getrules (``unplaced.py`` reads it)."""
    known = b.ctx.directory.get("student", sid) or {}
    named = known.get("class")
    if not isinstance(named, str) or not named.strip():
        return None
    return named if known.get("year") in (None, year) or not pulled_in_another_year(b, year) else None


def class_of_days(b: Builder, sid: str, year: int) -> str | None:
    """The class of school year ``year`` a pupil's own answer without ``class=`` is about when it is about days
    before he left it: the class whose stay, as the hub holds it, covers every day of the answer's ``days`` range
    and ended by the day it was pulled (he left it). A pupil's answer is per pupil (reference A.2) and each of its
    days whole (A.3 Day): days pulled again after a move are his days as they were, in the class he was in then,
    and such an answer moves no one (``memberships.start_of``: it sees him in a class he left, on or before the day
    his leaving was seen). None for an undated answer, one
    about days the hub holds him in no class he left, or one whose days straddle a move (read as of its pull:
    ``class_when_pulled``), or one without ``days`` (it sees him on its pull day, after he left: a move back)."""
    pulled, span = pulled_on(b), b.req.days
    if pulled is None or span is None:
        return None
    for there in known(b, sid).values():
        if there.get("year") != year or not there.get("from") or not there.get("until") or not there.get("name"):
            continue
        if day(there["from"]) <= span[0] and span[1] < day(there["until"]) <= pulled:
            return str(there["name"])
    return None


def class_of_day(b: Builder, sid: str | None, class_name: str, date: dt.date) -> str:
    """The class a pupil's own day ``date`` is of (reference A.2 getdiary/gethomework by ``student``: his own days;
    A.3 Day: each day whole, as it was): ``class_name``, the class his answer is read for, unless the hub holds him
    that day in another class of its school year and not in ``class_name`` (a day before his move, listed again by
    an answer pulled after it, whose range straddles the move: ``class_when_pulled``). A class's answer
    (``sid`` None) or one naming its class (``class=``) is of that class. A class no answer had shown him in by
    this one's pull (``known_by_pull``) claims none of its days: a day ahead listed by an answer pulled before his
    move and delivered after it is his day as of its pull, in ``class_name`` (A.1 envelope, ``pulled_at``: a later
    pull of his day decides; ``contracts/journeys/elzhur_77``)."""
    if sid is None or b.req.class_name:
        return class_name
    year, mine = school_year(date), None
    for there in known(b, sid).values():
        if there.get("year") != year or not there.get("from") or not there.get("name"):
            continue
        if day(there["from"]) <= date and (not there.get("until") or date < day(there["until"])):
            if name_key(str(there["name"])) == name_key(class_name):
                return class_name
            if known_by_pull(b, there):
                mine = mine or str(there["name"])
    return mine or class_name


def known_by_pull(b: Builder, there: dict[str, Any]) -> bool:
    """Whether the first day an answer showed the pupil in the class of the entry ``there`` (its ``first``, else
    ``seen``) is no later than the day this answer was pulled (an undated answer, or an entry without either, counts
    as known): a stay first seen after the answer's pull is news it could not list (A.1 envelope, ``pulled_at``).
    On the pull day itself, and for a stay dated from the day after its first sighting (two pulls of one day,
    ``memberships``), the pull of that sighting decides (``first_at``, ``move_dates.stay_marks``): the 05:00 pull
    of the day a pupil came back at 07:05 did not know it (``contracts/journeys/elzhur_80``)."""
    pulled, first = pulled_on(b), there.get("first", there.get("seen"))
    if pulled is None or not first:
        return True
    if day(first) < pulled or not there.get("first_at"):
        return day(first) <= pulled
    at = b.req.pulled_at
    return dt.datetime.fromisoformat(there["first_at"]) <= (at if at.tzinfo else at.replace(tzinfo=b.tz))


def class_when_pulled(b: Builder, sid: str, year: int, given: str) -> str:
    """The class a pupil's own answer without ``class=`` shows, as of its pull: of the classes of school year
    ``year`` dated answers saw him in, the one first seen last by its pull (``known_by_pull``; a getrules of
    another class pulled later but delivered first does not make an older answer that class's), when the hub holds
    ``given`` (the class of his getrules, as delivered) among them, or when that getrules is of another school year
    (the class of ``year`` first seen last stands for it); else ``given``."""
    seen, pulled = known(b, sid), pulled_on(b)
    here = {key: there for key, there in seen.items() if there.get("year") == year and there.get("name")}
    if (pulled is not None and here and f"{name_key(given)}@{year}" not in here
            and _named_for_another_year(b, sid, year)):
        given = max((there.get("first") or there.get("seen") or "", there["name"]) for there in here.values())[1]
    if pulled is None or f"{name_key(given)}@{year}" not in here:
        return given
    before = [(there.get("first") or there["seen"], name_key(there["name"]) == name_key(given), there["name"])
              for there in here.values() if there.get("seen") and known_by_pull(b, there)]
    return max(before)[2] if before else given  # on a tie, ``given``


def _named_for_another_year(b: Builder, sid: str, year: int) -> bool:
    """Whether ``sid``'s getrules as the hub holds it is of another school year than ``year`` (a getrules of the
    next year delivered before an answer of this one pulled earlier: the class of this year he was in is meant)."""
    named = (b.ctx.directory.get("student", sid) or {}).get("year")
    return isinstance(named, int) and named != year

"""The days of a Dnevnik.ru range answer (reference §7: the group-wide range queries are the bulk paths; §3.1,
§3.4), each the vendor's whole list for that day, whichever range brings the day.

A request snapshot (``routes.py``) compares an answer only with the previous answer to the same request, so a month
range lacking a lesson a weekly range held would delete nothing. Instead each whole day of the range is a
containing scope of its own (``hub.ingest.containing``), keyed by the group (or person) and the day the adapter
files the fact under:

* a lesson is filed under its local ``date`` in its own group (``lessons-day:<group>|<day>``) and, by subject,
  ``subject-lessons-day:<group>|<subject>|<day>``;
* a mark is filed under its lesson's date (the lesson of this answer, else the one the hub was sent; the diary
  files a mark under its lesson's date), else its own ``date`` when its lesson is unknown, in its lesson's group
  (else the request's group: ``marks-day:<group>|<day>``) and its pupil's (``person-marks-day:<person>|<day>``).
  §3.1 does not settle whether a marks range selects by the mark's date or its lesson's, so a mark set on
  another day than its lesson's joins the pair of days (``...|<lesson day>~<mark day>``, indexed in the
  directory under its lesson's day, ``SPLIT``), for which only a range covering both days is complete: a range
  deletes a mark only where both readings agree (the dnevnik_ru_13 corpus's rule 6; dnevnik_ru_44 no-mark-001: a
  sliding window covering both days after such a mark was deleted); a mark is also
  filed, on that day, under its group's subject (``subject-marks-day:<group>|<subject>|<day>``) and under its
  pupil in its group (``person-group-marks-day:<person>|<group>|<day>``);
* a day is the school's local day (``timeZone``, §3.10): an answer's dates are local, a bound with an offset is
  read in the school's zone. A range speaks for the days it covers whole: a date-only bound covers its day, a
  ``from`` of ``T00:00:00`` starts its day, a ``to`` of ``T23:59:59`` (or later) ends its day; ``.../T00:00:00``
  as ``to`` does not cover that day (§2: clients send both forms). A range over more than ``MAX_DAYS`` days
  speaks for no day (its request snapshot still does).

The answers complete for days (``contains``): ``edu-groups/{g}/lessons/{from}/{to}`` for ``lessons-day``,
``edu-groups/{g}/subjects/{s}/lessons/{from}/{to}`` for ``subject-lessons-day``, ``edu-groups/{g}/marks/{from}/{to}``
for ``marks-day``, ``edu-groups/{g}/subjects/{s}/marks/{from}/{to}`` for ``subject-marks-day`` (that subject's
marks of the group only), a pupil's ``persons/{p}/schools/{s}/marks/{from}/{to}`` for ``person-marks-day`` (complete
for that pupil only) and ``persons/{p}/edu-groups/{g}/marks/{from}/{to}`` for ``person-group-marks-day`` (that
pupil's marks in that group only), each also for the pairs of days of its range (``SPLIT``). A marks range's
omission deletes only a mark dated within the range as of its pull (``span``, ``Translation.snapshot_span``;
``hub.ingest.snapshots``): an answer pulled before it and delivered after it that dates the mark outside the range
shows it there (a mark the teacher re-dated). A moved lesson (same id, another date) leaves its old day: an
aggregate is in one scope of each kind, the one its latest statement names. A lessons range's omission likewise
deletes only a lesson dated within the range as of its pull (its lessons, ``SPANNED``; §3.4: a lesson has one id
and one ``date``): the same range pulled again after a lesson moved out of it (its request snapshot, which held the
lesson) says nothing of it, one moved into it and missing from it is cancelled (dnevnik_ru_75: lesson-020/059/094,
Thursday's Физика moved to Friday, Thursday's range re-pulled after the move). The homework of its lessons is still
deleted by the omission as before (a homework is not dated by its lesson's date, ``hub.ingest.revisions.DATED_BY``).

Log entries (§3.5: an entry is the pair (lesson, person), with no date of its own) are filed under their lesson's
date, the lesson's latest date as the hub holds it (this answer's lesson, else the directory's), so a lesson moved
after its log takes its log with it. The directory keeps, per group and day, the lessons seen there (``log-day``
``<group>|<day>``: a lesson when stated, and an entry's lesson), and per pupil the groups of their entries
(``log-groups``). A log-entry range answer is complete, for each whole day it covers, for the log of each such
lesson whose latest date is that day (``complete_logs``): ``lesson-log-entries/group/{g}`` for the whole
``lesson-log:<l>`` of the group's lessons (with ``?subject=``: that subject's only), a pupil's
``persons/{p}/lesson-log-entries`` for ``person-lesson-log:<p>|<l>`` (that pupil's entry only). A range pulled
after a lesson moved away no longer selects it and deletes nothing of its log; these ranges have no request
snapshot (``routes.py``), whose "missing from the same request" would delete the log of a lesson that left the range.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from adapters.routing import Request

if TYPE_CHECKING:
    from adapters.dnevnik_ru.common import Out

MAX_DAYS = 93  # a longer range speaks for no day (the reference's clients page by 30 days)
BOUND = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?[0-9.]*)?"
                   r"(Z|[+-][0-9]{2}:?[0-9]{2})?$")
QUERY = {"from": ("startDate", "fromDate", "from"), "to": ("endDate", "to")}
# route pattern -> (the scope kind it is complete for, the request parameters that key it)
COMPLETE = {
    "edu-groups/{group}/lessons/{from}/{to}": ("lessons-day", ("group",)),
    "edu-groups/{group}/subjects/{subject}/lessons/{from}/{to}": ("subject-lessons-day", ("group", "subject")),
    "edu-groups/{group}/marks/{from}/{to}": ("marks-day", ("group",)),
    "persons/{person}/schools/{school}/marks/{from}/{to}": ("person-marks-day", ("person",)),
    "edu-groups/{group}/subjects/{subject}/marks/{from}/{to}": ("subject-marks-day", ("group", "subject")),
    "persons/{person}/edu-groups/{group}/marks/{from}/{to}": ("person-group-marks-day", ("person", "group")),
}

# the ranges whose omission deletes only what is dated within the range (``span``), with the families it dates so
# (``Translation.snapshot_span_families``): the marks ranges (a mark's date), the homework ranges (a homework's due
# date, ``homework_days.py``) and the lessons ranges (a lesson's date, §3.4; not the homework of their lessons)
SPANNED: dict[str, frozenset[str]] = {
    **{p: frozenset({"grade"}) for p in COMPLETE if "/marks/" in p},
    "persons/{person}/subjects/{subject}/marks/{from}/{to}": frozenset({"grade"}),
    "users/me/school/{school}/homeworks": frozenset({"homework"}),
    **{p: frozenset({"lesson"}) for p in COMPLETE if "/lessons/" in p},
}


MARK_KINDS = frozenset(kind for kind, _ in COMPLETE.values() if "marks" in kind)
SPLIT = "marks-split-day"  # directory: <lesson day> -> {<mark day>: True}, the marks set on another day (docstring)

LOG_COMPLETE = {"lesson-log-entries/group/{group}": "group", "persons/{person}/lesson-log-entries": "person"}


def day_scope(kind: str, *keys: str, day: str) -> str:
    """``lessons-day:<group>|<day>``: the scope of one day (``day`` ``YYYY-MM-DD``, or ``<day>~<day>``)."""
    return f"{kind}:{'|'.join(keys)}|{day}"


def lesson_scopes(lesson: str, group: str, subject: str, day: str) -> tuple[tuple[str, str], ...]:
    member = f"lesson:{lesson}"
    return ((day_scope("lessons-day", group, day=day), member),
            (day_scope("subject-lessons-day", group, subject, day=day), member))


def mark_scopes(mark: str, person: str, group: str | None, subject: str | None, lesson_day: str | None,
                own_day: str, out: Out | None = None) -> tuple[tuple[str, str], ...]:
    """The day scopes of a mark (module docstring): its lesson's day, unless it was set on another day (then the
    pair of days, indexed in ``out``'s directory under the lesson's day, ``SPLIT``, for the ranges covering both);
    its pupil's, its group's, its group's subject's and its pupil's in its group."""
    day = own_day if lesson_day is None or lesson_day == own_day else f"{lesson_day}~{own_day}"
    if out is not None and lesson_day is not None and lesson_day != own_day \
            and not (out.peek(SPLIT, lesson_day) or {}).get(own_day):
        out.remember(SPLIT, lesson_day, {own_day: True}, merge=True)
    member = f"mark:{mark}"
    found = [(day_scope("person-marks-day", person, day=day), member)]
    if group is not None:
        found += [(day_scope("marks-day", group, day=day), member),
                  (day_scope("person-group-marks-day", person, group, day=day), member)]
    if group is not None and subject is not None:
        found.append((day_scope("subject-marks-day", group, subject, day=day), member))
    return tuple(found)


def complete_days(pattern: str, request: Request, path: dict[str, str], params: dict[str, str], tz: ZoneInfo,
                  out: Out) -> list[tuple[str, frozenset[str]]]:
    """The day scopes an answer to ``pattern`` is complete for, with the members it holds there (the answer's
    ``Translation.scopes``): each whole day of its range and, for a marks range, each pair of days
    (``<lesson day>~<mark day>``) a mark set on another day than its lesson's was filed under with both days in the
    range (``SPLIT``: whichever date the range selects by, it would hold the mark)."""
    if pattern not in COMPLETE:
        return []
    kind, names = COMPLETE[pattern]
    if any(not params.get(name) for name in names):
        return []
    days = whole_days(_raw(request, path, "from"), _raw(request, path, "to"), tz)
    held: dict[str, set[str]] = {}
    for memberships in out.scopes.values():
        for scope, member in memberships:
            held.setdefault(scope, set()).add(member)
    keys = [params[name] for name in names]
    named = [day.isoformat() for day in days]
    pairs = [f"{day}~{own}" for day in named for own in sorted(out.peek(SPLIT, day) or {})
             if own in named] if kind in MARK_KINDS else []
    return [(scope, frozenset(held.get(scope, ()))) for day in named + pairs
            for scope in [day_scope(kind, *keys, day=day)]]


def entry_scopes(lesson: str, person: str) -> tuple[tuple[str, str], ...]:
    """An entry's containing scopes: its lesson's whole log, and its pupil's part of that log."""
    return ((f"lesson-log:{lesson}", f"person:{person}"), (f"person-lesson-log:{person}|{lesson}", f"person:{person}"))


def file_lesson(out: Out, lesson: str, group: str | None, day: str | None) -> None:
    """Index a lesson under its group's day (``log-day``), where a log-entry range of that day looks for it."""
    if group and day and not (out.peek("log-day", f"{group}|{day}") or {}).get(lesson):
        out.remember("log-day", f"{group}|{day}", {lesson: True}, merge=True)


def file_entry(out: Out, lesson: str, person: str, the_lesson: dict[str, Any]) -> None:
    """Index an entry: its lesson under the lesson's day, its lesson's group among the pupil's (``log-groups``)."""
    group = the_lesson.get("group")
    file_lesson(out, lesson, group, the_lesson.get("date"))
    if group and not (out.peek("log-groups", person) or {}).get(group):
        out.remember("log-groups", person, {group: True}, merge=True)


def complete_logs(pattern: str, request: Request, path: dict[str, str], params: dict[str, str], out: Out,
                  tz: ZoneInfo) -> list[tuple[str, frozenset[str]]]:
    """The lesson logs a log-entry range answer is complete for (module docstring), with the members it holds."""
    who = LOG_COMPLETE.get(pattern)
    key = params.get(who or "")
    if who is None or not key:
        return []
    held: dict[str, set[str]] = {}
    for memberships in out.scopes.values():
        for scope, member in memberships:
            held.setdefault(scope, set()).add(member)
    groups = [key] if who == "group" else sorted(out.peek("log-groups", key) or {})
    subject = params.get("subject") if who == "group" else None
    found = []
    for day in whole_days(_raw(request, path, "from"), _raw(request, path, "to"), tz):
        for group in groups:
            for lesson in sorted(out.peek("log-day", f"{group}|{day.isoformat()}") or {}):
                now = out.peek("lesson", lesson) or {}
                if now.get("date") != day.isoformat() or (subject and now.get("subject") != subject):
                    continue  # moved to another day, or another subject's
                scope = f"lesson-log:{lesson}" if who == "group" else f"person-lesson-log:{key}|{lesson}"
                found.append((scope, frozenset(held.get(scope, ()))))
    return found


def span(pattern: str, request: Request, path: dict[str, str], tz: ZoneInfo) -> tuple[date, date] | None:
    """The local days a marks, homework or lessons range touches (``Translation.snapshot_span``, ``SPANNED``): its
    omission deletes only a mark dated (a homework due, a lesson dated) within them as of its pull
    (``hub.ingest.snapshots``), as an Elzhur getmarks' does; a date-only ``to`` covers its day, a ``to`` of
    ``T00:00:00`` ends the day before. None for another route or an unreadable bound."""
    if pattern not in SPANNED:
        return None
    to_text = _raw(request, path, "to")
    first, last = _moment(_raw(request, path, "from"), tz), _moment(to_text, tz)
    if first is None or last is None:
        return None
    midnight = not _date_only(to_text) and last.time() == time(0)
    end = last.date() - timedelta(days=1) if midnight and last.date() > first.date() else last.date()
    return (first.date(), end) if first.date() <= end else None


def class_days(pattern: str, request: Request, path: dict[str, str], tz: ZoneInfo) -> frozenset[str]:
    """The days (ISO) a group's lessons range (``edu-groups/{g}/lessons/{from}/{to}``, §3.4, §7) covers whole: of
    each it is the group's whole list of lessons (``lessons-day``), which ``pupil_days.py`` reads against the pupils'
    own schedules. Empty for another route (a subject's range lists one subject's lessons only)."""
    if COMPLETE.get(pattern, ("",))[0] != "lessons-day":
        return frozenset()
    return frozenset(day.isoformat() for day in request_days(request, path, tz))


def request_days(request: Request, path: dict[str, str], tz: ZoneInfo) -> list[date]:
    """The local days a range request covers whole (its path's bounds, else its query's; ``whole_days``)."""
    return whole_days(_raw(request, path, "from"), _raw(request, path, "to"), tz)


def whole_days(start: str | None, end: str | None, tz: ZoneInfo) -> list[date]:
    """The local days a range covers whole (module docstring); none past ``MAX_DAYS`` or for an unreadable bound."""
    first, last = _bound(start, tz, False), _bound(end, tz, True)
    if first is None or last is None or not 0 <= (last - first).days < MAX_DAYS:
        return []
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _date_only(text: str | None) -> bool:
    """Whether a bound is a date without a time (it covers its day, §2)."""
    found = BOUND.match((text or "").strip())
    return found is not None and found.group(2) is None


def _bound(text: str | None, tz: ZoneInfo, is_end: bool) -> date | None:
    """The first (``is_end`` False) or last day a bound covers whole."""
    if _date_only(text):
        try:
            return date.fromisoformat((text or "").strip()[:10])
        except ValueError:
            return None
    moment = _moment(text, tz)
    if moment is None:
        return None
    if is_end:
        return moment.date() if moment.time() >= time(23, 59, 59) else moment.date() - timedelta(days=1)
    return moment.date() if moment.time() == time(0) else moment.date() + timedelta(days=1)


def _moment(text: str | None, tz: ZoneInfo) -> datetime | None:
    """A bound as a local time in the school's zone (a date alone: its midnight); None when unreadable."""
    found = BOUND.match((text or "").strip())
    if not found:
        return None
    day_text, hour, minute, second, offset = found.groups()
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        return None
    if hour is None:
        return datetime.combine(day, time(0))
    if not (int(hour) < 24 and int(minute) < 60 and int(second or 0) < 60):
        return None
    moment = datetime.combine(day, time(int(hour), int(minute), int(second or 0)))
    if offset:
        zone_text = "+00:00" if offset == "Z" else offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"
        moment = datetime.fromisoformat(f"{moment.isoformat()}{zone_text}").astimezone(tz).replace(tzinfo=None)
    return moment


def _raw(request: Request, path: dict[str, str], name: str) -> str | None:
    """A bound as the request sent it: the path's, else the query's."""
    return path.get(name) or request.param(*QUERY[name])

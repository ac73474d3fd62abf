"""The homework a Dnevnik.ru homeworks range answer speaks for, whichever answer brought it (reference §3.7: the
bundle is a ``startDate``/``endDate`` range query; §7: range queries are the bulk paths).

A request snapshot (``routes.py``) compares an answer only with the previous answer to the same request, and a sync
job that pulls homework in rolling windows never repeats a request: a homework withdrawn after the window that
brought it would show for good. So ``users/me/school/{s}/homeworks?startDate&endDate`` is also the whole list of
the homework it covers. The reference does not say which of a homework's dates the bundle selects by, its set date
(its lesson's date, §3.4) or its due date (``targetDate``, §3.2), so the answer covers a homework only when both lie
within the days it covers whole (``days.whole_days``: the school's local days, a date-only bound covering its
day): a homework it lacks there is withdrawn as of its pull; one with either date outside, or without a lesson or a
due date, is left alone.

* Each homework is its own containing scope (``homework:<w>``, member ``work:<w>``; ``hub.ingest.containing``), and
  its lesson's works (``lesson-works:<lesson>``, as a mark is: ``containing.work_scopes``), so a lesson's whole list of
  works (``lessons/{l}/works``, or a lesson's ``works[]`` in a lessons answer, ``containing.py``) lacking it
  withdraws it too.
* The directory keeps, per local due day, the homework seen due then (``homework-due`` ``<day>``); a range answer
  looks there for each day it covers and keeps those whose due date (the ``work`` entry's ``due``) is still that
  day and whose lesson's date (the ``lesson`` entry's) lies within the range too (``complete_homework``).
* The answer's omission holds only for what is due within its range as of its pull (``days.span``,
  ``Translation.snapshot_span``; ``hub.ingest.revisions.DATED_BY``: a homework's ``due_on``), so a homework the
  hub holds (in pull order) due outside it is not withdrawn, and an answer pulled before and delivered after that
  dates it outside the range states it again. An answer pulled before the last one complete for a homework
  deletes nothing there (``hub.ingest.containing``).
* An answer that itself lists a homework due outside its range whose lesson lies within it selects by the set
  date (its lesson's, or by either date), not by the due date alone (``by_lesson_date``; found by
  ``dnevnik_ru_84``: no-homework-027..032, Thursday's «№ 512–515», due on Monday, left out of Friday's week range
  that lists Friday's homework due next week). Its omission then speaks for the homework of its lessons whatever
  their due dates: it dates no homework by its due date (``span_families``), so the homework its request's
  previous answer held and it lacks is withdrawn as of its pull, whole, and an older answer delivered after it
  does not state it again (``hub.ingest.snapshots``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.dnevnik_ru.days import request_days
from adapters.routing import Request

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from adapters.dnevnik_ru.carried import Carried
    from adapters.dnevnik_ru.common import Out

RANGES = frozenset({"users/me/school/{school}/homeworks"})  # the homework range queries of §3.7


def homework_scopes(work: str, lesson: str | None) -> tuple[tuple[str, str], ...]:
    """A homework's containing scopes: its own, and its lesson's works."""
    member = f"work:{work}"
    return ((f"homework:{work}", member),) + (((f"lesson-works:{lesson}", member),) if lesson else ())


def file_homework(out: Out, work: str, due: str | None) -> None:
    """Index a homework under its local due day (``homework-due``), where a range of that day looks for it."""
    if due and not (out.peek("homework-due", due) or {}).get(work):
        out.remember("homework-due", due, {work: True}, merge=True)


def span_families(pattern: str, families: frozenset[str] | None, request: Request, path: dict[str, str],
                  out: Out, carried: Carried, tz: ZoneInfo) -> frozenset[str] | None:
    """The families the answer's omission dates by the range (``Translation.snapshot_span_families``,
    ``days.SPANNED``): ``families``, without homework when a homework range selects by lesson date
    (``by_lesson_date``)."""
    if pattern not in RANGES or families is None or not by_lesson_date(request, path, out, carried, tz):
        return families
    return families - {"homework"}


def by_lesson_date(request: Request, path: dict[str, str], out: Out, carried: Carried, tz: ZoneInfo) -> bool:
    """Whether a homework range answer lists a homework due outside the days it covers whose lesson's date lies
    within them (module docstring): it does not select by the due date alone."""
    days = {day.isoformat() for day in request_days(request, path, tz)}
    for entry in carried.works.values():
        the_lesson = carried.find(out, "lesson", entry.get("lesson")) or {}
        if entry.get("due") and entry.get("due") not in days and the_lesson.get("date") in days:
            return True
    return False


def complete_homework(pattern: str, request: Request, path: dict[str, str], out: Out, carried: Carried,
                      tz: ZoneInfo) -> list[tuple[str, frozenset[str]]]:
    """The homework scopes a homeworks range answer is complete for (module docstring), with the member it holds
    there: the homework when the answer lists its work, else none."""
    if pattern not in RANGES:
        return []
    days = {day.isoformat() for day in request_days(request, path, tz)}
    found = []
    for day in sorted(days):
        for work in sorted(out.peek("homework-due", day) or {}):
            entry = carried.find(out, "work", work) or {}
            the_lesson = carried.find(out, "lesson", entry.get("lesson")) or {}
            if entry.get("due") != day or the_lesson.get("date") not in days:
                continue  # due on another day since, or set outside the range (or on no known day)
            found.append((f"homework:{work}", frozenset({f"work:{work}"} if work in carried.works else ())))
    return found

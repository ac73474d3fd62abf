"""The containing scopes a Dnevnik.ru answer is complete for (``Translation.contains``; ``hub.ingest.containing``).

A request snapshot (``routes.py``, ``Snapshot``) compares an answer with the previous answer to the same request.
These scopes compare it with what the hub holds, whichever request brought it:

* ``lessons/{l}/log-entries``: the lesson's whole log (§3.5: an entry is the pair (lesson, person), and ``DELETE``
  is on this endpoint): ``lesson-log:<l>``, holding the persons of its entries (a ``NotSet`` entry is no entry);
* ``lessons/{l}/marks`` (§3.1) and ``POST lessons/marks`` (§7: its batch form, body ``{"lessons": [...]}``): the
  whole marks list of its lesson, of each lesson the body names: ``lesson-marks:<l>``, holding the marks returned
  (found by dnevnik_ru_65 no-mark-007: a mark a feed brought, entered on the wrong pupil, moved to another). As for
  ``works/many``, the lessons are those of the request body, never those the answer names (a lesson whose marks
  were all deleted is not in it); an envelope without a readable body asks for no lesson and deletes nothing;
* ``works/{w}/marks`` (§3.1: the list of the work's marks, a ``List<Mark>`` of the work in the client models of
  §10 item 4, no paging, as ``lessons/{l}/marks`` is of its lesson): the whole marks list of its work,
  ``work-marks:<w>``, holding the marks returned, period marks among them (§3.13: a period mark is a Mark of its
  ``PeriodMark`` work, whichever endpoint brought it). Found by dnevnik_ru_78 no-mark-003: a test's «2» deleted
  after the last range of its week, reported only by the work's marks. A pupil's ``persons/{p}/works/{w}/marks``
  is his part of that list only: not complete for it;
* ``persons/{p}/works/{w}/marks`` and ``persons/{p}/lessons/{l}/marks`` (§3.1, the client endpoint list of §10
  item 4): that pupil's whole list of marks of the work, of the lesson, ``person-work-marks:<p>|<w>`` and
  ``person-lesson-marks:<p>|<l>``, holding the marks returned (period marks among a work's). Found by dnevnik_ru_83
  no-mark-006/010: a «2» and a «5» deleted after the pupil's last range, reported only by his own answers ``[]``;
* ``POST works/many``: every work its body asks for (a JSON array of ids): ``work:<w>`` for each, holding the work
  when the answer returns it; a work asked for and not returned was deleted, and with it its marks (§3.1: a mark's
  ``work`` is its assessment column);
* ``lessons/{l}/works`` and ``works?lesson=<l>``: the lesson's works: ``lesson-works:<l>``, holding those returned;
* a lesson's own ``works[]`` in the entity shape (``lessons/{l}``, ``POST lessons/many``, the group's lessons
  ranges; §3.4: the lesson's works, objects or ids): ``lesson-works:<l>`` likewise (``Carried.lesson_works``). A
  lesson without the key states none; a bundle's flattened lesson is not read so (its ``works`` name the bundle's).

Entries, marks and homework name the scopes they belong to (``attendance.py``, ``work_scopes``, ``mark_lists``,
``homework_days.homework_scopes``), so a lesson's works without a work retract its marks and withdraw its homework.
The days of a range answer, and the homework of a homeworks range, are containing scopes too (``days.py``,
``homework_days.py``, ``routes.translate_envelope``).
"""

from __future__ import annotations

from typing import Any

from adapters.dnevnik_ru.carried import Carried
from adapters.dnevnik_ru.common import Out

WHOLE_MARKS = frozenset({"lessons/{lesson}/marks", "lessons/marks"})  # every mark of the lessons they name
WORK_MARKS = "works/{work}/marks"  # every mark of its work
# every mark of the pupil in the work, in the lesson: the scope's kind and the parameter naming the work or lesson
PUPIL_MARKS = {"persons/{person}/works/{work}/marks": ("person-work-marks", "work"),
               "persons/{person}/lessons/{lesson}/marks": ("person-lesson-marks", "lesson")}


def containing(pattern: str, params: dict[str, str], request_body: Any, out: Out,
               carried: Carried) -> list[tuple[str, frozenset[str]]]:
    """The containing scopes the answer to ``pattern`` is complete for, with the member keys it holds."""
    lesson = params.get("lesson")
    if pattern == "lessons/{lesson}/log-entries" and lesson:
        return [_held(out, f"lesson-log:{lesson}")]
    if pattern in WHOLE_MARKS:
        asked = [lesson] if lesson else _lessons(request_body) if pattern == "lessons/marks" else []
        return [_held(out, f"lesson-marks:{vid}") for vid in asked]
    if pattern == WORK_MARKS and params.get("work"):
        return [_held(out, f"work-marks:{params['work']}")]
    if pattern in PUPIL_MARKS:
        kind, key = PUPIL_MARKS[pattern]
        person, of = params.get("person"), params.get(key)
        return [_held(out, f"{kind}:{person}|{of}")] if person and of else []
    returned = frozenset(f"work:{work}" for work in carried.works)
    if pattern == "works/many":
        asked = _ids(request_body)
        return [(f"work:{work}", returned & {f"work:{work}"}) for work in asked]
    if pattern in ("lessons/{lesson}/works", "works") and lesson:
        return [(f"lesson-works:{lesson}", returned)]
    return [(f"lesson-works:{vid}", frozenset(f"work:{work}" for work in works))
            for vid, works in sorted(carried.lesson_works.items())]


def work_scopes(work_vid: str | None, lesson_vid: str | None) -> tuple[tuple[str, str], ...]:
    """A mark belongs to its work (the assessment column, §3.1): a complete answer that no longer has the work
    deleted it with its marks."""
    if work_vid is None:
        return ()
    member = f"work:{work_vid}"
    return ((member, member),) + (((f"lesson-works:{lesson_vid}", member),) if lesson_vid else ())


def mark_lists(mark: str, work_vid: str | None, lesson_vid: str | None,
               person: str) -> tuple[tuple[str, str], ...]:
    """The marks lists a mark is in (§3.1): its lesson's (``lessons/{l}/marks``, §7 ``POST lessons/marks``:
    ``lesson-marks:<l>``) and its work's (``works/{w}/marks``: ``work-marks:<w>``), then its pupil's part of each
    (``persons/{p}/lessons/{l}/marks``: ``person-lesson-marks:<p>|<l>``; ``persons/{p}/works/{w}/marks``:
    ``person-work-marks:<p>|<w>``); an answer complete for one that no longer has it deleted it."""
    keys = (("lesson-marks", lesson_vid), ("work-marks", work_vid),
            ("person-lesson-marks", lesson_vid and f"{person}|{lesson_vid}"),
            ("person-work-marks", work_vid and f"{person}|{work_vid}"))
    return tuple((f"{kind}:{key}", f"mark:{mark}") for kind, key in keys if key)


def _ids(body: Any) -> list[str]:
    """The ids of a ``works/many`` body: a JSON array of integers or decimal strings; anything else asks nothing."""
    if not isinstance(body, list):
        return []
    ids = [str(v) for v in body if (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, str)
                                                                                           and v.isdigit())]
    return sorted({str(int(v)) for v in ids}) if len(ids) == len(body) else []


def _held(out: Out, scope: str) -> tuple[str, frozenset[str]]:
    """``scope`` with the members the answer holds there (its events' ``scopes``)."""
    return scope, frozenset(member for scopes in out.scopes.values() for s, member in scopes if s == scope)


def _lessons(body: Any) -> list[str]:
    """The lessons of a ``lessons/marks`` body, ``{"lessons": [ids]}`` (§7); anything else asks for none."""
    return _ids(body.get("lessons")) if isinstance(body, dict) else []

"""A Dnevnik.ru mark whose standalone work type the hub was never sent shows now (reference §3.1: a mark's value,
lesson, pupil and date are the mark's own; the work type gives only its name and weight, §3.3 ``work-types/{school}``
being school-level). Found by ``contracts/journeys/dnevnik_ru_68`` (mark-003, no-mark-001, no-mark-002): a relay on
a parent's account pulls only pupil-level endpoints, so every ``persons/{p}/schools/{s}/marks/{from}/{to}`` answer
waited for a work type no answer would bring, and a corrected or removed mark kept showing as it was.

The mark is read as one of a bundle whose work types state no weight: ``weight`` (and ``work_type`` when no embedded
work type names it) not stated, and the first work-types answer amends the marks the hub holds
(``adapters/dnevnik_ru/marks.py``, ``lessons.work_type``). The world is ``tests/dnevnik_world.py``'s, without its
work-types answer."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, World, env
from tests.integration.test_dnevnik_weight_change import grade_events, latest, send, work_types

MON, TUE, WED = "2025-10-13T19:00:00+05:00", "2025-10-14T19:00:00+05:00", "2025-10-15T19:00:00+05:00"


def without_work_types(w: World) -> list[dict[str, Any]]:
    return [r for r in w.lessons_first() if "work-types" not in r["request"]]


def own_marks(w: World, pulled_at: str, *marks: dict[str, Any]) -> dict[str, Any]:
    """The pupil's own marks range of the week (a parent's relay: §3.1 ``persons/{p}/schools/{s}/marks``)."""
    record = env(f"GET /v2/persons/{w.pupil}/schools/{SCHOOL_VENDOR}/marks/2025-10-13T00:00:00/2025-10-18T23:59:59",
                 list(marks))
    return {**record, "pulled_at": pulled_at}


def bundle_day(w: World, pulled_at: str) -> dict[str, Any]:
    """The pupil's own schedules of Monday (its embedded work type names the mark's work type, without weight)."""
    record = env(f"GET /v2/persons/{w.pupil}/groups/{w.group}/schedules?startDate=2025-10-13&endDate=2025-10-13",
                 {"days": [w.day()]})
    return {**record, "pulled_at": pulled_at}


async def test_a_mark_of_an_unknown_work_type_shows_and_its_correction_and_removal_too(running):
    """mark-003 / no-mark-001 / no-mark-002: recorded at once (accepted, not parked); the next day's range with
    another value amends it; a later range lacking it retracts it."""
    w = World()
    results = await send(running, *without_work_types(w), own_marks(w, MON, w.mark_obj()))
    assert results[-1].status == "accepted" and not results[-1].waiting_for
    await send(running, own_marks(w, TUE, {**w.mark_obj(), "value": "5", "textValue": "5"}))
    await send(running, own_marks(w, WED))
    events = await grade_events(running)
    assert [(e.type, e.data.get("text")) for e in events] == [
        ("grade.recorded", "4-"), ("grade.amended", "5"), ("grade.retracted", None)]
    assert events[0].data["work_type"] == {"code": "lesson_work", "name": None}  # not stated: the work's type only


async def test_the_first_work_types_answer_amends_the_weight_and_name_whichever_comes_first(running):
    """Both arrival orders end with the same mark: the work-types answer after the mark amends its weight and name
    (``grade.amended`` as of the answer's pull), before it the mark is recorded with them."""
    w, other = World(), World(1)
    await send(running, *without_work_types(w), own_marks(w, MON, w.mark_obj()))
    await send(running, work_types(3))
    after = await grade_events(running)
    assert [(e.type, e.data["weight"], e.data["work_type"]["name"]) for e in after] == [
        ("grade.recorded", 1.0, None), ("grade.amended", 3.0, "Ответ на уроке")]

    await send(running, *without_work_types(other), work_types(3), own_marks(other, MON, other.mark_obj()))
    before = (await grade_events(running))[len(after):]
    assert [(e.type, e.data["weight"], e.data["work_type"]["name"]) for e in before] == [
        ("grade.recorded", 3.0, "Ответ на уроке")]
    ids = ("grade_id", "student_id", "lesson_id", "subject_id")
    ends = [{k: v for k, v in d.items() if k not in ids} for d in latest(after + before).values()]
    assert len(ends) == 2 and ends[0] == ends[1]  # the same mark in both orders, but for its ids


async def test_a_range_without_the_work_type_keeps_the_name_a_bundle_gave(running):
    """The schedules bundle's embedded work type names the mark; the pupil's marks range (no work type known) leaves
    the name as it is, and the later work-types answer states the weight."""
    w = World()
    await send(running, *without_work_types(w), bundle_day(w, MON), own_marks(w, TUE, w.mark_obj()))
    await send(running, work_types(2))
    events = await grade_events(running)
    assert [(e.type, e.data["weight"], e.data["work_type"]["name"]) for e in events] == [
        ("grade.recorded", 1.0, "Ответ на уроке"), ("grade.amended", 2.0, "Ответ на уроке")]

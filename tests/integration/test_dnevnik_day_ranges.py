"""Dnevnik.ru range answers are the vendor's whole list for each day of their range, whichever range brings the day
(``adapters/dnevnik_ru/days.py``; found by dnevnik_ru_13: no-lesson-02, no-mark-06, no-mark-01): a month range
without a lesson or mark a weekly range held deletes it; a pupil's own marks range without a mark a group range
held retracts it, and not a classmate's; an older answer deletes nothing. And a ``NotSet`` log entry is no entry:
the pupil is present again (attendance-27). On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, World, env, ids
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send
from tests.integration.test_dnevnik_weight_change import group_marks, twin_mark

WEEK, MONTH, LATER = "2025-10-18T20:00:00+05:00", "2025-11-01T09:00:00+05:00", "2025-11-02T08:00:00+05:00"


def second_lesson(w: World) -> dict[str, Any]:
    """Another lesson of the group, on Tuesday 2025-10-14."""
    return {**w.lesson_entity(), **ids(w.i(402)), "date": "2025-10-14T08:30:00", "works": []}


async def test_a_month_range_without_a_lesson_a_week_range_held_cancels_it_and_keeps_the_others(running):
    w = World()
    await send(running, *w.roster())
    week = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18", [w.lesson_entity(), second_lesson(w)])
    assert await send(running, pulled(week, WEEK)) == ["accepted"]
    month = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-01/2025-10-31", [second_lesson(w)])
    assert await send(running, pulled(month, "2025-10-17T09:00:00+05:00")) == ["duplicate"]  # pulled before
    assert await send(running, pulled(month, MONTH)) == ["accepted"]
    assert [(kind, data["lesson_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "lesson.")] == [
        ("lesson.scheduled", str(w.lesson)), ("lesson.scheduled", str(w.i(402))), ("lesson.cancelled", str(w.lesson))]


async def test_a_range_with_times_speaks_only_for_the_days_it_covers_whole(running):
    w = World()
    await send(running, *w.roster())
    week = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18", [w.lesson_entity()])
    assert await send(running, pulled(week, WEEK)) == ["accepted"]
    until_midnight = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-01T00:00:00/2025-10-13T00:00:00", [])
    assert await send(running, pulled(until_midnight, MONTH)) == ["accepted"]  # 10-13 is not covered whole
    assert [kind for kind, _ in await latest(running, "lesson.")] == ["lesson.scheduled"]
    one_day = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13T00:00:00/2025-10-13T23:59:59", [])
    assert await send(running, pulled(one_day, LATER)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "lesson.")] == ["lesson.scheduled", "lesson.cancelled"]


async def test_a_month_range_without_a_mark_a_week_range_held_retracts_it(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(group_marks(w), WEEK))
    month = env(f"GET /v2/edu-groups/{w.group}/marks/2025-10-01/2025-10-31", [])
    assert await send(running, pulled(month, MONTH)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]


async def test_a_pupils_own_empty_range_retracts_that_pupils_mark_and_not_a_classmates(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(group_marks(w), WEEK), pulled(twin_mark(w), WEEK))
    own = env(f"GET /v2/persons/{w.pupil}/schools/{SCHOOL_VENDOR}/marks/2025-10-13/2025-10-17", [])
    assert await send(running, pulled(own, MONTH)) == ["accepted"]
    assert [(kind, data["student_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "grade.")] == [
        ("grade.recorded", str(w.pupil)), ("grade.recorded", str(w.twin)), ("grade.retracted", str(w.pupil))]


async def test_a_range_covering_both_a_late_marks_lesson_day_and_own_day_retracts_it(running):
    """dnevnik_ru_44 (no-mark-001): a mark of Monday 10-13's lesson set on Monday 10-20 is under no one day, but a
    range covering both days would hold it whichever date §3.1 selects by: its omission retracts it. A range
    covering one of the days says nothing of it; an older answer delivered after the omission changes nothing."""
    w = World()
    late = {**w.mark_obj(), "date": "2025-10-20T10:00:00"}
    marks = f"GET /v2/edu-groups/{w.group}/marks"
    await send(running, *w.lessons_first(), pulled(env(f"{marks}/2025-10-06/2025-10-20", [late]),
                                                   "2025-10-20T20:00:00+05:00"))
    for window in ("2025-10-14/2025-10-24", "2025-10-01/2025-10-19"):  # the mark's own day only, the lesson's only
        assert await send(running, pulled(env(f"{marks}/{window}", []), "2025-10-21T19:00:00+05:00")) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded"]
    sliding = env(f"{marks}/2025-10-13/2025-10-24", [])
    assert await send(running, pulled(sliding, "2025-10-22T19:00:00+05:00")) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]
    older = pulled(env(f"{marks}/2025-10-06/2025-10-21", [late]), "2025-10-21T20:00:00+05:00")
    assert await send(running, older) == ["duplicate"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]


async def test_a_not_set_entry_is_no_entry_the_pupil_is_present_again(running):
    w = World()
    await send(running, *w.lessons_first())
    ranged = env(f"GET /v2/persons/{w.pupil}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-18",
                 [{**w.entry(), "status": "Absent"}])
    assert await send(running, pulled(ranged, WEEK)) == ["accepted"]
    one = env(f"GET /v2/lesson-log-entries/lesson/{w.lesson}/person/{w.pupil}", {**w.entry(), "status": "NotSet"})
    assert await send(running, pulled(one, MONTH)) == ["accepted"]
    assert [(kind, data["status"]) for kind, data in await latest(running, "attendance.")] == [
        ("attendance.marked", "absent"), ("attendance.corrected", "present")]


async def test_an_older_narrower_marks_range_delivered_after_a_newer_one_without_the_mark_does_not_bring_it_back(
        running):
    """Found by dnevnik_ru_57 (no-mark-003): a group's marks range is all its marks over those dates (§3.1, §7: the
    group-wide range is a bulk path), so Friday's week range without Monday's mark says the teacher deleted it as
    of Friday's pull. A backlog flushed out of order then delivers Monday's one-day range (pulled four days before,
    `Z` stamps) and a Mon..Wed range: both older than Friday's answer for Monday, neither states the mark again."""
    w = World()
    marks = f"GET /v2/edu-groups/{w.group}/marks"
    twin = {**w.mark_obj(), **ids(w.i(552)), "person": w.twin, "person_str": str(w.twin), "value": "5",
            "textValue": "5"}
    await send(running, *w.lessons_first())
    friday = pulled(env(f"{marks}/2025-10-13/2025-10-17", [twin]), "2025-10-17T13:10:00Z")
    monday = pulled(env(f"{marks}/2025-10-13/2025-10-13", [w.mark_obj(), twin]), "2025-10-13T13:01:00Z")
    assert await send(running, friday, monday) == ["accepted", "duplicate"]
    wednesday = pulled(env(f"{marks}/2025-10-13/2025-10-15", [w.mark_obj(), twin]), "2025-10-15T18:01:00")
    assert await send(running, wednesday) == ["duplicate"]
    assert [(kind, data["student_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "grade.")] == [
        ("grade.recorded", str(w.twin))]

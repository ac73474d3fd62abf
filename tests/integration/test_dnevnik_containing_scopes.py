"""Dnevnik.ru answers complete for a scope other requests fill (``adapters/dnevnik_ru/containing.py``), found by
dnevnik_ru_7: a lesson's log (§3.5) without an entry a pupil's range brought corrects it to present
(attendance-07); ``works/many`` without a work its body asked for, or a lesson's works without it, retracts the
marks of that work (§3.1: the work is the mark's assessment column; no-mark-04/05), as of the answer's pull; and
found by dnevnik_ru_78 (no-mark-003): a work's marks (§3.1 ``works/{w}/marks``) without a mark a group's range brought
retracts it, not a mark of another work of the same lesson; found by dnevnik_ru_83 (no-mark-006, no-mark-010): a
pupil's own marks of a work or of a lesson (§3.1) without his mark retract it, not a classmate's. On both stacks; the
world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import World, env, ids
from tests.integration.test_dnevnik_weight_change import CLIENT, SCHOOL, _adapter, group_marks

DAY1, DAY3 = "2025-10-20T07:00:00+05:00", "2025-10-22T20:00:00+05:00"


def pulled(record: dict[str, Any], at: str) -> dict[str, Any]:
    return {**record, "pulled_at": at}


async def send(running, *records: dict[str, Any]) -> list[str]:
    report = await running.hub.ingest.ingest(CLIENT, _adapter(), list(records), False, SCHOOL)
    return [r.status for r in report.results]


async def latest(running, head: str) -> list[tuple[str, dict[str, Any]]]:
    from hub.events.envelope import decode

    found = []
    for partition, high in (await running.hub.log.high_watermarks()).items():
        found += [decode(record.value) for record in await running.hub.log.read(partition, 0, high + 1)]
    return [(e.type, e.data) for e in found if e.type.startswith(head)]


async def test_a_lessons_log_without_an_entry_a_range_brought_corrects_it_to_present(running):
    w = World()
    await send(running, *w.lessons_first())
    ranged = env(f"GET /v2/persons/{w.pupil}/lesson-log-entries?startDate=2025-10-13&endDate=2025-10-18",
                 [w.entry()])
    assert await send(running, pulled(ranged, DAY1)) == ["accepted"]
    log = env(f"GET /v2/lessons/{w.lesson}/log-entries", [])
    assert await send(running, pulled(log, "2025-10-19T07:00:00+05:00")) == ["duplicate"]  # pulled before: nothing
    assert await send(running, pulled(log, DAY3)) == ["accepted"]
    assert [(kind, data["status"]) for kind, data in await latest(running, "attendance.")] == [
        ("attendance.marked", "late"), ("attendance.corrected", "present")]


async def test_works_many_without_a_work_it_asked_for_retracts_the_marks_of_that_work(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(group_marks(w), DAY1))
    many = env("POST /v2/works/many", [w.homework_obj()], [w.work, w.homework])
    assert await send(running, pulled(many, DAY3)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]
    of_lesson = env(f"GET /v2/lessons/{w.lesson}/works", [w.homework_obj()])
    assert await send(running, pulled(of_lesson, DAY3)) == ["duplicate"]  # the same deletion, once


async def test_a_lessons_works_without_a_work_retracts_its_marks_and_one_with_it_nothing(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(group_marks(w), DAY1))
    assert await send(running, pulled(env(f"GET /v2/lessons/{w.lesson}/works", [w.work_obj()]), DAY3)) == [
        "accepted"]  # (nothing to append)
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded"]
    assert await send(running, pulled(env(f"GET /v2/lessons/{w.lesson}/works", []), DAY3)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded", "grade.retracted"]


def _a_week_of_marks(w: World) -> tuple[dict, dict]:
    """The pupil's mark of the test, his twin's of it and his own of the lesson's other work (homework): the twin's
    mark and the group's week of marks range listing the three."""
    twin = {**w.mark_obj(), **ids(w.i(552)), "person": w.twin, "person_str": str(w.twin), "value": "5",
            "textValue": "5"}
    other_work = {**w.mark_obj(), **ids(w.i(553)), "work": w.homework, "work_str": str(w.homework), "value": "4",
                  "textValue": "4", "workType": 2107}
    return twin, env(f"GET /v2/edu-groups/{w.group}/marks/2025-10-13/2025-10-18", [w.mark_obj(), twin, other_work])


async def test_a_works_marks_without_a_mark_a_range_brought_retracts_it_and_not_another_works_mark(running):
    """dnevnik_ru_78 (no-mark-003): a pupil's «2» of a test, deleted after the last range of its week, is reported
    only by the work's marks (§3.1), which list the classmates' marks of that work; his mark on the lesson's other
    work stays. An answer pulled before the range deletes nothing; an older range delivered after it brings nothing
    back."""
    w = World()
    twin, week = _a_week_of_marks(w)
    await send(running, *w.lessons_first(), pulled(week, DAY1))
    of_work = env(f"GET /v2/works/{w.work}/marks", [twin])
    assert await send(running, pulled(of_work, "2025-10-19T07:00:00+05:00")) == ["duplicate"]  # pulled before
    assert [kind for kind, _ in await latest(running, "grade.")] == ["grade.recorded"] * 3
    assert await send(running, pulled(of_work, DAY3)) == ["accepted"]
    assert [(kind, data["grade_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "grade.")][3:] == [
        ("grade.retracted", str(w.mark))]
    assert await send(running, pulled(week, "2025-10-21T20:00:00+05:00")) == ["duplicate"]  # older: nothing back
    assert len(await latest(running, "grade.")) == 4


async def test_a_pupils_own_marks_of_a_work_or_a_lesson_without_his_mark_retract_it_and_not_a_classmates(running):
    """dnevnik_ru_83 (no-mark-006, no-mark-010): a pupil's «4-» deleted after the last range of its week is reported
    only by his own ``persons/{p}/works/{w}/marks`` answered ``[]`` (§3.1: his whole list of marks of that work);
    his twin's mark of the same work stays. An answer pulled before the range deletes nothing, an older range
    delivered after it brings nothing back, and his ``persons/{p}/lessons/{l}/marks`` ``[]`` retracts his mark of
    another work of that lesson (his whole list of that lesson's marks)."""
    w = World()
    _twin, week = _a_week_of_marks(w)  # the twin's mark stays: only his own are retracted below
    await send(running, *w.lessons_first(), pulled(week, DAY1))
    own_work = env(f"GET /v2/persons/{w.pupil}/works/{w.work}/marks", [])
    assert await send(running, pulled(own_work, "2025-10-19T07:00:00+05:00")) == ["duplicate"]  # pulled before
    assert await send(running, pulled(own_work, DAY3)) == ["accepted"]
    retracted = [(kind, data["grade_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "grade.")][3:]
    assert retracted == [("grade.retracted", str(w.mark))]
    assert await send(running, pulled(week, "2025-10-21T20:00:00+05:00")) == ["duplicate"]  # older: nothing back
    own_lesson = env(f"GET /v2/persons/{w.pupil}/lessons/{w.lesson}/marks", [])
    assert await send(running, pulled(own_lesson, DAY3)) == ["accepted"]
    assert [(kind, data["grade_id"].rsplit(":", 1)[1]) for kind, data in await latest(running, "grade.")][3:] == [
        ("grade.retracted", str(w.mark)), ("grade.retracted", str(w.i(553)))]

"""A group's subject marks range and a pupil's marks range in a group speak for each whole day they cover, narrowed
to what they hold (``adapters/dnevnik_ru/days.py``; found by dnevnik_ru_21: no-mark-05, no-mark-day-11): pulled
after a mark was deleted, they retract it, whichever range brought it, and nothing of another subject or
classmate. And a range's omission deletes only what, as of its pull, is dated inside it (mark-12): a re-dated
mark's older answer, delivered after the omission, shows it on its new day. The world is
``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, World, env, ids
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send

WEEK, MONTH, LATER = "2025-10-18T20:00:00+05:00", "2025-10-22T09:00:00+05:00", "2025-11-02T08:00:00+05:00"


def pupil_in_group(w: World, marks: list[dict[str, Any]], span: str = "2025-10-13/2025-10-18") -> dict[str, Any]:
    return env(f"GET /v2/persons/{w.pupil}/edu-groups/{w.group}/marks/{span}", marks)


def subject_range(w: World, subject: int, marks: list[dict[str, Any]], span: str = "2025-10-13/2025-10-17"):
    return env(f"GET /v2/edu-groups/{w.group}/subjects/{subject}/marks/{span}", marks)


def twin_mark(w: World) -> dict[str, Any]:
    return {**w.mark_obj(), **ids(w.i(552)), "person": w.twin, "person_str": str(w.twin), "value": "5",
            "textValue": "5"}


async def grades(running) -> list[tuple[str, str, str]]:
    return [(kind, data["student_id"].rsplit(":", 1)[1], data.get("date"))
            for kind, data in await latest(running, "grade.")]


async def test_a_subject_range_without_a_mark_a_pupils_range_held_retracts_it(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(pupil_in_group(w, [w.mark_obj()]), WEEK))
    assert await send(running, pulled(subject_range(w, w.subject, []), MONTH)) == ["accepted"]
    assert [kind for kind, _, _ in await grades(running)] == ["grade.recorded", "grade.retracted"]


async def test_another_subjects_range_retracts_nothing(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(pupil_in_group(w, [w.mark_obj()]), WEEK))
    assert await send(running, pulled(subject_range(w, w.i(399), []), MONTH)) == ["accepted"]
    assert [kind for kind, _, _ in await grades(running)] == ["grade.recorded"]


async def test_a_pupils_group_range_retracts_that_pupils_mark_and_not_a_classmates(running):
    w = World()
    group = env(f"GET /v2/edu-groups/{w.group}/marks/2025-10-13/2025-10-18", [w.mark_obj(), twin_mark(w)])
    await send(running, *w.lessons_first(), pulled(group, WEEK))
    assert await send(running, pulled(pupil_in_group(w, []), MONTH)) == ["accepted"]
    assert [(kind, who) for kind, who, _ in await grades(running)] == [
        ("grade.recorded", str(w.pupil)), ("grade.recorded", str(w.twin)), ("grade.retracted", str(w.pupil))]


def tuesday_lesson(w: World) -> dict[str, Any]:
    """Tuesday 2025-10-21's lesson of the same subject, with a test of its own."""
    work = {**w.work_obj(), **ids(w.i(503)), "lesson": w.i(403), "lesson_str": str(w.i(403)),
            "targetDate": "2025-10-21T00:00:00"}
    return {**w.lesson_entity(), **ids(w.i(403)), "date": "2025-10-21T08:30:00", "works": [work]}


async def test_an_omission_pulled_after_a_re_dating_spares_the_mark_on_its_new_day_pulled_before(running):
    w = World()
    lessons = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-25",
                  [w.lesson_entity(), tuesday_lesson(w)])
    await send(running, *w.roster(), pulled(lessons, WEEK),
               pulled(subject_range(w, w.subject, [w.mark_obj()]), WEEK))
    # the re-pull, after the teacher moved the mark to 10-21, arrives first ...
    assert await send(running, pulled(subject_range(w, w.subject, []), LATER)) == ["accepted"]
    moved = {**w.mark_obj(), "work": w.i(503), "work_str": str(w.i(503)), "lesson": w.i(403),
             "lesson_str": str(w.i(403)), "date": "2025-10-21T10:02:00.5"}
    own = env(f"GET /v2/persons/{w.pupil}/schools/{SCHOOL_VENDOR}/marks/2025-10-20/2025-10-26", [moved])
    # ... then the older pull that dates the mark outside the omitting range: the mark is on 10-21
    assert await send(running, pulled(own, MONTH)) == ["accepted"]
    assert [(kind, day) for kind, _, day in await grades(running)] == [
        ("grade.recorded", "2025-10-13"), ("grade.retracted", None), ("grade.amended", "2025-10-21")]


async def test_an_older_answer_dating_the_mark_inside_the_omitting_range_stays_deleted(running):
    w = World()
    await send(running, *w.lessons_first(), pulled(subject_range(w, w.subject, [w.mark_obj()]), WEEK))
    assert await send(running, pulled(subject_range(w, w.subject, []), LATER)) == ["accepted"]
    own = env(f"GET /v2/persons/{w.pupil}/schools/{SCHOOL_VENDOR}/marks/2025-10-13/2025-10-18", [w.mark_obj()])
    assert await send(running, pulled(own, MONTH)) == ["duplicate"]
    assert [kind for kind, _, _ in await grades(running)] == ["grade.recorded", "grade.retracted"]

"""Dnevnik.ru homework withdrawn and seen only through another request (found by dnevnik_ru_37: no-homework-03/05).

A homeworks range answer (``users/me/school/{s}/homeworks?startDate&endDate``, §3.7; §7: range queries are the
bulk paths) is the whole list of the homework whose set date (its lesson's) and due date (``targetDate``) both lie
within its range, whichever answer brought it; a homework it lacks is withdrawn as of its pull, and one it does not
cover both dates of is left alone. A lesson's ``works[]`` in a lessons answer (§3.4) is the whole list of that
lesson's works, its homework among them. An answer pulled before changes nothing. On both stacks; the world is
``tests/dnevnik_world.py``'s (the lesson on 2025-10-13, the homework due 2025-10-15)."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, World, env
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send
from tests.integration.test_dnevnik_weight_change import group_marks

MON, TUE, WED, SAT = ("2025-10-13T19:30:00+05:00", "2025-10-14T19:30:00+05:00", "2025-10-15T19:30:00+05:00",
                      "2025-10-18T12:00:00+05:00")


def homeworks(w: World, start: str, end: str, *works: dict[str, Any]) -> dict[str, Any]:
    """The homeworks bundle of a range, holding ``works`` (with their flattened lessons)."""
    return env(f"GET /v2/users/me/school/{SCHOOL_VENDOR}/homeworks?startDate={start}&endDate={end}", {
        "works": list(works), "subjects": [{"id": w.subject, "name": "Алгебра", "knowledgeAreaId": 2}],
        "lessons": [w.lesson_flat()] if works else [], "files": [w.file_obj()], "teachers": []})


async def kinds(running, head: str) -> list[str]:
    return [kind for kind, _ in await latest(running, head)]


async def test_a_week_range_lacking_a_homework_a_rolling_window_brought_withdraws_it(running):
    w = World()
    await send(running, *w.roster())
    assert await send(running, pulled(homeworks(w, "2025-10-11", "2025-10-27", w.homework_obj()), MON)) == [
        "accepted"]
    await send(running, pulled(homeworks(w, "2025-10-14", "2025-10-30"), WED))  # covers the due date only
    await send(running, pulled(homeworks(w, "2025-10-06", "2025-10-14"), WED))  # covers the set date only
    await send(running, pulled(homeworks(w, "2025-10-13", "2025-10-19"), "2025-10-13T08:00:00+05:00"))  # older
    assert await kinds(running, "homework.") == ["homework.assigned"]
    assert await send(running, pulled(homeworks(w, "2025-10-13", "2025-10-19"), SAT)) == ["accepted"]
    assert await kinds(running, "homework.") == ["homework.assigned", "homework.withdrawn"]
    late = pulled(homeworks(w, "2025-10-12", "2025-10-28", w.homework_obj()), TUE)  # pulled before, delivered late
    assert await send(running, late) == ["duplicate"]
    assert await kinds(running, "homework.") == ["homework.assigned", "homework.withdrawn"]


async def test_a_window_lacking_a_homework_the_lessons_range_brought_withdraws_it(running):
    w = World()
    await send(running, *w.roster(), pulled(w.lessons_first()[-1], MON))
    assert await send(running, pulled(homeworks(w, "2025-10-12", "2025-10-28"), TUE)) == ["accepted"]
    assert await kinds(running, "homework.") == ["homework.assigned", "homework.withdrawn"]


async def test_a_lessons_works_without_its_homework_withdraws_it_and_keeps_the_listed_works_marks(running):
    w = World()
    await send(running, *w.roster(), pulled(homeworks(w, "2025-10-11", "2025-10-27", w.homework_obj()), MON),
               pulled(group_marks(w), MON))
    one_day = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-13",
                  [{**w.lesson_entity(), "works": [w.work_obj()]}])
    assert await send(running, pulled(one_day, TUE)) == ["accepted"]
    assert await kinds(running, "homework.") == ["homework.assigned", "homework.withdrawn"]
    assert await kinds(running, "grade.") == ["grade.recorded"]
    bare = env(f"GET /v2/lessons/{w.lesson}", {**w.lesson_entity(), "works": []})
    assert await send(running, pulled(bare, WED)) == ["accepted"]
    assert await kinds(running, "grade.") == ["grade.recorded", "grade.retracted"]


async def test_a_lessons_works_answer_without_its_homework_withdraws_it(running):
    w = World()
    await send(running, *w.roster(), pulled(homeworks(w, "2025-10-11", "2025-10-27", w.homework_obj()), MON))
    assert await send(running, pulled(env(f"GET /v2/lessons/{w.lesson}/works", [w.work_obj()]), TUE)) == [
        "accepted"]
    assert await kinds(running, "homework.") == ["homework.assigned", "homework.withdrawn"]


async def test_a_range_listing_homework_due_after_it_withdraws_one_of_its_lessons_due_after_it_too(running):
    """Found by dnevnik_ru_84 (no-homework-027..032): a range answer listing a homework due after its range whose
    lesson lies within it selects by the lesson's date, so its omission withdraws a homework of a lesson within the
    range whatever its due date, and an older answer delivered after it brings nothing back."""
    w = World()
    other = {**w.homework_obj(), "id": w.homework + 7, "id_str": str(w.homework + 7), "text": "№ 220",
             "targetDate": "2025-10-16T00:00:00"}
    thursday = pulled(homeworks(w, "2025-10-13", "2025-10-14", w.homework_obj(), other), MON)
    await send(running, *w.roster())
    assert await send(running, thursday) == ["accepted"]
    assert await send(running, pulled(homeworks(w, "2025-10-13", "2025-10-14", other), TUE)) == ["accepted"]
    assert await of_homework(running, w.homework) == ["homework.assigned", "homework.withdrawn"]
    assert await send(running, thursday) == ["duplicate"]  # the older answer re-sent late
    assert await of_homework(running, w.homework) == ["homework.assigned", "homework.withdrawn"]
    assert await of_homework(running, w.homework + 7) == ["homework.assigned"]


async def of_homework(running, work: int) -> list[str]:
    return [kind for kind, data in await latest(running, "homework.") if data["homework_id"].endswith(f":{work}")]

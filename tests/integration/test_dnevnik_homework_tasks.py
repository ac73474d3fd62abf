"""Whom a Dnevnik.ru homework is set for (reference §3.2 ``tasks``: per-student homework assignment records; §3.6: a
Task is per pupil, ``{person, work}``; ``adapters/dnevnik_ru/addressees.py``), embedded stack. Found by
dnevnik_ru_41: a catch-up homework whose only task names Даша, and a differentiated one with tasks for two of four
pupils, showed in every classmate's diary. Tasks naming every pupil of the class, or none at all, are the class's
homework; one pupil's own answer (its tasks are only hers) decides nothing; a later answer of the group decides
again. The world is ``tests/dnevnik_world.py``'s (7Б: the pupil and her twin; the lesson on 2025-10-13)."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.dnevnik_world import SCHOOL_VENDOR, World, env
from tests.e2e.vendor_helpers import running_hub

SCHOOL = "sch-dn-hwt"
TEXT = "№ 212, 215"
MON, TUE, WED = "2025-10-13T19:30:00+05:00", "2025-10-14T19:30:00+05:00", "2025-10-15T19:30:00+05:00"


def task(w: World, person: int, n: int) -> dict[str, Any]:
    return {"id": w.i(700 + n), "id_str": str(w.i(700 + n)), "person": person, "person_str": str(person),
            "work": w.homework, "work_str": str(w.homework), "status": "NotStarted",
            "targetDate": "2025-10-15T00:00:00"}


def lessons(w: World, pulled_at: str, *persons: int, tasks: Any = "listed") -> dict[str, Any]:
    """The group's lessons of the week, its homework's ``tasks`` naming ``persons`` (or ``tasks`` as given)."""
    homework = {**w.homework_obj(), "tasks": [task(w, p, n) for n, p in enumerate(persons)]
                if tasks == "listed" else tasks}
    if tasks is None:
        homework.pop("tasks")
    lesson = {**w.lesson_entity(), "works": [w.work_obj(), homework]}
    record = env(f"GET /v2/edu-groups/{w.group}/lessons/2025-10-13/2025-10-18", [lesson])
    return {**record, "pulled_at": pulled_at}


def own_homeworks(w: World, pulled_at: str, person: int) -> dict[str, Any]:
    """One pupil's homeworks bundle of the week: the work with her own task only."""
    homework = {**w.homework_obj(), "tasks": [task(w, person, 0)]}
    record = env(f"GET /v2/persons/{person}/school/{SCHOOL_VENDOR}/homeworks?startDate=2025-10-13&endDate=2025-10-18",
                 {"works": [homework], "subjects": [{"id": w.subject, "name": "Алгебра", "knowledgeAreaId": 2}],
                  "lessons": [w.lesson_flat()], "files": [w.file_obj()], "teachers": []})
    return {**record, "pulled_at": pulled_at}


async def _shown(tmp_path, *records: dict[str, Any]) -> dict[str, bool]:
    """Push the roster, then ``records`` one by one; whether each pupil's diary of the week shows the homework."""
    w = World()
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        for record in (*w.roster(), *records):
            body = await hub.push("dnevnik_ru", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for name, person in (("pupil", w.pupil), ("twin", w.twin)):
            diary = await hub.diary(f"dnevnik:{SCHOOL}:person:{person}", head, "2025-10-13", "2025-10-19")
            texts = {hw["text"] for day in diary["days"] for lesson in day["lessons"] for hw in lesson["homework"]}
            texts |= {hw["text"] for day in diary["days"] for hw in day["homework_due"]}
            shown[name] = TEXT in texts
    return shown


async def test_a_homework_whose_tasks_name_one_pupil_is_hers_alone(tmp_path):
    w = World()
    assert await _shown(tmp_path, lessons(w, MON, w.pupil)) == {"pupil": True, "twin": False}


async def test_tasks_naming_every_pupil_or_none_at_all_leave_the_homework_the_class(tmp_path):
    w = World()
    assert await _shown(tmp_path, lessons(w, MON, w.pupil, w.twin)) == {"pupil": True, "twin": True}
    assert await _shown(tmp_path / "empty", lessons(w, MON, tasks=[])) == {"pupil": True, "twin": True}
    assert await _shown(tmp_path / "absent", lessons(w, MON, tasks=None)) == {"pupil": True, "twin": True}


async def test_one_pupils_own_answer_neither_narrows_nor_widens_it(tmp_path):
    w = World()
    assert await _shown(tmp_path, lessons(w, MON, w.pupil, w.twin), own_homeworks(w, TUE, w.pupil)) == {
        "pupil": True, "twin": True}
    assert await _shown(tmp_path / "narrowed", lessons(w, MON, w.pupil), own_homeworks(w, TUE, w.twin)) == {
        "pupil": True, "twin": False}


async def test_a_later_answer_of_the_group_decides_again_when_the_tasks_change(tmp_path):
    w = World()
    assert await _shown(tmp_path, lessons(w, MON, w.pupil), lessons(w, TUE, w.pupil, w.twin)) == {
        "pupil": True, "twin": True}
    assert await _shown(tmp_path / "moved", lessons(w, MON, w.pupil), lessons(w, TUE, w.twin)) == {
        "pupil": False, "twin": True}
    assert await _shown(tmp_path / "back", lessons(w, MON, w.pupil), lessons(w, TUE, w.twin),
                        lessons(w, WED, w.pupil)) == {"pupil": True, "twin": False}


async def test_one_pupils_answer_keeps_the_group_answers_decision_as_of_that_answers_pull(tmp_path):
    """Found by dnevnik_ru_79 (no-homework-002): a pupil's own answer says nothing about whom (§3.6: its tasks are
    only his), so the addressee it restates is the group answer's, as of that answer's pull, not its own. A group
    answer pulled between the two and delivered after both decides, as in pull order."""
    w = World()
    late_group = lessons(w, TUE, w.pupil)  # pulled before the pupil's own answer, delivered after it
    assert await _shown(tmp_path, lessons(w, MON, w.pupil, w.twin), own_homeworks(w, WED, w.pupil),
                        late_group) == {"pupil": True, "twin": False}
    assert await _shown(tmp_path / "in_order", lessons(w, MON, w.pupil, w.twin), late_group,
                        own_homeworks(w, WED, w.pupil)) == {"pupil": True, "twin": False}


async def test_one_pupils_answer_read_before_any_group_answer_decides_nothing_even_pulled_later(tmp_path):
    """The pupil's own answer first (the hub files the homework under the class, as of no pull), then the group's
    answer pulled before it: the group's tasks decide, as in pull order."""
    w = World()
    assert await _shown(tmp_path, own_homeworks(w, WED, w.pupil), lessons(w, TUE, w.pupil)) == {
        "pupil": True, "twin": False}

"""A pupil who moved says nothing about the tasks of the class or group he left (reference A.2: getdiary and
gethomework by ``student`` are that pupil's own answer; A.3 Day, Lesson item ``grp`` / ``homework``;
``adapters/elzhur/pupil_tasks.py``), embedded stack. Found by elzhur_72 (homework-001..011, 022..024): a mover's
later ``gethomework?student=`` of the same week no longer listed the class or English group he had left, and the
hub withdrew those tasks from his classmates, whose own latest diaries list them. His newer answer listing a lesson
of his own group with ``homework: {}`` still withdraws its task (elzhur_34/65/68)."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_class_days import ALGEBRA, ENGLISH_1, ENGLISH_2
from tests.integration.test_elzhur_homework_days import task, tasks
from tests.integration.test_elzhur_shapes import SCHOOL, env

MOVER, STAYS = "70213", "70214"
DAY, WEEK = "20251013", "days=20251013-20251019"
ALGEBRA_7A = {"num": "1", "name": "Алгебра", "lesson_id": "890001", "teacher": "Соколов Виктор Андреевич"}
NAMES = {MOVER: ("Громов", "Кирилл"), STAYS: ("Орлова", "Ника")}


def rules(parent: str, sid: str, class_name: str, pulled_at: str) -> dict[str, Any]:
    last, first = NAMES[sid]
    answer = env("getrules", {"roles": ["parent"], "id": parent, "relations": {
        "students": {sid: {"rel": "child", "name": sid, "lastname": last, "firstname": first, "class": class_name}},
        "groups": {class_name: {"rel": "homeclass"}}}})
    return {**answer, "pulled_at": pulled_at}


def schedule(class_name: str, *items: dict[str, Any]) -> dict[str, Any]:
    """The class's getschedule of the week, pulled first: the lessons the tasks name."""
    answer = env(f"getschedule?class={class_name}&{WEEK}", {"days": {DAY: {"name": DAY, "items": list(items)}}})
    return {**answer, "pulled_at": "2025-10-05T18:00:00+03:00"}


def own(method: str, sid: str, pulled_at: str, *items: dict[str, Any]) -> dict[str, Any]:
    """A pupil's getdiary or gethomework of the week listing ``items`` on 13 Oct."""
    answer = env(f"{method}?student={sid}&{WEEK}", {"students": {sid: {
        "name": sid, "title": " ".join(NAMES[sid]), "days": {DAY: {"name": DAY, "items": list(items)}}}}})
    return {**answer, "pulled_at": pulled_at}


async def _tasks_shown(tmp_path, *records: dict[str, Any], reader: str = STAYS) -> set[str]:
    """Push the records one by one after both pupils' getrules (7Б) and the schedules of 7Б and 7А; the texts of
    the tasks ``reader``'s diary shows that week."""
    start = [rules("41103", MOVER, "7Б", "2025-10-01T07:00:00+03:00"),
             rules("41104", STAYS, "7Б", "2025-10-01T07:01:00+03:00"),
             schedule("7Б", ALGEBRA, ENGLISH_1, ENGLISH_2), schedule("7А", ALGEBRA_7A)]
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in (*start, *records)])
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diary = await hub.diary(f"elzhur:{SCHOOL}:student:{reader}", head, "2025-10-13", "2025-10-19")
    shown = {hw["text"] for day in diary["days"] for lesson in day["lessons"] for hw in lesson.get("homework", [])}
    return shown | {hw["text"] for day in diary["days"] for hw in day.get("homework_due", [])}


async def test_a_pupil_who_moved_to_another_class_withdraws_none_of_his_old_classs_tasks(tmp_path):
    """His gethomework of the week listed 7Б's Algebra task; after his move to 7А the same request lists 7А's: 7Б's
    task is still his classmate's, whose own diary lists it."""
    shown = await _tasks_shown(
        tmp_path, own("gethomework", MOVER, "2025-10-09T19:00:00+03:00", tasks(ALGEBRA, task(5513001, "№ 318"))),
        own("getdiary", STAYS, "2025-10-10T19:00:00+03:00", tasks(ALGEBRA, task(5513001, "№ 318"))),
        rules("41103", MOVER, "7А", "2025-10-11T19:00:00+03:00"),
        own("gethomework", MOVER, "2025-10-11T19:05:00+03:00", tasks(ALGEBRA_7A, task(5513002, "№ 400"))))
    assert shown == {"№ 318"}, shown


async def test_a_pupil_who_switched_groups_withdraws_none_of_his_old_groups_tasks(tmp_path):
    """His gethomework listed English «2 группа» with its task; the same request pulled after his switch lists
    «1 группа» only: «2 группа»'s task is still his classmate's."""
    shown = await _tasks_shown(
        tmp_path, own("gethomework", MOVER, "2025-10-09T19:00:00+03:00", tasks(ENGLISH_2, task(5513003, "Unit 2"))),
        own("getdiary", STAYS, "2025-10-10T19:00:00+03:00", tasks(ENGLISH_2, task(5513003, "Unit 2"))),
        own("gethomework", MOVER, "2025-10-11T19:05:00+03:00", tasks(ENGLISH_1, task(5513004, "Unit 1"))))
    assert shown == {"Unit 2"}, shown


async def test_his_later_answer_lacking_a_task_of_his_own_group_still_withdraws_it(tmp_path):
    """The same request pulled later lists his group's lesson again, without the task: it was withdrawn."""
    shown = await _tasks_shown(
        tmp_path, own("gethomework", MOVER, "2025-10-09T19:00:00+03:00", tasks(ENGLISH_2, task(5513003, "Unit 2")),
                      tasks(ALGEBRA, task(5513001, "№ 318"))),
        own("getdiary", STAYS, "2025-10-10T19:00:00+03:00", tasks(ENGLISH_2, task(5513003, "Unit 2")),
            tasks(ALGEBRA, task(5513001, "№ 318"))),
        own("getdiary", MOVER, "2025-10-11T19:05:00+03:00", tasks(ENGLISH_2), tasks(ALGEBRA)))
    assert shown == set(), shown


async def test_the_same_request_pulled_later_lacking_a_task_of_his_class_or_group_withdraws_it(tmp_path):
    """The same gethomework pulled later lists his group's lesson with another task and no Algebra at all: both
    earlier tasks were withdrawn (a pupil's day is whole for his class and the groups it lists)."""
    shown = await _tasks_shown(
        tmp_path, own("gethomework", MOVER, "2025-10-09T19:00:00+03:00", tasks(ENGLISH_2, task(5513003, "Unit 2")),
                      tasks(ALGEBRA, task(5513001, "№ 318"))),
        own("getdiary", STAYS, "2025-10-10T19:00:00+03:00", tasks(ENGLISH_2, task(5513003, "Unit 2")),
            tasks(ALGEBRA, task(5513001, "№ 318"))),
        own("gethomework", MOVER, "2025-10-11T19:05:00+03:00", tasks(ENGLISH_2, task(5513005, "Unit 3"))))
    assert shown == {"Unit 3"}, shown

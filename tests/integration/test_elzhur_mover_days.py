"""A pupil's days before his move, listed again by his answer pulled after it, are his old class's days (reference
A.2: getdiary and gethomework by ``student`` are that pupil's own days; A.3 Day: each day whole; A.3 Lesson item:
an item without ``grp`` is a lesson of the whole class; ``adapters/elzhur/class_history.class_of_day``), embedded
stack. Found by elzhur_74 (lesson-005..050, homework-003/011): the mover's getdiary of the week, pulled after his
move (read for his new class), still lists Monday in his old class; the hub took Monday's whole-class lesson for a
lesson of two classes (a group named after its subject) and his old group's English task for his new class's."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_homework_days import task, tasks
from tests.integration.test_elzhur_homework_movers import NAMES, rules
from tests.integration.test_elzhur_shapes import SCHOOL, env

MOVER, STAYS = "70213", "70214"
MON, WED, WEEK = "20251013", "20251015", "days=20251013-20251019"
RUSSIAN_7B = {"num": "1", "name": "Русский язык", "lesson_id": "891001", "teacher": "Белова Наталья Сергеевна"}
ENGLISH_7B_2 = {"num": "2", "name": "Английский язык", "lesson_id": "891002", "teacher": "Кравцова Ольга Андреевна",
                "grp": "2 группа", "grp_short": "2 гр."}
ALGEBRA_7B_WED = {"num": "1", "name": "Алгебра", "lesson_id": "891003", "teacher": "Миронов Олег Петрович"}
ALGEBRA_7A_WED = {"num": "1", "name": "Алгебра", "lesson_id": "892003", "teacher": "Соколов Виктор Андреевич"}


def own(method: str, sid: str, pulled_at: str, days: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """A pupil's getdiary or gethomework of the week listing ``days`` (day key -> items)."""
    answer = env(f"{method}?student={sid}&{WEEK}", {"students": {sid: {
        "name": sid, "title": " ".join(NAMES[sid]), "days": {
            key: {"name": key, "items": items} for key, items in days.items()}}}})
    return {**answer, "pulled_at": pulled_at}


def week_before_the_move() -> list[dict[str, Any]]:
    """Both pupils in 7Б (the mover in «2 группа» of English), their diaries of the week pulled on Tuesday; the
    mover's parent's getrules names 7А on Wednesday."""
    monday = [RUSSIAN_7B, tasks(ENGLISH_7B_2, task(5591002, "Workbook p. 38"))]
    return [rules("41103", MOVER, "7Б", "2025-10-01T07:00:00+03:00"),
            rules("41104", STAYS, "7Б", "2025-10-01T07:01:00+03:00"),
            own("getdiary", MOVER, "2025-10-14T20:00:00+03:00", {MON: monday, WED: [ALGEBRA_7B_WED]}),
            own("getdiary", STAYS, "2025-10-14T20:01:00+03:00", {MON: monday, WED: [ALGEBRA_7B_WED]}),
            rules("41103", MOVER, "7А", "2025-10-15T20:00:00+03:00")]


async def _monday(tmp_path, *later: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Push the week, then ``later``; each pupil's Monday lessons as his diary shows them."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in (*week_before_the_move(), *later)])
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for sid in (MOVER, STAYS):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{sid}", head, "2025-10-13", "2025-10-13")
            shown[sid] = [lesson for day in diary["days"] for lesson in day["lessons"]]
    return shown


async def test_the_movers_monday_in_his_old_class_keeps_its_whole_class_lesson_the_classs(tmp_path):
    """His getdiary pulled after the move lists Monday's 7Б Russian without ``grp``, as his classmate's does: it
    stays 7Б's lesson, with no group, in both diaries."""
    monday = [RUSSIAN_7B, tasks(ENGLISH_7B_2, task(5591002, "Workbook p. 38"))]
    shown = await _monday(
        tmp_path,
        own("getdiary", STAYS, "2025-10-15T20:01:00+03:00", {MON: monday, WED: [ALGEBRA_7B_WED]}),
        own("getdiary", MOVER, "2025-10-15T20:05:00+03:00", {MON: monday, WED: [ALGEBRA_7A_WED]}))
    for sid in (MOVER, STAYS):
        russian = [lesson for lesson in shown[sid] if lesson["subject"]["name"] == "Русский язык"]
        assert len(russian) == 1 and not russian[0].get("group"), (sid, russian)


async def test_the_movers_gethomework_of_monday_leaves_his_old_groups_task_in_his_old_group(tmp_path):
    """His gethomework pulled after the move lists Monday's English «2 группа» task of 7Б (no ``lesson_id``, as
    gethomework sends it): the task stays 7Б «2 группа»'s, shown to his former groupmate and to him."""
    homework_item = {"name": "Английский язык", "grp": "2 группа",
                     "homework": task(5591002, "Workbook p. 38"), "files": []}
    shown = await _monday(
        tmp_path, own("gethomework", MOVER, "2025-10-15T20:10:00+03:00", {MON: [homework_item]}))
    for sid in (MOVER, STAYS):
        texts = {hw["text"] for lesson in shown[sid] for hw in lesson.get("homework", [])}
        assert texts == {"Workbook p. 38"}, (sid, shown[sid])

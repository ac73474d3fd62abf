"""A pupil's homework as the latest pull shows it, whichever Elzhur method brought a task (reference A.1 ``days``,
A.3 Day and Lesson item ``homework``; ``adapters/elzhur/homework_days.py``), embedded stack. Found by elzhur_34: the
Алгебра task of 7 Nov came only from a forward ``gethomework``, and every later getdiary listed that lesson with
``homework: {}``, yet the hub kept showing it; a getdiary pulled earlier and delivered after the later one that
lacks a task does not bring it back. A lesson's item is the whole list of its tasks, a gethomework day the whole list
of the day's tasks; another pupil's individual task, another subgroup's, a task listed on a day without its lesson,
and an answer pulled before the one that stated the task are not spoken for."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_class_days import ALGEBRA, ENGLISH_1, ENGLISH_2
from tests.integration.test_elzhur_shapes import PUPIL, SCHOOL, env

OTHER = "70214"
DAY, WEEK = "20251013", "days=20251013-20251019"
RUSSIAN = {"num": "2", "name": "Русский язык", "lesson_id": "880002", "teacher": "Белова Наталья Сергеевна"}
PHYSICS_NO_LESSON = {"name": "Физика", "grp": None}  # gethomework lists a task on a day without Физика (elzhur_29)


def task(number: int, text: str, individual: bool = False) -> dict[str, Any]:
    return {str(number): {"id": number, "value": text, "individual": individual}}


def tasks(lesson: dict[str, Any], *given: dict[str, Any]) -> dict[str, Any]:
    """The lesson item with its ``homework`` (``{}`` when none is given: the lesson lists no task)."""
    merged: dict[str, Any] = {}
    for one in given:
        merged.update(one)
    return {**lesson, "homework": merged}


def rules() -> dict:
    students = {sid: {"rel": "child", "name": sid, "lastname": last, "firstname": first, "class": "7Б"}
                for sid, last, first in ((PUPIL, "Громов", "Кирилл"), (OTHER, "Орлова", "Ника"))}
    answer = env("getrules", {"roles": ["parent"], "id": "41103", "relations": {
        "students": students, "groups": {"7Б": {"rel": "homeclass"}}}})
    return {**answer, "pulled_at": "2025-10-01T07:00:00+03:00"}


def schedule() -> dict:
    """The class's getschedule of the week, pulled first: the lessons the tasks name (a task naming a lesson no
    answer brought waits for it)."""
    answer = env(f"getschedule?class=7Б&{WEEK}", {"days": {DAY: {"name": DAY, "items": [
        ALGEBRA, RUSSIAN, ENGLISH_1, ENGLISH_2]}}})
    return {**answer, "pulled_at": "2025-10-05T18:00:00+03:00"}


def own(method: str, pulled_at: str, *items: dict, pupil: str = PUPIL) -> dict:
    """A pupil's getdiary or gethomework of the week listing ``items`` on 13 Oct."""
    answer = env(f"{method}?student={pupil}&{WEEK}", {"students": {pupil: {
        "name": pupil, "title": "Громов Кирилл", "days": {DAY: {"name": DAY, "items": list(items)}}}}})
    return {**answer, "pulled_at": pulled_at}


def of_class(pulled_at: str, *items: dict) -> dict:
    """The class's gethomework of the week (top-level ``days``, items without ``lesson_id``: A.5 E5)."""
    answer = env(f"gethomework?class=7Б&{WEEK}", {"days": {DAY: {"name": DAY, "items": list(items)}}})
    return {**answer, "pulled_at": pulled_at}


async def _run(tmp_path, *records: dict, reader: str = PUPIL) -> tuple[set[str], list[str]]:
    """Push the records one by one after getrules and the class's schedule; the texts of the tasks ``reader``'s
    diary shows that week, and the event types of the last push."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        types: list[str] = []
        for record in (rules(), schedule(), *records):
            body = await hub.push("elzhur", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
            types = [e["type"] for r in body["results"] for e in r["events"]]
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diary = await hub.diary(f"elzhur:{SCHOOL}:student:{reader}", head, "2025-10-13", "2025-10-19")
    shown = {hw["text"] for day in diary["days"] for lesson in day["lessons"] for hw in lesson.get("homework", [])}
    shown |= {hw["text"] for day in diary["days"] for hw in day.get("homework_due", [])}
    return shown, types


async def test_a_task_only_gethomework_brought_is_gone_when_a_later_diary_lists_its_lesson_without_it(tmp_path):
    shown, types = await _run(
        tmp_path, own("gethomework", "2025-10-10T19:02:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318, 320"))),
        own("getdiary", "2025-10-13T19:00:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN, task(5512002, "Упр. 37"))))
    assert "homework.withdrawn" in types and shown == {"Упр. 37"}, (shown, types)


async def test_a_diary_pulled_earlier_and_delivered_after_the_later_one_brings_nothing_back(tmp_path):
    """gethomework held the task, the later diary of its day lacks it, an earlier diary that still held it arrives
    last: the later pull is the truth (elzhur_34's Биология task of 14 Nov)."""
    shown, _ = await _run(
        tmp_path, own("gethomework", "2025-10-10T19:02:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318, 320"))),
        own("getdiary", "2025-10-18T10:00:00+03:00", tasks(ALGEBRA)),
        own("getdiary", "2025-10-13T19:00:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318, 320"))))
    assert shown == set(), shown


async def test_a_later_gethomework_of_the_pupil_lacking_a_task_a_diary_brought_withdraws_it(tmp_path):
    shown, types = await _run(
        tmp_path, own("getdiary", "2025-10-12T19:00:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318, 320")),
                      tasks(RUSSIAN, task(5512002, "Упр. 37"))),
        own("gethomework", "2025-10-13T19:02:00+03:00", tasks(RUSSIAN, task(5512002, "Упр. 37"))))
    assert "homework.withdrawn" in types and shown == {"Упр. 37"}, (shown, types)


async def test_a_later_class_gethomework_lacking_a_task_a_pupils_diary_brought_withdraws_it(tmp_path):
    shown, types = await _run(
        tmp_path, own("getdiary", "2025-10-12T19:00:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318, 320"))),
        of_class("2025-10-13T19:02:00+03:00"))
    assert "homework.withdrawn" in types and shown == set(), (shown, types)


async def test_a_task_listed_on_a_day_without_its_lesson_stays_after_that_days_diary(tmp_path):
    """A diary lists tasks in lesson items: a task gethomework lists on a day without its subject's lesson (elzhur_29
    R6) is not the diary's to deny."""
    shown, types = await _run(
        tmp_path, own("gethomework", "2025-10-10T19:02:00+03:00",
                      tasks(PHYSICS_NO_LESSON, task(5512009, "Сообщение о давлении"))),
        own("getdiary", "2025-10-13T19:00:00+03:00", tasks(ALGEBRA)))
    assert "homework.withdrawn" not in types and shown == {"Сообщение о давлении"}, (shown, types)


async def test_an_answer_pulled_before_the_one_that_stated_the_task_deletes_nothing(tmp_path):
    shown, types = await _run(
        tmp_path, own("gethomework", "2025-10-12T19:02:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318, 320"))),
        own("getdiary", "2025-10-11T19:00:00+03:00", tasks(ALGEBRA)))
    assert "homework.withdrawn" not in types and shown == {"№ 318, 320"}, (shown, types)


async def test_another_pupils_individual_task_stays_and_his_own_is_withdrawn(tmp_path):
    """Ника's individual card and Кирилл's are on the same lesson; Кирилл's later diary lists the lesson with
    neither: his own card is withdrawn, hers is not his to deny."""
    shown, types = await _run(
        tmp_path, own("getdiary", "2025-10-12T19:00:00+03:00",
                      tasks(ALGEBRA, task(5512001, "№ 318"), task(5512005, "Карточка Ники", True)), pupil=OTHER),
        own("getdiary", "2025-10-12T19:00:00+03:00",
            tasks(ALGEBRA, task(5512001, "№ 318"), task(5512006, "Карточка Кирилла", True))),
        own("getdiary", "2025-10-13T19:00:00+03:00", tasks(ALGEBRA, task(5512001, "№ 318"))), reader=OTHER)
    assert types.count("homework.withdrawn") == 1 and shown == {"№ 318", "Карточка Ники"}, (shown, types)


async def test_another_subgroups_task_stays_after_the_pupils_gethomework(tmp_path):
    """The class answer brought both English groups' tasks; Кирилл (1 группа) lists only his group's lesson: the
    2 группа task is not his to deny, his group's task he no longer lists is withdrawn."""
    _, types = await _run(
        tmp_path, of_class("2025-10-12T19:02:00+03:00",
                           tasks({k: v for k, v in ENGLISH_1.items() if k != "lesson_id"}, task(5512003, "Ex. 4")),
                           tasks({k: v for k, v in ENGLISH_2.items() if k != "lesson_id"}, task(5512004, "Ex. 7"))),
        own("gethomework", "2025-10-13T19:02:00+03:00", tasks(ENGLISH_1, task(5512007, "Ex. 5"))))
    assert types.count("homework.withdrawn") == 1, types


def _english(grp_item: dict[str, Any]) -> dict[str, Any]:
    """A pupil's own gethomework item (A.2 by student; BetterJournal's SubjectHomework: name, files, homework):
    no ``grp``, no ``lesson_id``, no number."""
    return {"name": grp_item["name"]}


def _subgroup_homework(*later: dict) -> tuple[dict, ...]:
    """Ника's diary (1 группа) and Кирилл's (2 группа) place them; the class gethomework gives each group its task;
    then ``later``."""
    return (own("getdiary", "2025-10-10T19:00:00+03:00", ENGLISH_1, pupil=OTHER),
            own("getdiary", "2025-10-10T19:01:00+03:00", ENGLISH_2),
            of_class("2025-10-10T19:05:00+03:00",
                     tasks({k: v for k, v in ENGLISH_1.items() if k != "lesson_id"}, task(5512003, "Ex. 4")),
                     tasks({k: v for k, v in ENGLISH_2.items() if k != "lesson_id"}, task(5512004, "Ex. 7"))),
            *later)


async def test_a_pupils_own_gethomework_without_grp_leaves_the_task_its_groups(tmp_path):
    """Found by elzhur_40 (no-homework-003/004/007/008): Кирилл's own gethomework (its shape has no ``grp``) lists
    his 2 группа task; the hub made it the whole class's, and 1 группа pupils saw it. An item without ``grp``
    states no group (A.3: ``grp`` optional): the task stays 2 группа's."""
    later = own("gethomework", "2025-10-10T19:20:00+03:00", tasks(_english(ENGLISH_2), task(5512004, "Ex. 7")))
    shown, _ = await _run(tmp_path, *_subgroup_homework(later), reader=OTHER)
    assert shown == {"Ex. 4"}, shown
    shown, _ = await _run(tmp_path / "own", *_subgroup_homework(later))
    assert shown == {"Ex. 7"}, shown


async def test_a_pupils_own_gethomework_without_grp_withdraws_nothing_of_the_other_group(tmp_path):
    """Each pupil's own gethomework lists his group's task without ``grp``: neither withdraws the other group's,
    and a task no answer gave a group is the class's."""
    shown, types = await _run(
        tmp_path, *_subgroup_homework(
            own("gethomework", "2025-10-10T19:20:00+03:00", tasks(_english(ENGLISH_2), task(5512004, "Ex. 7"))),
            own("gethomework", "2025-10-10T19:21:00+03:00", tasks(_english(ENGLISH_1), task(5512003, "Ex. 4")),
                tasks({"name": "Алгебра"}, task(5512011, "№ 401")), pupil=OTHER)), reader=OTHER)
    assert "homework.withdrawn" not in types and shown == {"Ex. 4", "№ 401"}, (shown, types)
    shown, _ = await _run(
        tmp_path / "own", *_subgroup_homework(
            own("gethomework", "2025-10-10T19:21:00+03:00", tasks(_english(ENGLISH_1), task(5512003, "Ex. 4")),
                tasks({"name": "Алгебра"}, task(5512011, "№ 401")), pupil=OTHER)))
    assert shown == {"Ex. 7", "№ 401"}, shown

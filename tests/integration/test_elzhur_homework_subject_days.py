"""A class's task its gethomework lists without a ``lesson_id`` (A.5 E5), and a pupil's later diary that lists its
lesson with ``homework: {}``, embedded stack (reference A.3 Day: getdiary, getschedule and gethomework share one Day
shape, each day whole; A.3 Lesson item ``homework``: the lesson's tasks keyed by id, ``individual`` marks a pupil's
own; ``adapters/elzhur/homework_days.py``).

Found by elzhur_68 (no-homework-004): the class's gethomework of Sunday 14 Feb listed 11А Биология «1 группа»'s task
on 16 Feb in an item without ``lesson_id``; every later getdiary of a pupil of that group lists the day's Биология
lesson of «1 группа» with ``homework: {}``, yet the hub kept the task: it had no lesson to be withdrawn from. The item
is that lesson (its group's lesson of its subject on its day), so the diary listing the group's lessons of the subject
that day, each with its ``homework``, is the whole list of their tasks. Another group's task, a task of a subject the
day lists no lesson of, an item without ``homework``, and an answer pulled before the task are not spoken for; a
classmate's later answer listing the task keeps it (the latest pull wins)."""

from __future__ import annotations

from typing import Any

from tests.integration.test_elzhur_class_days import ALGEBRA, ENGLISH_1, ENGLISH_2
from tests.integration.test_elzhur_homework_days import OTHER, RUSSIAN, WEEK, own, task, tasks
from tests.integration.test_elzhur_homework_late import _shown
from tests.integration.test_elzhur_shapes import PUPIL, env

DAY = "20251013"
ALGEBRA_TASK, ENGLISH_2_TASK, ENGLISH_1_TASK = (task(5568001, "№ 318, 320"), task(5568002, "Ex. 7"),
                                                task(5568003, "Ex. 4"))
PHYSICS_TASK = task(5568004, "Сообщение о давлении")


def item(lesson: dict[str, Any]) -> dict[str, Any]:
    """The class gethomework's item of ``lesson`` (A.5 E5): its name and ``grp``, no ``lesson_id``, no number."""
    return {"name": lesson["name"], "grp": lesson.get("grp")}


def of_class(pulled_at: str, *items: dict) -> dict:
    """The class's gethomework of the week (top-level ``days``, items without ``lesson_id``)."""
    answer = env(f"gethomework?class=7Б&{WEEK}", {"days": {DAY: {"name": DAY, "items": list(items)}}})
    return {**answer, "pulled_at": pulled_at}


def week_tasks() -> dict:
    """Sunday's class gethomework: Алгебра (the class), English 2 группа (Кирилл's) and 1 группа (Ника's)."""
    return of_class("2025-10-12T18:00:00+03:00", tasks(item(ALGEBRA), ALGEBRA_TASK),
                    tasks(item(ENGLISH_2), ENGLISH_2_TASK), tasks(item(ENGLISH_1), ENGLISH_1_TASK))


def placed() -> list[dict]:
    """Ника (1 группа) and Кирилл (2 группа) placed in their groups by diaries of the week before's pull."""
    return [own("getdiary", "2025-10-11T19:00:00+03:00", ALGEBRA, ENGLISH_1, pupil=OTHER),
            own("getdiary", "2025-10-11T19:01:00+03:00", ALGEBRA, ENGLISH_2)]


async def test_a_class_task_without_lesson_id_goes_when_a_later_diary_lists_its_lesson_without_it(tmp_path):
    shown, _ = await _shown(tmp_path, placed(), [week_tasks()],
                            [own("getdiary", "2025-10-13T21:30:00+03:00", tasks(ALGEBRA, ALGEBRA_TASK),
                                 tasks(ENGLISH_2))])
    assert shown[PUPIL] == {"№ 318, 320"}, shown
    assert shown[OTHER] == {"№ 318, 320", "Ex. 4"}, shown  # 1 группа's task is not Кирилл's to deny


async def test_a_class_task_is_gone_for_the_class_when_a_pupils_later_diary_lists_its_lesson_without_it(tmp_path):
    """A class task is every pupil's of the class (A.3 ``individual`` marks the exceptions)."""
    shown, _ = await _shown(tmp_path, placed(), [week_tasks()],
                            [own("getdiary", "2025-10-13T21:30:00+03:00", tasks(ALGEBRA), tasks(ENGLISH_2))])
    assert shown[PUPIL] == set() and shown[OTHER] == {"Ex. 4"}, shown


async def test_a_classmates_later_diary_listing_the_task_keeps_it(tmp_path):
    shown, _ = await _shown(tmp_path, placed(), [week_tasks()],
                            [own("getdiary", "2025-10-13T21:30:00+03:00", tasks(ALGEBRA), tasks(ENGLISH_2))],
                            [own("getdiary", "2025-10-13T21:31:00+03:00", tasks(ALGEBRA, ALGEBRA_TASK),
                                 tasks(ENGLISH_1, ENGLISH_1_TASK), pupil=OTHER)])
    assert "№ 318, 320" in shown[PUPIL] and shown[OTHER] == {"№ 318, 320", "Ex. 4"}, shown


async def test_a_diary_pulled_before_the_class_gethomework_deletes_nothing(tmp_path):
    shown, _ = await _shown(tmp_path, placed(), [week_tasks()],
                            [own("getdiary", "2025-10-12T17:00:00+03:00", tasks(ALGEBRA), tasks(ENGLISH_2))])
    assert shown[PUPIL] == {"№ 318, 320", "Ex. 7"}, shown


async def test_the_class_gethomework_delivered_after_the_later_diary_brings_nothing_back(tmp_path):
    shown, _ = await _shown(tmp_path, placed(),
                            [own("getdiary", "2025-10-13T21:30:00+03:00", tasks(ALGEBRA), tasks(ENGLISH_2))],
                            [week_tasks()])
    assert shown[PUPIL] == set() and shown[OTHER] == {"Ex. 4"}, shown


async def test_a_subject_the_day_lists_no_lesson_of_and_an_item_without_homework_are_not_spoken_for(tmp_path):
    """Физика has no lesson that day (elzhur_29: a task listed on a day without its lesson); the diary's English
    item carries no ``homework`` (a key left out states nothing)."""
    shown, _ = await _shown(tmp_path, placed(),
                            [of_class("2025-10-12T18:00:00+03:00", tasks({"name": "Физика", "grp": None}, PHYSICS_TASK),
                                      tasks(item(ENGLISH_2), ENGLISH_2_TASK))],
                            [own("getdiary", "2025-10-13T21:30:00+03:00", tasks(ALGEBRA), tasks(RUSSIAN), ENGLISH_2)])
    assert shown[PUPIL] == {"Сообщение о давлении", "Ex. 7"}, shown

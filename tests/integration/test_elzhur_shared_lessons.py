"""Lessons not of one whole class (``adapters/elzhur/shared_lessons.py``), embedded stack. Found by elzhur_43.

* One ``lesson_id`` with a ``grp`` in the own diaries of pupils of two classes (a trial exam room «Ауд. 301» of 9А
  and 9Б, an elective of 11А and 11Б): reference A.2 getdiary is one pupil's own diary, A.3 Lesson item
  ``lesson_id``, ``grp``; nothing ties a lesson to one class, so each pupil whose diary lists it sees it and its
  homework, whichever class's pupil was pulled last.
* A pupil on an individual plan whose own diary, pulled a minute after a classmate's, lacks the class's PE: the
  classmate's PE stays his, not cancelled, and she does not see it; a classmate's diary pulled on a later day that
  lacks a lesson still cancels it (``class_days.py``, elzhur_27)."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL, env

DAY, WEEK = "20251013", "days=20251013-20251019"
A, B, C = "70301", "70302", "70303"  # A and C in 7Б, B in 7А
ALGEBRA = {"num": "1", "name": "Алгебра", "lesson_id": "890001", "teacher": "Миронов Олег Петрович"}
PE = {"num": "6", "name": "Физическая культура", "lesson_id": "890006", "teacher": "Шестаков Роман Валерьевич",
      "room": "Спортзал"}
EXAM = {"num": "2", "name": "Алгебра", "lesson_id": "99251013301", "teacher": "Никитин Сергей Павлович",
        "grp": "Ауд. 301", "room": "301",
        "homework": {"7712001": {"id": 7712001, "value": "Разбор пробного ОГЭ", "individual": False}}}
RULES = env("getrules", {"roles": ["parent"], "id": "41301", "relations": {
    "students": {A: {"rel": "child", "name": A, "lastname": "Орлов", "firstname": "Максим", "class": "7Б"},
                 B: {"rel": "child", "name": B, "lastname": "Ершов", "firstname": "Даниил", "class": "7А"},
                 C: {"rel": "child", "name": C, "lastname": "Соколова", "firstname": "Вероника", "class": "7Б"}},
    "groups": {"7Б": {"rel": "homeclass"}, "7А": {"rel": "homeclass"}}}})


def own_diary(pupil: str, pulled_at: str, *items: dict) -> dict:
    answer = env(f"getdiary?student={pupil}&{WEEK}", {"students": {pupil: {
        "name": pupil, "title": pupil, "days": {DAY: {"name": DAY, "items": list(items)}}}}})
    return {**answer, "pulled_at": pulled_at}


async def _days(tmp_path, *records: dict) -> dict[str, list[dict[str, Any]]]:  # noqa: ANN001 - pytest's tmp_path
    """Push the records one by one; each pupil's lessons of 13 Oct as the head teacher reads his diary."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in records])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        out = {}
        for pupil in (A, B, C):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2025-10-13", "2025-10-13")
            out[pupil] = [lesson for day in diary["days"] for lesson in day["lessons"]]
    return out


def _open(lessons: list[dict[str, Any]]) -> set[tuple[int, str]]:
    return {(lesson["slot"], lesson["subject"]["name"]) for lesson in lessons if not lesson["cancelled"]}


async def test_a_lesson_of_a_group_of_two_classes_shows_to_each_pupil_whose_diary_lists_it(tmp_path):
    shown = await _days(tmp_path, RULES,
                        own_diary(A, "2025-10-18T19:00:00+03:00", ALGEBRA, EXAM),
                        own_diary(B, "2025-10-18T19:01:00+03:00", {**ALGEBRA, "lesson_id": "890101"}, EXAM))
    for pupil in (A, B):
        exam = [lesson for lesson in shown[pupil] if lesson["slot"] == 2]
        assert exam and not exam[0]["cancelled"], (pupil, shown[pupil])
        assert exam[0]["group"]["name"] == "Ауд. 301" and exam[0]["room"] == "301", exam
        assert [hw["text"] for hw in exam[0]["homework"]] == ["Разбор пробного ОГЭ"], exam
    assert (2, "Алгебра") not in _open(shown[C]), shown[C]  # 7Б's other pupil: not in the room


async def test_a_class_lesson_a_classmates_diary_of_the_same_pull_lacks_stays_his_and_is_not_hers(tmp_path):
    shown = await _days(tmp_path, RULES,
                        own_diary(A, "2025-10-18T19:00:00+03:00", ALGEBRA, PE),
                        own_diary(C, "2025-10-18T19:01:00+03:00", ALGEBRA))
    pe = [lesson for lesson in shown[A] if lesson["slot"] == 6]
    assert pe and not pe[0]["cancelled"] and pe[0]["room"] == "Спортзал", shown[A]
    assert pe[0]["teacher"]["name"] == "Шестаков Роман Валерьевич", pe
    assert _open(shown[C]) == {(1, "Алгебра")}, shown[C]


async def test_the_same_when_the_pupil_without_it_was_pulled_first(tmp_path):
    shown = await _days(tmp_path, RULES,
                        own_diary(C, "2025-10-18T19:00:00+03:00", ALGEBRA),
                        own_diary(A, "2025-10-18T19:01:00+03:00", ALGEBRA, PE))
    assert _open(shown[A]) == {(1, "Алгебра"), (6, "Физическая культура")}, shown[A]
    assert _open(shown[C]) == {(1, "Алгебра")}, shown[C]


async def test_a_classmates_diary_pulled_another_day_that_lacks_the_lesson_still_cancels_it(tmp_path):
    """The elzhur_27 rule: a pupil's later day is his class's whole day (the lesson was replaced)."""
    shown = await _days(tmp_path, RULES,
                        own_diary(A, "2025-10-17T19:00:00+03:00", ALGEBRA, PE),
                        own_diary(C, "2025-10-18T19:00:00+03:00", ALGEBRA))
    assert _open(shown[A]) == {(1, "Алгебра")}, shown[A]
    assert _open(shown[C]) == {(1, "Алгебра")}, shown[C]


MUSIC = {"num": "4", "name": "Музыка", "lesson_id": "890404", "teacher": "Соколова Вера Павловна",
         "room": "Кабинет № 1"}


def _music(task_id: int, text: str) -> dict:
    return {**MUSIC, "homework": {str(task_id): {"id": task_id, "value": text, "individual": False}}}


async def test_a_whole_class_lesson_two_classes_diaries_list_shows_to_each_with_its_own_class_task(tmp_path):
    """Found by elzhur_53 (lesson-004, -008, -020, -024, -034; homework-004, -008, -021; mark-008, -012, -023;
    attendance-001, -002): a combined lesson of a класс-комплект, one ``lesson_id`` without ``grp`` in the own
    diaries of pupils of 7Б and 7А, shows to each of them, each with his own class's task on it, whichever class's
    pupils were pulled last (reference A.2 getdiary is one pupil's own diary; A.3 Lesson item ``lesson_id``,
    ``homework``: nothing ties a lesson to one class)."""
    shown = await _days(tmp_path, RULES,
                        own_diary(A, "2025-10-18T19:00:00+03:00", ALGEBRA, _music(7714001, "Выучить песню")),
                        own_diary(C, "2025-10-18T19:01:00+03:00", ALGEBRA, _music(7714001, "Выучить песню")),
                        own_diary(B, "2025-10-18T19:02:00+03:00", {**ALGEBRA, "lesson_id": "890101"},
                                  _music(7714002, "Нарисовать оркестр")))
    for pupil, task in ((A, "Выучить песню"), (C, "Выучить песню"), (B, "Нарисовать оркестр")):
        music = [lesson for lesson in shown[pupil] if lesson["slot"] == 4 and not lesson["cancelled"]]
        assert music and music[0]["subject"]["name"] == "Музыка", (pupil, shown[pupil])
        assert music[0]["room"] == "Кабинет № 1", music
        assert [hw["text"] for hw in music[0]["homework"]] == [task], (pupil, music)
        assert (1, "Алгебра") in _open(shown[pupil]), shown[pupil]

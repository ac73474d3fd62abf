"""A pupil's own Elzhur getdiary holds each day of its ``days`` range whole (reference A.1 ``days``, A.3 Day), his
class's lessons among them, so it speaks for the lessons of the whole class on the days he was in it, whichever
answer brought them (``adapters/elzhur/class_days.py``), embedded stack. Found by elzhur_27: 7Б's getschedule had
Литература in slot 4 on 28 Nov, Матвей's own diary pulled after lists a new Русский язык lesson there, and the hub
showed both, in his diary and in the class's schedule. A lesson of another subgroup, of another class, of a day he
was not in the class, or a diary pulled before the schedule that stated the lesson, changes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import PUPIL, RULES, SCHOOL, env

DAY, WEEK = "20251013", "days=20251013-20251019"
ALGEBRA = {"num": "1", "name": "Алгебра", "lesson_id": "880001", "teacher": "Миронов Олег Петрович"}
LITERATURE = {"num": "2", "name": "Литература", "lesson_id": "880002", "teacher": "Белова Наталья Сергеевна"}
RUSSIAN = {"num": "2", "name": "Русский язык", "lesson_id": "880009", "teacher": "Белова Наталья Сергеевна"}
ENGLISH_1 = {"num": "3", "name": "Английский язык", "lesson_id": "880003", "teacher": "Смирнова Елена Викторовна",
             "grp": "1 группа"}
ENGLISH_2 = {"num": "3", "name": "Английский язык", "lesson_id": "880004", "teacher": "Кравцова Ольга Андреевна",
             "grp": "2 группа"}


def schedule(class_name: str, pulled_at: str, *items: dict, day: str = DAY, days: str = WEEK) -> dict:
    answer = env(f"getschedule?class={class_name}&{days}", {"days": {day: {"name": day, "items": list(items)}}})
    return {**answer, "pulled_at": pulled_at}


def own_diary(pulled_at: str, *items: dict, day: str = DAY, days: str = WEEK) -> dict:
    answer = env(f"getdiary?student={PUPIL}&{days}", {"students": {PUPIL: {
        "name": PUPIL, "title": "Громов Кирилл", "days": {day: {"name": day, "items": list(items)}}}}})
    return {**answer, "pulled_at": pulled_at}


def rules(class_name: str, pulled_at: str) -> dict:
    relations = RULES["body"]["response"]["result"]["relations"]
    student = {**relations["students"][PUPIL], "class": class_name}
    answer = env("getrules", {"roles": ["parent"], "id": "41103", "relations": {
        "students": {PUPIL: student}, "groups": {class_name: {"rel": "homeclass"}}}})
    return {**answer, "pulled_at": pulled_at}


async def _shown(tmp_path, *records: dict, day: str = "2025-10-13", class_name: str = "7Б",
                 ) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """Push the records one by one; the lessons not cancelled, (slot, subject), in the pupil's diary and in the
    class's schedule that day."""
    diary, week = await pupil_and_class_day(tmp_path, records, day, class_name)
    return _open(x for d in diary["days"] for x in d["lessons"]), _open(_lessons(week, day))


async def pupil_and_class_day(tmp_path, records: tuple[dict, ...], day: str,  # noqa: ANN001 - pytest's tmp_path
                              class_name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Push the records one by one into a fresh hub and project: the pupil's diary of ``day`` and his class's
    schedule of that week (``class_name`` of 2025/26), as the head teacher reads them."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in records])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diary = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, day, day)
        class_id = f"elzhur:{SCHOOL}:class:{_class_key(class_name)}@2025"
        answer = await hub.http.get(f"/v1/classes/{class_id}/schedule", params={"week": _week(day)},
                                    headers=head)
        assert answer.status_code == 200, answer.text
    return diary, answer.json()


def _class_key(class_name: str) -> str:
    from adapters.elzhur.ids import name_key

    return name_key(class_name)


def _week(day: str) -> str:
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _lessons(week: dict[str, Any], day: str) -> list[dict[str, Any]]:
    """The lessons of ``day`` in a class's week (``GET /v1/classes/{c}/schedule``)."""
    return [lesson for entry in week["days"] if str(entry["date"]) == day for lesson in entry["lessons"]]


def _open(lessons) -> set[tuple[int, str]]:
    return {(lesson["slot"], lesson["subject"]["name"]) for lesson in lessons if not lesson["cancelled"]}


async def test_a_class_lesson_the_pupils_later_day_lacks_is_gone_from_his_diary_and_the_class_schedule(tmp_path):
    pupil, klass = await _shown(
        tmp_path, RULES, schedule("7Б", "2025-10-12T18:00:00+03:00", ALGEBRA, LITERATURE, ENGLISH_1, ENGLISH_2),
        own_diary("2025-10-18T19:00:00+03:00", ALGEBRA, RUSSIAN, ENGLISH_1))
    assert pupil == {(1, "Алгебра"), (2, "Русский язык"), (3, "Английский язык")}, pupil
    assert klass == {(1, "Алгебра"), (2, "Русский язык"), (3, "Английский язык")}, klass


async def test_the_other_subgroups_lesson_his_day_does_not_list_stays_in_the_class_schedule(tmp_path):
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for record in (RULES, schedule("7Б", "2025-10-12T18:00:00+03:00", ALGEBRA, ENGLISH_1, ENGLISH_2),
                       own_diary("2025-10-18T19:00:00+03:00", ALGEBRA, ENGLISH_1)):
            body = await hub.push("elzhur", SCHOOL, client, [record])
            types = [e["type"] for r in body["results"] for e in r["events"]]
        assert "lesson.cancelled" not in types, types
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        class_id = f"elzhur:{SCHOOL}:class:{_class_key('7Б')}@2025"
        answer = await hub.http.get(f"/v1/classes/{class_id}/schedule", params={"week": _week("2025-10-13")},
                                    headers=head)
    ids = {lesson["lesson_id"].rsplit(":", 1)[-1] for lesson in _lessons(answer.json(), "2025-10-13")
           if not lesson["cancelled"]}
    assert {"880001", "880003", "880004"} <= ids, ids


async def test_a_diary_pulled_before_the_schedule_that_stated_the_lesson_changes_nothing(tmp_path):
    pupil, klass = await _shown(
        tmp_path, RULES, schedule("7Б", "2025-10-12T18:00:00+03:00", ALGEBRA, LITERATURE),
        own_diary("2025-10-11T19:00:00+03:00", ALGEBRA))
    assert (2, "Литература") in pupil and (2, "Литература") in klass, (pupil, klass)


async def test_the_lessons_of_another_class_stay(tmp_path):
    _, klass = await _shown(
        tmp_path, RULES, schedule("7А", "2025-10-12T18:00:00+03:00", ALGEBRA, LITERATURE),
        own_diary("2025-10-18T19:00:00+03:00", {**ALGEBRA, "lesson_id": "880011"}), class_name="7А")
    assert klass == {(1, "Алгебра"), (2, "Литература")}, klass


async def test_a_day_before_the_pupil_came_to_the_class_speaks_for_nothing(tmp_path):
    """His diary shows 13 Oct without lessons while 7Б had lessons: he joined on the 14th (``arrival.py``), so his
    empty 13 Oct says nothing of 7Б's day."""
    _, klass = await _shown(
        tmp_path, RULES, schedule("7Б", "2025-10-12T18:00:00+03:00", ALGEBRA, LITERATURE),
        {**own_diary("2025-10-18T19:00:00+03:00"), "body": env(f"getdiary?student={PUPIL}&{WEEK}", {"students": {
            PUPIL: {"name": PUPIL, "title": "Громов Кирилл", "days": {
                DAY: {"name": DAY, "items": []},
                "20251014": {"name": "20251014", "items": [{**ALGEBRA, "lesson_id": "880021"}]}}}}})["body"]})
    assert klass == {(1, "Алгебра"), (2, "Литература")}, klass


async def test_a_moved_pupils_days_in_his_old_class_speak_not_for_the_new_one(tmp_path):
    """In 7А until 5 Oct, in 7Б from the 6th (his parent's getrules): his diary of 29 Sep - 5 Oct, read as 7Б's
    pupil, lists 7А's lessons; 7Б's lessons of 30 Sep stay."""
    week = "days=20250929-20251005"
    _, klass = await _shown(
        tmp_path, rules("7А", "2025-10-05T12:00:00+03:00"), rules("7Б", "2025-10-15T12:00:00+03:00"),
        schedule("7Б", "2025-09-28T18:00:00+03:00", ALGEBRA, LITERATURE, day="20250930", days=week),
        own_diary("2025-10-16T19:00:00+03:00", {**ALGEBRA, "lesson_id": "880031"}, day="20250930", days=week),
        day="2025-09-30")
    assert (2, "Литература") in klass, klass


async def test_an_older_diary_delivered_after_a_move_speaks_not_for_the_new_class(tmp_path):
    """Last seen in 7А on 5 Oct, seen in 7Б on the 15th (7Б from the 6th, for want of evidence); his diary of 6-12
    Oct pulled on the 12th, delivered after, is read as 7Б's pupil's though nothing showed him in 7Б by its pull
    (the elzhur_26 case): 7Б's lessons of 8 Oct stay."""
    week = "days=20251006-20251012"
    _, klass = await _shown(
        tmp_path, rules("7А", "2025-10-05T12:00:00+03:00"), rules("7Б", "2025-10-15T12:00:00+03:00"),
        schedule("7Б", "2025-10-05T18:00:00+03:00", ALGEBRA, LITERATURE, day="20251008", days=week),
        own_diary("2025-10-12T19:00:00+03:00", {**ALGEBRA, "lesson_id": "880041"}, day="20251008", days=week),
        day="2025-10-08")
    assert (2, "Литература") in klass, klass

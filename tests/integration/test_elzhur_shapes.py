"""Every pair of Elzhur answer shapes that carry the same fact (issue 11 §6; ``adapters/elzhur/README.md``, "Merge
rules"), embedded stack.

For each fact family (a lesson, a mark, an absence, a homework, an enrolment) and each ordered pair (A, B) of the
methods that carry it, a fresh hub gets getrules, then A, then B, then A and B again: the re-sends append nothing,
and the diary shows the fact with every field either shape states (what one shape does not state, the other's
answer keeps: a schedule without rings keeps the times of a diary with them). A homework named on a lesson the hub
does not know yet waits (parked) for it.
"""

from __future__ import annotations

import itertools
import copy
from collections.abc import Callable
from typing import Any

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub

SCHOOL, PUPIL, DAY = "sch-el", "70213", "20251013"
DAYS = "days=20251013-20251019"


def ok(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def env(request: str, result: dict) -> dict:
    return {"request": request, "body": ok(result), "pulled_at": "2025-10-18T07:00:00+03:00"}


RULES = env("getrules", {"roles": ["parent"], "id": "41103", "relations": {
    "students": {PUPIL: {"rel": "child", "name": PUPIL, "lastname": "Громов", "firstname": "Кирилл", "class": "7Б"}},
    "groups": {"7Б": {"rel": "homeclass", "hometeacher_name": "Белова Наталья Сергеевна"}}}})
MARK = {"value": "4-", "countas": "3.75", "count": True, "convert": 4, "weight": 2, "weight_float": "2.0",
        "date": "2025-10-13", "lesson_id": "880001", "nm": "1", "comment": "Дроби"}
ABSENT = {"value": "Н", "countas": 0, "count": False, "convert": 0, "weight": 0, "date": "2025-10-13",
          "lesson_id": "880002", "nm": "1", "comment": ""}
HOMEWORK = {"5512001": {"id": 5512001, "value": "№ 312", "individual": False}}
FILES = [{"toid": 5512001, "filename": "карточка.pdf", "link": "https://gymn7.eljur.ru/files/1"}]


def item(rings: bool, **extra: Any) -> dict:
    base = {"num": "1", "name": "Алгебра", "room": "214", "teacher": "Миронов Олег Петрович", "sort": 100,
            "lesson_id": "880001", "topic": "Линейная функция"}
    return {**base, **({"starttime": "08:30:00", "endtime": "09:15:00"} if rings else {}), **extra}


def diary(rings: bool) -> dict:
    second = {"num": "2", "name": "Русский язык", "lesson_id": "880002", "teacher": "Белова Наталья Сергеевна",
              "assessments": [ABSENT]}
    first = item(rings, homework=HOMEWORK, files=FILES, assessments=[{**MARK, "control_type": "Контрольная работа"}])
    days = {DAY: {"name": DAY, "items": {"1": first, "2": second}}}
    return env(f"getdiary?student={PUPIL}&{DAYS}" + ("&rings=__yes" if rings else ""),
               {"students": {PUPIL: {"name": PUPIL, "title": "Громов Кирилл", "days": days}}})


def schedule(rings: bool) -> dict:
    return env(f"getschedule?class=7Б&{DAYS}" + ("&rings=true" if rings else ""),
               {"days": {DAY: {"name": DAY, "items": [item(rings)]}}})


def marks() -> dict:
    return env(f"getmarks?student={PUPIL}&days=20250901-20251026", {"students": {PUPIL: {"name": PUPIL, "lessons": [
        {"name": "Алгебра", "average": "3.75", "marks": [{**MARK, "mtype": {"id": "3", "type": "Контрольная работа"}}]},
        {"name": "Русский язык", "average": "", "marks": [ABSENT]}]}}})


def homework_of_pupil() -> dict:
    return env(f"gethomework?student={PUPIL}&{DAYS}", {"students": {PUPIL: {"name": PUPIL, "days": {DAY: {
        "name": DAY, "items": {"1": item(False, homework=HOMEWORK, files=FILES)}}}}}})


def homework_of_class() -> dict:
    return env(f"gethomework?class=7Б&{DAYS}", {"days": {DAY: {"name": DAY, "items": [{
        "name": "Алгебра", "grp": None, "homework": {"1": {"id": 5512001, "value": "№ 312", "individual": False}},
        "files": {"file": [{"filename": "карточка.pdf", "link": "https://gymn7.eljur.ru/files/1"}]}}]}}})


def lesson_of(diary_answer: dict) -> dict:
    return next(lesson for day in diary_answer["days"] for lesson in day["lessons"] if lesson["slot"] == 1)


def check_lesson(d: dict, shapes: tuple[str, str]) -> None:
    lesson = lesson_of(d)
    assert (lesson["topic"], lesson["room"], (lesson.get("teacher") or {}).get("name")) == (
        "Линейная функция", "214", "Миронов Олег Петрович")
    if any(name.endswith("rings") for name in shapes):
        assert (lesson["starts_at"][:5], lesson["ends_at"][:5]) == ("08:30", "09:15")


def check_mark(d: dict, shapes: tuple[str, str]) -> None:
    [mark] = lesson_of(d)["marks"]
    assert (mark["text"], mark["weight"], mark["work_type_name"], mark["comment"], mark["counts_in_average"]) == (
        "4-", 2.0, "Контрольная работа", "Дроби", True)


def check_absence(d: dict, shapes: tuple[str, str]) -> None:
    lesson = next(lesson for day in d["days"] for lesson in day["lessons"] if lesson["subject"]["name"] ==
                  "Русский язык")
    assert (lesson["attendance"]["status"], lesson["attendance"]["code"]) == ("absent", "Н") and not lesson["marks"]


def check_homework(d: dict, shapes: tuple[str, str]) -> None:
    found = [hw for day in d["days"] for lesson in day["lessons"] for hw in lesson.get("homework", [])]
    found += [hw for day in d["days"] for hw in day.get("homework_due", [])]
    [hw] = found
    assert hw["text"] == "№ 312" and [a["name"] for a in hw["attachments"]] == ["карточка.pdf"]


def check_enrolment(d: dict, shapes: tuple[str, str]) -> None:
    assert lesson_of(d)["subject"]["name"] == "Алгебра"


FAMILIES: dict[str, tuple[dict[str, Callable[[], dict]], Callable[[dict, tuple[str, str]], None]]] = {
    "lesson": ({"diary_rings": lambda: diary(True), "schedule": lambda: schedule(False),
                "schedule_rings": lambda: schedule(True), "diary": lambda: diary(False)}, check_lesson),
    "mark": ({"diary_rings": lambda: diary(True), "getmarks": marks}, check_mark),
    "absence": ({"diary_rings": lambda: diary(True), "getmarks": marks}, check_absence),
    "homework": ({"diary_rings": lambda: diary(True), "homework_of_pupil": homework_of_pupil,
                  "homework_of_class": homework_of_class}, check_homework),
}
CASES = [(family, a, b) for family, (shapes, _) in FAMILIES.items()
         for a, b in itertools.permutations(shapes, 2)
         if family != "lesson" or {a, b} & {"diary_rings", "diary"}]
CASES = [c for c in CASES if not (c[0] == "homework" and "diary_rings" not in c[1:])] + [
    ("homework", "homework_of_pupil", "homework_of_class"), ("homework", "homework_of_class", "homework_of_pupil")]


@pytest.mark.parametrize(("family", "first", "second"), sorted(set(CASES)))
async def test_a_fact_from_two_shapes_is_one_fact_and_re_sends_append_nothing(tmp_path, family, first, second):
    shapes, check = FAMILIES[family]
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        setup = [RULES] + ([diary(True)] if family == "homework" and "diary_rings" not in (first, second) else [])
        for records in ([*setup], [shapes[first]()], [shapes[second]()]):
            body = await hub.push("elzhur", SCHOOL, client, records)
            assert all(r["status"] in ("accepted", "duplicate", "parked") for r in body["results"]), body
        marks = await hub.hub.log.high_watermarks()
        again = await hub.push("elzhur", SCHOOL, client, [shapes[first](), shapes[second]()])
        assert [r["status"] for r in again["results"]] == ["duplicate", "duplicate"], again
        assert await hub.hub.log.high_watermarks() == marks
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        check(await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13"),
              (first, second))


async def test_a_lesson_renamed_cancel_stays_its_subjects_and_makes_no_cancel_subject(tmp_path):
    """Found by elzhur_6: a lesson re-pulled as ``Cancel`` (same lesson_id) became a lesson of a subject named
    "Cancel", which then had a row in the pupil's final grades. A Cancel item states the cancellation only: the
    lesson keeps the subject and teacher an answer stated, and a cancelled lesson makes no subject row."""
    periods = env(f"getperiods?student={PUPIL}", {"students": [{"name": PUPIL, "title": "Громов Кирилл", "periods": [
        {"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False}]}]})
    cancelled = diary(True)
    cancelled["pulled_at"] = "2025-10-19T07:00:00+03:00"
    day = cancelled["body"]["response"]["result"]["students"][PUPIL]["days"][DAY]
    day["items"]["1"] = {"num": "1", "name": "Cancel", "lesson_id": "880001", "sort": 100}
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for batch in ([RULES, periods], [diary(True)], [cancelled]):
            await hub.push("elzhur", SCHOOL, client, batch)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        student = f"elzhur:{SCHOOL}:student:{PUPIL}"
        finals = await hub.http.get(f"/v1/students/{student}/final-grades", params={"year": "2025"}, headers=head)
        assert finals.status_code == 200, finals.text
        assert "Cancel" not in [s["subject"]["name"] for s in finals.json()["subjects"]]
        lessons = (await hub.diary(student, head, "2025-10-13", "2025-10-13"))["days"][0]["lessons"]
        [lesson] = [x for x in lessons if x["slot"] == 1]
        assert (lesson["subject"]["name"], lesson["cancelled"]) == ("Алгебра", True), lesson


async def test_a_day_pulled_again_alone_deletes_what_the_wider_answer_held_that_day(tmp_path):
    """Found by elzhur_8 (no-homework-29..33): a sync job re-pulls only the day that changed
    (``days=20251013-20251013``). Its answer is that day's whole diary (A.1 ``days``, A.3 Day), so a task the
    week's answer held that day and it lacks was removed; the days it does not cover keep what the week held."""
    week = diary(True)
    week["body"]["response"]["result"]["students"][PUPIL]["days"]["20251014"] = {"name": "20251014", "items": {
        "1": item(True, lesson_id="880011", homework={"5512099": {"id": 5512099, "value": "№ 320", "individual": False}})}}
    day_only = copy.deepcopy(week)
    day_only["request"] = f"getdiary?student={PUPIL}&days=20251013-20251013&rings=__yes"
    day_only["pulled_at"] = "2025-10-19T07:00:00+03:00"
    days = day_only["body"]["response"]["result"]["students"][PUPIL]["days"]
    days[DAY]["items"]["1"].pop("homework")
    for key in [k for k in days if k != DAY]:
        del days[key]
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for batch in ([RULES, week], [day_only]):
            await hub.push("elzhur", SCHOOL, client, batch)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-19")
    tasks = {(day["date"], hw["text"]) for day in shown["days"] for lesson in day["lessons"]
             for hw in lesson.get("homework", [])}
    assert ("2025-10-13", "№ 312") not in tasks and ("2025-10-14", "№ 320") in tasks, tasks


TWO_TASKS = {"5512001": {"id": 5512001, "value": "№ 312", "individual": False},
             "5512002": {"id": 5512002, "value": "№ 315*", "individual": False}}
TWO_FILES = [{"filename": "карточка.pdf", "link": "https://gymn7.eljur.ru/files/1"},
             {"filename": "задача.png", "link": "https://gymn7.eljur.ru/files/2"}]


def _two_tasks_diary() -> dict:
    with_toid = [{**TWO_FILES[0], "toid": 5512001}, {**TWO_FILES[1], "toid": 5512002}]
    first = item(True, homework=TWO_TASKS, files=with_toid)
    return env(f"getdiary?student={PUPIL}&{DAYS}&rings=__yes", {"students": {PUPIL: {
        "name": PUPIL, "title": "Громов Кирилл", "days": {DAY: {"name": DAY, "items": {"1": first}}}}}})


def _two_tasks_class_homework() -> dict:  # the older files form (A.5 E5): no toid
    return env(f"gethomework?class=7Б&{DAYS}", {"days": {DAY: {"name": DAY, "items": [{
        "name": "Алгебра", "grp": None, "homework": TWO_TASKS, "files": {"file": TWO_FILES}}]}}})


async def _files_by_task(tmp_path, batches: list[list[dict]]) -> dict[str, list[str]]:
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for batch in [[RULES], *batches]:
            await hub.push("elzhur", SCHOOL, client, batch)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
    tasks = [hw for day in shown["days"] for lesson in day["lessons"] for hw in lesson.get("homework", [])]
    tasks += [hw for day in shown["days"] for hw in day["homework_due"]]
    return {hw["text"]: sorted(a["name"] for a in hw["attachments"]) for hw in tasks}


async def test_files_without_toid_do_not_undo_which_task_each_file_belongs_to(tmp_path):
    """Noticed by elzhur_12's author: after a pupil's diary gave each of a lesson's two tasks its own file (by
    ``toid``), the class gethomework in the older ``files.file`` form (no ``toid``) attached both files to both
    tasks. It cannot say whose file is whose, so it leaves what the precise answer said; seen alone, it still
    attaches every file to every task (the documented rule for that form)."""
    assert await _files_by_task(tmp_path / "both", [[_two_tasks_diary()], [_two_tasks_class_homework()]]) == {
        "№ 312": ["карточка.pdf"], "№ 315*": ["задача.png"]}
    assert await _files_by_task(tmp_path / "alone", [[_two_tasks_class_homework()]]) == {
        "№ 312": ["задача.png", "карточка.pdf"], "№ 315*": ["задача.png", "карточка.pdf"]}


def _class_homework(tasks: dict, files: list[dict]) -> dict:
    return env(f"gethomework?class=7Б&{DAYS}", {"days": {DAY: {"name": DAY, "items": [{
        "name": "Алгебра", "grp": None, "homework": tasks, "files": {"file": files}}]}}})


async def test_a_file_added_to_a_lesson_in_the_older_shape_shows_on_each_of_its_tasks(tmp_path):
    """Found by contracts/journeys/elzhur_18: a lesson's only task had one file (the older ``files.file`` form, no
    ``toid``); a later pull gave the lesson a second task and a second file. The files are the lesson's, so both
    tasks show both; the task the hub knew kept its first list."""
    first = _class_homework({"5512001": TWO_TASKS["5512001"]}, TWO_FILES[:1])
    assert await _files_by_task(tmp_path, [[first], [_class_homework(TWO_TASKS, TWO_FILES)]]) == {
        "№ 312": ["задача.png", "карточка.pdf"], "№ 315*": ["задача.png", "карточка.pdf"]}


def _marks_without(*keys: str) -> dict:
    """The getmarks of ``marks()`` pulled after the diary, its Алгебра mark without ``keys``."""
    answer = marks()
    answer["pulled_at"] = "2025-10-25T10:00:00+03:00"
    mark = answer["body"]["response"]["result"]["students"][PUPIL]["lessons"][0]["marks"][0]
    for key in keys:
        mark.pop(key)
    return answer


@pytest.mark.parametrize("left_out", [("mtype",), ("weight", "weight_float"), ("comment",),
                                      ("mtype", "weight", "weight_float", "comment")])
async def test_a_later_getmarks_leaving_a_marks_keys_out_keeps_what_the_diary_gave(tmp_path, left_out):
    """Found by elzhur_40 (mark-006, mark-007): a getmarks re-pull listed a mark without ``mtype`` (and, for
    another, without ``weight``, ``weight_float`` and ``comment``); the hub took the missing keys for "no work
    type", weight 1 and no comment. A key left out states nothing (A.3 Assessment, SubjectMarks): the work type,
    weight and comment the diary gave stay."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for batch in ([RULES], [diary(True)], [_marks_without(*left_out)]):
            body = await hub.push("elzhur", SCHOOL, client, batch)
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        check_mark(await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13"),
                   ("diary_rings", "getmarks"))


async def test_a_mark_first_seen_without_weight_and_work_type_gets_the_defaults(tmp_path):
    """Nothing to keep: a mark no answer gave a weight or work type shows weight 1 and the lesson's work."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for batch in ([RULES], [_marks_without("mtype", "weight", "weight_float", "comment")]):
            await hub.push("elzhur", SCHOOL, client, batch)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        d = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
    [mark] = [m for day in d["days"] for m in day["marks_without_lesson"]]  # no diary lists its lesson
    assert (mark["text"], mark["weight"], mark["comment"], mark["work_type"]) == ("4-", 1.0, None, "lesson_work"), mark


async def _lessons_of_13_oct(tmp_path, *steps: dict) -> list[tuple]:
    """(slot, subject, marks' texts) of the 13 Oct lessons after RULES and ``steps`` (each pushed alone)."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in (RULES, *steps)])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        d = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
        return [(lesson["slot"], lesson["subject"]["name"], [m["text"] for m in lesson["marks"]])
                for day in d["days"] for lesson in day["lessons"]]


def zeroth_lesson() -> dict:
    """A class schedule of 13 Oct holding only a real 0th lesson (reference A.3 Lesson item ``num`` "0")."""
    return env(f"getschedule?class=7Б&{DAYS}", {"days": {DAY: {"name": DAY, "items": [
        {"num": "0", "name": "Разговоры о важном", "lesson_id": "880000", "teacher": "Белова Наталья Сергеевна"}]}}})


async def test_a_lesson_only_getmarks_names_shows_without_a_number_after_the_numbered_ones(tmp_path):
    """elzhur_41 (no-lesson-*-getmarks): getmarks gives a lesson no number (A.3 SubjectMarks), and a 0th lesson is a
    real one (A.3 ``num``): the lesson an absence names shows with slot null, after the day's numbered lessons (a
    0th one included), not as a lesson numbered 0; a mark's lesson only getmarks names is no lesson at all
    (elzhur_59, ``marked_lessons.py``: the mark shows without one)."""
    shown = await _lessons_of_13_oct(tmp_path, zeroth_lesson(), marks())
    assert shown == [(0, "Разговоры о важном", []), (None, "Русский язык", [])]


@pytest.mark.parametrize("diary_first", [False, True])
async def test_the_diary_numbers_a_lesson_getmarks_named_whatever_the_order(tmp_path, diary_first):
    steps = (diary(True), marks()) if diary_first else (marks(), diary(True))
    shown = await _lessons_of_13_oct(tmp_path, *steps)
    assert shown == [(1, "Алгебра", ["4-"]), (2, "Русский язык", [])]

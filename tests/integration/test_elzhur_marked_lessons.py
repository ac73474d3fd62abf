"""What a pupil's getmarks says of lessons (``adapters/elzhur/marked_lessons.py``), embedded stack. Found by
contracts/journeys/elzhur_59.

Reference A.2 getmarks, A.3 SubjectMarks and Assessment ``lesson_id``: a pupil's marks list names each mark's
lesson; it lists no lessons of the class, whose lessons are what the diaries list (A.3 Day: each listed day whole).
So a lesson the journal deleted (every later diary lists its day without it) stays deleted though the marks list
still names it, and a mark on a day or at a lesson no diary lists (an olympiad on a Saturday) shows to its pupil on
its date, as a mark without a listed lesson, and makes no lesson his classmates see. An absence needs its lesson: it
shows to the absent pupil alone, under the class's lesson once a diary lists that lesson. Nothing else is lost,
whether the marks list arrives after the diaries or before them."""

from __future__ import annotations

from typing import Any

import pytest

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import SCHOOL, env

WEEK = "days=20251013-20251019"
P1, P2 = "70501", "70502"  # P1's marks list names the lessons; P2 is his classmate
RULES = env("getrules", {"roles": ["parent"], "id": "41501", "relations": {
    "students": {P1: {"rel": "child", "name": P1, "lastname": "Гарипов", "firstname": "Артур", "class": "8В"},
                 P2: {"rel": "child", "name": P2, "lastname": "Орлова", "firstname": "Марина", "class": "8В"}},
    "groups": {"8В": {"rel": "homeclass"}}}})


def _mark(value: str, date: str, lesson_id: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "count": value.isdigit(), "convert": int(value) if value.isdigit() else 0,
            "weight": 1, "date": date, "lesson_id": lesson_id, "nm": "1", **extra}


ALGEBRA_5 = _mark("5", "2025-10-13", "880101")
PHYSICS_4 = _mark("4", "2025-10-13", "880107", comment="самостоятельная на консультации")
OLYMPIAD_5 = _mark("5", "2025-10-18", "880180", weight=2, mtype={"id": 9, "type": "Олимпиада"})  # a Saturday
ABSENT_THU = _mark("н", "2025-10-16", "880190")  # a Физика lesson no diary lists
ABSENT_TUE = _mark("н", "2025-10-14", "880111")  # the Tuesday lesson the diaries list


def diary(pupil: str, pulled_at: str, consultation: bool, algebra_mark: bool = False) -> dict:
    """Monday: Алгебра 1 (with P1's «5» when ``algebra_mark``) and, while ``consultation``, Физика 7 with P1's
    «4»; Tuesday: Русский язык 1. The other days of the week are not listed (no lessons)."""
    monday = [{"num": "1", "name": "Алгебра", "lesson_id": "880101",
               **({"assessments": [ALGEBRA_5]} if algebra_mark and pupil == P1 else {})}]
    if consultation:
        monday.append({"num": "7", "name": "Физика", "lesson_id": "880107", "topic": "Консультация",
                       **({"assessments": [PHYSICS_4]} if pupil == P1 else {})})
    days = {"20251013": monday, "20251014": [{"num": "1", "name": "Русский язык", "lesson_id": "880111"}]}
    answer = env(f"getdiary?student={pupil}&{WEEK}", {"students": {pupil: {"name": pupil, "title": pupil, "days": {
        key: {"name": key, "items": items} for key, items in days.items()}}}})
    return {**answer, "pulled_at": pulled_at}


MARKS = {**env(f"getmarks?student={P1}&{WEEK}", {"students": {P1: {"name": P1, "lessons": [
    {"name": "Алгебра", "average": "", "marks": [ALGEBRA_5]},
    {"name": "Физика", "average": "", "marks": [PHYSICS_4, ABSENT_THU, OLYMPIAD_5]},
    {"name": "Русский язык", "average": "", "marks": [ABSENT_TUE]}]}}}), "pulled_at": "2025-10-20T12:00:00+03:00"}
DIARIES = [diary(P1, "2025-10-13T20:00:00+03:00", True), diary(P2, "2025-10-13T20:01:00+03:00", True),
           diary(P1, "2025-10-15T20:00:00+03:00", False), diary(P2, "2025-10-15T20:01:00+03:00", False),
           diary(P1, "2025-10-19T07:00:00+03:00", False, algebra_mark=True),
           diary(P2, "2025-10-19T07:01:00+03:00", False)]  # the marks list is the latest pull (its absences stand)


async def _shown(tmp_path, records: list[dict]) -> dict[str, dict[str, set]]:  # noqa: ANN001 - pytest's tmp_path
    """Push the records one by one; each pupil's live lessons (date, slot, subject), marks (date, subject, text,
    the slot of the lesson it is under: None without one, "cancelled" under a cancelled one) and attendance."""
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, [[record] for record in [RULES, *records]])  # one by one
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        out = {}
        for pupil in (P1, P2):
            days = (await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, "2025-10-13", "2025-10-19"))["days"]
            lessons = [(day["date"], lesson) for day in days for lesson in day["lessons"]]
            out[pupil] = {
                "lessons": {(date, x["slot"], x["subject"]["name"]) for date, x in lessons if not x["cancelled"]},
                "marks": {(date, m["subject"]["name"], m["text"], "cancelled" if x["cancelled"] else x["slot"])
                          for date, x in lessons for m in x["marks"]}
                | {(day["date"], m["subject"]["name"], m["text"], None) for day in days
                   for m in day["marks_without_lesson"]},
                "attendance": {(date, x["slot"], x["subject"]["name"], x["attendance"]["status"])
                               for date, x in lessons if x.get("attendance")}}
    return out


@pytest.mark.parametrize("order", ["marks after the diaries", "marks before the diaries"])
async def test_a_marks_list_makes_no_lesson_of_the_class_and_brings_back_none(tmp_path, order):
    """Found by elzhur_59 (no-lesson-001..016): reference A.3 SubjectMarks (a pupil's marks, each naming its
    ``lesson_id``; no lessons), A.3 Day (the diaries' days whole; the latest pull wins). The consultation the
    journal deleted on 15 Oct stays deleted for both pupils though P1's marks list of 20 Oct names it; P1's
    olympiad of Saturday 18 Oct shows to him on its date without a lesson, and to P2 not at all; P1's absence on a
    lesson no diary lists shows to him alone; his Algebra mark stays under its lesson and his absence on the
    Tuesday lesson under that lesson, whichever arrives first."""
    records = [*DIARIES, MARKS] if order == "marks after the diaries" else [MARKS, *DIARIES]
    shown = await _shown(tmp_path, records)
    class_lessons = {("2025-10-13", 1, "Алгебра"), ("2025-10-14", 1, "Русский язык")}
    assert shown[P2]["lessons"] == class_lessons, shown[P2]
    assert shown[P2]["marks"] == set() and shown[P2]["attendance"] == set(), shown[P2]
    assert shown[P1]["lessons"] == class_lessons | {("2025-10-16", None, "Физика")}, shown[P1]
    marks = {(date, subject, text) for date, subject, text, _ in shown[P1]["marks"]}
    assert marks == {("2025-10-13", "Алгебра", "5"), ("2025-10-13", "Физика", "4"),
                     ("2025-10-18", "Физика", "5")}, shown[P1]
    assert ("2025-10-13", "Алгебра", "5", 1) in shown[P1]["marks"], shown[P1]
    assert ("2025-10-18", "Физика", "5", None) in shown[P1]["marks"], shown[P1]
    assert shown[P1]["attendance"] == {("2025-10-14", 1, "Русский язык", "absent"),
                                       ("2025-10-16", None, "Физика", "absent")}, shown[P1]


async def test_a_mark_only_the_marks_list_holds_shows_under_the_lesson_a_diary_listed_before(tmp_path):
    """A diary pulled in the morning lists Monday's Алгебра 1 without a mark; the marks list pulled in the evening
    holds P1's «5» on that lesson: it shows under the lesson (``marked_lessons.listed_by_a_diary``), not beside it,
    and still to P1 alone; the olympiad on a lesson no diary listed stays a mark without a lesson."""
    evening = {**env(f"getmarks?student={P1}&{WEEK}", {"students": {P1: {"name": P1, "lessons": [
        {"name": "Алгебра", "average": "", "marks": [ALGEBRA_5]},
        {"name": "Физика", "average": "", "marks": [OLYMPIAD_5]}]}}}), "pulled_at": "2025-10-19T20:00:00+03:00"}
    shown = await _shown(tmp_path, [diary(P1, "2025-10-13T07:00:00+03:00", False),
                                    diary(P2, "2025-10-13T07:01:00+03:00", False), evening])
    assert shown[P1]["marks"] == {("2025-10-13", "Алгебра", "5", 1), ("2025-10-18", "Физика", "5", None)}, shown[P1]
    assert shown[P2]["marks"] == set(), shown[P2]

"""Two pupils' own days of one pull day decide whose a class's lesson is, whatever the arrival order
(``adapters/elzhur/pull_days.py``, ``own_lessons.py``; reference A.2 getdiary by ``student``, A.1 ``days`` and A.3
Day: each day of the range whole, a day it does not list holds no lesson of his; the envelope's ``pulled_at``: the
latest pull wins). Found by ``contracts/journeys/elzhur_75``: a leaver's last diary, pulled on the evening of his
first day out like his classmate's and listing no day after his last, delivered two days late, after the classmate's
next pull of the week: read in pull order, the Wednesday lessons his day lacks are a group's of their own, the
classmate's and not his; delivered late, they stayed the class's (his)."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key
from tests.translating import translate_in_order

D, T = "79112", "79111"  # Диана stays in 9А; Тимофей leaves it after Tuesday
NAMES = {D: ("Юсупова", "Диана"), T: ("Ершов", "Тимофей")}
WEEK = [f"202611{d}" for d in range(23, 28)]
WED_LESSON = "320261125"  # Wednesday's Химия, lesson 3
LATEST_AT = "2026-11-26T20:05:00+05:00"


def rules(pulled_at: str) -> dict:
    students = {sid: {"rel": "child", "name": sid, "lastname": NAMES[sid][0], "firstname": NAMES[sid][1],
                      "class": "9А"} for sid in (D, T)}
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": "75802", "name": "75802", "title": "Родитель",
        "relations": {"students": students, "groups": {"9А": {"rel": "homeclass"}}}}}}}


def diary(sid: str, pulled_at: str, listed: list[str], without: str = "") -> dict:
    """``sid``'s own getdiary of 23-29 Nov listing the days ``listed``: Алгебра and Химия, Химия with a task
    (``without``: a day listing Алгебра only)."""
    def items(day: str) -> dict:
        task = {f"9{day}": {"id": int(f"9{day}"), "value": f"§ 19 ({day})", "individual": False}}
        return {"1": {"num": "1", "name": "Алгебра", "lesson_id": f"1{day}", "homework": {}}} | (
            {} if day == without else {"3": {"num": "3", "name": "Химия", "lesson_id": f"3{day}", "homework": task}})
    found = {day: {"name": day, "items": items(day)} for day in listed}
    return {"request": f"getdiary?student={sid}&days=20261123-20261129", "pulled_at": pulled_at, "body": {
        "response": {"state": 200, "result": {"students": {sid: {"name": sid, "title": " ".join(NAMES[sid]),
                                                                  "days": found}}}}}}


PULLED = [rules("2026-11-22T19:00:00+05:00"),
          diary(D, "2026-11-24T20:00:00+05:00", WEEK), diary(T, "2026-11-24T20:01:00+05:00", WEEK),
          diary(D, "2026-11-25T20:08:00+05:00", WEEK),
          diary(T, "2026-11-25T20:12:00+05:00", WEEK[:2]),  # his last: no day after Tuesday
          diary(D, LATEST_AT, WEEK)]
ORDERS = {"pulled": PULLED, "late": PULLED[:4] + PULLED[5:] + PULLED[4:5], "classmate late": PULLED[:3] + PULLED[4:]
          + PULLED[3:4]}


def run(records: list[dict]) -> list:
    return translate_in_order(ADAPTER, records, now=dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc),
                              timezone="Asia/Yekaterinburg")


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_class_lesson_one_pupils_day_lacks_is_a_group_of_its_own_whatever_the_arrival_order(order):
    """Wednesday's lessons move to a group of their own of each lesson, Диана in it and Тимофей not, whichever of
    the two evening answers of Wednesday arrives last, also after Диана's Thursday pull."""
    translated = run(ORDERS[order])
    group = f"{name_key('9А')}.own.{WED_LESSON}@2026"
    scheduled = [e for outcome in translated for e in outcome.events
                 if e.type == "lesson.scheduled" and e.data["lesson_id"].endswith(f":{WED_LESSON}")]
    assert scheduled and scheduled[-1].data["class_id"].endswith(f":{group}"), [e.data for e in scheduled]
    joined = {e.data["student_id"].rsplit(":", 1)[1] for outcome in translated for e in outcome.events
              if e.type == "student.enrolled" and e.data["class_id"].endswith(f":{group}")}
    assert joined == {D}


@pytest.mark.parametrize("order", ["late", "classmate late"])
def test_a_lesson_moved_by_an_answer_delivered_late_is_stated_as_of_the_latest_pull_that_listed_it(order):
    """The hub holds the lesson, its task, in the class as of Диана's Thursday pull: the move is stated as of that
    pull (read in pull order, that answer would have found the lesson moved), else it would change nothing."""
    late = run(ORDERS[order])[-1]
    latest = dt.datetime.fromisoformat(LATEST_AT)
    moved = [e for e in late.events if e.type in ("lesson.scheduled", "homework.assigned")
             and ".own." in e.data["class_id"] and e.data["date" if e.type == "lesson.scheduled" else "due_on"]
             == "2026-11-25" and late.event_as_of.get(e.event_id) == latest]
    assert {e.type for e in moved} == {"lesson.scheduled", "homework.assigned"}, [e.data for e in late.events]


@pytest.mark.parametrize("late", [False, True], ids=["pulled", "late"])
def test_a_pupil_whose_own_later_answer_lists_the_lesson_joins_its_group_whatever_the_arrival_order(late):
    """Тимофей's morning answer of Wednesday lacks Химия, Диана's of the evening lists it, his Thursday answer lists
    it: read in pull order, the lesson is moved by her answer and he joins its group with his Thursday answer; his
    morning answer delivered last moves it and joins him (his latest answer lists it), as pull order does."""
    morning = diary(T, "2026-11-25T08:00:00+05:00", WEEK, without="20261125")
    records = [rules("2026-11-22T19:00:00+05:00"), morning, diary(D, "2026-11-25T20:08:00+05:00", WEEK),
               diary(T, "2026-11-26T20:06:00+05:00", WEEK)]
    translated = run(records[:1] + records[2:] + records[1:2] if late else records)
    group = f"{name_key('9А')}.own.{WED_LESSON}@2026"
    joined = {e.data["student_id"].rsplit(":", 1)[1] for outcome in translated for e in outcome.events
              if e.type == "student.enrolled" and e.data["class_id"].endswith(f":{group}")}
    assert joined == {D, T}

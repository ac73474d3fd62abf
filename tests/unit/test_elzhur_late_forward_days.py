"""A pupil's own answer pulled before his move and delivered after it lists the days ahead as his old class's
(``adapters/elzhur/class_history.class_of_day``; reference A.2 getdiary by ``student``: his own diary; A.3 Day: each
day it lists is his whole day, as of its pull; A.1 envelope, ``pulled_at``: answers count in pull order). Found by
``contracts/journeys/elzhur_77`` (no-lesson-001..018, no-homework-005..030): the mover's getdiary of next week,
pulled on Friday while he was in 7А, was delivered after Sunday's answers showing him in 7Б; read for the class the
hub held him in on those days (7Б), each 7А lesson it listed looked like a lesson of two classes and moved to a group
of its own («7А.own.<lesson>», named after its subject) with him in it, though his later pulls of those days never
list it. Read in pull order it is 7А's day: 7А's lessons stay the class's, and a later pull of his day decides."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key
from tests.elzhur_answers import parent_rules
from tests.translating import translate_in_order

M, C = "77201", "77202"  # Артём moves from 7А to 7Б from Monday; Тимур stays in 7А
NAMES = {M: ("Данилов", "Артём"), C: ("Савельев", "Тимур")}
PARENTS = {M: "77901", C: "77902"}
MON, TUE = "20270125", "20270126"
WEEK = "days=20270125-20270131"
LESSONS_7A = {MON: ("Алгебра", "886071", 5506071), TUE: ("Геометрия", "886081", 5506081)}
LESSONS_7B = {MON: ("Химия", "887071", 5507071), TUE: ("Литература", "887081", 5507081)}


def rules(sid: str, class_name: str, pulled_at: str) -> dict[str, Any]:
    """``sid``'s parent's getrules naming his class ``class_name``."""
    return parent_rules(sid, NAMES[sid], PARENTS[sid], class_name, pulled_at)


def diary(sid: str, pulled_at: str, lessons: dict[str, tuple[str, str, int]]) -> dict[str, Any]:
    """``sid``'s own getdiary of next week: one lesson a day (subject, ``lesson_id``, its task's id)."""
    days = {day: {"name": day, "items": {"1": {
        "num": "1", "name": name, "lesson_id": lesson_id, "teacher": "Широков Валентин Петрович",
        "homework": {str(hw): {"id": hw, "value": f"№ {hw % 1000}", "individual": False}}}}}
        for day, (name, lesson_id, hw) in lessons.items()}
    return {"request": f"getdiary?student={sid}&{WEEK}&rings=__yes", "pulled_at": pulled_at, "body": {
        "response": {"state": 200, "result": {"students": {sid: {
            "name": sid, "title": " ".join(NAMES[sid]), "days": days}}}}}}


FRIDAY = [rules(C, "7А", "2027-01-22T20:50:00+05:00"), rules(M, "7А", "2027-01-22T20:51:00+05:00"),
          diary(C, "2027-01-22T21:10:00+05:00", LESSONS_7A)]
MOVERS_FRIDAY = [diary(M, "2027-01-22T21:12:00+05:00", LESSONS_7A)]
SUNDAY = [rules(M, "7Б", "2027-01-24T19:02:00+05:00"), rules(C, "7А", "2027-01-24T19:03:00+05:00"),
          diary(C, "2027-01-24T19:10:00+05:00", LESSONS_7A), diary(M, "2027-01-24T19:12:00+05:00", LESSONS_7B)]
MONDAY = [diary(C, "2027-01-25T21:00:00+05:00", LESSONS_7A), diary(M, "2027-01-25T21:02:00+05:00", LESSONS_7B)]
LATE_FRIDAY = {**MOVERS_FRIDAY[0], "pulled_at": "2027-01-22T16:12:00Z"}  # the retry queue re-serialises it in UTC
ORDERS = {"pulled": [*FRIDAY, *MOVERS_FRIDAY, *SUNDAY, *MONDAY],
          "diary late": [*FRIDAY, *SUNDAY, LATE_FRIDAY, *MONDAY],
          "getrules and diary late": [*FRIDAY[:1], *FRIDAY[2:], *SUNDAY, FRIDAY[1], LATE_FRIDAY, *MONDAY]}


def run(records: list[dict[str, Any]]) -> list:
    outcomes = translate_in_order(ADAPTER, records, now=dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc),
                                  timezone="Asia/Yekaterinburg")
    return [event for outcome in outcomes for event in outcome.events]


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_late_answer_pulled_before_the_move_lists_the_days_ahead_as_the_old_classs(order):
    """7А's Monday and Tuesday lessons, and their tasks, stay 7А's, whichever order the answers arrive in: no group
    of their own, no lesson of two classes."""
    events = run(ORDERS[order])
    class_7a = f"{name_key('7А')}@2026"
    for _name, lesson_id, hw in LESSONS_7A.values():
        placed = [e.data["class_id"].rsplit(":", 1)[1] for e in events
                  if e.type == "lesson.scheduled" and e.data["lesson_id"].endswith(f":{lesson_id}")
                  or e.type == "homework.assigned" and e.data["homework_id"].endswith(f":{hw}")]
        assert placed and set(placed) == {class_7a}, (lesson_id, placed)
    assert not [e.data for e in events if e.type == "class.defined" and ".own." in e.data["class_id"]]


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_late_answer_pulled_before_the_move_joins_the_mover_to_no_group_of_his_old_class(order):
    """The mover is in 7А until his move (Saturday, the day after he was last seen there) and in 7Б from then: his
    answer of Friday, however late, puts him in no group of 7А's week-2 lessons."""
    events = run(ORDERS[order])
    joined = [e.data["class_id"] for e in events
              if e.type == "student.enrolled" and e.data["student_id"].endswith(f":{M}") and ".own." in
              e.data["class_id"]]
    assert joined == []

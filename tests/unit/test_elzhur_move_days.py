"""A week in the parallel class and back, dated by the mover's own days (``adapters/elzhur/move_days.py``,
``move_dates.py``; ``memberships.start_of``; ``class_history.known_by_pull``). Reference A.2 getdiary by
``student``: his own diary; A.3 Day: each day it lists is his whole day, its lessons his; A.1 envelope,
``pulled_at``: the latest pull of a day decides, whatever the arrival order (a naive stamp is the school's local
time, a ``Z`` one UTC).

Found by ``contracts/journeys/elzhur_80``: Тимофей leaves 6А for 6Б on Wednesday 16 December (the order entered on
Tuesday evening) and comes back on Wednesday 23 (entered at 07:05). The relay's pull at 07:30 (stamped in UTC) lists
Tuesday 22 in 6Б and Wednesday 23 in 6А; the nightly pull of 05:00 (a naive stamp) still lists the whole week in 6Б
and is delivered after it. The hub had dated the return from the day after his last pull in 6Б (Tuesday 22,
though his own days list Tuesday in 6Б), and once the 05:00 answer came, re-opened 6А from the day after he first
left it (16 December) without ending 6Б: both classes' lessons showed in his diary every day from 16 to 25.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from adapters import restating
from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import cid, name_key
from tests.elzhur_answers import parent_rules
from tests.translating import translate_in_order

SCHOOL = "sch-el"
M, C, T = "80511", "80512", "80521"  # the mover; his classmate in 6А; a pupil of 6Б
NAMES = {M: ("Лебедев", "Тимофей"), C: ("Андреева", "Полина"), T: ("Лебедева", "Варвара")}
PARENTS = {M: "80911", C: "80912", T: "80913"}
WEEK1, WEEK2, FORTNIGHT = ("20261214", "20261220"), ("20261221", "20261227"), ("20261214", "20261227")
SCHOOL_DAYS = {WEEK1: ["20261214", "20261215", "20261216", "20261217", "20261218"],
               WEEK2: ["20261221", "20261222", "20261223", "20261224", "20261225"]}
SCHOOL_DAYS[FORTNIGHT] = SCHOOL_DAYS[WEEK1] + SCHOOL_DAYS[WEEK2]
SUBJECTS = {"6А": ("Математика", "Плотников Сергей Валерьевич"), "6Б": ("История", "Горбунов Алексей Дмитриевич")}


def lesson_id(class_name: str, day: str) -> str:
    """6А's lesson of ``day``, or 6Б's (one a day, the first of the day)."""
    return f"{'47' if class_name == '6А' else '48'}{day[4:]}"


def task_id(class_name: str, day: str) -> int:
    return int(lesson_id(class_name, day)) * 10


def rules(sid: str, class_name: str, pulled_at: str) -> dict[str, Any]:
    """``sid``'s parent's getrules naming his class ``class_name``."""
    return parent_rules(sid, NAMES[sid], PARENTS[sid], class_name, pulled_at)


def item(class_name: str, day: str) -> dict[str, Any]:
    """The class's lesson of ``day`` with its task."""
    subject, teacher = SUBJECTS[class_name]
    hw = task_id(class_name, day)
    return {"num": "1", "name": subject, "lesson_id": lesson_id(class_name, day), "teacher": teacher,
            "homework": {str(hw): {"id": hw, "value": f"{subject}: № {hw % 1000}", "individual": False}}}


def diary(sid: str, week: tuple[str, str], pulled_at: str, classes: dict[str, str]) -> dict[str, Any]:
    """``sid``'s own getdiary of ``week`` (``FORTNIGHT``: both weeks): each school day, the lesson of the class
    ``classes`` names for it."""
    days = {day: {"name": day, "items": {"1": item(classes[day], day)}} for day in classes}
    return {"request": f"getdiary?student={sid}&days={week[0]}-{week[1]}", "pulled_at": pulled_at, "body": {
        "response": {"state": 200, "result": {"students": {sid: {
            "name": sid, "title": " ".join(NAMES[sid]), "days": days}}}}}}


def all_in(class_name: str, week: tuple[str, str]) -> dict[str, str]:
    return dict.fromkeys(SCHOOL_DAYS[week], class_name)


def moved(week: tuple[str, str], before: str, after: str, on: str) -> dict[str, str]:
    """``week``'s days in ``before`` up to the day before ``on``, in ``after`` from ``on``."""
    return {day: before if day < on else after for day in SCHOOL_DAYS[week]}


BEFORE = [rules(C, "6А", "2026-12-13T18:00:00+03:00"), rules(M, "6А", "2026-12-13T18:01:00+03:00"),
          rules(T, "6Б", "2026-12-13T18:02:00+03:00"),
          *(diary(sid, FORTNIGHT, f"2026-12-14T20:0{n}:00+03:00", all_in(cls, FORTNIGHT))
            for n, (sid, cls) in enumerate([(C, "6А"), (T, "6Б"), (M, "6А")]))]  # the fortnight ahead
STAY = [rules(M, "6Б", "2026-12-15T21:30:00+03:00"),
        diary(M, WEEK1, "2026-12-15T21:31:00+03:00", moved(WEEK1, "6А", "6Б", "20261216")),
        diary(C, WEEK1, "2026-12-15T21:32:00+03:00", all_in("6А", WEEK1)),
        diary(M, WEEK1, "2026-12-18T20:00:00+03:00", moved(WEEK1, "6А", "6Б", "20261216")),
        diary(C, WEEK1, "2026-12-18T20:01:00+03:00", all_in("6А", WEEK1)),
        rules(M, "6Б", "2026-12-21T19:50:00+03:00"), diary(M, WEEK2, "2026-12-21T20:00:00+03:00", all_in("6Б", WEEK2)),
        diary(C, WEEK2, "2026-12-21T20:01:00+03:00", all_in("6А", WEEK2))]
NIGHTLY = [diary(C, WEEK2, "2026-12-23T05:02:00", all_in("6А", WEEK2))]  # naive: the school's local time
RETURN = [rules(M, "6А", "2026-12-23T04:30:00Z"),  # 07:30 in the school's zone, stamped in UTC
          diary(M, WEEK2, "2026-12-23T04:31:00Z", moved(WEEK2, "6Б", "6А", "20261223"))]
QUEUED = [rules(M, "6Б", "2026-12-23T05:00:00"), diary(M, WEEK2, "2026-12-23T05:01:00", all_in("6Б", WEEK2))]
AFTER = [diary(M, WEEK2, "2026-12-25T20:00:00+03:00", moved(WEEK2, "6Б", "6А", "20261223")),
         diary(C, WEEK2, "2026-12-25T20:01:00+03:00", all_in("6А", WEEK2))]
ORDERS = {"pulled": [*BEFORE, *STAY, *NIGHTLY, *QUEUED, *RETURN, *AFTER],
          "queued after the return": [*BEFORE, *STAY, *NIGHTLY, *RETURN, *QUEUED, *AFTER],
          "without the queued answer": [*BEFORE, *STAY, *NIGHTLY, *RETURN, *AFTER]}


def class_id(class_name: str) -> str:
    return cid(SCHOOL, "class", f"{name_key(class_name)}@2026")


def stays(records: list[dict[str, Any]]) -> dict[str, list[tuple[dt.date, dt.date | None]]]:
    """The mover's stays in 6А and 6Б as the roster replays his enrolments and withdrawals."""
    outcomes = translate_in_order(ADAPTER, records, now=dt.datetime(2026, 12, 28, tzinfo=dt.timezone.utc),
                                  timezone="Europe/Moscow", school_id=SCHOOL)
    events = [event for outcome in outcomes for event in outcome.events]
    steps = restating.steps_of(events, cid(SCHOOL, "student", M), {}, str)
    return {name: restating.stays(steps.get(class_id(name), [])) for name in ("6А", "6Б")}


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_the_movers_own_days_date_his_stay_in_the_parallel_class(order):
    """6А up to Tuesday 15 (his diaries list it in 6А), 6Б from Wednesday 16 to Tuesday 22 (his 07:30 diary lists
    Tuesday in 6Б), 6А again from Wednesday 23 (the 07:30 pull lists it in 6А, and the 05:00 one, delivered after
    it, is older): whichever order the answers arrive in."""
    assert stays(ORDERS[order]) == {"6А": [(dt.date(2026, 9, 1), dt.date(2026, 12, 16)), (dt.date(2026, 12, 23), None)],
                                    "6Б": [(dt.date(2026, 12, 16), dt.date(2026, 12, 23))]}

"""A day of a pupil's own getdiary range without lessons of his, listed empty or not listed at all, says he had none
of his class's or group's lessons that day (reference A.2 getdiary by ``student``: his own diary; A.1 ``days`` and A.3
Day: each day of the range whole, a day the answer does not list holds no lesson of his, as a weekend). Found by
``contracts/journeys/elzhur_75``: a leaver's last diary lists no day after his last one, so his subgroup's lesson of
the next day is not his (``group_days.py``); a newcomer's diary backfilled over the fortnight lists only the days
from his arrival, so he joined his class and its subgroup then (``arrival.py``), and his answer cancels none of the
class's lessons of the days before."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key
from tests.translating import translate_in_order

NAMES = {"75101": ("Сафина", "Камила"), "75102": ("Лаптев", "Глеб"), "75103": ("Тагиров", "Эмиль")}
C, L, N = "75101", "75102", "75103"  # a classmate who stays, a leaver, a newcomer: all of 6В, English «1 группа»
CLASS = name_key("6В")
EN1 = f"{CLASS}.{name_key('Английский язык')}.{name_key('1 группа')}"
MON, WED, THU = "20261116", "20261118", "20261119"  # English «1 группа» on Monday, Wednesday and Thursday
WEEK1, WEEK2 = [f"202611{d}" for d in range(16, 21)], [f"202611{d}" for d in range(23, 28)]


def rules(parent: str, children: tuple[str, ...], pulled_at: str) -> dict:
    students = {sid: {"rel": "child", "name": sid, "lastname": NAMES[sid][0], "firstname": NAMES[sid][1],
                      "class": "6В"} for sid in children}
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": parent, "name": parent, "title": "Родитель",
        "relations": {"students": students, "groups": {"6В": {"rel": "homeclass"}}}}}}}


def day_items(day: str) -> dict:
    """6В's day as a «1 группа» pupil's diary lists it: Математика, and English on Monday, Wednesday, Thursday."""
    items = {"1": {"num": "1", "name": "Математика", "lesson_id": f"1{day}", "homework": {}}}
    if day in (MON, WED, THU, "20261123", "20261125", "20261126"):
        items["3"] = {"num": "3", "name": "Английский язык", "grp": "1 группа", "lesson_id": f"3{day}",
                      "homework": {}}
    return items


def diary(sid: str, days: str, pulled_at: str, listed: list[str], empty: tuple[str, ...] = ()) -> dict:
    """``sid``'s own getdiary over ``days`` listing the days ``listed`` (``empty``: listed with ``items: []``)."""
    found = {day: {"name": day, "items": day_items(day)} for day in listed}
    found |= {day: {"name": day, "items": []} for day in empty}
    return {"request": f"getdiary?student={sid}&days={days}&rings=__yes", "pulled_at": pulled_at, "body": {
        "response": {"state": 200, "result": {"students": {sid: {"name": sid, "title": " ".join(NAMES[sid]),
                                                                  "days": found}}}}}}


def run(records: list[dict]) -> list[tuple[str, list]]:
    """Each record's events, translated in order with the directory the earlier ones registered."""
    outcomes = translate_in_order(ADAPTER, records, now=dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc),
                                  timezone="Asia/Yekaterinburg")
    return [(record["request"], outcome.events) for record, outcome in zip(records, outcomes)]


def steps(translated: list[tuple[str, list]], sid: str) -> dict[str, list[tuple[str, str]]]:
    """group key -> [("enrolled", day) / ("withdrawn", day)] of ``sid``, in event order, each step once."""
    found: dict[str, list[tuple[str, str]]] = {}
    for _, events in translated:
        for e in events:
            if e.type in ("student.enrolled", "student.withdrawn") and e.data["student_id"].endswith(f":{sid}"):
                step = ("enrolled", e.data["enrolled_on"]) if e.type == "student.enrolled" else (
                    "withdrawn", e.data["withdrawn_on"])
                its = found.setdefault(e.data["class_id"].rsplit(":", 1)[1].rsplit("@", 1)[0], [])
                if step not in its:
                    its.append(step)
    return found


@pytest.mark.parametrize("empty", [False, True], ids=["not-listed", "listed-empty"])
def test_a_day_his_range_lists_without_lessons_shows_him_out_of_his_subgroup_that_had_a_lesson(empty):
    """elzhur_75 no-lesson-001, no-homework-001: the leaver's last getdiary of the week (pulled Thursday evening, as
    his classmate's) lists Monday to Wednesday only; «1 группа» had a lesson on Thursday (his classmate's diary): he
    is out of the group from Thursday, as on a day his diary lists lessons without the group's."""
    rest = ("20261119", "20261120")
    records = [rules("75801", (C, L), "2026-11-15T19:00:00+05:00"),
               diary(C, "20261116-20261122", "2026-11-19T20:00:00+05:00", WEEK1),
               diary(L, "20261116-20261122", "2026-11-19T20:01:00+05:00", WEEK1[:3], rest if empty else ())]
    translated = run(records)
    assert steps(translated, L)[EN1] == [("enrolled", "2026-09-01"), ("withdrawn", "2026-11-19")]
    assert steps(translated, C)[EN1] == [("enrolled", "2026-09-01")]


def test_a_day_of_his_range_the_hub_knows_no_lesson_of_his_group_on_says_nothing_of_it():
    """Friday: no «1 группа» lesson that day (none known), so the leaver's unlisted Friday ends no stay of his."""
    records = [rules("75801", (C, L), "2026-11-15T19:00:00+05:00"),
               diary(C, "20261116-20261122", "2026-11-19T20:00:00+05:00", WEEK1),
               diary(L, "20261116-20261122", "2026-11-19T20:01:00+05:00", WEEK1[:4])]
    assert steps(run(records), L)[EN1] == [("enrolled", "2026-09-01")]


@pytest.mark.parametrize("empty", [False, True], ids=["not-listed", "listed-empty"])
def test_a_newcomers_backfilled_diary_without_his_days_before_arrival_dates_his_class_and_subgroup(empty):
    """elzhur_75 no-lesson-011/014/016/019, no-homework-027: the newcomer's getdiary over the fortnight (pulled on
    his first day, after his mother's first getrules) lists 25-27 Nov only, while 6В and «1 группа» had lessons on
    16-24 (his classmate's diaries): he joined 6В and «1 группа» on the 25th (``arrival.absent_until``), and his
    answer cancels none of the class's lessons of the days before (``class_days.py``: not his days)."""
    before = WEEK1 + WEEK2[:2]
    records = [rules("75803", (C,), "2026-11-15T19:00:00+05:00"),
               diary(C, "20261116-20261122", "2026-11-20T20:00:00+05:00", WEEK1),
               diary(C, "20261123-20261129", "2026-11-25T20:00:00+05:00", WEEK2),
               rules("75805", (N,), "2026-11-25T20:01:00+05:00"),
               diary(N, "20261116-20261129", "2026-11-25T20:04:00+05:00", WEEK2[2:], tuple(before) if empty else ())]
    translated = run(records)
    mine = steps(translated, N)
    assert mine[CLASS][-1] == ("enrolled", "2026-11-25") and mine[EN1][-1] == ("enrolled", "2026-11-25"), mine
    assert not [e for e in translated[-1][1] if e.type == "lesson.cancelled"]


def test_a_day_not_listed_after_his_first_day_of_lessons_dates_no_arrival():
    """A day his range does not list after his first day with lessons is no arrival (he was in the class by then);
    nor is one before it on which the hub knows no lesson of his class."""
    records = [rules("75803", (C, N), "2026-11-15T19:00:00+05:00"),
               diary(N, "20261116-20261122", "2026-11-20T20:00:00+05:00", [MON, WED])]
    assert steps(run(records), N)[CLASS] == [("enrolled", "2026-09-01")]

"""Two pupils of one class, one leaving and one joining, keep their own stays (found by
``contracts/journeys/elzhur_81``: Илья left 6В after Wed 14 Oct, Арсений joined on Tue 20 Oct).

* The leaver: every parent's getrules dropped him (``dropouts.py``); a getmarks the head teacher pulls after the
  drop lists his past marks, each dated before he left (reference A.3 SubjectMarks: a mark carries its ``date`` and
  no class), so it is no return: it shows him in the class on those dates only (``dropouts.back_on``).
* The newcomer: his parent's getrules is first pulled on Monday evening, and his own diary (pulled Tuesday) lists
  that Monday without lessons while the class had lessons (A.3 Day: ``items`` is the whole day): the roster as of
  the evening's pull does not make the day's lessons his, so he joined on Tuesday (``memberships._arrival``).
"""

from __future__ import annotations

import datetime as dt

from adapters.elzhur.ids import name_key
from tests.unit.test_elzhur_dropouts import Directory, translate

CLASS = name_key("6В")
LEAVER, TWIN, NEWCOMER = "81601", "81602", "81607"
NAMES = {LEAVER: ("Морозов", "Илья"), TWIN: ("Морозова", "Анна"), NEWCOMER: ("Шарипов", "Арсений")}


def rules(parent: str, children: list[str], pulled_at: str) -> dict:
    students = {sid: {"name": sid, "lastname": NAMES[sid][0], "firstname": NAMES[sid][1], "class": "6В"}
                for sid in children}
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": parent, "name": parent, "title": parent,
        "relations": {"students": students, "groups": {}}}}}}


def _items(day: dt.date) -> dict:
    return {"1": {"num": "1", "name": "Математика", "lesson_id": f"81{day:%m%d}1"},
            "2": {"num": "2", "name": "Русский язык", "lesson_id": f"81{day:%m%d}2"}}


def _days(first: dt.date, last: dt.date, empty: tuple[dt.date, ...] = ()) -> dict:
    count = (last - first).days + 1
    dates = [first + dt.timedelta(days=n) for n in range(count)]
    return {f"{day:%Y%m%d}": {"name": f"{day:%Y%m%d}", "items": {} if day in empty else _items(day)}
            for day in dates if day.weekday() < 5}


def schedule(first: dt.date, last: dt.date, pulled_at: str) -> dict:
    return {"request": f"getschedule?class=6В&days={first:%Y%m%d}-{last:%Y%m%d}", "pulled_at": pulled_at,
            "body": {"response": {"state": 200, "result": {"days": _days(first, last)}}}}


def diary(sid: str, first: dt.date, last: dt.date, pulled_at: str, empty: tuple[dt.date, ...] = ()) -> dict:
    return {"request": f"getdiary?student={sid}&days={first:%Y%m%d}-{last:%Y%m%d}", "pulled_at": pulled_at,
            "body": {"response": {"state": 200, "result": {"students": {sid: {
                "name": sid, "days": _days(first, last, empty)}}}}}}


def marks(sid: str, dates: list[dt.date], pulled_at: str) -> dict:
    given = [{"value": "4", "count": True, "convert": 4, "weight": 1, "date": day.isoformat(),
              "lesson_id": f"81{day:%m%d}1", "nm": "1", "mtype": {"id": 1, "short": "РУ", "type": "Работа на уроке"}}
             for day in dates]
    return {"request": f"getmarks?student={sid}&days=20261012-20261025", "pulled_at": pulled_at,
            "body": {"response": {"state": 200, "result": {"students": {sid: {
                "name": sid, "lessons": [{"name": "Математика", "average": "4.00", "marks": given}]}}}}}}


D = dt.date
WEEK1, WEEK2 = (D(2026, 10, 12), D(2026, 10, 16)), (D(2026, 10, 19), D(2026, 10, 23))
RECORDS = [
    rules("81901", [LEAVER, TWIN], "2026-10-11T19:00:00+05:00"),
    schedule(*WEEK1, "2026-10-11T19:10:00+05:00"),
    diary(LEAVER, D(2026, 10, 12), D(2026, 10, 14), "2026-10-14T20:00:00+05:00"),
    rules("81901", [TWIN], "2026-10-15T12:00:00+05:00"),  # his mother's list drops him
    schedule(*WEEK2, "2026-10-18T19:00:00+05:00"),
    rules("81904", [NEWCOMER], "2026-10-19T19:00:00+05:00"),  # Monday evening, after the day's lessons
    diary(NEWCOMER, *WEEK2, "2026-10-20T20:00:00+05:00", empty=(D(2026, 10, 19),)),
    marks(LEAVER, [D(2026, 10, 12), D(2026, 10, 13)], "2026-10-23T21:00:00+05:00"),  # the head teacher's
]


def stays(sid: str, records: list[dict]) -> list[tuple[str, str]]:
    """("enrolled", day) / ("withdrawn", day) of ``sid`` in 6В, in event order, each state once."""
    directory, found, stated = Directory(), [], set()
    for record in records:
        for e in translate(record, directory, dt.datetime(2026, 10, 25, tzinfo=dt.timezone.utc)).events:
            if e.type not in ("student.enrolled", "student.withdrawn") or (e.event_id, str(e.data)) in stated:
                continue
            stated.add((e.event_id, str(e.data)))
            if e.data["student_id"].endswith(f":{sid}") and e.data["class_id"].endswith(f":{CLASS}@2026"):
                found.append(("enrolled", e.data["enrolled_on"]) if e.type == "student.enrolled"
                             else ("withdrawn", e.data["withdrawn_on"]))
    return found


def test_a_leaver_and_a_newcomer_keep_their_own_stays():
    assert stays(LEAVER, RECORDS) == [("enrolled", "2026-09-01"), ("withdrawn", "2026-10-15")]
    assert stays(NEWCOMER, RECORDS)[-1] == ("enrolled", "2026-10-20")
    assert stays(TWIN, RECORDS) == [("enrolled", "2026-09-01")]


def test_a_getmarks_pulled_after_the_drop_is_a_return_only_for_a_mark_dated_after_he_left():
    later = marks(LEAVER, [D(2026, 10, 13), D(2026, 10, 21)], "2026-10-23T21:00:00+05:00")
    assert stays(LEAVER, [*RECORDS[:-1], later]) == [
        ("enrolled", "2026-09-01"), ("withdrawn", "2026-10-15"), ("enrolled", "2026-10-15")]


def test_a_getrules_pulled_before_the_empty_day_keeps_it_an_absence():
    earlier = rules("81904", [NEWCOMER], "2026-10-18T19:00:00+05:00")  # on the roster before Monday
    assert stays(NEWCOMER, [*RECORDS[:5], earlier, *RECORDS[6:]]) == [("enrolled", "2026-09-01")]

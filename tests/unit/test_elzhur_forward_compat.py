"""Elzhur answers as a live, evolving API writes them (found by elzhur_14): empty times, booleans as 0/1 or text,
PHP's empty array where an object is expected. None of them may reject the whole answer."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.timezone.utc)


def ctx() -> TranslationContext:
    return TranslationContext("test", NOW, school_id="sch-1", timezone="Europe/Moscow")


def envelope(request: str, result: dict) -> dict:
    return {"request": request, "pulled_at": "2026-02-28T18:00:00+03:00",
            "body": {"response": {"state": 200, "error": None, "result": result}}}


def saturday(starttime, endtime=None) -> dict:
    item = {"num": "1", "name": "Проектная деятельность", "teacher": "Сафонова Лидия Павловна", "room": "",
            "lesson_id": "1402211", "starttime": starttime, "endtime": endtime,
            "homework": {"884777": {"id": "884777", "value": "Защита проекта", "individual": False}},
            "assessments": [{"value": "5", "count": True, "convert": 5, "weight": 1, "nm": "1",
                             "lesson_id": "1402211", "control_type": "Работа на уроке"}]}
    return envelope("getdiary?student=14102&class=7Г&days=20260221-20260221&rings=__yes", {"students": {"14102": {
        "name": "14102", "title": "Мухин Тимофей", "days": {"20260221": {"name": "20260221", "items": {"1": item}}}}}})


def test_an_empty_time_states_no_time_and_keeps_the_lesson_its_mark_and_homework():
    """elzhur_14 (lesson-14102-20260221-1, mark-14102-1402211-1, homework-14102-884777): ``starttime: ""`` with
    ``endtime: null`` rejected the whole answer. An empty time is no time, as an absent one: omitted, the hub keeps
    the times another answer stated."""
    out = ADAPTER.translate(saturday(""), ctx())
    assert not out.errors and not out.missing, (out.errors, out.missing)
    [lesson] = [e for e in out.events if e.type == "lesson.scheduled"]
    assert lesson.data["starts_at"] is None and lesson.data["ends_at"] is None
    assert {e.type for e in out.events} >= {"grade.recorded", "homework.assigned"}
    assert {"starts_at", "ends_at"} <= out.omitted[lesson.event_id]


@pytest.mark.parametrize("starttime", ["25:00", "8.30", "утро"])
def test_a_malformed_time_is_not_stated_and_counted_with_its_pointer(starttime):
    """A malformed time is a time not stated (the lesson, its mark and homework are kept): rejecting the answer
    would lose all of them for one field; the value is counted with its pointer (``skipped_malformed_times``)."""
    out = ADAPTER.translate(saturday(starttime, "09:15"), ctx())
    assert not out.errors and not out.missing, (out.errors, out.missing)
    [lesson] = [e.data for e in out.events if e.type == "lesson.scheduled"]
    assert (lesson["starts_at"], lesson["ends_at"]) == (None, "09:15:00")
    [(_, _, counted)] = [d for d in out.directory_entries if d[0] == "skipped_malformed_times"]
    assert counted["count"] == 1
    assert counted["pointers"] == ["/body/response/result/students/14102/days/20260221/items/1/starttime"]


def periods(flags: list[dict]) -> dict:
    dated = [("I", "20250901", "20251026"), ("II", "20251105", "20251228"), ("III", "20260112", "20260322"),
             ("IV", "20260330", "20260529")]
    rows = [{"name": n, "fullname": f"{n} четверть", "start": s, "end": e, **f} for (n, s, e), f in zip(dated, flags)]
    return envelope("getperiods?student=14101&show_disabled=__yes", {"students": {"14101": {
        "name": "14101", "title": "Лаврова Ксения", "periods": rows}}})


@pytest.mark.parametrize("flags", [
    [{"disabled": 0, "ambigious": 0}, {"disabled": 1, "ambigious": 1}, {"disabled": "0"}, {"ambigious": "1"}],
    [{"disabled": "false", "ambigious": None}, {"disabled": "true", "ambigious": "true"}, {"disabled": "FALSE"},
     {"disabled": "__yes", "ambigious": "false"}],
    [{"disabled": False, "ambigious": ""}, {"disabled": "", "ambigious": True}, {"disabled": None}, {}],
])
def test_period_booleans_in_every_spelling_the_clients_show(flags):
    """elzhur_14 (period-*-IV): ``disabled``/``ambigious`` as 0/1 or "false"/"true" rejected the answer
    (BetterJournal ``PeriodModel.ts`` ``z.unknown()``, NiceEljurOpen ``ambigious: String?``)."""
    out = ADAPTER.translate(periods(flags), ctx())
    assert not out.errors and not out.missing, (out.errors, out.missing)
    defined = {e.data["period_id"].rsplit(":", 1)[1]: e.data
               for e in out.events if e.type == "reporting_period.defined"}
    assert defined["IV"]["starts_on"] == "2026-03-30"


@pytest.mark.parametrize("value", ["maybe", 2, -1, 0.5, [], {}])
def test_an_unknown_boolean_stays_an_error_with_its_pointer(value):
    out = ADAPTER.translate(periods([{"disabled": value}, {}, {}, {}]), ctx())
    [error] = out.errors
    assert error.pointer == "/body/response/result/students/14101/periods/0/disabled" and "boolean" in error.message


@pytest.mark.parametrize(("field", "value", "counted"), [("count", "0", False), ("count", 1, True),
                                                         ("count", "true", True), ("count", "false", False)])
def test_assessment_booleans_read_alike(field, value, counted):
    record = saturday("08:30")
    item = record["body"]["response"]["result"]["students"]["14102"]["days"]["20260221"]["items"]["1"]
    item["assessments"][0][field] = value
    item["homework"]["884777"]["individual"] = 0
    out = ADAPTER.translate(record, ctx())
    assert not out.errors, out.errors
    [grade] = [e.data for e in out.events if e.type == "grade.recorded"]
    assert grade["counts_in_average"] is counted


def rules(groups) -> dict:
    return envelope("getrules", {"id": "61001", "roles": ["parent"], "relations": {
        "students": {"14101": {"name": "14101", "title": "Лаврова Ксения", "class": "7Г", "parallel": "7"}},
        "groups": groups}})


def test_an_empty_array_where_an_object_is_expected_reads_as_empty():
    """PHP writes an empty associative array as ``[]``: ``relations.groups: []`` rejected the parent's getrules
    ("Input should be a valid dictionary") and with it every child. It reads as ``{}``; a non-empty array of groups
    (no class names) stays an error."""
    out = ADAPTER.translate(rules([]), ctx())
    assert not out.errors, out.errors
    assert any(e.type == "guardian.linked" for e in out.events)
    assert ADAPTER.translate(rules([{"rel": "homeclass"}]), ctx()).errors

"""Forward compatibility of Dnevnik.ru answers (corpus ``dnevnik_ru_14``): an integer or id sent as a string of its
decimal digits is read as the number (the public client models of reference §10 accept it); a float or any other
string stays an error with its pointer; a subject whose ``final-mark`` is null contributes no final mark."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from adapters.base import TranslationContext
from adapters.registry import all_adapters

A = all_adapters()["dnevnik_ru"]
NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
BIG = "9843497619896145379"  # above 2^53: a double would round it
WORK_TYPES = {("work_type", "2142"): {"weight": 2}}


class Dir:
    def __init__(self, entries=None):
        self.entries = dict(entries or {})

    def get(self, kind, vendor_id):
        return self.entries.get((kind, vendor_id))


def ctx(directory=None):
    return TranslationContext("c", NOW, school_id="sch-1", timezone="Europe/Moscow", directory=directory or Dir())


def env(request: str, body) -> dict:
    return {"request": request, "body": body}


MARK = {"id": 203, "type": "mark5", "value": "4", "person": int(BIG), "work": 7001, "lesson": 8001,
        "date": "2026-11-20T10:00:00", "workType": 2142, "number": 0}


def test_a_mark_with_digit_strings_reads_as_with_numbers():
    numbers = A.translate(env("GET /v2/marks/203", MARK), ctx(Dir(WORK_TYPES)))
    strings = A.translate(env("GET /v2/marks/203", {**MARK, "person": BIG, "workType": "2142", "number": "0"}),
                          ctx(Dir(WORK_TYPES)))
    assert not strings.errors and not strings.missing
    assert [e.data for e in strings.events] == [e.data for e in numbers.events]
    assert strings.events[0].data["student_id"] == f"dnevnik:sch-1:person:{BIG}"  # exact, no float on the way


def test_a_double_mark_numbered_by_strings_pairs_as_one():
    def pair(number):  # a dictation's two marks ("дробь"): number 0 and 1
        return [{**MARK, "id": 204, "value": "4", "number": number(1)}, {**MARK, "value": "5", "number": number(0)}]

    numbers = A.translate(env("GET /v2/lessons/8001/marks", pair(int)), ctx(Dir(WORK_TYPES)))
    strings = A.translate(env("GET /v2/lessons/8001/marks", pair(str)), ctx(Dir(WORK_TYPES)))
    assert [e.data["text"] for e in numbers.events] == ["5/4"]
    assert not strings.errors and [e.data for e in strings.events] == [e.data for e in numbers.events]


def test_a_lesson_log_entry_with_digit_strings():
    entry = {"person": "1000012514004", "lesson": BIG, "status": "Absent", "createdDate": "2026-11-20T09:00:00"}
    out = A.translate(env(f"GET /v2/lesson-log-entries/lesson/{BIG}/person/1000012514004", entry), ctx())
    assert not out.errors
    assert out.missing or out.events  # read: it waits for its lesson or is recorded, never rejected


def test_a_lesson_with_number_group_and_subject_id_as_strings():
    lesson = {"id": 9043, "date": "2026-11-20T10:00:00", "number": "3", "group": BIG,
              "subject": {"id": "1343883032131044633", "name": "История"}, "title": "Реформы", "works": []}
    out = A.translate(env("GET /v2/lessons/9043", lesson), ctx())
    assert not out.errors
    [scheduled] = [e for e in out.events if e.type == "lesson.scheduled"]
    assert scheduled.data["slot"] == 3 and scheduled.data["class_id"] == f"dnevnik:sch-1:class:{BIG}"
    assert scheduled.data["subject_id"] == "dnevnik:sch-1:subject:1343883032131044633"


def test_a_work_with_work_type_and_mark_count_as_strings():
    work = {"id": 435, "type": "Homework", "workType": "2147", "markCount": "1", "markType": "mark5",
            "lesson": 9041, "eduGroup": 5, "subjectId": 4, "text": "§12", "targetDate": "2026-11-23T00:00:00"}
    out = A.translate(env("GET /v2/works/435", work), ctx())
    assert not out.errors


def test_a_reporting_period_with_id_number_and_year_as_strings():
    period = {"id": "2260325488514000704", "number": "3", "year": "2027", "type": "Quarter", "name": "3 четверть",
              "start": "2027-01-11T00:00:00", "finish": "2027-03-21T00:00:00"}
    out = A.translate(env("GET /v2/edu-groups/5/reporting-periods", [period]), ctx())
    assert not out.errors
    [defined] = [e for e in out.events if e.type == "reporting_period.defined"]
    assert defined.data["period_id"] == "dnevnik:sch-1:period:2260325488514000704"


@pytest.mark.parametrize(("field", "value", "float_message"), [
    ("person", 9.843497619896145e18, True), ("person", "98434976198961453.0", False), ("person", "12a", False),
    ("person", "-1", False), ("person", "", False), ("number", "1.0", False), ("number", 1.5, False),
    ("number", " 1", False), ("workType", "0x10", False)])
def test_floats_and_other_strings_stay_errors_with_their_pointer(field, value, float_message):
    out = A.translate(env("GET /v2/marks/203", {**MARK, field: value}), ctx(Dir(WORK_TYPES)))
    assert [e.pointer for e in out.errors] == [f"/body/{field}"] and not out.events
    assert ("'person_str'" in out.errors[0].message) is float_message


def final_marks(fives: int, null_subject: bool) -> list:
    rows = [{"subject": 100 + i, "final-mark": {"id": 500 + i, "type": "mark5", "value": "5", "person": 42,
                                                "date": "2026-10-25T00:00:00"}} for i in range(fives)]
    if null_subject:
        rows.append({"subject": 199, "subject_str": "199", "final-mark": None})
    return [{"person": 42, "reportingPeriod": 77, "per-subject-final-marks": rows}]


def test_a_null_final_mark_contributes_nothing_and_loses_nothing():
    out = A.translate(env("GET /v2/edu-groups/5/final-marks", final_marks(4, True)), ctx())
    assert not out.errors and not out.missing
    assert sorted(e.data["subject_id"] for e in out.events) == [f"dnevnik:sch-1:subject:{100 + i}" for i in range(4)]
    # complete for the group: the null subject counts as "no final mark", as an absent one does
    assert out.snapshot == A.translate(env("GET /v2/edu-groups/5/final-marks", final_marks(4, False)), ctx()).snapshot
    assert out.snapshot is not None and "final_grade" in out.snapshot[1]


def test_a_null_final_mark_in_a_pupils_answers():
    out = A.translate(env("GET /v2/persons/42/edu-groups/5/final-marks", final_marks(2, True)), ctx())
    assert not out.errors and len(out.events) == 2
    rows = [{**row, "final-mark": row["final-mark"] and {**row["final-mark"], "work": 900}}
            for row in final_marks(2, True)[0]["per-subject-final-marks"]]  # the period is the work's
    out = A.translate(env("GET /v2/persons/42/edu-groups/5/final-marks", rows), ctx())
    assert not out.errors and {(m.kind, m.vendor_id) for m in out.missing} == {("work", "900")}

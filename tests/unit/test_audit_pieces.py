"""Known answers for the audit pieces that need no database: the audit row, times and cursors, when a period
ends, what a grade event changed, the replay window."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from hub.audit import history, late, query
from hub.events.envelope import LoggedEvent
from hub.log.port import LogRecord, Position
from hub.replay import ReplayError, window
from projections.audit import entity_of, from_micros, micros, row_of

MOSCOW = late.zone_of("Europe/Moscow")


def logged(kind: str, data: dict, recorded_at: str = "2026-11-20T10:00:00.000007+00:00") -> tuple:
    event = LoggedEvent("e-1", kind, 1, "sch-1", "2026-11-20T13:00:00+03:00", recorded_at,
                        {"system": "native", "record_id": "r", "revision": 1, "client_id": "cl", "raw": "b#3"}, data)
    return LogRecord(Position(3, 17), "sch-1", "e-1", kind, 1, 0, orjson.dumps(event._asdict())), event


def test_an_audit_row_keeps_the_event_as_logged_and_its_exact_recorded_time():
    record, event = logged("grade.amended", {"grade_id": "g1", "student_id": "anna", "lesson_id": "l1"})
    row = row_of(record, event)
    assert (row["school_id"], row["log_partition"], row["log_offset"]) == ("sch-1", 3, 17)
    assert (row["event_type"], row["student_id"], row["entity_id"]) == ("grade.amended", "anna", "g1")
    assert row["recorded_us"] % 1_000_000 == 7 and from_micros(row["recorded_us"]).isoformat() == event.recorded_at
    assert row["document"].encode() == record.value


@pytest.mark.parametrize("kind, data, entity", [
    ("attendance.marked", {"student_id": "anna", "lesson_id": "l1"}, "l1"),
    ("identity.linked", {"student_id": "anna", "alias_id": "anna-dn"}, "anna-dn"),
    ("teacher.assigned", {"teacher_id": "t1", "class_id": "5a", "subject_id": "math"}, "t1"),
    ("student.enrolled", {"student_id": "anna", "class_id": "5a"}, "5a"),
    ("school.registered", {"name": "Школа"}, "sch-1"),
    ("final_grade.recorded", {"final_grade_id": "f1", "period_id": "q1", "student_id": "anna"}, "f1"),
])
def test_the_entity_an_event_is_about(kind, data, entity):
    assert entity_of(logged(kind, data)[1]) == entity


def test_times_need_a_zone_and_keep_microseconds():
    assert query.parse_time("from", "2026-11-20T10:00:00.000001Z") == micros(
        dt.datetime(2026, 11, 20, 10, 0, 0, 1, tzinfo=dt.timezone.utc))
    assert query.parse_time("from", "2026-11-20T13:00:00+03:00") == query.parse_time("from", "2026-11-20T10:00:00Z")
    for bad in ("2026-11-20T10:00:00", "2026-11-20", "tomorrow", ""):
        with pytest.raises(query.InvalidParameter):
            query.parse_time("from", bad)


def test_cursors_round_trip_and_reject_anything_else():
    assert query.parse_cursor(query.format_cursor((1790000000000000, 3, 17))) == (1790000000000000, 3, 17)
    for bad in ("", "1.2", "a.b.c", "1.2.3.4", "-1.2.3"):
        with pytest.raises(query.InvalidParameter):
            query.parse_cursor(bad)


def test_a_period_ends_at_midnight_after_its_last_day_in_the_schools_zone():
    end = late.period_end_us(dt.date(2026, 10, 25), MOSCOW)
    assert from_micros(end) == dt.datetime(2026, 10, 25, 21, 0, tzinfo=dt.timezone.utc)
    evening = micros(dt.datetime(2026, 10, 25, 23, 30, tzinfo=MOSCOW))
    night = micros(dt.datetime(2026, 10, 26, 0, 10, tzinfo=MOSCOW))
    assert evening < end <= night
    assert late.zone_of("Mars/Olympus").key == late.zone_of(None).key == "Europe/Moscow"


def test_a_grade_history_says_what_each_event_changed():
    recorded = {"grade_id": "g1", "student_id": "anna", "value": "4", "weight": 1.0}
    states, steps = {}, [("grade.recorded", recorded),
                         ("grade.amended", {**recorded, "value": "5", "reason": "пересдача"}),
                         ("grade.retracted", {"grade_id": "g1", "student_id": "anna"}),
                         ("grade.amended", {**recorded, "weight": 2.0})]
    seen = []
    for kind, data in steps:
        after = history.next_state(states, kind, data)
        seen.append(history.changes(states, after))
        states = after
    assert seen[0] == {"retracted": {"from": None, "to": False}, "student_id": {"from": None, "to": "anna"},
                       "value": {"from": None, "to": "4"}, "weight": {"from": None, "to": 1.0}}
    assert seen[1] == {"value": {"from": "4", "to": "5"}}  # the reason is a note, not state
    assert seen[2] == {"retracted": {"from": False, "to": True}}
    assert seen[3] == {"value": {"from": "5", "to": "4"}, "weight": {"from": 1.0, "to": 2.0}}  # still retracted


def test_the_replay_window_needs_zones_and_order():
    since, until = window("2026-11-01T00:00:00+03:00", None)
    assert since.utcoffset() == dt.timedelta(hours=3) and until is None
    assert window(None, None) == (None, None)
    for args in (("2026-11-01", None), (None, "soon"), ("2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z")):
        with pytest.raises(ReplayError):
            window(*args)

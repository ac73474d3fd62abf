"""Known answers for the schedule: timetable expansion (frequencies, validity, holidays, cancellations, explicit
lessons winning, withdrawals, re-definitions) and a student's week across classes, subgroups and enrolment dates;
on SQLite and PostgreSQL, applied in one batch and one event per batch."""

from __future__ import annotations

import datetime as dt
import uuid

import orjson
import pytest

from hub.events.envelope import LoggedEvent
from hub.events.registry import latest_version, model_for
from projections import periods, schedule
from projections.diary_reads import read_diary
from tests.projecting import project as project_events

SCHOOL = "s1"
W37 = dt.date(2026, 9, 7)  # Monday of ISO week 2026-W37
NAME = {"last_name": "Иванова", "first_name": "Анна"}


def ev(type_: str, school: str = SCHOOL, **data) -> LoggedEvent:
    version = latest_version(type_)  # what projections read (decode upcasts older events)
    payload = orjson.loads(orjson.dumps(model_for(type_, version).model_validate(data).model_dump(mode="json")))
    return LoggedEvent(str(uuid.uuid4()), type_, version, school, "2026-09-01T08:00:00+00:00",
                       "2026-09-01T08:00:00+00:00", {"system": "native"}, payload)


@pytest.fixture(params=["one batch", "event by event"])
def project(request, engine):
    def apply(events: list[LoggedEvent]) -> None:
        project_events(engine, events, per_event=request.param == "event by event")
    return apply


def roster() -> list[LoggedEvent]:
    """Class 5А with subgroup 5А/1 (anna only), class 5Б; anna and boris in 5А; two subjects and a teacher."""
    return [
        ev("school.registered", name="Школа 1"),
        ev("subject.defined", subject_id="math", name="Математика"),
        ev("subject.defined", subject_id="eng", name="Английский язык"),
        ev("class.defined", class_id="5a", name="5А", academic_year=2026),
        ev("class.defined", class_id="5a-1", name="5А/1", academic_year=2026, parent_class_id="5a"),
        ev("class.defined", class_id="5b", name="5Б", academic_year=2026),
        ev("teacher.assigned", teacher_id="t1", role="subject_teacher", class_id="5a", subject_id="math",
           name={"last_name": "Петрова", "first_name": "Анна", "middle_name": "Сергеевна"}),
        ev("student.enrolled", student_id="anna", class_id="5a", name=NAME, enrolled_on="2026-09-01"),
        ev("student.enrolled", student_id="anna", class_id="5a-1", name=NAME, enrolled_on="2026-09-01"),
        ev("student.enrolled", student_id="boris", class_id="5a", enrolled_on="2026-09-01",
           name={"last_name": "Иванов", "first_name": "Борис"}),
    ]


def entry(entry_id: str, class_id: str = "5a", weekday: int = 1, slot: int = 1, **extra) -> LoggedEvent:
    data = {"entry_id": entry_id, "class_id": class_id, "subject_id": "math", "weekday": weekday, "slot": slot,
            "valid_from": "2026-09-01", **extra}
    return ev("timetable.defined", **data)


def lessons(engine, monday: dt.date, class_id: str = "5a") -> list[tuple]:
    """(date, slot, source, lesson id, cancelled) of a class's week (with its subgroups)."""
    with engine.connect() as conn:
        days = schedule.class_week(conn, class_id, monday)
    return [(l["date"], l["slot"], l["source"], l["lesson_id"], l["cancelled"]) for d in days for l in d["lessons"]]


def dates(engine, monday: dt.date, class_id: str = "5a") -> list[dt.date]:
    return [date for date, *_ in lessons(engine, monday, class_id)]


def diary(engine, student: str, first: dt.date, last: dt.date) -> list[dict]:
    with engine.connect() as conn:
        return read_diary(conn, student, first, last)


def week(n: int) -> dt.date:
    return dt.date.fromisocalendar(2026, n, 1)


def test_weekly_entry_fills_each_week_with_names_times_and_a_synthetic_id(engine, project):
    project(roster() + [entry("e1", weekday=1, slot=2, starts_at="09:25", ends_at="10:10", teacher_id="t1",
                              room="204")])
    with engine.connect() as conn:
        days = schedule.class_week(conn, "5a", W37)
    assert [d["date"] for d in days] == [W37 + dt.timedelta(n) for n in range(7)]
    [lesson] = days[0]["lessons"]
    assert lesson == {
        "lesson_id": "tt:e1:2026-09-07", "source": "timetable", "entry_id": "e1", "date": W37, "slot": 2,
        "class_id": "5a", "class": {"id": "5a", "name": "5А"}, "group": None, "starts_at": dt.time(9, 25),
        "ends_at": dt.time(10, 10),
        "subject": {"id": "math", "name": "Математика"}, "teacher": {"id": "t1", "name": "Петрова Анна Сергеевна"},
        "room": "204", "topic": None, "cancelled": False, "cancel_reason": None}
    assert all(d["lessons"] == [] for d in days[1:])
    assert dates(engine, week(38)) == [week(38)] and dates(engine, week(52)) == [week(52)]


def test_every_other_week_is_anchored_on_the_iso_week_of_valid_from(engine, project):
    project(roster() + [
        entry("thu", weekday=4, frequency="every_other_week", valid_from="2026-09-03"),  # a Thursday of W36
        entry("mon", weekday=1, frequency="every_other_week", valid_from="2026-09-09"),  # a Wednesday of W37
    ])
    by_week = {n: dates(engine, week(n)) for n in range(36, 41)}
    assert by_week == {36: [dt.date(2026, 9, 3)], 37: [], 38: [dt.date(2026, 9, 17)], 39: [dt.date(2026, 9, 21)],
                         40: [dt.date(2026, 10, 1)]}
    # "mon": W37's Monday is before valid_from, W38 is odd, W39 (21 Sept) and W41 (5 Oct) are even
    assert [d for n in range(37, 42) for d in dates(engine, week(n)) if d.isoweekday() == 1] == [
        dt.date(2026, 9, 21), dt.date(2026, 10, 5)]


def test_valid_from_and_valid_to_are_inclusive(engine, project):
    project(roster() + [entry("e1", weekday=1, valid_from="2026-09-07", valid_to="2026-09-14")])
    assert [dates(engine, week(n)) for n in (36, 37, 38, 39)] == [[], [W37], [dt.date(2026, 9, 14)], []]


def test_school_holidays_remove_generated_lessons_and_show_on_their_days(engine, project):
    project(roster() + [entry("e1", weekday=1), entry("e3", weekday=3, class_id="5a-1"),
                        ev("holiday.defined", holiday_id="autumn", name="Осенние каникулы", academic_year=2026,
                           starts_on="2026-10-26", ends_on="2026-11-03")])
    assert dates(engine, week(44)) == []
    assert dates(engine, week(45)) == [dt.date(2026, 11, 4)]  # Tuesday 3 Nov was the last day off
    with engine.connect() as conn:
        days = schedule.class_week(conn, "5a", week(44))
    assert [h["id"] for d in days for h in d["holidays"]] == ["autumn"] * 7


def test_a_withdrawn_holiday_puts_no_day_off_and_a_later_definition_dates_it_anew(engine, project):
    autumn = ev("holiday.defined", holiday_id="autumn", name="Осенние каникулы", academic_year=2026,
                starts_on="2026-10-26", ends_on="2026-11-03", class_id="5a")
    project(roster() + [entry("e1", weekday=1), autumn, ev("holiday.withdrawn", holiday_id="autumn"),
                        ev("holiday.withdrawn", holiday_id="never-defined")])
    with engine.connect() as conn:
        days = schedule.class_week(conn, "5a", week(44))
        assert [h for d in days for h in d["holidays"]] == []
        assert periods.school_holidays(conn, SCHOOL, 2026, ["5a"]) == []
    assert diary(engine, "anna", dt.date(2026, 10, 26), dt.date(2026, 10, 26))[0]["holidays"] == []
    assert dates(engine, week(44)) == [dt.date(2026, 10, 26)]
    project([ev("holiday.defined", holiday_id="autumn", name="Осенние каникулы", academic_year=2026,
                starts_on="2026-10-26", ends_on="2026-10-30", class_id="5a")])
    assert dates(engine, week(44)) == []
    assert [h["id"] for h in diary(engine, "anna", dt.date(2026, 10, 26), dt.date(2026, 10, 26))[0]["holidays"]] \
        == ["autumn"]


def test_class_holiday_applies_to_its_subgroups_and_not_to_other_classes(engine, project):
    project(roster() + [entry("a", weekday=1), entry("g", weekday=2, class_id="5a-1"), entry("b", class_id="5b"),
                        ev("holiday.defined", holiday_id="5a-off", name="Экскурсия", academic_year=2026,
                           starts_on="2026-09-07", ends_on="2026-09-08", class_id="5a")])
    assert dates(engine, W37) == []  # 5А on Monday and its subgroup on Tuesday
    assert dates(engine, W37, "5b") == [W37]


def test_subgroup_holiday_leaves_the_parent_class(engine, project):
    project(roster() + [entry("a", weekday=1), entry("g", weekday=1, slot=2, class_id="5a-1"),
                        ev("holiday.defined", holiday_id="g-off", name="Олимпиада", academic_year=2026,
                           starts_on="2026-09-07", ends_on="2026-09-07", class_id="5a-1")])
    assert [(slot, lesson_id) for _d, slot, _s, lesson_id, _c in lessons(engine, W37)] == [(1, "tt:a:2026-09-07")]


def test_explicit_lesson_wins_its_slot_even_when_cancelled_and_is_kept_in_holidays(engine, project):
    project(roster() + [
        entry("mon1", weekday=1, slot=1), entry("mon2", weekday=1, slot=2), entry("tue1", weekday=2, slot=1),
        ev("lesson.scheduled", lesson_id="L1", class_id="5a", subject_id="eng", date="2026-09-07", slot=1),
        ev("lesson.scheduled", lesson_id="L2", class_id="5a", subject_id="math", date="2026-09-08", slot=1),
        ev("lesson.cancelled", lesson_id="L2", reason="Болезнь учителя"),
        ev("lesson.scheduled", lesson_id="L3", class_id="5a-1", subject_id="eng", date="2026-09-07", slot=2),
        ev("holiday.defined", holiday_id="wed", name="День города", academic_year=2026, starts_on="2026-09-09",
           ends_on="2026-09-09"),
        ev("lesson.scheduled", lesson_id="L4", class_id="5a", subject_id="math", date="2026-09-09", slot=3),
    ])
    assert lessons(engine, W37) == [
        (W37, 1, "lesson", "L1", False),  # explicit wins slot 1 on Monday
        (W37, 2, "timetable", "tt:mon2:2026-09-07", False),  # 5А's own slot 2: the subgroup's lesson does not take it
        (W37, 2, "lesson", "L3", False),
        (dt.date(2026, 9, 8), 1, "lesson", "L2", True),  # cancelled, shown as such, not refilled by the timetable
        (dt.date(2026, 9, 9), 3, "lesson", "L4", False),  # a lesson the journal sent stands, holiday or not
    ]


def test_a_generated_lesson_is_cancelled_by_its_synthetic_id(engine, project):
    project(roster() + [entry("e1", weekday=1), ev("lesson.cancelled", lesson_id="tt:e1:2026-09-07", reason="Карантин")])
    with engine.connect() as conn:
        [lesson] = [l for d in schedule.class_week(conn, "5a", W37) for l in d["lessons"]]
    assert (lesson["source"], lesson["cancelled"], lesson["cancel_reason"]) == ("timetable", True, "Карантин")
    assert lessons(engine, week(38)) == [(week(38), 1, "timetable", "tt:e1:2026-09-14", False)]


def test_withdrawn_entry_disappears_and_a_re_sent_one_replaces_it(engine, project):
    project(roster() + [entry("gone", weekday=1), entry("moved", weekday=2, slot=3),
                        ev("timetable.withdrawn", entry_id="gone", reason="Ошибка"),
                        entry("moved", weekday=5, slot=4, valid_from="2026-09-01")])
    assert [(d.isoweekday(), slot, lesson_id) for d, slot, _s, lesson_id, _c in lessons(engine, W37)] == [
        (5, 4, "tt:moved:2026-09-11")]


def test_student_week_unions_classes_and_subgroups_and_respects_enrolment_dates(engine, project):
    project(roster() + [
        entry("a-mon", weekday=1), entry("a-wed", weekday=3), entry("a-fri", weekday=5),
        entry("g-tue", weekday=2, class_id="5a-1"),
        ev("student.enrolled", student_id="vera", class_id="5a", enrolled_on="2026-09-09", name=NAME),  # Wednesday
        ev("student.withdrawn", student_id="boris", class_id="5a", withdrawn_on="2026-09-11"),  # from Friday
    ])

    def week_of(student: str) -> list[tuple[int, str]]:
        with engine.connect() as conn:
            days = schedule.student_week(conn, student, W37)
        return [(l["date"].isoweekday(), l["entry_id"]) for d in days for l in d["lessons"]]

    assert week_of("anna") == [(1, "a-mon"), (2, "g-tue"), (3, "a-wed"), (5, "a-fri")]
    assert week_of("vera") == [(3, "a-wed"), (5, "a-fri")]
    assert week_of("boris") == [(1, "a-mon"), (3, "a-wed")]
    assert week_of("nobody") == []


def test_occurs_on_rule():
    base = {"weekday": 1, "valid_from": dt.date(2026, 9, 1), "valid_to": None, "frequency": "every_other_week"}
    mondays = [week(n) for n in range(36, 42)]
    assert [schedule.occurs_on(base, d) for d in mondays] == [False, False, True, False, True, False]  # from W36
    assert not schedule.occurs_on(base, week(37) + dt.timedelta(1))  # a Tuesday

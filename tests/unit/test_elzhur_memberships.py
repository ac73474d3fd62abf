"""Elzhur class memberships dated by ``pulled_at`` (``adapters/elzhur/memberships.py``): a pupil seen in a new
class moves there from the day after he was last seen in the old one, never from the hub's clock."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.base import TranslationContext
from adapters.elzhur import ADAPTER
from adapters.elzhur.ids import name_key

PUPIL = {"name": "48003", "title": "Петров Илья", "lastname": "Петров", "firstname": "Илья"}


class Directory:
    def __init__(self, entries=None):
        self.entries = dict(entries or {})

    def get(self, kind, vendor_id):
        return self.entries.get((kind, str(vendor_id)))


def getrules(class_name: str, pulled_at: str | None) -> dict:
    record = {"request": "getrules", "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": "62003", "name": "62003", "title": "Петрова Ольга Ивановна",
        "relations": {"students": {"48003": {**PUPIL, "class": class_name}}, "groups": {}}}}}}
    return record | ({"pulled_at": pulled_at} if pulled_at else {})


def getdiary(days: str, pulled_at: str, day: str, subject: str) -> dict:
    return {"request": f"getdiary?student=48003&days={days}", "pulled_at": pulled_at, "body": {"response": {
        "state": 200, "result": {"students": {"48003": {"name": "48003", "title": "Петров Илья", "days": {
            day: {"name": day, "items": {"1": {"num": "1", "name": subject, "lesson_id": f"7{day}"}}}}}}}}}}


def run(records: list[dict], directory: Directory | None = None, clock: dt.datetime | None = None) -> list:
    """Translate ``records`` in order as the hub would, the directory carrying what each answer registered."""
    directory = directory or Directory()
    events = []
    for record in records:
        ctx = TranslationContext("test", clock or dt.datetime(2025, 12, 20, tzinfo=dt.timezone.utc),
                                 school_id="sch-1", timezone="Europe/Moscow", directory=directory)
        outcome = ADAPTER.translate(record, ctx)
        assert not outcome.errors and not outcome.missing, (outcome.errors, outcome.missing)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in outcome.directory_entries})
        events += outcome.events
    return events


def spans(events: list) -> dict[str, list[tuple[str, str | None]]]:
    """class name key -> [("enrolled", day) / ("withdrawn", day)] for pupil 48003, in event order; an answer
    stating an event already stated (same id, same data: the hub appends nothing) is not repeated."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    stated = set()
    for e in events:
        if (e.event_id, str(e.data)) in stated:
            continue
        stated.add((e.event_id, str(e.data)))
        if e.type in ("student.enrolled", "student.withdrawn") and e.data["student_id"].endswith(":48003"):
            kind, day = ("enrolled", e.data["enrolled_on"]) if e.type == "student.enrolled" else (
                "withdrawn", e.data["withdrawn_on"])
            found.setdefault(e.data["class_id"].rsplit(":", 1)[1].rsplit("@", 1)[0], []).append((kind, day))
    return found


A, B = name_key("8А"), name_key("8Б")


def test_first_ever_class_starts_on_1_september():
    assert spans(run([getrules("8А", "2025-12-07T18:00:10+03:00")])) == {A: [("enrolled", "2025-09-01")]}


def test_a_transfer_starts_the_day_after_the_pupil_was_last_seen_in_the_old_class_and_withdraws_him_from_it():
    events = run([getrules("8А", "2025-12-07T18:00:10+03:00"),
                  getdiary("20251208-20251212", "2025-12-12T19:01:10+03:00", "20251208", "Алгебра"),
                  getrules("8Б", "2025-12-14T12:00:00+03:00"),
                  getdiary("20251215-20251219", "2025-12-19T08:00:10+03:00", "20251215", "Русский язык")])
    assert spans(events) == {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-13")],
                             B: [("enrolled", "2025-12-13")]}
    withdrawn = next(e for e in events if e.type == "student.withdrawn")
    assert withdrawn.occurred_at == dt.datetime(2025, 12, 13, tzinfo=withdrawn.occurred_at.tzinfo)


def test_pulled_at_is_read_in_the_schools_zone_and_a_past_range_is_evidence_up_to_its_end():
    # 2025-12-12T22:30Z is 12-13 in Moscow; the diary of 12-08..12-10 pulled 12-14 only saw 8А up to 12-10
    events = run([getrules("8А", "2025-12-12T22:30:00+00:00"), getrules("8Б", "2025-12-14T12:00:00+03:00")])
    assert spans(events)[B] == [("enrolled", "2025-12-14")]
    events = run([getdiary("20251208-20251210", "2025-12-14T09:00:00+03:00", "20251208", "Алгебра") | {
        "request": "getdiary?student=48003&class=8А&days=20251208-20251210"},
        getrules("8Б", "2025-12-14T12:00:00+03:00")])
    assert spans(events)[B] == [("enrolled", "2025-12-11")]


def test_the_same_class_again_changes_nothing():
    events = run([getrules("8А", "2025-12-07T18:00:10+03:00"), getrules("8А", "2025-12-14T12:00:00+03:00"),
                  getdiary("20251215-20251219", "2025-12-19T08:00:10+03:00", "20251215", "Алгебра")])
    assert spans(events) == {A: [("enrolled", "2025-09-01")]}
    assert len([e for e in events if e.type == "student.enrolled"]) == 3  # each answer states the same fact


def test_no_pulled_at_dates_nothing():
    directory = Directory({("school_year", "latest"): {"year": 2025}})
    events = run([getrules("8А", "2025-12-07T18:00:10+03:00"), getrules("8Б", None)], directory)
    assert spans(events) == {A: [("enrolled", "2025-09-01")], B: [("enrolled", "2025-09-01")]}
    assert f"{B}@2025" not in directory.get("memberships", "48003")["classes"]


def test_an_ended_membership_reopens_only_when_seen_after_its_end_was_seen():
    moved = [getrules("8А", "2025-12-07T18:00:10+03:00"), getrules("8Б", "2025-12-14T12:00:00+03:00")]
    stale = run([*moved, getrules("8А", "2025-12-14T13:00:00+03:00")])  # seen on the day 8Б was, pulled after it
    assert spans(stale)[A] == [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-08")]
    before = run([*moved, getrules("8А", "2025-12-14T10:00:00+03:00")])  # that day, pulled before 8Б's: pull order
    assert spans(before)[A] == [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-08"), ("withdrawn", "2025-12-15")]
    assert spans(before)[B] == [("enrolled", "2025-12-08"), ("enrolled", "2025-12-15")]
    back = run([*moved, getrules("8А", "2025-12-21T10:00:00+03:00")])
    assert spans(back) == {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-08"), ("enrolled", "2025-12-15")],
                           B: [("enrolled", "2025-12-08"), ("withdrawn", "2025-12-15")]}


@pytest.mark.parametrize("clock", [dt.datetime(2025, 12, 20, tzinfo=dt.timezone.utc),
                                   dt.datetime(2026, 12, 20, tzinfo=dt.timezone.utc)])
def test_a_history_pushed_a_year_late_reads_the_same(clock):
    events = run([getrules("8А", "2025-12-07T18:00:10+03:00"), getrules("8Б", "2025-12-14T12:00:00+03:00")],
                 clock=clock)
    assert spans(events) == {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-08")],
                             B: [("enrolled", "2025-12-08")]}


def test_an_earlier_class_delivered_after_a_later_one_reads_as_if_delivered_in_order():
    """A getrules pulled on 12-07 (8А) delivered after one pulled on 12-14 (8Б): the pupil was in 8А until the day
    after 12-07 and in 8Б from then, as in pull order; the re-dated 8Б enrolment is as of 8Б's own pull, which
    the hub holds it as of, so the latest pull still wins."""
    late, early = getrules("8Б", "2025-12-14T12:00:00+03:00"), getrules("8А", "2025-12-07T18:00:10+03:00")
    directory = Directory()
    run([late], directory)
    ctx = TranslationContext("test", dt.datetime(2025, 12, 20, tzinfo=dt.timezone.utc), school_id="sch-1",
                             timezone="Europe/Moscow", directory=directory)
    outcome = ADAPTER.translate(early, ctx)
    events = run([late]) + outcome.events
    assert spans(events) == {B: [("enrolled", "2025-09-01"), ("enrolled", "2025-12-08")],
                             A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-08")]}
    in_order = spans(run([early, late]))
    assert in_order == {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-08")], B: [("enrolled", "2025-12-08")]}
    redated = next(e for e in outcome.events if e.type == "student.enrolled" and e.data["class_id"].rsplit("@", 1)[0].endswith(B))
    assert outcome.event_as_of[redated.event_id] == dt.datetime.fromisoformat("2025-12-14T12:00:00+03:00")
    assert outcome.as_of == dt.datetime.fromisoformat("2025-12-07T18:00:10+03:00")


def test_a_new_school_years_class_ends_last_years_on_1_september():
    """Found by elzhur_7 (no-lesson-01/02, no-homework-07..09): a pupil one grade up (6В in 2025/26, 7Б in
    2026/27) stayed in 6В, and saw the lessons of next year's 6В, a younger class under the same name."""
    V, B7 = name_key("6В"), name_key("7Б")
    events = run([getrules("6В", "2025-10-01T18:00:00+03:00"), getrules("7Б", "2026-08-28T12:00:00+03:00")])
    assert spans(events) == {V: [("enrolled", "2025-09-01"), ("withdrawn", "2026-09-01")],
                             B7: [("enrolled", "2026-09-01")]}
    same_name = run([getrules("6В", "2025-10-01T18:00:00+03:00"), getrules("6В", "2026-09-03T12:00:00+03:00")])
    # kept down: last year's 6В (6В@2025) ends on 1 September, this year's 6В (another class, 6В@2026) starts then
    assert spans(same_name)[V] == [("enrolled", "2025-09-01"), ("withdrawn", "2026-09-01"), ("enrolled", "2026-09-01")]


def getperiods(pulled_at: str) -> dict:
    return {"request": "getperiods?student=48003", "pulled_at": pulled_at, "body": {"response": {"state": 200,
            "result": {"students": [{"name": "48003", "title": "Петров Илья", "periods": [
                {"name": "1", "fullname": "1 полугодие", "start": "20250901", "end": "20251227"}]}]}}}}


def assigned(events: list) -> set[str]:
    """The class keys the pupil's periods were assigned to."""
    return {e.data["class_id"].rsplit(":", 1)[1].rsplit("@", 1)[0] for e in events if e.type == "reporting_period.assigned"}


def test_a_pupils_periods_are_assigned_to_the_class_he_is_in_that_year_and_after_a_transfer_to_the_new_one():
    assert assigned(run([getrules("8А", "2025-12-07T18:00:10+03:00"), getperiods("2025-12-07T18:01:00+03:00")])) == {A}
    moved = run([getrules("8А", "2025-12-07T18:00:10+03:00"), getrules("8Б", "2025-12-14T12:00:00+03:00"),
                 getperiods("2025-12-14T12:01:00+03:00")])
    assert assigned(moved) == {B}
    assert assigned(run([getperiods("2025-12-07T18:01:00+03:00")])) == set()  # a pupil the hub does not know


def class_schedule(days: str, pulled_at: str, lesson_days: list[str]) -> dict:
    """8А's own schedule (``getschedule?class=``) with one lesson on each of ``lesson_days``."""
    return {"request": f"getschedule?class=8А&days={days}", "pulled_at": pulled_at, "body": {"response": {
        "state": 200, "result": {"days": {day: {"name": day, "items": {"1": {
            "num": "1", "name": "Алгебра", "lesson_id": f"7{day}"}}} for day in lesson_days}}}}}


def joining_diary(pulled_at: str, empty: list[str], vacation: list[str], lessons: list[str]) -> dict:
    """48003's own diary over 10-20..11-09: ``empty`` days with ``items: []`` (no alert), ``vacation`` days, and a
    lesson on each of ``lessons``."""
    days = {day: {"name": day, "items": []} for day in empty}
    days |= {day: {"name": day, "alert": "vacation", "holiday_name": "Каникулы", "items": {}} for day in vacation}
    days |= {day: {"name": day, "items": {"1": {"num": "1", "name": "Алгебра", "lesson_id": f"7{day}"}}}
             for day in lessons}
    return {"request": "getdiary?student=48003&class=8А&days=20251020-20251109", "pulled_at": pulled_at, "body": {
        "response": {"state": 200, "result": {"students": {"48003": {"name": "48003", "title": "Петров Илья",
                                                                       "days": days}}}}}}


def getmarks(days: str, pulled_at: str, dates: list[str]) -> dict:
    marks = [{"value": "4", "date": date, "lesson_id": f"9{date}", "nm": "1", "weight": 1} for date in dates]
    return {"request": f"getmarks?student=48003&days={days}", "pulled_at": pulled_at, "body": {"response": {
        "state": 200, "result": {"students": {"48003": {"name": "48003", "title": "Петров Илья", "lessons": [
            {"name": "Алгебра", "marks": marks}]}}}}}}


WEEK = ["20251020", "20251021", "20251022", "20251023", "20251024"]
HOLIDAYS = [f"202510{d}" for d in range(25, 32)] + ["20251101", "20251102"]
SCHEDULE = class_schedule("20251020-20251024", "2025-10-24T17:00:00+03:00", WEEK)
JOINS = getrules("8А", "2025-11-03T08:00:00+03:00")


def test_a_pupil_whose_own_diary_has_school_days_without_lessons_before_his_first_joined_after_them():
    """Found by elzhur_13 (no-lesson-13303-20251020-1 ..): a pupil first seen on 11-03, whose own diary holds
    10-20..10-24 with no lessons while his class had lessons, was enrolled from 1 September and saw them. His own
    diary is complete per day (A.3 Day): he was not in the class on those days, so he joined after the last."""
    diary = joining_diary("2025-11-07T19:00:00+03:00", WEEK, HOLIDAYS, ["20251103", "20251105"])
    later = getdiary("20251110-20251114", "2025-11-14T18:30:00+03:00", "20251110", "Алгебра")
    events = run([SCHEDULE, JOINS, diary, later])
    assert spans(events) == {A: [("enrolled", "2025-09-01"), ("enrolled", "2025-10-25")]}
    assert spans(run([SCHEDULE, diary, JOINS, later])) == {A: [("enrolled", "2025-10-25")]}  # either order


def test_empty_days_the_class_had_no_lessons_on_holidays_or_earlier_evidence_move_no_start():
    diary = joining_diary("2025-11-07T19:00:00+03:00", WEEK, HOLIDAYS, ["20251103"])
    first_of_september = {A: [("enrolled", "2025-09-01")]}
    assert spans(run([JOINS, diary])) == first_of_september  # the hub knows no lesson of the class on those days
    quiet = class_schedule("20251020-20251024", "2025-10-24T17:00:00+03:00", [])
    assert spans(run([quiet, JOINS, diary])) == first_of_september  # the class had none either
    on_holiday = joining_diary("2025-11-07T19:00:00+03:00", [], WEEK + HOLIDAYS, ["20251103"])
    assert spans(run([SCHEDULE, JOINS, on_holiday])) == first_of_september
    seen_before = getrules("8А", "2025-10-22T08:00:00+03:00")  # an answer saw him in the class on 10-22
    assert spans(run([SCHEDULE, seen_before, JOINS, diary])) == first_of_september
    marked = getmarks("20250901-20251024", "2025-11-06T08:00:00+03:00", ["2025-10-21"])  # a mark on 10-21
    assert spans(run([SCHEDULE, JOINS, marked, diary])) == first_of_september
    no_marks = getmarks("20250901-20251024", "2025-11-06T08:00:00+03:00", [])  # a range showing nothing of him
    assert spans(run([SCHEDULE, JOINS, no_marks, diary])) == {A: [("enrolled", "2025-09-01"),
                                                                  ("enrolled", "2025-10-25")]}
    midweek = joining_diary("2025-11-07T19:00:00+03:00", ["20251022"], HOLIDAYS, ["20251020", "20251103"])
    assert spans(run([SCHEDULE, JOINS, midweek])) == first_of_september  # an empty day after his first lessons


def test_a_joining_diary_delivered_after_a_later_answer_re_dates_the_start_as_of_that_answer():
    """The diary pulled 11-07 delivered after a getrules pulled 11-14 (which stated the 1 September start as of
    11-14): the later start is as of 11-14, so the latest pull that stated the enrolment still wins."""
    diary = joining_diary("2025-11-07T19:00:00+03:00", WEEK, HOLIDAYS, ["20251103"])
    directory = Directory()
    run([SCHEDULE, getrules("8А", "2025-11-14T18:00:00+03:00")], directory)
    ctx = TranslationContext("test", dt.datetime(2025, 12, 20, tzinfo=dt.timezone.utc), school_id="sch-1",
                             timezone="Europe/Moscow", directory=directory)
    outcome = ADAPTER.translate(diary, ctx)
    enrolled = [e for e in outcome.events if e.type == "student.enrolled"]
    assert [e.data["enrolled_on"] for e in enrolled] == ["2025-10-25"]
    assert outcome.event_as_of[enrolled[0].event_id] == dt.datetime.fromisoformat("2025-11-14T18:00:00+03:00")


def grp_diary(days: str, pulled_at: str, day: str, subject: str, grp: str) -> dict:
    """``getdiary`` of 48003 in 8А showing him in the subgroup ``grp`` of ``subject`` on ``day``."""
    record = getdiary(days, pulled_at, day, subject) | {"request": f"getdiary?student=48003&class=8А&days={days}"}
    record["body"]["response"]["result"]["students"]["48003"]["days"][day]["items"]["1"]["grp"] = grp
    return record


EN1, EN2 = (f"{A}.{name_key('Английский язык')}.{name_key(g)}" for g in ("1 группа", "2 группа"))


def test_a_pupils_own_answer_in_a_sibling_subgroup_is_a_switch_dated_by_the_days_his_answers_show():
    week1 = grp_diary("20251208-20251212", "2025-12-12T19:00:00+03:00", "20251208", "Английский язык", "1 группа")
    week2 = grp_diary("20251215-20251219", "2025-12-19T19:00:00+03:00", "20251216", "Английский язык", "2 группа")
    backlog = grp_diary("20251208-20251208", "2025-12-09T19:00:00+03:00", "20251208", "Английский язык", "1 группа")
    switched = {EN1: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-16")], EN2: [("enrolled", "2025-12-16")]}
    events = run([getrules("8А", "2025-12-01T18:00:00+03:00"), week1, week2])
    assert {k: v for k, v in spans(events).items() if k != A} == switched
    events = run([getrules("8А", "2025-12-01T18:00:00+03:00"), week1, week2, backlog])  # pulled earlier: nothing
    assert {k: v for k, v in spans(events).items() if k != A} == switched


def test_subgroups_of_different_subjects_and_undated_answers_are_no_switch():
    it2 = f"{A}.{name_key('Информатика')}.{name_key('2 группа')}"
    events = run([getrules("8А", "2025-12-01T18:00:00+03:00"),
                  grp_diary("20251208-20251212", "2025-12-12T19:00:00+03:00", "20251208", "Английский язык",
                            "1 группа"),
                  grp_diary("20251215-20251219", "2025-12-19T19:00:00+03:00", "20251216", "Информатика", "2 группа")])
    assert {k: v for k, v in spans(events).items() if k != A} == {EN1: [("enrolled", "2025-09-01")],
                                                                 it2: [("enrolled", "2025-09-01")]}
    undated = grp_diary("20251215-20251219", "2025-12-19T19:00:00+03:00", "20251216", "Английский язык", "2 группа")
    del undated["pulled_at"]
    events = run([getrules("8А", "2025-12-01T18:00:00+03:00"),
                  grp_diary("20251208-20251212", "2025-12-12T19:00:00+03:00", "20251208", "Английский язык",
                            "1 группа"), undated])
    assert {k: v for k, v in spans(events).items() if k != A} == {EN1: [("enrolled", "2025-09-01")],
                                                                 EN2: [("enrolled", "2025-09-01")]}


def own_diary(days: str, pulled_at: str, day: str, grp: str) -> dict:
    """48003's own ``getdiary`` without ``class=`` (the class is the one his answers saw him in) showing him in the
    English subgroup ``grp`` on ``day``."""
    record = getdiary(days, pulled_at, day, "Английский язык")
    record["body"]["response"]["result"]["students"]["48003"]["days"][day]["items"]["1"]["grp"] = grp
    return record


def test_an_own_answer_pulled_before_a_move_and_delivered_after_it_reads_as_in_pull_order():
    """Found by elzhur_26 (lesson-26102-2025-09-15-1, no_lesson-26102-2025-10-13-4-6А-g2 ..): a pupil's own diary
    of 12-08 (pulled 12-10, no ``class=``) delivered after the getrules that moved him to 8Б (pulled 12-14) was read
    as 8Б's (his getrules class when delivered), and 8А's end (12-02, the day after the getrules of 12-01) stayed.
    As in pull order: the answer is 8А's, he was in 8А up to 12-09 and in 8Б from 12-10 (as of 8Б's pull), and
    the 8А subgroup it shows him in ends with his 8А stay, so a return to 8А does not re-open it."""
    moved = [getrules("8А", "2025-12-01T18:00:00+03:00"), getrules("8Б", "2025-12-14T12:00:00+03:00")]
    late = own_diary("20251208-20251209", "2025-12-10T19:00:00+03:00", "20251208", "2 группа")
    directory = Directory()
    events = run(moved, directory)
    ctx = TranslationContext("test", dt.datetime(2025, 12, 20, tzinfo=dt.timezone.utc), school_id="sch-1",
                             timezone="Europe/Moscow", directory=directory)
    outcome = ADAPTER.translate(late, ctx)
    assert not outcome.errors and not outcome.missing
    directory.entries.update({(k, str(v)): dict(d) for k, v, d in outcome.directory_entries})
    lesson = next(e for e in outcome.events if e.type == "lesson.scheduled")
    assert lesson.data["class_id"].rsplit(":", 1)[1].startswith(f"{A}.")  # 8А's subgroup, not 8Б's
    assert spans(events + outcome.events) == {
        A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-02"), ("withdrawn", "2025-12-10")],
        B: [("enrolled", "2025-12-02"), ("enrolled", "2025-12-10")],
        EN2: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-10")]}
    in_order = {A: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-10")], B: [("enrolled", "2025-12-10")],
                EN2: [("enrolled", "2025-09-01"), ("withdrawn", "2025-12-10")]}
    assert spans(run([moved[0], late, moved[1]])) == in_order
    restated = [e for e in outcome.events if e.type in ("student.withdrawn", "student.enrolled")
                and e.data["class_id"].rsplit(":", 1)[1] in (f"{A}@2025", f"{B}@2025")
                and (e.data.get("withdrawn_on") or e.data.get("enrolled_on")) == "2025-12-10"]
    assert [outcome.event_as_of[e.event_id] for e in restated] == [
        dt.datetime.fromisoformat("2025-12-14T12:00:00+03:00")] * 2  # as of 8Б's pull, which stated the old dates
    back = run([getrules("8А", "2025-12-21T10:00:00+03:00")], directory)
    assert spans(back) == {A: [("enrolled", "2025-12-15")], B: [("withdrawn", "2025-12-15")]}  # EN2 stays ended


def test_a_late_answer_about_days_between_a_siblings_stays_is_a_stay_of_its_own_between_them():
    """Found by elzhur_26 (26101): English 1 группа (Sep), 2 группа (Oct), 1 группа (Nov), 2 группа (Dec); the
    November answer (pulled 14 Nov) delivered after the December one. Every day is in the group his answers show
    that day, whatever the arrival order: 1 группа from 10 Nov (2 группа left that day) until 8 Dec, when he
    returns to 2 группа; the changed enrolments are as of the December pull, which the hub holds 2 группа as of."""
    sep = grp_diary("20250915-20250916", "2025-09-19T19:00:00+03:00", "20250915", "Английский язык", "1 группа")
    oct_ = grp_diary("20251013-20251014", "2025-10-17T19:00:00+03:00", "20251013", "Английский язык", "2 группа")
    nov = grp_diary("20251110-20251111", "2025-11-14T19:00:00+03:00", "20251110", "Английский язык", "1 группа")
    dec = grp_diary("20251208-20251209", "2025-12-12T19:00:00+03:00", "20251208", "Английский язык", "2 группа")
    rules = getrules("8А", "2025-09-12T18:00:00+03:00")
    by_days = {EN1: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-13"), ("enrolled", "2025-11-10"),
                     ("withdrawn", "2025-12-08")],
               EN2: [("enrolled", "2025-10-13"), ("withdrawn", "2025-11-10"), ("enrolled", "2025-12-08")]}
    assert {k: v for k, v in spans(run([rules, sep, oct_, nov, dec])).items() if k != A} == by_days
    directory = Directory()
    early = run([rules, sep, oct_, dec], directory)
    ctx = TranslationContext("test", dt.datetime(2025, 12, 20, tzinfo=dt.timezone.utc), school_id="sch-1",
                             timezone="Europe/Moscow", directory=directory)
    outcome = ADAPTER.translate(nov, ctx)
    assert {k: v for k, v in spans(early + outcome.events).items() if k != A} == by_days
    december = dt.datetime.fromisoformat("2025-12-12T19:00:00+03:00")
    restated = ((None, "2025-11-10"), ("2025-12-08", None), (None, "2025-12-08"))  # (enrolled_on, withdrawn_on)
    moved = [e for e in outcome.events if e.type in ("student.enrolled", "student.withdrawn")
             and (e.data.get("enrolled_on"), e.data.get("withdrawn_on")) in restated]
    assert len(moved) == 3 and all(outcome.event_as_of.get(e.event_id) == december for e in moved)


def test_a_late_answer_about_days_before_a_sibling_first_showed_is_his_first_group_until_then():
    """The October answer (2 группа on 13 Oct) arrives first: 2 группа from 1 September, for want of evidence; his
    September answer (1 группа on 15 Sep), delivered after it, puts him in 1 группа until 13 Oct, as in order."""
    sep = grp_diary("20250915-20250916", "2025-09-19T19:00:00+03:00", "20250915", "Английский язык", "1 группа")
    oct_ = grp_diary("20251013-20251014", "2025-10-17T19:00:00+03:00", "20251013", "Английский язык", "2 группа")
    rules = getrules("8А", "2025-09-12T18:00:00+03:00")
    in_order = {EN1: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-13")], EN2: [("enrolled", "2025-10-13")]}
    assert {k: v for k, v in spans(run([rules, sep, oct_])).items() if k != A} == in_order
    late = {k: v for k, v in spans(run([rules, oct_, sep])).items() if k != A}
    assert late == {EN1: [("enrolled", "2025-09-01"), ("withdrawn", "2025-10-13")],
                    EN2: [("enrolled", "2025-09-01"), ("enrolled", "2025-10-13")]}

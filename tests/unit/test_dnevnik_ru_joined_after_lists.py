"""A pupil joins a group after the last member list of it that did not name him, even one pulled earlier the same
day (found by dnevnik_ru_74: no-lesson-001..010, no-lesson-041). §3.8 gives a membership a status and no dates: a
group's member list (``POST edu-groups``, ``edu-groups/{g}/persons``) is its members when pulled, so a list that does
not name a pupil says he was not a member then. Борис's 7Б lists of 11-20 07:00 and before did not name him, the
19:00 one did: the hub enrolled him from 1 September (the earlier list was of the same day), so his diary showed 7Б's
lessons beside 7А's. His stay begins the day after that list (a change entered during a day holds from the next, as
a leave after the last ``Active`` list: ``memberships.withdraw``), or on the list's own day when the journal names
him on a lesson of the group that day (a mark, a log entry, a task: ``named_days.py``): Вика, named ``Active`` in the
elective from the 19:00 list of the day of her first elective lesson, has that day's lesson and its mark."""

from __future__ import annotations

from itertools import permutations

from tests.unit.test_dnevnik_ru_memberships import A8, B8, group, person, stays_of, translate_in_order
from tests.unit.test_dnevnik_ru_named_days import entry_on, lessons, mark_on

ELECTIVE = "2260325488551770019"
ROBOTICS = {**group(ELECTIVE, "Робототехника"), "type": "Subgroup", "parentIds_str": [A8]}


def roster(pulled_at: str, *groups: tuple[dict, str | None]) -> dict:
    """``POST edu-groups``: each group (object) with the pupil's ``status``, or None: a list that does not name him
    (his classmates are left out: the stays are his)."""
    def students(status: str | None) -> list[dict]:
        return [] if status is None else [{"person": person(), "membershipstatus": status}]

    return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
            "body": [{"group": g, "students": students(status)} for g, status in groups]}


A, B = group(A8, "8А"), group(B8, "8Б")
FIRST = roster("2025-10-14T19:00:00+12:00", (A, "Active"), (B, None))
MORNING = roster("2025-10-15T07:00:00+12:00", (A, "Active"), (B, None))  # the last 8Б list without him
EVENING = roster("2025-10-15T19:00:00+12:00", (A, "Archive"), (B, "Active"))  # 8А -> 8Б entered during the day


def test_a_pupil_first_named_by_the_evening_list_joins_the_day_after_the_morning_list_that_lacked_him():
    events = translate_in_order(FIRST, MORNING, EVENING)
    assert sorted(events[2]) == [("student.enrolled", B8, "2025-10-16"), ("student.withdrawn", A8, "2025-10-16")]
    assert stays_of(FIRST, MORNING, EVENING) == {A8: [("2025-09-01", "2025-10-15")],
                                                 B8: [("2025-10-16", "2025-12-31")]}


def test_the_first_list_naming_him_or_the_same_pull_still_enrols_from_the_school_years_start():
    assert translate_in_order(roster("2025-10-15T07:00:00+12:00", (A, "Active"), (B, "Active")))[0] == [
        ("student.enrolled", A8, "2025-09-01"), ("student.enrolled", B8, "2025-09-01")]


def test_every_arrival_order_of_the_lists_reads_as_pull_order():
    for order in permutations([FIRST, MORNING, EVENING]):
        assert stays_of(*order) == {A8: [("2025-09-01", "2025-10-15")], B8: [("2025-10-16", "2025-12-31")]}, order


JOINS_BEFORE = roster("2025-10-15T07:00:00+12:00", (A, "Active"), (ROBOTICS, None))
JOINS = roster("2025-10-15T19:00:00+12:00", (A, "Active"), (ROBOTICS, "Active"))  # entered during 10-15
ELECTIVE_WEEK = lessons("2025-10-15T19:05:00+12:00", group=ELECTIVE)


def test_a_pupil_joining_an_elective_during_the_day_joins_it_the_next_day_without_evidence():
    assert stays_of(ELECTIVE_WEEK, JOINS_BEFORE, JOINS)[ELECTIVE] == [("2025-10-16", "2025-12-31")]


def test_a_mark_entry_or_task_of_his_on_the_day_of_the_list_that_lacked_him_starts_the_stay_that_day():
    evidence = [mark_on("2025-10-15", "2025-10-15T19:11:00+12:00", group=ELECTIVE),
                lessons("2025-10-15T19:12:00+12:00", tasks_on=("2025-10-15", "2025-10-17"), group=ELECTIVE)]
    for one in evidence:
        for order in permutations([JOINS_BEFORE, JOINS, one]):
            assert stays_of(ELECTIVE_WEEK, *order)[ELECTIVE] == [("2025-10-15", "2025-12-31")], (one, order)


def test_evidence_before_the_list_that_lacked_him_starts_nothing_earlier():
    early = mark_on("2025-10-14", "2025-10-15T19:11:00+12:00", group=ELECTIVE)
    for order in permutations([JOINS_BEFORE, JOINS, early]):
        assert stays_of(ELECTIVE_WEEK, *order)[ELECTIVE] == [("2025-10-16", "2025-12-31")], order


def test_a_log_entry_in_a_class_he_joined_that_day_starts_the_stay_that_day():
    entry = {**entry_on("2025-10-15", "2025-10-15T19:13:00+12:00")}
    week = lessons("2025-10-15T19:05:00+12:00")
    assert stays_of(week, FIRST, MORNING, EVENING, entry)[B8] == [("2025-10-15", "2025-12-31")]

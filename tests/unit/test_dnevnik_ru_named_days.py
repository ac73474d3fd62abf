"""An ``Archive`` membership ends after the last day the journal names the pupil in the group (found by
dnevnik_ru_67: lesson-151..156, homework-023/025). Вера's last roster showing her ``Active`` was pulled during the
break (Sunday 10-11), the ``Archive`` one on 10-17; the hub ended her stay on 10-12, so her diary lost the lessons of
10-12/10-13 and her own homework there, although the journal's answers name her on those days: a mark on a lesson of
the class (§3.1 ``person``/``lesson``), a log entry (§3.5), homework tasks addressed to her (§3.6). §3.8 gives a
membership no dates, so the answers naming her are evidence as good as a roster's: the stay lasts through the latest
day up to the ``Archive`` answer's pull on which one of them names her in that group, that pull's own day included
(dnevnik_ru_79), never past it (``adapters/dnevnik_ru/named_days.py``). Whatever the arrival order; a transfer keeps its date."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.unit.test_dnevnik_ru_arrival_orders import G1, G2, KLASS, answer, sub
from tests.unit.test_dnevnik_ru_memberships import A8, B8, PUPIL, post_edu_groups, stays_of, translate_in_order

SUBJECT = "2260325488551770301"
ACTIVE = post_edu_groups("2025-10-11T19:00:00+12:00", (B8, "8Б", "Active"))  # the last list showing him Active
ARCHIVE = post_edu_groups("2025-10-18T19:00:00+12:00", (B8, "8Б", "Archive"))
TRANSFER = post_edu_groups("2025-10-18T19:00:00+12:00", (B8, "8Б", "Archive"), (A8, "8А", "Active"))
DAYS = ["2025-10-10", "2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16", "2025-10-17", "2025-10-18", "2025-10-20"]


def lesson_id(day: str, group: str = B8) -> str:
    return f"22603254885517{group[-1]}{day[5:7]}{day[8:10]}"


def lessons(pulled_at: str, tasks_on: tuple[str, ...] = (), group: str = B8) -> dict:
    """The class's lessons of ``DAYS`` (§3.4 entity shape), a homework with a task of the pupil's on ``tasks_on``."""
    def works(day: str) -> list[dict]:
        if day not in tasks_on:
            return []
        work = str(int(lesson_id(day, group)) + 500)
        return [{"id_str": work, "type": "Homework", "markType": "mark5", "lesson_str": lesson_id(day, group),
                 "eduGroup_str": group, "subjectId": int(SUBJECT), "text": "№ 5", "targetDate": f"{day}T00:00:00",
                 "tasks": [{"id_str": str(int(work) + 1), "person_str": PUPIL, "work_str": work,
                            "status": "NotStarted"}]}]

    body = [{"id_str": lesson_id(day, group), "title": "Дроби", "date": f"{day}T08:30:00", "number": 1,
             "subject": {"id_str": SUBJECT, "name": "Математика"}, "group_str": group, "works": works(day)}
            for day in DAYS]
    return {"request": f"GET /v2/edu-groups/{group}/lessons/2025-10-10/2025-10-20", "pulled_at": pulled_at,
            "school_id": "sch-1", "body": body}


def mark_on(day: str, pulled_at: str = "2025-10-18T19:02:00+12:00", group: str = B8) -> dict:
    """The group's marks of ``day`` (§3.1): one of the pupil's on that day's lesson."""
    lesson = lesson_id(day, group)
    return {"request": f"GET /v2/edu-groups/{group}/marks/{day}/{day}", "pulled_at": pulled_at, "school_id": "sch-1",
            "body": [{"id_str": str(int(lesson) + 900), "type": "mark5", "value": "4", "person_str": PUPIL,
                      "work_str": str(int(lesson) + 400), "lesson_str": lesson,
                      "date": f"{day}T09:10:00"}]}


def entry_on(day: str, pulled_at: str = "2025-10-18T19:03:00+12:00") -> dict:
    """The class's log entries of ``day`` (§3.5): the pupil late to that day's lesson."""
    return {"request": f"GET /v2/lesson-log-entries/group/{B8}?from={day}&to={day}", "pulled_at": pulled_at,
            "school_id": "sch-1", "body": [{"person_str": PUPIL, "lesson_str": lesson_id(day), "status": "Late",
                                            "comment": ""}]}


WEEK = lessons("2025-10-18T19:01:00+12:00")


def every_order(first: tuple[dict, ...], rest: list[dict]) -> dict[tuple[int, ...], list]:
    """The stays (sorted by group) after ``first`` then ``rest`` in each arrival order, by order."""
    return {order: sorted(stays_of(*first, *(rest[i] for i in order)).items())
            for order in permutations(range(len(rest)))}


@pytest.mark.parametrize("evidence, last_day", [
    (mark_on("2025-10-14"), "2025-10-14"),
    (entry_on("2025-10-13"), "2025-10-13"),
    (lessons("2025-10-18T19:04:00+12:00", tasks_on=("2025-10-13", "2025-10-15")), "2025-10-15"),
])
def test_a_mark_entry_or_task_after_the_last_active_list_keeps_him_in_the_class_to_that_day(evidence, last_day):
    found = every_order((WEEK,), [ACTIVE, ARCHIVE, evidence])
    assert all(stays == [(B8, [("2025-09-01", last_day)])] for stays in found.values()), found


def test_the_end_is_restated_as_of_the_archive_answers_pull_when_the_evidence_comes_after_it():
    events = translate_in_order(WEEK, ACTIVE, ARCHIVE, mark_on("2025-10-14"))
    assert events[2] == [("student.withdrawn", B8, "2025-10-12")]
    assert events[3] == [("student.withdrawn", B8, "2025-10-15")]
    assert translate_in_order(WEEK, ACTIVE, mark_on("2025-10-14"), ARCHIVE)[3] == [
        ("student.withdrawn", B8, "2025-10-15")]


def test_without_evidence_after_the_last_active_list_the_end_is_as_before():
    assert stays_of(WEEK, ACTIVE, ARCHIVE) == {B8: [("2025-09-01", "2025-10-11")]}
    for order in permutations([ACTIVE, ARCHIVE, mark_on("2025-10-10")]):  # before the last Active list
        assert stays_of(WEEK, *order) == {B8: [("2025-09-01", "2025-10-11")]}, order
    assert stays_of(ACTIVE, ARCHIVE, mark_on("2025-10-14")) == {B8: [("2025-09-01", "2025-10-11")]}  # lesson unknown


def test_evidence_after_the_archive_pulls_day_reopens_nothing():
    for order in permutations([ACTIVE, ARCHIVE, mark_on("2025-10-20", "2025-10-24T19:00:00+12:00")]):
        assert stays_of(WEEK, *order) == {B8: [("2025-09-01", "2025-10-11")]}, order


@pytest.mark.parametrize("evidence", [
    mark_on("2025-10-18"),
    entry_on("2025-10-18"),
    lessons("2025-10-18T19:04:00+12:00", tasks_on=("2025-10-18",)),
])
def test_evidence_on_the_archive_lists_own_day_keeps_that_day_his(evidence):
    """Found by dnevnik_ru_79 (lesson-031, attendance-002): the ``Archive`` list is the group's members at its pull
    (§3.8, no dates), so it does not take back the lessons held earlier that day; a mark (§3.1), log entry (§3.5) or
    task (§3.6) naming him on one of them says that day was his, as a list's own day is a joiner's
    (``member_lists.py``). The stay ends the day after the list's day, whatever the arrival order."""
    found = every_order((WEEK,), [ACTIVE, ARCHIVE, evidence])
    assert all(stays == [(B8, [("2025-09-01", "2025-10-18")])] for stays in found.values()), found


def test_the_archive_lists_day_kept_by_evidence_delivered_before_the_last_active_list():
    """The corpus's arrival order: the ``Archive`` list and the day's log on time, the last ``Active`` list late."""
    assert stays_of(WEEK, ARCHIVE, entry_on("2025-10-18"), ACTIVE) == {B8: [("2025-09-01", "2025-10-18")]}


def test_a_transfer_to_another_class_is_dated_as_before():
    plain = {B8: [("2025-09-01", "2025-10-11")], A8: [("2025-10-12", "2025-12-31")]}
    assert stays_of(WEEK, ACTIVE, TRANSFER) == plain
    found = every_order((WEEK,), [ACTIVE, TRANSFER, mark_on("2025-10-14")])
    expected = sorted({B8: [("2025-09-01", "2025-10-14")], A8: [("2025-10-12", "2025-12-31")]}.items())
    assert all(stays == expected for stays in found.values()), found


def test_a_switch_of_subgroups_starts_the_new_one_when_the_old_one_ended_in_either_order():
    before = answer("2025-10-11T19:00:00+12:00", (KLASS, "Active"), (sub(G1, "Англ1"), "Active"))
    switch = answer("2025-10-18T19:00:00+12:00", (sub(G1, "Англ1"), "Archive"), (sub(G2, "Англ2"), "Active"))
    expected = sorted({A8: [("2025-09-01", "2025-12-31")], G1: [("2025-09-01", "2025-10-14")],
                       G2: [("2025-10-15", "2025-12-31")]}.items())
    found = every_order((lessons("2025-10-18T19:01:00+12:00", group=G1),),
                        [before, switch, mark_on("2025-10-14", group=G1)])
    assert all(stays == expected for stays in found.values()), found

"""A pupil who changes subgroup: a later member list that does not name him ends his stay, and his own schedule
dates both ends (found by dnevnik_ru_81: no-lesson-001..005, -007). Максим moved from English group 1 to group 2 on
Thursday; every group-1 list pulled after lacked him and every group-2 list named him, yet the hub showed him both
groups' lessons on every day of the fortnight: only ``membershipstatus: Archive`` ended a stay, and group 2 began
the day after the last list without him, though his own schedule pulled on Thursday listed group 1's lessons on
Monday and Wednesday and group 2's from Thursday.

§3.8: a group's member list (``edu-groups/{g}/persons`` without ``includeArchive``, ``POST edu-groups``) is its
members when pulled, so a list that lacks a pupil the hub holds there says he has left, as an ``Archive`` membership
does (``memberships.withdraw``: from the day after the last day he was seen there). §0: his own schedule is his
whole list of lessons of each day it covers, so it sees him in a subgroup up to the last day it lists one of its
lessons, and, after a list without him, not before the first such day (``shown_days.py``)."""

from __future__ import annotations

from itertools import permutations

from tests.unit.test_dnevnik_ru_memberships import A8, PUPIL, group, person, stays_of, translate_in_order
from tests.unit.test_dnevnik_ru_named_days import lesson_id, lessons, mark_on

G1, G2 = "2260325488551770031", "2260325488551770032"  # lessons ...1MMDD and ...2MMDD (``lesson_id``)
MATE, MATE1 = "1000012400005", "1000012400006"  # a classmate in group 2, one in group 1
SUBJECT = "2260325488551770301"


def sub(vid: str, name: str) -> dict:
    return {**group(vid, name), "type": "Subgroup", "parentIds_str": [A8]}


GROUPS = {"request": "GET /v2/schools/1000000000001/edu-groups", "pulled_at": "2025-09-01T08:00:00+12:00",
          "school_id": "sch-1", "body": [group(A8, "8А"), sub(G1, "Англ1"), sub(G2, "Англ2")]}


def members(vid: str, pulled_at: str | None, *people: str, archive: str | None = None) -> dict:
    """``edu-groups/{vid}/persons``: the pupils ``people`` (PUPIL and his classmates)."""
    query = f"?includeArchive={archive}" if archive else ""
    record = {"request": f"GET /v2/edu-groups/{vid}/persons{query}", "pulled_at": pulled_at, "school_id": "sch-1",
              "body": [person() if pid == PUPIL else {**person(), "id_str": pid, "firstName": "Ира"}
                       for pid in people]}
    return record if pulled_at else {k: v for k, v in record.items() if k != "pulled_at"}


def schedule(pulled_at: str, start: str, end: str, days: dict[str, str]) -> dict:
    """The pupil's own ``schedules`` from ``start`` to ``end``: each day's one lesson, of the group ``days`` names."""
    def day(on: str, vid: str) -> dict:
        lesson = {"id_str": lesson_id(on, vid), "title": "", "date": f"{on}T08:30:00", "number": 1,
                  "subjectId": int(SUBJECT), "status": "Planned", "works": [], "teachers": []}
        return {"date": f"{on}T00:00:00", "lessons": [lesson], "marks": [], "works": [], "homeworks": [],
                "subjects": [], "workTypes": [], "lessonLogEntries": [], "teachers": []}

    return {"request": f"GET /v2/persons/{PUPIL}/groups/{A8}/schedules?startDate={start}&endDate={end}",
            "pulled_at": pulled_at, "school_id": "sch-1",
            "body": {"days": [day(on, vid) for on, vid in sorted(days.items())]}}


# Lessons of both groups every day of ``test_dnevnik_ru_named_days.DAYS`` (10-10, 10-13..10-18, 10-20).
RANGES = (lessons("2025-10-10T07:00:00+12:00", group=G1), lessons("2025-10-10T07:00:01+12:00", group=G2))
SUNDAY = (members(A8, "2025-10-12T19:00:00+12:00", PUPIL, MATE, MATE1),
          members(G1, "2025-10-12T19:00:10+12:00", PUPIL, MATE1), members(G2, "2025-10-12T19:00:20+12:00", MATE))
FRIDAY_G1 = members(G1, "2025-10-17T19:10:10+12:00", MATE1)  # it lacks him
FRIDAY_G2 = members(G2, "2025-10-17T19:10:20+12:00", PUPIL, MATE)
# Pulled on Thursday 10-16 (he moved that morning): group 1 on Mon-Wed, group 2 from Thursday on.
THURSDAY = schedule("2025-10-16T19:20:00+12:00", "2025-10-13", "2025-10-18",
                    {"2025-10-13": G1, "2025-10-14": G1, "2025-10-15": G1, "2025-10-16": G2, "2025-10-17": G2,
                     "2025-10-18": G2})
SWITCHED = {G1: [("2025-09-01", "2025-10-15")], G2: [("2025-10-16", "2025-12-31")]}


def his(*records: dict) -> dict[str, list[tuple[str, str]]]:
    """The pupil's stays per group (his classmates' left out) after ``records`` in that order."""
    return stays_of(*records, student=PUPIL)


def test_a_later_member_list_without_him_ends_his_stay_the_day_after_the_last_one_with_him():
    stays = his(GROUPS, *SUNDAY, FRIDAY_G1)
    assert stays[G1] == [("2025-09-01", "2025-10-12")]
    assert stays[A8] == [("2025-09-01", "2025-12-31")]


def test_a_mark_of_his_after_the_last_list_with_him_keeps_him_in_the_group_to_that_day():
    """Read before the lists, between them or after them (``named_days.py``)."""
    mark = mark_on("2025-10-14", "2025-10-14T19:00:00+12:00", group=G1)
    for order in ([mark, SUNDAY[1], FRIDAY_G1], [SUNDAY[1], mark, FRIDAY_G1], [SUNDAY[1], FRIDAY_G1, mark]):
        assert his(GROUPS, *RANGES, *order)[G1] == [("2025-09-01", "2025-10-14")], order


def test_a_list_with_archived_members_or_without_pulled_at_ends_nothing():
    for later in (members(G1, "2025-10-17T19:10:10+12:00", MATE1, archive="true"), members(G1, None, MATE1)):
        assert his(GROUPS, *SUNDAY, later)[G1] == [("2025-09-01", "2025-12-31")], later["request"]


def test_a_list_without_a_pupil_the_hub_never_placed_there_withdraws_nobody():
    events = translate_in_order(GROUPS, *SUNDAY, members(G2, "2025-10-17T19:10:20+12:00", MATE))
    assert events[-1] == [("student.enrolled", G2, "2025-09-01")]  # the classmate, as before: nothing of his


def test_post_edu_groups_leaving_him_out_of_one_subgroup_and_naming_him_in_its_sibling_is_a_switch():
    """As a switch with ``Archive`` in group 1 (``_switched_on``): group 2 starts the day group 1 ended."""
    def post(pulled_at: str, *groups: tuple[dict, bool]) -> dict:
        return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
                "body": [{"group": g, "students": [{"person": person(), "membershipstatus": "Active"}] if named else []}
                         for g, named in groups]}

    first = post("2025-10-12T19:00:00+12:00", (group(A8, "8А"), True), (sub(G1, "Англ1"), True),
                 (sub(G2, "Англ2"), False))
    for moved in (post("2025-10-17T19:10:00+12:00", (sub(G2, "Англ2"), True), (sub(G1, "Англ1"), False)),
                  post("2025-10-17T19:10:00+12:00", (sub(G1, "Англ1"), False), (sub(G2, "Англ2"), True))):
        events = translate_in_order(first, moved)
        assert sorted(events[1]) == [("student.enrolled", G2, "2025-10-13"), ("student.withdrawn", G1, "2025-10-13")]


def test_his_own_schedule_dates_the_switch_between_the_lists_in_every_arrival_order():
    """The Thursday schedule lists group 1's lessons up to Wednesday and group 2's from Thursday: group 1 was last
    seen on Wednesday, and group 2, which Sunday's list lacked him in, began on Thursday."""
    for order in permutations([THURSDAY, FRIDAY_G1, FRIDAY_G2]):
        assert his(GROUPS, *RANGES, *SUNDAY, *order) == {**SWITCHED, A8: [("2025-09-01", "2025-12-31")]}, order


def test_a_list_pulled_between_delivered_last_reads_as_in_pull_order():
    """Wednesday's lists (group 1 with him, group 2 without) delivered after Friday's and his schedule."""
    wednesday = (members(G1, "2025-10-15T19:10:10+12:00", PUPIL, MATE1),
                 members(G2, "2025-10-15T19:10:20+12:00", MATE))
    for late in permutations(wednesday):
        assert his(GROUPS, *RANGES, *SUNDAY, THURSDAY, FRIDAY_G1, FRIDAY_G2, *late) == {
            **SWITCHED, A8: [("2025-09-01", "2025-12-31")]}, late


def test_a_schedule_pulled_before_the_week_sees_him_on_its_pull_day():
    """A schedule pulled on Sunday lists group 1's planned lessons of the week: it sees him there on Sunday (the
    lessons after its pull are his as planned), not on the last day it lists."""
    sunday_week = schedule("2025-10-12T20:30:00+12:00", "2025-10-13", "2025-10-18",
                           {day: G1 for day in ("2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16")})
    assert his(GROUPS, *RANGES, *SUNDAY, sunday_week, FRIDAY_G1)[G1] == [("2025-09-01", "2025-10-12")]

"""Whom a group's final-marks answer speaks for (``adapters/dnevnik_ru/final_parts.py``; reference §3.13: an entry per
pupil, group and period; §3.8: a membership has a status and no dates), found by dnevnik_ru_82 (final-mark-027..052):
Максим, last seen ``Active`` by an answer pulled at 19:51, is no longer listed by the group's final marks pulled at
20:03 and is ``Archive`` in the roster pulled at 20:10, all on one day. The answer of 20:03 says nothing of the marks
he earned in the group: he had left by its pull (the hub dated his stay to that day only because an answer saw him
earlier that day). Read after the roster, it does not speak for him; read before it (as the school's job pulled them),
it spoke for a member and deleted his marks, so the roster that ends his membership reads that omission again: his
marks stand again as the hub held them, as of 20:03 (a ``Restatement`` of the marks themselves,
``hub.ingest.restatements``). An omission pulled while he was still a member stays a deletion."""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Translation
from adapters.registry import all_adapters
from tests.dnevnik_world import World, env
from tests.translating import translate_in_order

A = all_adapters()["dnevnik_ru"]
W = World(82)
ROSTER, FIRST = "2025-10-19T07:00:00+05:00", "2025-10-20T07:00:00+05:00"
SEEN, OMITS, GONE = "2025-10-21T19:51:00+05:00", "2025-10-21T20:03:00+05:00", "2025-10-21T20:10:00+05:00"
LATER, NEXT = "2025-10-21T21:00:00+05:00", "2025-10-23T20:00:00+05:00"


def pulled(record: dict[str, Any], at: str) -> dict[str, Any]:
    return {**record, "pulled_at": at, "school_id": "sch-1"}


def twin_final() -> dict[str, Any]:
    return {**W.final_obj(), "id": W.i(562), "id_str": str(W.i(562)), "person": W.twin, "person_str": str(W.twin)}


def finals(at: str, *entries: tuple[int, dict[str, Any]]) -> dict[str, Any]:
    return pulled(env(f"GET /v2/edu-groups/{W.group}/final-marks", [{
        "person": person, "group": W.group, "reportingPeriod": W.period,
        "per-subject-final-marks": [{"subject": W.subject, "final-mark": mark}]} for person, mark in entries]), at)


def both(at: str) -> dict[str, Any]:
    return finals(at, (W.pupil, W.final_obj()), (W.twin, twin_final()))


def pupil_only(at: str) -> dict[str, Any]:
    return finals(at, (W.pupil, W.final_obj()))


def roster(at: str, twin: str) -> dict[str, Any]:
    return pulled(env("POST /v2/edu-groups", [{"group": W.edu_group(), "students": [
        {"person": W.pupil, "membershipstatus": "Active"}, {"person": W.twin, "membershipstatus": twin}]}],
        [W.group]), at)


def read(*records: dict[str, Any]) -> list[Translation]:
    setup = [pulled(record, ROSTER) for record in W.roster()]
    return translate_in_order(A, setup + list(records), now=dt.datetime(2031, 1, 1, tzinfo=dt.UTC),
                              timezone="Asia/Yekaterinburg")[len(setup):]


def twins_part(translation: Translation) -> list[str]:
    return [part for part in translation.snapshot_parts if part.endswith(f"|person={W.twin}")]


def reinstated(translation: Translation) -> list[tuple[tuple[str, ...], dt.datetime | None]]:
    return [(what.aggregates, what.as_of) for what in translation.restated]


TWINS_FINAL = f"final_grade:dnevnik:sch-1:mark:{W.i(562)}"


def test_an_answer_pulled_after_the_last_answer_that_saw_him_active_on_the_day_he_left_does_not_speak_for_him():
    *_, late = read(both(FIRST), roster(SEEN, "Active"), roster(GONE, "Archive"), pupil_only(OMITS))
    assert twins_part(late) == []  # he had left by 20:03: his stay runs to that day only because of 19:51
    assert late.snapshot_parts  # the pupil it lists: hers


def test_an_answer_pulled_before_the_last_answer_that_saw_him_active_still_speaks_for_him():
    *_, late = read(both(FIRST), roster(SEEN, "Active"), roster(GONE, "Archive"),
                    pupil_only("2025-10-21T19:00:00+05:00"))
    assert twins_part(late) == [f"edu-groups/{{group}}/final-marks|group={W.group}|person={W.twin}"]


def test_an_omission_read_before_the_roster_that_shows_him_gone_is_read_again_by_that_roster():
    _, _, omits, gone, after = read(both(FIRST), roster(SEEN, "Active"), pupil_only(OMITS), roster(GONE, "Archive"),
                                    pupil_only(NEXT))
    assert twins_part(omits)  # a member as far as the hub knew at 20:03: the omission deleted his mark
    assert reinstated(gone) == [((TWINS_FINAL,), dt.datetime.fromisoformat(OMITS))]  # his leaving, not a deletion
    assert twins_part(after) == [] and reinstated(after) == []  # read once


def test_an_omission_while_he_was_still_a_member_stays_a_deletion():
    *_, gone, after = read(both(FIRST), pupil_only(OMITS), roster(LATER, "Active"),
                           roster("2025-10-22T20:10:00+05:00", "Archive"), pupil_only(NEXT))
    assert reinstated(gone) == [] and reinstated(after) == []  # seen active at 21:00, after the omission
    assert twins_part(after) == []


def test_the_first_omission_since_his_last_listing_is_the_one_read_again_and_a_listing_clears_it():
    *_, gone = read(both(FIRST), roster(SEEN, "Active"), pupil_only(OMITS), pupil_only("2025-10-21T20:06:00+05:00"),
                    roster(GONE, "Archive"))
    assert reinstated(gone) == [((TWINS_FINAL,), dt.datetime.fromisoformat(OMITS))]  # the one that deleted it
    *_, listed, gone = read(both(FIRST), roster(SEEN, "Active"), pupil_only(OMITS),
                            both("2025-10-21T20:05:00+05:00"), roster(GONE, "Archive"))
    assert twins_part(listed) and reinstated(gone) == []  # listed again after the omission: nothing to read again


def test_a_roster_that_ends_no_membership_that_day_reads_nothing():
    *_, again = read(both(FIRST), roster(SEEN, "Active"), pupil_only(OMITS), roster(GONE, "Archive"),
                     roster(NEXT, "Archive"))
    assert reinstated(again) == []

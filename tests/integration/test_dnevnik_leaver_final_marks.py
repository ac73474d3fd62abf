"""A Dnevnik.ru group's final-marks answer (§3.13) speaks for the pupils it lists and for the group's members as of
its pull (as the hub holds the memberships, §3.8), found by dnevnik_ru_39: a pupil who had left the group before a
later answer was pulled, and whom that answer no longer lists, keeps the period marks she earned there (nothing in
§3.8 or §3.13 makes the group's list delete them); a pupil still a member whom it no longer lists loses his, as
before. Found by dnevnik_ru_82 (final-mark-027..052): a group's answer pulled on the day he left, after the last answer
that saw him active and before the roster that shows him ``Archive``, read before that roster, deleted his marks; that
roster makes them stand again as of that pull, unless a later pull deleted them (``hub.ingest.restatements``: the
marks themselves restated). On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import World, env
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send

SEEN, OMITS, GONE, OWN = ("2025-10-21T19:51:00+05:00", "2025-10-21T20:03:00+05:00", "2025-10-21T20:10:00+05:00",
                          "2025-10-21T20:05:00+05:00")
ROSTER, FIRST, LEFT, LATER, LAST = ("2025-10-19T07:00:00+05:00", "2025-10-20T07:00:00+05:00",
                                    "2025-10-21T07:00:00+05:00", "2025-10-22T20:00:00+05:00",
                                    "2025-10-23T20:00:00+05:00")


def twin_final(w: World) -> dict[str, Any]:
    return {**w.final_obj(), "id": w.i(562), "id_str": str(w.i(562)), "person": w.twin, "person_str": str(w.twin)}


def finals(w: World, *entries: tuple[int, dict[str, Any]]) -> dict[str, Any]:
    return env(f"GET /v2/edu-groups/{w.group}/final-marks", [{
        "person": person, "group": w.group, "reportingPeriod": w.period,
        "per-subject-final-marks": [{"subject": w.subject, "final-mark": mark}]} for person, mark in entries])


def twin_left(w: World) -> dict[str, Any]:
    return env("POST /v2/edu-groups", [{"group": w.edu_group(), "students": [
        {"person": w.pupil, "membershipstatus": "Active"}, {"person": w.twin, "membershipstatus": "Archive"}]}],
        [w.group])


def twin_roster(w: World, status: str) -> dict[str, Any]:
    return env("POST /v2/edu-groups", [{"group": w.edu_group(), "students": [
        {"person": w.pupil, "membershipstatus": "Active"}, {"person": w.twin, "membershipstatus": status}]}],
        [w.group])


def twins_own(w: World, *marks: dict[str, Any]) -> dict[str, Any]:
    return env(f"GET /v2/persons/{w.twin}/edu-groups/{w.group}/final-marks", [{
        "person": w.twin, "group": w.group, "reportingPeriod": w.period,
        "per-subject-final-marks": [{"subject": w.subject, "final-mark": mark} for mark in marks]}])


async def retracted(running) -> list[str]:
    return [data["final_grade_id"].rsplit(":", 1)[1] for kind, data in await latest(running, "final_grade.")
            if kind == "final_grade.retracted"]


async def test_a_group_answer_that_no_longer_lists_a_pupil_who_left_keeps_her_marks(running):
    w = World(39)
    await send(running, *(pulled(record, ROSTER) for record in w.roster()))
    both = finals(w, (w.pupil, w.final_obj()), (w.twin, twin_final(w)))
    assert await send(running, pulled(both, FIRST)) == ["accepted"]
    assert await send(running, pulled(twin_left(w), LEFT)) == ["accepted"]
    assert await send(running, pulled(finals(w, (w.pupil, w.final_obj())), LATER)) in (["accepted"], ["duplicate"])
    assert await retracted(running) == []  # she had left: the group's list no longer speaks for her
    assert await send(running, pulled(env(f"GET /v2/edu-groups/{w.group}/final-marks", []), LAST)) == ["accepted"]
    assert await retracted(running) == [str(w.final)]  # a member it no longer lists: deleted, as before


async def test_an_answer_listing_the_pupil_who_left_still_changes_her_marks(running):
    w = World(40)
    await send(running, *(pulled(record, ROSTER) for record in w.roster()))
    both = finals(w, (w.pupil, w.final_obj()), (w.twin, twin_final(w)))
    assert await send(running, pulled(both, FIRST)) == ["accepted"]
    assert await send(running, pulled(twin_left(w), LEFT)) == ["accepted"]
    listed_empty = env(f"GET /v2/edu-groups/{w.group}/final-marks", [
        {"person": w.twin, "group": w.group, "reportingPeriod": w.period, "per-subject-final-marks": []},
        {"person": w.pupil, "group": w.group, "reportingPeriod": w.period,
         "per-subject-final-marks": [{"subject": w.subject, "final-mark": w.final_obj()}]}])
    assert await send(running, pulled(listed_empty, LATER)) == ["accepted"]
    assert await retracted(running) == [str(w.i(562))]  # listed without marks: hers are deleted


async def final_events(running, final: int) -> list[str]:
    return [kind for kind, data in await latest(running, "final_grade.")
            if data["final_grade_id"].endswith(f":{final}")]


async def test_an_answer_that_omitted_a_pupil_before_the_roster_showed_him_gone_no_longer_deletes_his_marks(running):
    w = World(41)
    await send(running, *(pulled(record, ROSTER) for record in w.roster()))
    both = finals(w, (w.pupil, w.final_obj()), (w.twin, twin_final(w)))
    assert await send(running, pulled(both, FIRST)) == ["accepted"]
    assert await send(running, pulled(twin_roster(w, "Active"), SEEN)) in (["accepted"], ["duplicate"])
    assert await send(running, pulled(finals(w, (w.pupil, w.final_obj())), OMITS)) == ["accepted"]
    assert await retracted(running) == [str(w.i(562))]  # a member as far as the hub knew at 20:03
    assert await send(running, pulled(twin_roster(w, "Archive"), GONE)) == ["accepted"]
    assert await final_events(running, w.i(562)) == ["final_grade.recorded", "final_grade.retracted",
                                                      "final_grade.recorded"]  # he had left: his mark stands again
    assert await final_events(running, w.final) == ["final_grade.recorded"]
    assert await send(running, pulled(finals(w, (w.pupil, w.final_obj())), LATER)) in (["accepted"], ["duplicate"])
    assert await send(running, pulled(twin_roster(w, "Archive"), LAST)) in (["accepted"], ["duplicate"])
    assert await final_events(running, w.i(562)) == ["final_grade.recorded", "final_grade.retracted",
                                                      "final_grade.recorded"]  # read again once, kept since


async def test_a_mark_of_the_pupil_who_left_that_a_later_pull_deleted_stays_deleted(running):
    w = World(42)
    await send(running, *(pulled(record, ROSTER) for record in w.roster()))
    both = finals(w, (w.pupil, w.final_obj()), (w.twin, twin_final(w)))
    assert await send(running, pulled(both, FIRST), pulled(twins_own(w, twin_final(w)), FIRST)) == ["accepted",
                                                                                                   "duplicate"]
    assert await send(running, pulled(twin_roster(w, "Active"), SEEN)) in (["accepted"], ["duplicate"])
    assert await send(running, pulled(finals(w, (w.pupil, w.final_obj())), OMITS)) == ["accepted"]
    assert await send(running, pulled(twins_own(w), OWN)) in (["accepted"], ["duplicate"])  # deleted at 20:05
    assert await send(running, pulled(twin_roster(w, "Archive"), GONE)) == ["accepted"]
    assert await send(running, pulled(finals(w, (w.pupil, w.final_obj())), LATER)) in (["accepted"], ["duplicate"])
    assert await final_events(running, w.i(562)) == ["final_grade.recorded", "final_grade.retracted"]

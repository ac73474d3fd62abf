"""A Dnevnik.ru ``edu-groups/{g}/reporting-period-group`` answer (reference §3.12: ``{id, reportingPeriods,
holidays}``) is the group's whole list of holidays as of its pull (``adapters/dnevnik_ru/periods.py``): a holiday
an earlier answer of the same group listed and a later one lacks is withdrawn (``holiday.withdrawn``), in the
pupil's diary and in the class schedule, whatever the arrival order; ``holidays: []`` withdraws them all, an answer
without the key says nothing. Embedded stack, pushed over HTTP; the world is ``tests/dnevnik_world.py``'s (7Б,
its English subgroup, Анна in both). Found by review: the school re-dated its autumn holiday and the hub kept
showing the old one forever."""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.dnevnik_world import World, env
from tests.e2e.vendor_helpers import running_hub

SCHOOL = "sch-dn-holidays"
W = World()
EARLY, LATE, LATER = "2025-10-01T09:00:00+05:00", "2025-10-20T09:00:00+05:00", "2025-10-22T09:00:00+05:00"
OLD_DAY, NEW_DAY = "2025-10-27", "2025-11-05"  # in the first dates only; in the re-dated ones only
AUTUMN = "Осенние каникулы"


def holiday(vid: int, start: str, finish: str, name: str = AUTUMN) -> dict[str, Any]:
    return {"id": vid, "reportingPeriodGroupId": 55, "dateStart": f"{start}T00:00:00",
            "dateFinish": f"{finish}T00:00:00", "name": name, "description": ""}


FIRST = holiday(W.i(801), "2025-10-27", "2025-11-04")
REDATED_SAME_ID = holiday(W.i(801), "2025-11-03", "2025-11-09")
REDATED_NEW_ID = holiday(W.i(802), "2025-11-03", "2025-11-09")


def period_group(pulled_at: str, *holidays: dict[str, Any], group: int = W.group, key: bool = True) -> dict:
    body: dict[str, Any] = {"id": 55, "reportingPeriods": []}
    if key:
        body["holidays"] = list(holidays)
    return {**env(f"GET /v2/edu-groups/{group}/reporting-period-group", body), "pulled_at": pulled_at}


async def shown(tmp_path, *records: dict[str, Any]) -> dict[str, tuple[list[str], list[str]]]:
    """Push the roster and the records one by one over HTTP; per day (the old and the new holiday's), the holidays
    in Анна's diary and in 7Б's schedule, as the head teacher reads them."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("dnevnik_ru", SCHOOL)
        for record in [*W.roster(), *records]:
            body = await hub.push("dnevnik_ru", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        found = {}
        for day, week in ((OLD_DAY, "2025-W44"), (NEW_DAY, "2025-W45")):
            diary = await hub.diary(f"dnevnik:{SCHOOL}:person:{W.pupil}", head, day, day)
            answer = await hub.http.get(f"/v1/classes/dnevnik:{SCHOOL}:class:{W.group}/schedule",
                                        params={"week": week}, headers=head)
            assert answer.status_code == 200, answer.text
            pupil = [h["name"] for d in diary["days"] if str(d["date"]) <= day <= str(d.get("to") or d["date"])
                     for h in d["holidays"]]
            klass = [h["name"] for d in answer.json()["days"] if str(d["date"]) == day for h in d["holidays"]]
            found[day] = (pupil, klass)
    return found


NONE, BOTH = ([], []), ([AUTUMN], [AUTUMN])


async def test_a_holiday_re_dated_under_another_id_leaves_its_old_days(tmp_path):
    found = await shown(tmp_path, period_group(EARLY, FIRST), period_group(LATE, REDATED_NEW_ID))
    assert found == {OLD_DAY: NONE, NEW_DAY: BOTH}, found


async def test_a_holiday_re_dated_under_the_same_id_leaves_its_old_days(tmp_path):
    found = await shown(tmp_path, period_group(EARLY, FIRST), period_group(LATE, REDATED_SAME_ID))
    assert found == {OLD_DAY: NONE, NEW_DAY: BOTH}, found


async def test_an_empty_holidays_list_withdraws_every_holiday_of_the_group(tmp_path):
    found = await shown(tmp_path, period_group(EARLY, FIRST), period_group(LATE))
    assert found == {OLD_DAY: NONE, NEW_DAY: NONE}, found


async def test_an_answer_without_the_holidays_key_says_nothing_of_them(tmp_path):
    found = await shown(tmp_path, period_group(EARLY, FIRST), period_group(LATE, key=False))
    assert found == {OLD_DAY: BOTH, NEW_DAY: NONE}, found


async def test_an_older_answer_delivered_after_a_newer_one_brings_back_nothing(tmp_path):
    found = await shown(tmp_path, period_group(LATE, REDATED_NEW_ID), period_group(EARLY, FIRST))
    assert found == {OLD_DAY: NONE, NEW_DAY: BOTH}, found


async def test_an_older_answer_delivered_after_the_withdrawal_brings_back_nothing(tmp_path):
    found = await shown(tmp_path, period_group(EARLY, FIRST), period_group(LATER), period_group(LATE, FIRST))
    assert found == {OLD_DAY: NONE, NEW_DAY: NONE}, found


async def test_an_older_answer_delivered_late_withdraws_nothing(tmp_path):
    found = await shown(tmp_path, period_group(LATE, FIRST), period_group(EARLY))
    assert found == {OLD_DAY: BOTH, NEW_DAY: NONE}, found


async def test_another_groups_answer_without_the_holiday_keeps_it(tmp_path):
    found = await shown(tmp_path, period_group(EARLY, FIRST), period_group(LATE, group=W.subgroup))
    assert found == {OLD_DAY: BOTH, NEW_DAY: NONE}, found

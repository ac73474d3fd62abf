"""Vendors whose revisions the hub numbers: the latest pull wins, whatever the arrival order (README, "Vendor
formats: revisions, reference data, quarantine"). Found by the dnevnik_ru_4 and elzhur_4 journeys: a retried or
backfilled answer (an earlier ``pulled_at``) delivered after a newer one overwrote its content and, being complete,
deleted what was added after it was pulled.

* an older answer after a newer one changes nothing: the newer content stays, the older record is ``duplicate``
  and the log holds nothing more (over HTTP with Elzhur, and in one batch);
* an older complete answer deletes nothing, and does not bring back what a newer one deleted;
* without ``pulled_at`` the later arrival wins, as before;

on both stacks (the toy vendor through the ingest service: the ledger's deduplication too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from adapters.base import Adapter, Translation, TranslationContext
from hub.auth.readers import Role
from hub.events.envelope import decode
from tests.e2e.vendor_helpers import running_hub
from tests.integration import test_vendor_batch_repeats as toy
from tests.integration.test_elzhur_shapes import SCHOOL, item
from tests.integration.test_vendor_batch_order import diary_with, push_elzhur, shown_marks

EARLY, LATE = "2025-10-18T09:00:00+03:00", "2025-10-18T10:00:00+03:00"


def empty_diary(pulled_at: str | None) -> dict:
    """The same getdiary scope as ``diary_with``, with the lesson and no mark."""
    record = diary_with({"value": "5", "comment": ""}, pulled_at or EARLY)
    days = record["body"]["response"]["result"]["students"]
    for student in days.values():
        student["days"]["20251013"]["items"]["1"] = item(True, assessments=[])
    if pulled_at is None:
        del record["pulled_at"]
    return record


def undated(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "pulled_at"}


async def push(tmp_path, batches: list[list[dict]]) -> tuple[list[list[str]], list[tuple], list[tuple]]:
    """Each batch in turn (after getrules): the statuses, the diary's marks, the grade events (type, revision)."""
    statuses, marks, grades = await push_elzhur(tmp_path, batches)
    return statuses, marks, [(kind, revision) for kind, revision, *_ in grades]


async def test_an_older_answer_delivered_later_changes_nothing(tmp_path):
    late = diary_with({"value": "4", "comment": "Исправлено"}, LATE)
    early = diary_with({"value": "5", "comment": ""}, EARLY)
    statuses, shown, log = await push(tmp_path / "two", [[late], [early]])
    assert statuses == [["accepted"], ["duplicate"]]
    assert shown == [("4", "Исправлено")]
    assert log == [("grade.recorded", 1)]
    statuses, shown, log2 = await push(tmp_path / "one", [[late, early]])
    assert statuses == [["accepted", "duplicate"]]
    assert (shown, log2) == ([("4", "Исправлено")], log)


async def test_an_older_complete_answer_deletes_nothing(tmp_path):
    late = diary_with({"value": "4", "comment": "Исправлено"}, LATE)
    statuses, shown, log = await push(tmp_path, [[empty_diary(EARLY)], [late], [empty_diary(EARLY)]])
    assert statuses == [["accepted"], ["accepted"], ["duplicate"]]
    assert shown == [("4", "Исправлено")]
    assert log == [("grade.recorded", 1)]


async def test_an_older_complete_answer_does_not_bring_what_a_newer_answer_of_its_scope_lacks(tmp_path):
    """Found by elzhur_6 (children-03): an older complete answer delivered late stated what the newer answer to the
    same scope lacked (a mark, a child), though the newer pull shows it was gone by then; its scope's newer snapshot
    supersedes it, so it is not appended."""
    early = diary_with({"value": "5", "comment": ""}, EARLY)
    statuses, shown, log = await push(tmp_path, [[empty_diary(LATE)], [early]])
    assert statuses == [["accepted"], ["duplicate"]]
    assert (shown, log) == ([], [])
    statuses, shown, log = await push(tmp_path / "one", [[empty_diary(LATE), early]])
    assert (statuses, shown, log) == ([["accepted", "duplicate"]], [], [])


async def test_without_pulled_at_the_later_arrival_wins(tmp_path):
    late = undated(diary_with({"value": "4", "comment": "Исправлено"}, LATE))
    early = undated(diary_with({"value": "5", "comment": ""}, EARLY))
    statuses, shown, log = await push(tmp_path, [[late], [early], [empty_diary(None)]])
    assert statuses == [["accepted"], ["accepted"], ["accepted"]]
    assert shown == []
    assert log == [("grade.recorded", 1), ("grade.amended", 2), ("grade.retracted", 3)]


# The toy vendor (tests/integration/test_vendor_batch_repeats.py) with a pull time: on both stacks ----------------

def _dated(record: Any, ctx: TranslationContext) -> Translation:
    translation = toy.translate(record, ctx)
    if record.get("pulled_at"):
        translation.as_of = dt.datetime.fromisoformat(record["pulled_at"])
    return translation


TOY = Adapter(toy.SETTINGS, _dated, ())


def answer(pulled_at: str | None, *marks: dict[str, Any]) -> dict[str, Any]:
    return {**toy.answer("full", "g", *marks), "pulled_at": pulled_at}


async def test_a_stale_answer_neither_overwrites_deletes_nor_brings_back(running):
    ingest, m1, m2 = running.hub.ingest.ingest, {"id": "m1", "value": "4"}, {"id": "m2", "value": "3"}
    at = "2026-09-07T1{}:00:00+03:00".format
    statuses = []
    for batch in ([answer(at(0), m1, m2)], [answer(at(2), {**m1, "value": "5"})],  # m1 amended, m2 deleted
                  [answer(at(1), m1, m2)],  # pulled in between: m1 was 4 and m2 was there then; changes nothing
                  [answer(at(1), m1)]):  # the same, complete: deletes nothing
        report = await ingest(toy.CLIENT, TOY, batch, False, toy.SCHOOL)
        statuses.append([r.status for r in report.results])
    assert statuses == [["accepted"], ["accepted"], ["duplicate"], ["duplicate"]]
    log = [(kind, revision, data["grade_id"][-2:], data.get("value")) for kind, revision, data
           in await toy.grades_in_log(running.hub)]
    assert log == [("grade.recorded", 1, "m1", "4"), ("grade.recorded", 1, "m2", "3"), ("grade.amended", 2, "m1", "5"),
                   ("grade.retracted", 2, "m2", None)]


async def test_the_toy_without_pulled_at_keeps_arrival_order(running):
    ingest, m1, m2 = running.hub.ingest.ingest, {"id": "m1", "value": "4"}, {"id": "m2", "value": "3"}
    await ingest(toy.CLIENT, TOY, [answer(None, m1, m2)], False, toy.SCHOOL)
    report = await ingest(toy.CLIENT, TOY, [answer(None, {**m1, "value": "5"}), answer(None, m1)], False, toy.SCHOOL)
    assert [r.status for r in report.results] == ["accepted", "accepted"]
    log = [(kind, revision, data["grade_id"][-2:]) for kind, revision, data in await toy.grades_in_log(running.hub)]
    assert log == [("grade.recorded", 1, "m1"), ("grade.recorded", 1, "m2"), ("grade.amended", 2, "m1"),
                   ("grade.retracted", 2, "m2"), ("grade.amended", 3, "m1")]


def getrules(class_name: str, pulled_at: str) -> dict:
    """A parent's getrules naming pupil 48003 in ``class_name``."""
    return {"request": "getrules", "pulled_at": pulled_at, "body": {"response": {"state": 200, "result": {
        "roles": ["parent"], "id": "62003", "name": "62003", "title": "Петрова Ольга Ивановна", "relations": {
            "students": {"48003": {"name": "48003", "title": "Петров Илья", "class": class_name}}, "groups": {}}}}}}


async def memberships(tmp_path, batches: list[list[dict]], adapter: str = "elzhur") -> dict[str, dict[str, Any]]:
    """Each batch in turn to a fresh hub: per enrolment and withdrawal aggregate, its latest data in the log."""
    async with running_hub(tmp_path) as hub:
        client = hub.client(adapter, SCHOOL)
        for batch in batches:
            await hub.push(adapter, SCHOOL, client, batch)
        latest: dict[str, dict[str, Any]] = {}
        for partition, high in (await hub.hub.log.high_watermarks()).items():
            for record in await hub.hub.log.read(partition, 0, high + 1):
                event = decode(record.value)
                if event.type in ("student.enrolled", "student.withdrawn"):
                    latest[f"{event.type}:{event.data['class_id']}"] = {
                        k: v for k, v in event.data.items() if k.endswith("_on")}
        return latest


async def test_a_class_pulled_earlier_but_delivered_later_ends_where_the_later_class_begins(tmp_path):
    """elzhur_4's fixer found it: getrules pulled 12-07 (8А) delivered after one pulled 12-14 (8Б) left the pupil
    in both classes for the whole year. It reads as in pull order: 8А until 12-07, 8Б from 12-08."""
    early, late = getrules("8А", "2025-12-07T18:00:10+03:00"), getrules("8Б", "2025-12-14T12:00:00+03:00")
    in_order = await memberships(tmp_path / "in-order", [[early], [late]])
    assert sorted(in_order.values(), key=str) == sorted(
        [{"enrolled_on": "2025-09-01"}, {"withdrawn_on": "2025-12-08"}, {"enrolled_on": "2025-12-08"}], key=str)
    assert await memberships(tmp_path / "late", [[late], [early]]) == in_order
    assert await memberships(tmp_path / "one-batch", [[late, early]]) == in_order


async def test_a_class_teacher_pulled_earlier_but_delivered_later_does_not_replace_the_newer_one(tmp_path):
    """Found by dnevnik_ru_6 (class-teacher-02): a class has one class teacher (Dnevnik.ru ``classteacher`` answers
    one person, §3.9), so the assignment is one fact per class, and the latest pull wins."""
    from tests.dnevnik_world import World, env as dn_env

    world = World()
    semenov = {**world.person("teacher"), "id": world.i(902), "id_str": str(world.i(902)), "lastName": "Семёнов",
               "firstName": "Игорь", "middleName": "Петрович", "shortName": "Игорь"}
    nuriev = {**world.person("teacher"), "id": world.i(903), "id_str": str(world.i(903)), "lastName": "Нуриев",
              "firstName": "Тимур", "middleName": "Ренатович", "shortName": "Тимур"}

    def classteacher(person: dict, pulled_at: str) -> dict:
        return {**dn_env(f"/v2/edu-groups/{world.group}/classteacher", person), "pulled_at": pulled_at}

    async with running_hub(tmp_path) as hub:
        school = "sch-dn-ct"
        client = hub.client("dnevnik_ru", school)
        await hub.push("dnevnik_ru", school, client, world.roster())
        for batch in ([classteacher(nuriev, "2025-11-21T08:00:00+07:00")],
                      [classteacher(semenov, "2025-11-10T08:00:00+07:00")]):  # pulled before, delivered after
            await hub.push("dnevnik_ru", school, client, batch)
        await hub.project()
        schedule = await hub.http.get(f"/v1/classes/dnevnik:{school}:class:{world.group}/schedule",
                                      params={"week": "2025-W47"}, headers=hub.reader("head", Role.HEAD_TEACHER, school))
        assert schedule.status_code == 200, schedule.text
        assert schedule.json()["class"]["class_teacher"]["name"].startswith("Нуриев"), schedule.json()["class"]


async def test_a_dnevnik_class_pulled_earlier_but_delivered_later_reads_as_in_pull_order(tmp_path):
    """The same on Dnevnik.ru (``POST edu-groups``): 8Б seen on 12-10, 8А on 01-13; delivered late, the 8Б answer
    re-dates 8А to 12-11 as of 8А's pull, so the hub does not take it for a stale change."""
    from tests.unit.test_dnevnik_ru_memberships import A8, B8, post_edu_groups

    early = post_edu_groups("2025-12-10T19:00:00+12:00", (B8, "8Б", "Active"))
    late = post_edu_groups("2026-01-13T19:00:00+12:00", (A8, "8А", "Active"))
    for record in (early, late):
        record.pop("school_id")
    in_order = await memberships(tmp_path / "in-order", [[early], [late]], "dnevnik_ru")
    assert await memberships(tmp_path / "late", [[late], [early]], "dnevnik_ru") == in_order
    assert sorted(v["enrolled_on"] for v in in_order.values()) == ["2025-09-01", "2025-12-11"]

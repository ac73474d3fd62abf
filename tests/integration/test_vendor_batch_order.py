"""Vendors whose revisions the hub numbers (Elzhur, Dnevnik.ru): the records of one batch apply in batch order,
exactly as if each had come in a batch of its own, in that order (README, "Vendor formats: revisions, reference
data, quarantine"). Found by the elzhur_3 journey (facts mark-21, mark-26, no-mark-05, no-mark-06): two answers of
one batch with other content for the same mark showed the first one's.

* a later answer of the batch with other content for a fact is its next revision, and the diary shows it (a
  getdiary then a getmarks; the same getdiary pulled twice; the reverse order of two answers pulled at the same
  time shows the other value: an answer pulled earlier changes nothing, ``test_vendor_pull_order.py``);
* the log holds the same events as when each record comes alone;
* an identical copy in the batch is still a ``duplicate`` with the first copy's positions;
* the same for a Dnevnik.ru mark sent twice in one batch;
* a complete answer that lacks a fact deletes it before a later answer of the batch states it again (it stays),
  and deletes it after an earlier one (it goes), with a toy vendor.
"""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from hub.events.envelope import decode
from hub.ingest.service import Client
from tests.dnevnik_world import World, env as dn_env
from tests.e2e.vendor_helpers import running_hub
from tests.integration import test_vendor_batch_repeats as toy
from tests.integration.test_elzhur_shapes import MARK, PUPIL, RULES, SCHOOL, env, item

STUDENT = f"elzhur:{SCHOOL}:student:{PUPIL}"


def diary_with(mark: dict[str, Any], pulled_at: str = "2025-10-18T07:00:00+03:00") -> dict:
    first = item(True, assessments=[{**MARK, **mark}])
    days = {"20251013": {"name": "20251013", "items": {"1": first}}}
    return {**env(f"getdiary?student={PUPIL}&days=20251013-20251019&rings=true",
                  {"students": {PUPIL: {"name": PUPIL, "title": "Громов Кирилл", "days": days}}}),
            "pulled_at": pulled_at}


def marks_with(mark: dict[str, Any]) -> dict:
    lessons = [{"name": "Алгебра", "average": "", "marks": [{**MARK, **mark,
                                                              "mtype": {"id": "7", "type": "Самостоятельная работа"}}]}]
    return {**env(f"getmarks?student={PUPIL}&days=20250901-20251026", {"students": {PUPIL: {
        "name": PUPIL, "lessons": lessons}}}), "pulled_at": "2025-10-18T08:00:00+03:00"}


async def shown_marks(hub) -> list[tuple[str, str | None]]:
    await hub.project()
    d = await hub.diary(STUDENT, hub.reader("head", Role.HEAD_TEACHER, SCHOOL), "2025-10-13", "2025-10-13")
    return [(m["text"], m["comment"]) for day in d["days"] for lesson in day["lessons"] for m in lesson["marks"]]


async def grades_in_log(hub) -> list[tuple[str, int, str, str | None]]:
    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        for record in await hub.log.read(partition, 0, high + 1):
            event = decode(record.value)
            if event.type.startswith("grade."):
                found.append((event.type, event.source["revision"], event.data.get("text"), event.data.get("comment")))
    return found


async def push_elzhur(tmp_path, batches: list[list[dict]]) -> tuple[list[list[str]], list[tuple], list[tuple]]:
    """Each batch in turn to a fresh hub (after getrules): the statuses, the diary's marks, the grade events."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        await hub.push("elzhur", SCHOOL, client, [RULES])
        statuses = []
        for batch in batches:
            body = await hub.push("elzhur", SCHOOL, client, batch)
            statuses.append([r["status"] for r in body["results"]])
        return statuses, await shown_marks(hub), await grades_in_log(hub.hub)


async def test_a_later_getmarks_of_the_batch_wins_over_the_diary_before_it(tmp_path):
    diary, marks = diary_with({"value": "3", "comment": ""}), marks_with({"value": "4", "comment": "Дроби"})
    statuses, shown, log = await push_elzhur(tmp_path / "one", [[diary, marks]])
    assert statuses == [["accepted", "accepted"]]
    assert shown == [("4", "Дроби")]
    _, alone_shown, alone_log = await push_elzhur(tmp_path / "alone", [[diary], [marks]])
    assert (shown, log) == (alone_shown, alone_log)
    assert [kind for kind, *_ in log] == ["grade.recorded", "grade.amended"]


async def test_the_order_of_the_batch_decides_not_the_shape(tmp_path):
    # pulled at the same time (an older pull would change nothing: tests/integration/test_vendor_pull_order.py)
    diary = diary_with({"value": "3", "comment": ""}, "2025-10-18T08:00:00+03:00")
    marks = marks_with({"value": "4", "comment": "Дроби"})
    _, shown, _ = await push_elzhur(tmp_path, [[marks, diary]])
    assert [text for text, _ in shown] == ["3"]


async def test_the_same_diary_pulled_twice_in_one_batch_shows_the_later_pull(tmp_path):
    early = diary_with({"value": "5", "comment": ""}, "2025-10-18T09:00:00+03:00")
    late = diary_with({"value": "4", "comment": "Исправлено"}, "2025-10-18T10:00:00+03:00")
    statuses, shown, log = await push_elzhur(tmp_path, [[early, late]])
    assert statuses == [["accepted", "accepted"]]
    assert shown == [("4", "Исправлено")]
    assert [(kind, revision, text) for kind, revision, text, _ in log] == [
        ("grade.recorded", 1, "5"), ("grade.amended", 2, "4")]


async def test_an_identical_copy_in_the_batch_is_a_duplicate_of_the_first(tmp_path):
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        await hub.push("elzhur", SCHOOL, client, [RULES])
        diary = diary_with({"value": "5", "comment": ""})
        body = await hub.push("elzhur", SCHOOL, client, [diary, diary])
        first, again = body["results"]
        assert (first["status"], again["status"]) == ("accepted", "duplicate")
        positions = {e["event_id"]: e["position"] for e in first["events"]}
        assert again["events"] and all(positions[e["event_id"]] == e["position"] is not None
                                       for e in again["events"])
        assert await shown_marks(hub) == [("5", None)]


DN_SCHOOL = "sch-dn"
DN_CLIENT = Client("c-dn", "dnevnik_ru", frozenset({DN_SCHOOL}))


def dnevnik_mark(w: World, value: str) -> dict:
    return dn_env(f"/v2/marks/{w.mark}", {**w.mark_obj(), "value": value, "textValue": value})


async def test_dnevnik_ru_a_later_mark_of_the_batch_wins(running):
    from adapters.registry import get_adapter

    adapter, world, ingest = get_adapter("dnevnik_ru"), World(7), running.hub.ingest.ingest
    prepared = await ingest(DN_CLIENT, adapter, world.lessons_first(), False, DN_SCHOOL)
    assert all(r.status in ("accepted", "duplicate") for r in prepared.results), prepared.as_dict()
    report = await ingest(DN_CLIENT, adapter, [dnevnik_mark(world, "3"), dnevnik_mark(world, "5")], False, DN_SCHOOL)
    assert [r.status for r in report.results] == ["accepted", "accepted"]
    grades = [(e.type, e.source["revision"], e.data["text"]) for e in await _log(running.hub)
              if e.type.startswith("grade.")]
    assert grades == [("grade.recorded", 1, "3"), ("grade.amended", 2, "5")]


async def _log(hub) -> list[Any]:
    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        found += [decode(record.value) for record in await hub.log.read(partition, 0, high + 1)]
    return found


async def test_an_answer_that_lacks_a_fact_deletes_it_before_a_later_answer_states_it_again(running):
    ingest = running.hub.ingest.ingest
    m1, m2 = {"id": "m1", "value": "4"}, {"id": "m2", "value": "3"}
    await ingest(toy.CLIENT, toy.TOY, [toy.answer("full", "g", m1, m2)], False, toy.SCHOOL)
    lacks, holds = toy.answer("full", "g", m1), toy.answer("full", "g", m1, m2)
    report = await ingest(toy.CLIENT, toy.TOY, [lacks, holds], False, toy.SCHOOL)
    assert [r.status for r in report.results] == ["accepted", "accepted"]
    report = await ingest(toy.CLIENT, toy.TOY, [holds, lacks], False, toy.SCHOOL)
    assert [r.status for r in report.results] == ["duplicate", "accepted"]
    of_m2 = [(kind, revision) for kind, revision, data in await toy.grades_in_log(running.hub)
             if data["grade_id"].endswith(":m2")]
    assert of_m2 == [("grade.recorded", 1), ("grade.retracted", 2), ("grade.amended", 3), ("grade.retracted", 4)]

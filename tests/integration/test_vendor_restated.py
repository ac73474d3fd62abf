"""A fact a vendor removes and then states again shows again (diary v5), and a dated deletion notice keeps a
retried older answer from bringing it back (Elzhur, embedded stack).

Elzhur names a mark by its place, ``<pupil>.<lesson_id>.<nm>`` (A.3 Assessment ``nm``: the mark's position in the
lesson): a teacher who deletes a lesson's only mark and gives a new one gives it the same id. The hub numbered the
new mark as the next revision of the retracted one (``grade.amended``), and the diary, which never cleared a
removal, showed no mark at all. The same for a homework taken off a day and put back, and for a lesson the journal
named ``Cancel`` and then restored.

A lesson that moves to another day of the same answer (a getdiary over a week: each day is a snapshot of its own)
moves with its marks and homework: the day it left lacks them, but the answer still holds them, so nothing is
deleted (found by elzhur_11: the moved lesson's homework was withdrawn after each pupil's diary stated it again).

And the hub's deletion notice (``{"method": "deletion", "deleted": {...}}``) may carry ``pulled_at``: a sync job's
retry of an answer pulled before the notice, delivered after it, then changes nothing (as for an answer pulled
earlier than the one the hub holds); an undated notice applies in arrival order, so the same retry states every
deleted record again, marks, homework and absences alike (elzhur_10's author saw only the absence come back).
"""

from __future__ import annotations

from typing import Any

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import ABSENT, HOMEWORK, MARK, PUPIL, RULES, SCHOOL, env, item

STUDENT = f"elzhur:{SCHOOL}:student:{PUPIL}"
DAYS = "days=20251013-20251019"


def day_diary(pulled_at: str, marks: list[dict], homework: bool = True, cancelled: bool = False,
              absent: bool = False) -> dict:
    first = item(True, assessments=marks, **({"homework": HOMEWORK} if homework else {}))
    if cancelled:
        first = {**first, "name": "Cancel"}
    items = {"1": first}
    if absent:
        items["2"] = {"num": "2", "name": "Русский язык", "lesson_id": "880002",
                      "teacher": "Белова Наталья Сергеевна", "assessments": [ABSENT]}
    days = {"20251013": {"name": "20251013", "items": items}}
    return {**env(f"getdiary?student={PUPIL}&{DAYS}&rings=__yes",
                  {"students": {PUPIL: {"name": PUPIL, "title": "Громов Кирилл", "days": days}}}),
            "pulled_at": pulled_at}


async def monday(hub) -> dict[str, Any]:
    await hub.project()
    reader = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
    [day] = (await hub.diary(STUDENT, reader, "2025-10-13", "2025-10-13"))["days"]
    return day


def shown(day: dict[str, Any]) -> dict[str, Any]:
    lessons = {lesson["lesson_id"].rsplit(":", 1)[-1]: lesson for lesson in day["lessons"]}
    first = lessons["880001"]
    second = lessons.get("880002")
    return {"marks": [m["text"] for m in first["marks"]], "homework": [h["text"] for h in first["homework"]],
            "cancelled": first["cancelled"],
            "attendance": None if second is None or second["attendance"] is None else second["attendance"]["status"]}


async def pushed(tmp_path, *batches: list[dict]) -> dict[str, Any]:
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        await hub.push("elzhur", SCHOOL, client, [RULES])
        for batch in batches:
            body = await hub.push("elzhur", SCHOOL, client, batch)
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        return shown(await monday(hub))


async def test_a_new_mark_in_the_place_of_a_deleted_one_shows(tmp_path):
    five, four = {**MARK, "value": "5", "countas": "5"}, {**MARK, "value": "4", "countas": "4"}
    answers = [day_diary("2025-10-18T09:00:00+03:00", [five]), day_diary("2025-10-19T09:00:00+03:00", []),
               day_diary("2025-10-20T09:00:00+03:00", [four])]
    assert (await pushed(tmp_path / "apart", *([a] for a in answers)))["marks"] == ["4"]
    assert (await pushed(tmp_path / "one batch", answers))["marks"] == ["4"]


async def test_a_homework_taken_off_and_put_back_shows(tmp_path):
    answers = [day_diary("2025-10-18T09:00:00+03:00", []),
               day_diary("2025-10-19T09:00:00+03:00", [], homework=False),
               day_diary("2025-10-20T09:00:00+03:00", [])]
    assert (await pushed(tmp_path, *([a] for a in answers)))["homework"] == ["№ 312"]


async def test_a_lesson_cancelled_and_restored_is_held(tmp_path):
    answers = [day_diary("2025-10-18T09:00:00+03:00", []),
               day_diary("2025-10-19T09:00:00+03:00", [], cancelled=True),
               day_diary("2025-10-20T09:00:00+03:00", [])]
    assert (await pushed(tmp_path / "restored", *([a] for a in answers)))["cancelled"] is False
    assert (await pushed(tmp_path / "cancelled", *([a] for a in answers[:2])))["cancelled"] is True


def week_diary(pulled_at: str, day: str) -> dict:
    lesson = item(True, assessments=[MARK], homework=HOMEWORK)
    days = {d: {"name": d, "items": {"1": lesson} if d == day else {}} for d in ("20251013", "20251014")}
    return {**env(f"getdiary?student={PUPIL}&{DAYS}&rings=__yes",
                  {"students": {PUPIL: {"name": PUPIL, "title": "Громов Кирилл", "days": days}}}),
            "pulled_at": pulled_at}


async def test_a_lesson_moved_to_another_day_of_the_answer_keeps_its_marks_and_homework(tmp_path):
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        await hub.push("elzhur", SCHOOL, client, [RULES])
        await hub.push("elzhur", SCHOOL, client, [week_diary("2025-10-12T09:00:00+03:00", "20251014")])
        body = await hub.push("elzhur", SCHOOL, client, [week_diary("2025-10-13T09:00:00+03:00", "20251013")])
        assert not {"grade.retracted", "homework.withdrawn", "lesson.cancelled"} & {
            event["type"] for event in body["results"][0]["events"]}
        facts = shown(await monday(hub))
    assert (facts["marks"], facts["homework"], facts["cancelled"]) == (["4-"], ["№ 312"], False)


def notices(pulled_at: str | None) -> list[dict]:
    dated = {} if pulled_at is None else {"pulled_at": pulled_at}
    return [{"method": "deletion", "deleted": {"kind": "mark", "date": "2025-10-13", "student": PUPIL,
                                               "lesson_id": "880001", "nm": "1"}, **dated},
            {"method": "deletion", "deleted": {"kind": "homework", "date": "2025-10-13",
                                               "homework_id": "5512001"}, **dated},
            {"method": "deletion", "deleted": {"kind": "attendance", "date": "2025-10-13", "student": PUPIL,
                                               "lesson_id": "880002"}, **dated}]


async def test_a_retry_pulled_before_a_dated_notice_brings_nothing_back(tmp_path):
    answer = day_diary("2025-10-18T09:00:00+03:00", [MARK], absent=True)
    facts = await pushed(tmp_path, [answer], notices("2025-10-19T09:00:00+03:00"), [answer])
    assert facts == {"marks": [], "homework": [], "cancelled": False, "attendance": "present"}


async def test_after_an_undated_notice_the_retry_states_every_record_again(tmp_path):
    answer = day_diary("2025-10-18T09:00:00+03:00", [MARK], absent=True)
    deleted = await pushed(tmp_path / "deleted", [answer], notices(None))
    assert deleted == {"marks": [], "homework": [], "cancelled": False, "attendance": "present"}
    facts = await pushed(tmp_path / "retried", [answer], notices(None), [answer])
    assert facts == {"marks": ["4-"], "homework": ["№ 312"], "cancelled": False, "attendance": "absent"}


async def test_a_notice_with_a_pulled_at_that_is_no_time_is_rejected_at_it(tmp_path):
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        body = await hub.push("elzhur", SCHOOL, client, [{**notices(None)[0], "pulled_at": "вчера"}])
        [result] = body["results"]
        assert result["status"] == "rejected"
        assert [e["pointer"] for e in result["errors"]] == ["/pulled_at"]


async def test_dnevnik_ru_a_retry_pulled_before_a_notice_with_deleted_at_brings_nothing_back(running):
    """The Dnevnik.ru legacy notice's ``deleted_at`` dates it, as ``pulled_at`` dates the Elzhur notice."""
    from adapters.registry import get_adapter
    from hub.ingest.service import Client
    from tests.dnevnik_world import World, env as dn_env

    adapter, world, ingest = get_adapter("dnevnik_ru"), World(8), running.hub.ingest.ingest
    client = Client("c-dn", "dnevnik_ru", frozenset({"sch-dn"}))
    await ingest(client, adapter, world.lessons_first(), False, "sch-dn")
    mark = {**dn_env(f"/v2/marks/{world.mark}", world.mark_obj()), "pulled_at": "2025-10-14T10:00:00"}

    def notice(deleted_at: dict) -> dict:
        return {"resource": "marks", "deleted": True, **deleted_at,
                "data": {"id_str": str(world.mark), "person": world.pupil}}

    async def grades_after(deleted_at: dict) -> list[str]:
        for batch in ([mark], [notice(deleted_at)], [mark]):
            await ingest(client, adapter, batch, False, "sch-dn")
        return [e.type for e in await _log(running.hub) if e.type.startswith("grade.")
                and e.data["grade_id"].endswith(f":{world.mark}")]

    assert await grades_after({"deleted_at": "2025-10-15T09:00:00"}) == ["grade.recorded", "grade.retracted"]


async def _log(hub) -> list[Any]:
    from hub.events.envelope import decode

    found = []
    for partition, high in (await hub.log.high_watermarks()).items():
        found += [decode(record.value) for record in await hub.log.read(partition, 0, high + 1)]
    return found

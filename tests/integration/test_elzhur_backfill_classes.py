"""Last school year backfilled a year late, embedded stack (``adapters/elzhur/unplaced.py``; found by
``contracts/journeys/elzhur_31``).

The school joins in October 2026: the parent's getrules (pulled now) names this year's class, 6Б, and the integrator
then pulls 2025/26 with ``days`` of last year. Nothing in a pupil's getdiary names a class (reference A.3 Day), so
the getrules class is not last year's: Соловьёва's backfilled days are read for the class those days' answers name
(5Б's ``class=`` schedule, which lists the same lesson ids), not a «6Б» of 2025/26. Лебедева left the school in
April: no getrules names her any more, her own answers (``student=``, ``title``) are all that know her."""

from __future__ import annotations

import json

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import lessons_by_day, running_hub
from tests.integration.test_elzhur_shapes import ok

SCHOOL = "sch-el-bf"
PROMOTED, LEFT = "41101", "41104"
STUDENT = f"elzhur:{SCHOOL}:student:"


def _env(request: str, result: dict, pulled_at: str) -> dict:
    return {"request": request, "body": ok(result), "pulled_at": pulled_at}


RULES = _env("getrules", {"roles": ["parent"], "id": "94101", "relations": {
    "students": {PROMOTED: {"rel": "child", "name": PROMOTED, "title": "Соловьёва Мария", "class": "6Б"}},
    "groups": {"6Б": {"rel": "homeclass"}}}}, "2026-10-09T19:00:00+03:00")


def _item(num: str, subject: str, lesson_id: str, **extra: object) -> dict:
    return {"num": num, "name": subject, "lesson_id": lesson_id, "teacher": "Кравцова Наталья Сергеевна", **extra}


def _days(day: str, items: list[dict]) -> dict:
    return {day: {"name": day, "items": items}}


def _diary(pupil: str, title: str, day: str, items: list[dict], pulled_at: str) -> dict:
    return _env(f"getdiary?student={pupil}&days={day}-{day}",
                {"students": {pupil: {"name": pupil, "title": title, "days": _days(day, items)}}}, pulled_at)


OCTOBER = [_item("1", "Русский язык", "731007"), _item("2", "Математика", "731014"),
           _item("3", "Английский язык", "731021", grp="1 группа")]
DECEMBER = [_item("1", "Русский язык", "732001", homework={"1": {"id": 1, "value": "Упр. 412"}})]
ABSENT = {"value": "н", "lesson_id": "732001", "nm": "1", "date": "2025-12-15"}
CLASS_5B = _env("getschedule?class=5Б&days=20251020-20251020",
                {"days": _days("20251020", [*OCTOBER, _item("3", "Английский язык", "731112", grp="2 группа")])},
                "2026-10-13T14:30:00+03:00")
BACKFILL = [
    _diary(PROMOTED, "Соловьёва Мария", "20251020", OCTOBER, "2026-10-13T10:00:00+03:00"),
    _diary(LEFT, "Лебедева Ксения", "20251020", OCTOBER, "2026-10-13T10:05:00+03:00"),
    _diary(PROMOTED, "Соловьёва Мария", "20251215", DECEMBER, "2026-10-13T11:00:00+03:00"),
    _diary(LEFT, "Лебедева Ксения", "20251215", [dict(DECEMBER[0], assessments=[ABSENT])],
           "2026-10-13T11:05:00+03:00"),
]


async def _read(tmp_path, batches: list[list[dict]]) -> tuple[dict[str, dict], list[dict], list[str]]:
    """Each pupil's diary as the head teacher reads it (None: not found), every event, every record's status."""
    async with running_hub(tmp_path) as hub:
        headers, statuses = hub.client("elzhur", SCHOOL), []
        for batch in batches:
            body = await hub.push("elzhur", SCHOOL, headers, batch)
            statuses += [result["status"] for result in body["results"]]
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        diaries = {}
        for pupil in (PROMOTED, LEFT):
            answer = await hub.http.get(f"/v1/students/{STUDENT}{pupil}/diary",
                                        params={"from": "2025-10-20", "to": "2025-12-21"}, headers=head)
            diaries[pupil] = answer.json() if answer.status_code == 200 else None
        events = []
        for partition, high in (await hub.hub.log.high_watermarks()).items():
            events += [json.loads(record.value) for record in await hub.hub.log.read(partition, 0, high + 1)]
        return diaries, events, statuses


def _shown(diary: dict) -> dict[str, list[str]]:
    return {day: sorted(lesson["subject"]["name"] for lesson in lessons)
            for day, lessons in lessons_by_day(diary).items() if lessons}


async def test_a_promoted_pupils_backfill_is_read_for_last_years_class_not_this_years(tmp_path):
    diaries, events, _ = await _read(tmp_path, [[RULES], BACKFILL, [CLASS_5B]])
    classes = {event["data"]["class_id"].rsplit(":", 1)[-1] for event in events
               if event["type"] in ("class.defined", "student.enrolled")}
    assert not [key for key in classes if key.startswith("6b-") and key.endswith("@2025")], classes  # no «6Б» of 2025
    assert _shown(diaries[PROMOTED]) == {"2025-10-20": ["Английский язык", "Математика", "Русский язык"],
                                         "2025-12-15": ["Русский язык"]}
    december = lessons_by_day(diaries[PROMOTED])["2025-12-15"][0]
    assert [task["text"] for task in december["homework"]] == ["Упр. 412"]
    english = next(lesson for lesson in lessons_by_day(diaries[PROMOTED])["2025-10-20"]
                   if lesson["subject"]["name"] == "Английский язык")
    assert english["group"]["name"] == "1 группа" and english["lesson_id"].endswith(":731021")


async def test_a_pupil_who_left_is_known_by_her_own_answers_that_name_her(tmp_path):
    diaries, events, statuses = await _read(tmp_path, [[RULES], BACKFILL, [CLASS_5B]])
    assert "parked" not in statuses, statuses
    assert diaries[LEFT] is not None, "her diary answers 404: her answers wait for a getrules that never comes"
    assert _shown(diaries[LEFT]) == {"2025-10-20": ["Английский язык", "Математика", "Русский язык"],
                                     "2025-12-15": ["Русский язык"]}
    december = lessons_by_day(diaries[LEFT])["2025-12-15"][0]
    assert december["attendance"]["code"] == "н"
    names = {json.dumps(event["data"]["name"], ensure_ascii=False) for event in events
             if event["type"] == "student.enrolled" and event["data"]["student_id"] == f"{STUDENT}{LEFT}"}
    assert names == {json.dumps({"last_name": "Лебедева", "first_name": "Ксения", "middle_name": None},
                                ensure_ascii=False)}

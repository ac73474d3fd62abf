"""An Elzhur class is one class per school year (reference A.4: classes, periods and marks are per school year),
embedded stack (``adapters/elzhur/ids.py``, ``common.Builder.class_id``; found by ``contracts/journeys/elzhur_21``).

7Б of 2025/26 goes up to 8Б; a new cohort is 7Б in 2026/27. Кузьмин is kept down (7Б both years): his 2025/26
diary still shows the old 7Б's May lessons. Орлова (7Б -> 8Б) has her 22 May diary, pulled on 23 May, delivered
after her September getrules and diary of 8Б: she keeps her May lessons and her September diary shows 8Б, not the
new 7Б's lessons."""

from __future__ import annotations

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import lessons_by_day, running_hub
from tests.integration.test_elzhur_shapes import ok

SCHOOL = "sch-el-sy"
KEPT_DOWN, PROMOTED = "21103", "21101"


def _env(request: str, result: dict, pulled_at: str) -> dict:
    return {"request": request, "body": ok(result), "pulled_at": pulled_at}


def _rules(pupil: str, class_name: str, pulled_at: str) -> dict:
    return _env("getrules", {"roles": ["parent"], "id": f"9{pupil}", "relations": {
        "students": {pupil: {"rel": "child", "name": pupil, "lastname": "Ученик", "firstname": pupil,
                             "class": class_name}},
        "groups": {class_name: {"rel": "homeclass"}}}}, pulled_at)


def _diary(pupil: str, class_name: str, day_key: str, subject: str, pulled_at: str) -> dict:
    day = {"name": day_key, "items": [{"name": subject, "num": "1", "teacher": "Сорокина Елена Викторовна"}]}
    return _env(f"getdiary?student={pupil}&class={class_name}&days={day_key}-{day_key}",
                {"students": {pupil: {"name": pupil, "title": f"Ученик {pupil}", "days": {day_key: day}}}},
                pulled_at)


NEW_7B = _diary("21199", "7Б", "20260901", "Физика", "2026-09-01T18:00:00+03:00")


async def _lessons(tmp_path, batches: list[list[dict]], pupil: str) -> dict[str, list[str]]:
    async with running_hub(tmp_path) as hub:
        await hub.push_all("elzhur", SCHOOL, batches)
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        shown = {}
        for first, last in (("2026-05-18", "2026-05-24"), ("2026-08-31", "2026-09-06")):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{pupil}", head, first, last)
            shown.update({day: [lesson["subject"]["name"] for lesson in lessons]
                          for day, lessons in lessons_by_day(diary).items() if lessons})
        return shown


async def test_a_pupil_kept_down_keeps_last_years_lessons_of_a_class_of_the_same_name(tmp_path):
    shown = await _lessons(tmp_path, [
        [_rules(KEPT_DOWN, "7Б", "2026-05-20T10:00:00+03:00"),
         _diary(KEPT_DOWN, "7Б", "20260522", "Алгебра", "2026-05-23T10:00:00+03:00")],
        [_rules(KEPT_DOWN, "7Б", "2026-09-01T10:00:00+03:00"),
         _diary(KEPT_DOWN, "7Б", "20260902", "История", "2026-09-02T18:00:00+03:00")]], KEPT_DOWN)
    assert shown == {"2026-05-22": ["Алгебра"], "2026-09-02": ["История"]}


async def test_last_years_diary_delivered_late_keeps_a_promoted_pupil_in_this_years_class(tmp_path):
    shown = await _lessons(tmp_path, [
        [_rules(PROMOTED, "8Б", "2026-09-01T10:00:00+03:00"), NEW_7B,
         _diary(PROMOTED, "8Б", "20260902", "Химия", "2026-09-02T18:00:00+03:00")],
        [_diary(PROMOTED, "7Б", "20260522", "Алгебра", "2026-05-23T10:00:00+03:00")]], PROMOTED)
    assert shown == {"2026-05-22": ["Алгебра"], "2026-09-02": ["Химия"]}

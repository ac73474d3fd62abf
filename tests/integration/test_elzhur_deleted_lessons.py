"""A lesson the Elzhur journal deleted and re-created under a new id at its number (reference A.3 Day: each listed
day is whole; A.3 Lesson item: the lesson is its ``lesson_id``; A.3 Absence pseudo-mark: attendance exists only as
``н``/``оп`` entries), embedded stack: the pupil whose ``оп`` the deleted lesson held sees the re-created lesson only,
as his classmates do; his late entry went with the deleted lesson (corrected to present) and keeps nothing on his
diary. A lesson the journal still lists as ``"Cancel"`` beside its replacement, with his absence on it, stays shown
as cancelled (found by ``contracts/journeys/elzhur_73``, lesson-091)."""

from __future__ import annotations

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import DAY, DAYS, PUPIL, RULES, SCHOOL, env

LATE = {"value": "оп", "countas": "0", "count": False, "convert": 0, "weight": 0, "date": "2025-10-13",
        "lesson_id": "880001", "nm": "1", "comment": ""}
OLD = {"num": "1", "name": "Алгебра", "lesson_id": "880001", "topic": "Деление дробей",
       "teacher": "Миронов Олег Петрович", "homework": {}, "assessments": [LATE]}
NEW = {"num": "1", "name": "Алгебра", "lesson_id": "880101", "topic": "Деление дробей. Взаимно обратные числа",
       "teacher": "Миронов Олег Петрович", "homework": {}, "assessments": []}


def diary_at(pulled_at: str, items: list[dict]) -> dict:
    answer = env(f"getdiary?student={PUPIL}&{DAYS}", {"students": {PUPIL: {
        "name": PUPIL, "title": "Громов Кирилл", "days": {DAY: {"name": DAY, "items": items}}}}})
    return {**answer, "pulled_at": pulled_at}


async def _first_lessons(tmp_path, *steps: dict) -> list[tuple[str, bool, str | None]]:
    """Push RULES then each step; the pupil's lessons at number 1 on 13 Oct (id, cancelled, attendance status)."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for record in (RULES, *steps):
            body = await hub.push("elzhur", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        read = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
        return [(lesson["lesson_id"].rsplit(":", 1)[-1], lesson["cancelled"],
                 (lesson.get("attendance") or {}).get("status"))
                for day in read["days"] for lesson in day["lessons"] if lesson["slot"] == 1]


async def test_a_lesson_deleted_with_the_pupils_late_entry_and_re_created_does_not_show(tmp_path):
    shown = await _first_lessons(tmp_path, diary_at("2025-10-13T18:00:00+03:00", [OLD]),
                                 diary_at("2025-10-14T20:00:00+03:00", [NEW]))
    assert shown == [("880101", False, None)]


async def test_a_lesson_still_listed_as_cancel_beside_its_replacement_keeps_the_absence_on_it(tmp_path):
    cancelled = {**OLD, "name": "Cancel"}
    shown = await _first_lessons(tmp_path, diary_at("2025-10-13T18:00:00+03:00", [OLD]),
                                 diary_at("2025-10-14T20:00:00+03:00", [cancelled, NEW]))
    assert sorted(shown) == [("880001", True, "late"), ("880101", False, None)]

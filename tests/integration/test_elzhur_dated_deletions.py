"""An Elzhur getmarks answer speaks only for the marks dated within its ``days`` (reference A.3 SubjectMarks: a
getmarks mark has only its own ``date``; A.1 ``days``), embedded stack: a mark the teacher re-dated outside the
range (a retake in the holidays, shown by a later getdiary) is absent from a later pull of the same range because it
left the range, so it is not retracted; a mark still dated within the range that the answer lacks is."""

from __future__ import annotations

import copy

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import MARK, PUPIL, RULES, SCHOOL, diary, env

QUARTER = "days=20250901-20251026"
OTHER = {**MARK, "value": "3", "date": "2025-10-14", "lesson_id": "880003", "comment": ""}


def marks(pulled_at: str, *given: dict) -> dict:
    answer = env(f"getmarks?student={PUPIL}&{QUARTER}", {"students": {PUPIL: {"name": PUPIL, "lessons": [
        {"name": "Алгебра", "average": "", "marks": list(given)}]}}})
    return {**answer, "pulled_at": pulled_at}


def retaken_diary() -> dict:
    """The 13 Oct lesson's mark, re-dated 29 Oct (the holidays), pulled after the first getmarks."""
    answer = copy.deepcopy(diary(True))
    items = answer["body"]["response"]["result"]["students"][PUPIL]["days"]["20251013"]["items"]
    items["1"]["assessments"][0].update(value="5", date="2025-10-29")
    return {**answer, "pulled_at": "2025-10-30T07:00:00+03:00"}


async def test_a_getmarks_answer_does_not_retract_a_mark_redated_outside_its_days(tmp_path):
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for records in ([RULES], [marks("2025-10-26T07:00:00+03:00", MARK, OTHER)], [retaken_diary()]):
            body = await hub.push("elzhur", SCHOOL, client, records)
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        later = await hub.push("elzhur", SCHOOL, client, [marks("2025-11-10T07:00:00+03:00")])
        retracted = [e for e in later["results"][0]["events"] if e["type"] == "grade.retracted"]
        assert len(retracted) == 1  # OTHER (dated 14 Oct, within the range) was deleted; the retake only left it
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        day = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
        lesson = next(lesson for lesson in day["days"][0]["lessons"] if lesson["slot"] == 1)
        assert [mark["text"] for mark in lesson["marks"]] == ["5"]

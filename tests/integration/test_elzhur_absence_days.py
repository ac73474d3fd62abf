"""A pupil's Elzhur getmarks speaks for that pupil's absences of each whole day of its ``days`` range, and a pupil's
getdiary day for that pupil's absences that day, whichever method brought them (reference A.3 SubjectMarks, A.5 E3:
absences are pseudo-marks selected by their date within ``days``, A.1; A.3 Day), embedded stack: an absence a
getdiary showed and a later getmarks of its day lacks was corrected to present, and the reverse; an answer pulled
before the one that showed it deletes nothing, whatever the arrival order (the latest pull wins)."""

from __future__ import annotations

import copy

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import ABSENT, MARK, PUPIL, RULES, SCHOOL, diary, env

WEEK = "days=20251013-20251019"


def marks(pulled_at: str, *given: dict) -> dict:
    answer = env(f"getmarks?student={PUPIL}&{WEEK}", {"students": {PUPIL: {"name": PUPIL, "lessons": [
        {"name": "Алгебра", "average": "", "marks": [MARK]},
        {"name": "Русский язык", "average": "", "marks": list(given)}]}}})
    return {**answer, "pulled_at": pulled_at}


def diary_at(pulled_at: str, absent: bool) -> dict:
    answer = copy.deepcopy(diary(True))
    if not absent:
        answer["body"]["response"]["result"]["students"][PUPIL]["days"]["20251013"]["items"]["2"]["assessments"] = []
    return {**answer, "pulled_at": pulled_at}


async def _run(tmp_path, *steps: dict) -> tuple[list[str], str | None]:
    """Push RULES then each step; the event types of the last push and the pupil's 13 Oct Russian attendance."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        body = None
        for record in (RULES, *steps):
            body = await hub.push("elzhur", SCHOOL, client, [record])
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        types = [e["type"] for e in body["results"][0]["events"]]
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        day = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
        lesson = next(x for d in day["days"] for x in d["lessons"] if x["subject"]["name"] == "Русский язык")
        return types, (lesson.get("attendance") or {}).get("status")


async def test_a_getmarks_lacking_an_absence_a_diary_showed_on_its_day_corrects_it_to_present(tmp_path):
    types, status = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00", True),
                               marks("2025-10-19T07:00:00+03:00"))
    assert "attendance.corrected" in types and status in (None, "present")


async def test_a_diary_day_lacking_an_absence_getmarks_showed_corrects_it_to_present(tmp_path):
    types, status = await _run(tmp_path, marks("2025-10-17T07:00:00+03:00", ABSENT),
                               diary_at("2025-10-18T07:00:00+03:00", False))
    assert "attendance.corrected" in types and status in (None, "present")


async def test_a_getmarks_pulled_before_the_diary_that_showed_the_absence_deletes_nothing(tmp_path):
    types, status = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00", True),
                               marks("2025-10-17T07:00:00+03:00"))
    assert "attendance.corrected" not in types and status == "absent"


async def test_a_getmarks_pulled_with_the_diary_that_showed_the_absence_deletes_nothing(tmp_path):
    """Missing means missing from a *later* pull: an answer of the same pull lacking it is no later news."""
    types, status = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00", True),
                               marks("2025-10-18T07:00:00+03:00"))
    assert "attendance.corrected" not in types and status == "absent"

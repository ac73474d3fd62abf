"""A pupil's Elzhur getmarks with ``days`` is that pupil's whole list of marks dated within the range, whichever
method brought them, for each subject it lists (reference A.2 getmarks, A.3 SubjectMarks: each mark with its own
``date``; A.1 ``days``; the mark id ``<pupil>.<lesson_id>.<nm>`` is one in getdiary and getmarks), embedded stack: a
mark a getdiary showed and a later getmarks lacks although it lists the mark's subject and the mark's own date is
within its range was deleted by the teacher (retracted); a getmarks pulled before or with the diary, one about other
days than the mark's own date, one that does not list the subject (no getmarks listed it before), and a failed
getmarks delete nothing (the latest pull wins, whatever the arrival order; the contracts/journeys/elzhur_33
finding)."""

from __future__ import annotations

import copy

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import ABSENT, PUPIL, RULES, SCHOOL, diary, env

WEEK = "days=20251013-20251019"


def marks(pulled_at: str, days: str = WEEK, algebra: bool = True) -> dict:
    """A getmarks of ``days`` that lists only the absence: Алгебра (listed unless ``algebra`` is false) has no
    marks, the Алгебра mark of 13 Oct is not among them."""
    lessons = [{"name": "Русский язык", "average": "", "marks": [ABSENT]}]
    answer = env(f"getmarks?student={PUPIL}&{days}", {"students": {PUPIL: {"name": PUPIL, "lessons": [
        *([{"name": "Алгебра", "average": "", "marks": []}] if algebra else []), *lessons]}}})
    return {**answer, "pulled_at": pulled_at}


def failed_marks(pulled_at: str) -> dict:
    return {"request": f"getmarks?student={PUPIL}&{WEEK}", "pulled_at": pulled_at,
            "body": {"response": {"state": 400, "error": "не удалось авторизовать разработчика", "result": {}}}}


def diary_at(pulled_at: str, **mark: str | None) -> dict:
    """The 13 Oct diary (its Алгебра lesson holds the mark «4-»), with the mark's fields changed by ``mark``
    (``date=None`` drops the mark's own date)."""
    answer = copy.deepcopy(diary(True))
    assessment = answer["body"]["response"]["result"]["students"][PUPIL]["days"]["20251013"]["items"]["1"][
        "assessments"][0]
    assessment.update(mark)
    for field in [name for name, value in mark.items() if value is None]:
        del assessment[field]
    return {**answer, "pulled_at": pulled_at}


async def _run(tmp_path, *steps: dict, accepted: bool = True) -> tuple[list[str], list[str]]:
    """Push RULES then each step; the types of the events the last push appended (a stale deletion is answered
    with the stored revision's position: it appends nothing) and the marks of the 13 Oct Алгебра lesson."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        held: set[str] = set()
        for n, record in enumerate((RULES, *steps)):
            body = await hub.push("elzhur", SCHOOL, client, [record])
            if accepted or n < len(steps):
                assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
            events = [e for r in body["results"] for e in r.get("events") or ()]
            types = [e["type"] for e in events if e["position"] not in held]
            held |= {e["position"] for e in events}
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        day = await hub.diary(f"elzhur:{SCHOOL}:student:{PUPIL}", head, "2025-10-13", "2025-10-13")
        lesson = next(x for d in day["days"] for x in d["lessons"] if x["slot"] == 1)
        return types, [mark["text"] for mark in lesson["marks"]]


async def test_a_later_getmarks_lacking_a_mark_the_diary_showed_dated_in_its_range_retracts_it(tmp_path):
    types, shown = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00"), marks("2025-10-19T12:00:00+03:00"))
    assert "grade.retracted" in types and shown == []


async def test_a_getmarks_pulled_before_the_diary_and_delivered_after_it_deletes_nothing(tmp_path):
    types, shown = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00"), marks("2025-10-17T12:00:00+03:00"))
    assert "grade.retracted" not in types and shown == ["4-"]


async def test_a_getmarks_pulled_with_the_diary_deletes_nothing(tmp_path):
    """Missing means missing from a *later* pull: an answer of the same pull lacking it is no later news."""
    types, shown = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00"), marks("2025-10-18T07:00:00+03:00"))
    assert "grade.retracted" not in types and shown == ["4-"]


async def test_a_mark_dated_off_its_lessons_day_is_the_getmarks_of_its_own_date(tmp_path):
    """A retake dated 29 Oct on the 13 Oct lesson (the elzhur_16 corpus): the week of its lesson does not list it,
    the week of its own date does."""
    redated = diary_at("2025-10-18T07:00:00+03:00", value="5", date="2025-10-29")
    types, shown = await _run(tmp_path, redated, marks("2025-10-19T12:00:00+03:00"))
    assert "grade.retracted" not in types and shown == ["5"]
    types, shown = await _run(tmp_path / "own", redated, marks("2025-11-02T12:00:00+03:00", "days=20251027-20251102"))
    assert "grade.retracted" in types and shown == []


async def test_a_getmarks_that_does_not_list_the_subject_says_nothing_of_its_marks(tmp_path):
    """The reference does not say getmarks lists every subject of the pupil (mark_days.py): no getmarks listed
    Алгебра before (one that did: ``test_elzhur_unlisted_subjects.py``)."""
    types, shown = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00"),
                              marks("2025-10-19T12:00:00+03:00", algebra=False))
    assert "grade.retracted" not in types and shown == ["4-"]


async def test_a_diary_mark_without_its_own_date_is_no_getmarks_day_s(tmp_path):
    """Which day getmarks lists a mark under is its own ``date``; a diary mark without one says none."""
    types, shown = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00", date=None),
                              marks("2025-10-19T12:00:00+03:00"))
    assert "grade.retracted" not in types and shown == ["4-"]


async def test_a_failed_getmarks_deletes_nothing(tmp_path):
    types, shown = await _run(tmp_path, diary_at("2025-10-18T07:00:00+03:00"),
                              failed_marks("2025-10-19T12:00:00+03:00"), accepted=False)
    assert "grade.retracted" not in types and shown == ["4-"]

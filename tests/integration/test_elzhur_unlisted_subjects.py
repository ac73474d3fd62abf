"""A subject a pupil's Elzhur getmarks listed and a later getmarks of the pupil over the same days no longer lists
at all: its marks there are gone (reference A.2 getmarks, A.3 SubjectMarks: the pupil's marks dated within ``days``,
by subject; ``adapters/elzhur/mark_days.py``), embedded stack. Found by ``contracts/journeys/elzhur_44``
(no-mark-006: a mark the school moved to another pupil, after which the pupil's quarter getmarks lists no История).

The later answer retracts the marks an earlier getmarks listed under the subject on the days both cover, whether it
lists other subjects or none, over the same range or a containing one; a mark dated outside its range, another
pupil's, and anything when the later answer failed, was rejected, is too long to be complete, or was pulled before
the earlier one, stay."""

from __future__ import annotations

from hub.auth.readers import Role
from tests.e2e.vendor_helpers import running_hub
from tests.integration.test_elzhur_shapes import ABSENT, MARK, PUPIL, SCHOOL, env

OTHER_PUPIL = "70214"
RULES = env("getrules", {"roles": ["parent"], "id": "41103", "relations": {
    "students": {sid: {"rel": "child", "name": sid, "lastname": "Громов", "firstname": first, "class": "7Б"}
                 for sid, first in ((PUPIL, "Кирилл"), (OTHER_PUPIL, "Софья"))},
    "groups": {"7Б": {"rel": "homeclass", "hometeacher_name": "Белова Наталья Сергеевна"}}}})
WEEK, NEXT_WEEK = "days=20251013-20251019", "days=20251020-20251026"
CONTAINING = "days=20251006-20251019"  # the first week and the one before it, not the next
LATER_MARK = {**MARK, "value": "5", "date": "2025-10-20", "lesson_id": "880005", "comment": ""}
RUSSIAN = {"name": "Русский язык", "average": "", "marks": [ABSENT]}


def marks(pulled_at: str, days: str, *subjects: dict, sid: str = PUPIL) -> dict:
    answer = env(f"getmarks?student={sid}&{days}", {"students": {sid: {"name": sid, "lessons": list(subjects)}}})
    return {**answer, "pulled_at": pulled_at}


def algebra(*given: dict) -> dict:
    return {"name": "Алгебра", "average": "", "marks": list(given)}


def listed(sid: str = PUPIL) -> list[dict]:
    """The pupil's Алгебра of 13 Oct (its week's getmarks) and of 20 Oct (the next week's), both listed."""
    return [marks("2025-10-19T12:00:00+03:00", WEEK, algebra(MARK), RUSSIAN, sid=sid),
            marks("2025-10-26T12:00:00+03:00", NEXT_WEEK, algebra(LATER_MARK), sid=sid)]


async def _shown(tmp_path, *steps: dict) -> dict[str, list[tuple[str, str]]]:
    """Push the rules, the two weeks of each pupil listed, then ``steps`` (each its own batch); per pupil, the
    (date, text) of the marks his diary shows for the two weeks (no diary lists their lessons: shown without one)."""
    async with running_hub(tmp_path) as hub:
        client = hub.client("elzhur", SCHOOL)
        for records in ([RULES], listed(OTHER_PUPIL), listed()):
            body = await hub.push("elzhur", SCHOOL, client, records)
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body
        for step in steps:
            await hub.push("elzhur", SCHOOL, client, [step])
        await hub.project()
        head = hub.reader("head", Role.HEAD_TEACHER, SCHOOL)
        out = {}
        for sid in (PUPIL, OTHER_PUPIL):
            diary = await hub.diary(f"elzhur:{SCHOOL}:student:{sid}", head, "2025-10-06", "2025-10-26")
            out[sid] = sorted((day["date"], mark["text"]) for day in diary["days"]
                              for mark in day["marks_without_lesson"])
        return out


BOTH = [("2025-10-13", "4-"), ("2025-10-20", "5")]
ONLY_LATER = [("2025-10-20", "5")]


async def test_both_weeks_are_shown_to_begin_with(tmp_path):
    assert await _shown(tmp_path) == {PUPIL: BOTH, OTHER_PUPIL: BOTH}


async def test_a_containing_getmarks_listing_no_subject_retracts_the_subjects_mark(tmp_path):
    shown = await _shown(tmp_path, marks("2025-10-27T12:00:00+03:00", CONTAINING))
    assert shown == {PUPIL: ONLY_LATER, OTHER_PUPIL: BOTH}  # 20 Oct is outside its days; the sister's are hers


async def test_a_containing_getmarks_listing_other_subjects_retracts_the_unlisted_subjects_mark(tmp_path):
    shown = await _shown(tmp_path, marks("2025-10-27T12:00:00+03:00", CONTAINING, RUSSIAN))
    assert shown == {PUPIL: ONLY_LATER, OTHER_PUPIL: BOTH}


async def test_the_same_days_again_without_the_subject_retract_its_mark(tmp_path):
    shown = await _shown(tmp_path, marks("2025-10-27T12:00:00+03:00", WEEK, RUSSIAN))
    assert shown == {PUPIL: ONLY_LATER, OTHER_PUPIL: BOTH}


async def test_a_failed_containing_getmarks_retracts_nothing(tmp_path):
    failed = {"request": f"getmarks?student={PUPIL}&{CONTAINING}", "pulled_at": "2025-10-27T12:00:00+03:00",
              "body": {"response": {"state": 400, "error": "не удалось авторизовать разработчика", "result": {}}}}
    assert await _shown(tmp_path, failed) == {PUPIL: BOTH, OTHER_PUPIL: BOTH}


async def test_a_rejected_containing_getmarks_retracts_nothing(tmp_path):
    """One mark it cannot read (a weight above 100) rejects the whole answer: it is not read as complete."""
    broken = {"name": "Русский язык", "average": "", "marks": [{**ABSENT, "value": "5", "weight": 101}]}
    assert await _shown(tmp_path, marks("2025-10-27T12:00:00+03:00", CONTAINING, broken)) == \
        {PUPIL: BOTH, OTHER_PUPIL: BOTH}


async def test_a_getmarks_too_long_to_be_complete_for_a_day_retracts_nothing(tmp_path):
    """The API reads at most 93 days (``absences.MAX_DAYS``): a longer range speaks for no day."""
    assert await _shown(tmp_path, marks("2025-10-27T12:00:00+03:00", "days=20250901-20251231", RUSSIAN)) == \
        {PUPIL: BOTH, OTHER_PUPIL: BOTH}


async def test_a_containing_getmarks_pulled_before_the_one_that_listed_the_subject_retracts_nothing(tmp_path):
    assert await _shown(tmp_path, marks("2025-10-19T11:00:00+03:00", CONTAINING, RUSSIAN)) == \
        {PUPIL: BOTH, OTHER_PUPIL: BOTH}


async def test_another_pupils_getmarks_without_the_subject_leaves_the_pupils_marks(tmp_path):
    shown = await _shown(tmp_path, marks("2025-10-27T12:00:00+03:00", CONTAINING, sid=OTHER_PUPIL))
    assert shown == {PUPIL: BOTH, OTHER_PUPIL: ONLY_LATER}

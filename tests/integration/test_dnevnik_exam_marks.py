"""Dnevnik.ru exam marks and re-dated period marks, found by dnevnik_ru_38.

* An exam mark (§3.13: SOAP's ``insertFinalMark(Exam)`` apart from ``insertPeriodMark``, the work kinds
  ``PeriodMark`` and ``Exam``; §3.3: a work type's ``kind`` names it) is the pupil's final mark in the class's exam
  column of that school year (an undated ``exam`` period named by its work type's ``title``), whichever answer
  brings it: a group's marks range (§3.1: ``lesson`` null, so never a diary mark) or a final-marks answer whose
  entry has ``reportingPeriod`` null; never a second mark of the year, though its work carries ``periodType`` Year.
* A period mark re-dated out of a marks range (same id, §3.1 ``date`` = when it was set) is not deleted by a later
  pull of that range, which no longer holds it only because it is dated elsewhere (final-mark-030).

On both stacks; the world is ``tests/dnevnik_world.py``'s."""

from __future__ import annotations

from typing import Any

from tests.dnevnik_world import SCHOOL_VENDOR, WORK_TYPES, World, env, ids
from tests.integration.test_dnevnik_containing_scopes import latest, pulled, send

DAY1, DAY2, DAY3 = "2025-10-25T07:00:00+05:00", "2025-10-28T07:00:00+05:00", "2025-10-30T20:00:00+05:00"
EXAM_TYPE = {"id": 2193, "schoolId": SCHOOL_VENDOR, "kindId": 17, "kind": "Exam", "title": "Экзамен", "abbr": "ЭКЗ",
             "weight": 1}
YEAR_TYPE = {"id": 2191, "schoolId": SCHOOL_VENDOR, "kindId": 16, "kind": "PeriodMark", "title": "Годовая отметка",
             "abbr": "ГОД", "weight": 1}


def exam_world(w: World) -> list[dict[str, Any]]:
    """The roster, an exam and a year work type, and the class's quarter and year."""
    year = {**ids(w.i(359)), "start": "2025-09-01T00:00:00", "finish": "2026-05-29T00:00:00", "number": 1,
            "type": "Year", "name": "Год", "year": 2025}
    quarter = {**ids(w.period), "start": "2025-09-01T00:00:00", "finish": "2025-10-24T00:00:00", "number": 1,
               "type": "Quarter", "name": "1 четверть", "year": 2025}
    return [*w.roster(), env(f"GET /v2/work-types/{SCHOOL_VENDOR}", [*WORK_TYPES, YEAR_TYPE, EXAM_TYPE]),
            env(f"GET /v2/edu-groups/{w.group}/reporting-periods", [quarter, year])]


def exam_work(w: World) -> dict[str, Any]:
    return {**ids(w.i(520)), "type": "Exam", "workType": 2193, "markType": "mark5", "markCount": 1, "lesson": None,
            "eduGroup": w.group, "eduGroup_str": str(w.group), "text": "", "periodNumber": 1, "periodType": "Year",
            "subjectId": w.subject, "targetDate": "2025-10-24T00:00:00"}


def exam_mark(w: World) -> dict[str, Any]:
    return {**w.final_obj(), **ids(w.i(570)), "value": "4", "textValue": "4", "work": w.i(520),
            "work_str": str(w.i(520)), "workType": 2193, "date": "2025-10-24T16:10:42.822"}


def final_marks(w: World, *entries: tuple[int | None, dict[str, Any]]) -> dict[str, Any]:
    """``edu-groups/{g}/final-marks``: one entry per (reporting period or None, mark) of the pupil."""
    return env(f"GET /v2/edu-groups/{w.group}/final-marks", [
        {"person": w.pupil, "person_str": str(w.pupil), "group": w.group, "group_str": str(w.group),
         "reportingPeriod": period, "reportingPeriod_str": None if period is None else str(period),
         "per-subject-final-marks": [{"subject": w.subject, "subject_str": str(w.subject), "final-mark": mark}]}
        for period, mark in entries])


async def test_an_exam_mark_is_the_final_mark_of_the_exam_column_whichever_answer_brings_it(running):
    w = World()
    await send(running, *exam_world(w), env(f"GET /v2/works/{w.i(520)}", exam_work(w)))
    day = f"GET /v2/edu-groups/{w.group}/marks/2025-10-24/2025-10-24"
    assert await send(running, pulled(env(day, [exam_mark(w)]), DAY1)) == ["accepted"]
    assert await latest(running, "grade.") == []  # §3.1: lesson null, a final mark; not a diary mark
    columns = [data for kind, data in await latest(running, "reporting_period.defined") if data["kind"] == "exam"]
    assert [(c["name"], c["academic_year"], c["starts_on"], c["ends_on"]) for c in columns] == [
        ("Экзамен", 2025, None, None)]
    column = columns[0]["period_id"]
    assert [data["class_id"].rsplit(":", 1)[1] for _, data in await latest(running, "reporting_period.assigned")
            if data["period_id"] == column] == [str(w.group)]  # the class's column: no other class sees it
    assert [(data["final_grade_id"].rsplit(":", 1)[1], data["period_id"], data["text"])
            for _, data in await latest(running, "final_grade.recorded")] == [(str(w.i(570)), column, "4")]
    finals = final_marks(w, (None, exam_mark(w)))  # reportingPeriod null: the exam column, not the work's year
    assert await send(running, pulled(finals, DAY2)) == ["duplicate"]  # the same fact by the other path


async def test_a_final_marks_answer_names_the_exam_column_before_any_range_does(running):
    w = World()
    await send(running, *exam_world(w))
    finals = final_marks(w, (w.period, {**w.final_obj(), "workType": 2190}), (None, exam_mark(w)))
    assert await send(running, pulled(finals, DAY1)) == ["parked"]  # the exam mark's work is not known yet
    assert await send(running, env(f"GET /v2/works/{w.i(520)}", exam_work(w))) == ["accepted"]
    periods = {data["period_id"]: data for _, data in await latest(running, "reporting_period.defined")}
    assert sorted((periods[data["period_id"]]["name"], data["text"])
                  for _, data in await latest(running, "final_grade.recorded")) == [
        ("1 четверть", "5"), ("Экзамен", "4")]


async def test_a_period_mark_re_dated_out_of_a_range_is_not_deleted_by_that_range(running):
    w = World()
    await send(running, *exam_world(w), env(f"GET /v2/works/{w.period_work}", w.period_work_obj()))
    week = f"GET /v2/edu-groups/{w.group}/marks/2025-10-20/2025-10-24"
    assert await send(running, pulled(env(week, [w.final_obj()]), DAY1)) == ["accepted"]
    edited = {**w.final_obj(), "value": "4", "textValue": "4", "date": "2025-10-27T14:52:31.4"}  # same id
    assert await send(running, pulled(final_marks(w, (w.period, edited)), DAY2)) == ["accepted"]
    assert await send(running, pulled(env(week, []), DAY3)) == ["accepted"]  # lacks it: it is dated 10-27 now
    assert [(kind, data.get("text")) for kind, data in await latest(running, "final_grade.")] == [
        ("final_grade.recorded", "5"), ("final_grade.recorded", "4")]
    assert await latest(running, "grade.") == []


async def test_a_period_mark_still_dated_in_a_range_leaves_with_it(running):
    w = World()
    await send(running, *exam_world(w), env(f"GET /v2/works/{w.period_work}", w.period_work_obj()))
    week = f"GET /v2/edu-groups/{w.group}/marks/2025-10-20/2025-10-24"
    assert await send(running, pulled(env(week, [w.final_obj()]), DAY1)) == ["accepted"]
    assert await send(running, pulled(final_marks(w, (w.period, w.final_obj())), DAY2)) == ["duplicate"]
    assert await send(running, pulled(env(week, []), DAY3)) == ["accepted"]
    assert [kind for kind, _ in await latest(running, "final_grade.")] == [
        "final_grade.recorded", "final_grade.retracted"]

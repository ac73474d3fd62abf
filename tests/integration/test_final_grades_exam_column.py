"""The exam column (``reporting_period.defined`` v2, kind ``exam``, no dates): the final-grades view shows it after
the school's periods and the year, with the teacher's exam marks and nothing aggregated into it (no average, no
mark counts, no missed lessons: no mark or lesson has a date in a period without dates). The other periods are
what they are without it; the grades view does not take it as a span; the diary's final page shows it."""

from __future__ import annotations

import pytest

from hub.api import answers
from hub.auth.readers import Role
from tests import views_scenario as sc
from tests.views_scenario import q

EXAM = sc.rec("reporting_period.defined", "exam", {"period_id": "exam", "kind": "exam", "number": 1, "name": "Э",
                                                    "academic_year": 2026, "starts_on": None, "ends_on": None},
              version=2)
EXAM_MARKS = [sc.rec("final_grade.recorded", "fg-exam-math", {
    "final_grade_id": "fg-exam-math", "student_id": "anna", "subject_id": "math", "period_id": "exam", "value": "5",
    "scale": "five_point", "text": "5", "vendor_number": 5.0}, version=2)]


async def _final_grades(running) -> dict:
    response = await running.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                      headers=sc.bearer(running, q("mother"), Role.GUARDIAN))
    assert response.status_code == 200, response.text
    body = response.json()
    answers.FinalGradesAnswer.model_validate(body)
    return body


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, [*sc.all_records(), EXAM, *EXAM_MARKS], [sc.Q, sc.T])


async def test_the_exam_column_follows_the_year_with_the_exam_marks_and_no_average(seeded):
    body = await _final_grades(seeded)
    assert [(p["period_id"], p["kind"]) for p in body["periods"]][-2:] == [(q("y"), "year"), (q("exam"), "exam")]
    exam = body["periods"][-1]
    assert exam["starts_on"] is None and exam["ends_on"] is None and exam["name"] == "Э"
    at = len(body["periods"]) - 1
    math = next(s for s in body["subjects"] if s["subject"]["id"] == q("math"))
    cell = math["periods"][at]
    assert cell["period_id"] == q("exam")
    assert [(f["value"], f["text"], f["vendor_number"]) for f in cell["final_marks"]] == [("5", "5", 5.0)]
    assert cell["marks_count"] == 0 and cell["counted_marks"] == 0
    assert cell["average"] is None
    assert cell["missed_lessons"]["total"] == 0 and cell["late"] == 0
    year = math["periods"][at - 1]
    assert year["marks_count"] > 0 and year["average"] is not None  # the year still counts its marks
    for subject in body["subjects"]:  # no other subject has anything in the exam column
        if subject["subject"]["id"] != q("math"):
            other = subject["periods"][at]
            assert other["final_marks"] == [] and other["marks_count"] == 0 and other["average"] is None


async def test_the_other_periods_are_as_they_were_without_the_exam_column(running):
    before = await _final_grades(await sc.seed(running, sc.all_records(), [sc.Q, sc.T]))
    after = await _final_grades(await sc.seed(running, [EXAM, *EXAM_MARKS], [sc.Q, sc.T]))
    assert after["periods"][:-1] == before["periods"]
    assert [s["subject"] for s in after["subjects"]] == [s["subject"] for s in before["subjects"]]
    for old, new in zip(before["subjects"], after["subjects"]):
        assert new["periods"][:-1] == old["periods"] and new["vendor_averages"] == old["vendor_averages"]


async def test_the_grades_view_does_not_take_the_exam_column_as_a_span(seeded):
    response = await seeded.http.get(f"/v1/students/{q('anna')}/grades", params={"period": q("exam")},
                                     headers=sc.bearer(seeded, q("mother"), Role.GUARDIAN))
    assert 400 <= response.status_code < 500, response.text


FINAL = sc.rec("reporting_period.defined", "final", {"period_id": "final", "kind": "final", "number": 1,
                                                      "name": "Итоговая", "short_name": "И", "academic_year": 2026,
                                                      "starts_on": None, "ends_on": None}, version=4)
YEAR_AND_FINAL_MARKS = [sc.rec("final_grade.recorded", f"fg-{period}-math", {
    "final_grade_id": f"fg-{period}-math", "student_id": "anna", "subject_id": "math", "period_id": period,
    "value": value, "scale": "five_point", "text": value, "vendor_number": None}, version=2)
    for period, value in (("y", "3"), ("final", "4"))]


async def test_the_itogovaya_column_follows_the_exam_column_and_the_year_mark_stays_alone(running):
    """The certificate (итоговая) column, kind ``final`` (reporting_period.defined v4): undated, after the exam
    column, holding its final marks only; the year's cell holds the year mark alone (dnevnik_ru_63, elzhur_61)."""
    body = await _final_grades(await sc.seed(running, [*sc.all_records(), EXAM, *EXAM_MARKS, FINAL,
                                                       *YEAR_AND_FINAL_MARKS], [sc.Q, sc.T]))
    assert [(p["period_id"], p["kind"], p["starts_on"]) for p in body["periods"]][-3:] == [
        (q("y"), "year", "2026-09-01"), (q("exam"), "exam", None), (q("final"), "final", None)]
    assert (body["periods"][-1]["name"], body["periods"][-1]["short_name"]) == ("Итоговая", "И")
    math = next(s for s in body["subjects"] if s["subject"]["id"] == q("math"))
    year, exam, final = math["periods"][-3:]
    assert [f["text"] for f in year["final_marks"]] == ["3"] and year["average"] is not None
    assert [f["text"] for f in exam["final_marks"]] == ["5"]
    assert [f["text"] for f in final["final_marks"]] == ["4"]
    assert final["marks_count"] == 0 and final["average"] is None and final["missed_lessons"]["total"] == 0

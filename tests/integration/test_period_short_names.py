"""A period's own short name beside its name (``reporting_period.defined`` v3 ``short_name``; roster v7): the
journal shows a column by its full name («Годовая») and its final marks name it by the short one (``Г``), so every
read that returns a period returns both: the final grades' periods, the subject and grades views' ``period``, the
statistics' ``period``. A period stated before v3 reads with ``short_name`` null. A column known only from final
marks may be of any kind without dates (v3): the final grades list it among its kind, with its marks and nothing
aggregated into it; no selector or statistics takes it as a span."""

from __future__ import annotations

import pytest

from hub.api import answers
from hub.auth.readers import Role
from tests import views_scenario as sc
from tests.views_scenario import q

YEAR = sc.rec("reporting_period.defined", "y", {  # the year, restated by a journal that names it both ways
    "period_id": "y", "kind": "year", "number": 1, "name": "Годовая", "short_name": "Г", "academic_year": 2026,
    "starts_on": "2026-09-01", "ends_on": "2027-05-31"}, revision=2, version=3)
COLUMN = sc.rec("reporting_period.defined", "q3-column", {  # a quarter column known only from its final marks
    "period_id": "q3-column", "kind": "quarter", "number": 3, "name": "III", "short_name": "III",
    "academic_year": 2026, "starts_on": None, "ends_on": None}, version=3)
COLUMN_MARK = sc.rec("final_grade.recorded", "fg-q3-math", {
    "final_grade_id": "fg-q3-math", "student_id": "anna", "subject_id": "math", "period_id": "q3-column",
    "value": "4", "scale": "five_point", "text": "4", "vendor_number": 4.0}, version=2)


def _guardian(running) -> dict[str, str]:
    return sc.bearer(running, q("mother"), Role.GUARDIAN)


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, [*sc.all_records(), YEAR, COLUMN, COLUMN_MARK], [sc.Q, sc.T])


async def test_the_final_grades_give_each_period_its_name_and_its_short_name(seeded):
    response = await seeded.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                     headers=_guardian(seeded))
    assert response.status_code == 200, response.text
    body = response.json()
    answers.FinalGradesAnswer.model_validate(body)
    named = {p["period_id"]: (p["name"], p["short_name"]) for p in body["periods"]}
    assert named[q("y")] == ("Годовая", "Г")
    assert named[q("q1")] == ("1 четверть", None)  # stated as v1: no short name


async def test_an_undated_quarter_column_holds_its_final_marks_among_the_quarters(seeded):
    response = await seeded.http.get(f"/v1/students/{q('anna')}/final-grades", params={"year": "2026"},
                                     headers=_guardian(seeded))
    body = response.json()
    kinds = [(p["period_id"], p["kind"], p["starts_on"]) for p in body["periods"]]
    assert kinds.index((q("q3-column"), "quarter", None)) < kinds.index((q("y"), "year", "2026-09-01"))
    at = [p["period_id"] for p in body["periods"]].index(q("q3-column"))
    math = next(s for s in body["subjects"] if s["subject"]["id"] == q("math"))
    cell = math["periods"][at]
    assert [(f["value"], f["text"]) for f in cell["final_marks"]] == [("4", "4")]
    assert cell["marks_count"] == 0 and cell["average"] is None and cell["missed_lessons"]["total"] == 0


async def test_the_subject_and_grades_views_give_their_periods_short_name(seeded):
    subject = await seeded.http.get(f"/v1/students/{q('anna')}/subjects/{q('math')}",
                                    params={"period": q("y")}, headers=_guardian(seeded))
    assert subject.status_code == 200, subject.text
    assert (subject.json()["period"]["name"], subject.json()["period"]["short_name"]) == ("Годовая", "Г")
    grades = await seeded.http.get(f"/v1/students/{q('anna')}/grades", params={"period": q("y")},
                                   headers=_guardian(seeded))
    assert grades.status_code == 200, grades.text
    assert grades.json()["period"]["short_name"] == "Г"
    quarter = await seeded.http.get(f"/v1/students/{q('anna')}/grades", params={"period": "quarter",
                                                                                "date": "2027-03-15"},
                                    headers=_guardian(seeded))
    assert quarter.json()["period"]["period_id"] != q("q3-column")  # an undated column is no span


async def test_the_statistics_give_their_periods_short_name(seeded):
    response = await seeded.http.get(f"/v1/classes/{q('5a')}/statistics", params={"period": q("y")},
                                     headers=sc.bearer(seeded, "head", Role.HEAD_TEACHER, sc.Q))
    assert response.status_code == 200, response.text
    period = response.json()["period"]
    assert (period["name"], period["short_name"]) == ("Годовая", "Г")
    missing = await seeded.http.get(f"/v1/classes/{q('5a')}/statistics", params={"period": q("q3-column")},
                                    headers=sc.bearer(seeded, "head", Role.HEAD_TEACHER, sc.Q))
    assert missing.status_code == 404  # no span: no statistics

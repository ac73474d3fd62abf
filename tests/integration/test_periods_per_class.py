"""Reporting periods per class (``reporting_period.assigned``), on both stacks: in one school 6В counts in quarters
and 10А in half-years, each with its own year column; a pupil's final grades show only the periods of their class
(with the averages and missed lessons of those periods), the ``quarter`` / ``year`` selectors and the class
statistics choose among the class's periods, a period assigned to no class still applies to everyone, a school
that assigns nothing reads as before, and a rebuild from the log equals the incremental views."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from hub.api import answers
from hub.auth.readers import Role
from hub.projector.runner import project_all
from projections import ALL_PROJECTIONS, progress
from projections.base import table_digest
from projections.final_grades import read_final_grades
from tests import views_scenario as sc
from tests.integration.test_views_rebuild import fresh_engine  # noqa: F401 (a fixture)

P = "sch-p"


def p(local: str) -> str:
    return sc.q(local, P)


def _rec(kind: str, record_id: str, data: dict, version: int = 1) -> dict:
    return sc.rec(kind, record_id, data, P, version=version)


def _period(pid: str, kind: str, number: int, name: str, start: str | None, end: str | None) -> dict:
    return _rec("reporting_period.defined", pid, {"period_id": pid, "kind": kind, "number": number, "name": name,
                                                  "academic_year": 2026, "starts_on": start, "ends_on": end},
                version=2)


def _assign(pid: str, cls: str) -> dict:
    return _rec("reporting_period.assigned", f"pa-{pid}-{cls}", {"period_id": pid, "class_id": cls})


def roster() -> list[dict]:
    """Two classes (10А with a subgroup), a pupil in each, 6В's quarters and 10А's half-year, a year column each,
    10А's exam column, and a school-wide "Итоговая" period assigned to no class."""
    enrol = lambda sid, cls, last: _rec("student.enrolled", f"e-{sid}-{cls}", {  # noqa: E731
        "student_id": sid, "class_id": cls, "enrolled_on": "2026-09-01",
        "name": {"last_name": last, "first_name": "Тест"}})
    cls = lambda cid, name, parent=None: _rec("class.defined", cid, {  # noqa: E731
        "class_id": cid, "name": name, "academic_year": 2026, **({"parent_class_id": parent} if parent else {})})
    return [
        _rec("school.registered", "school", {"name": "Школа P", "average_rule": "weighted"}),
        _rec("subject.defined", "s-math", {"subject_id": "math", "name": "Математика"}),
        cls("6v", "6В"), cls("10a", "10А"), cls("10a-g1", "10А 1 группа", "10a"), cls("8b", "8Б"),
        enrol("ivan", "6v", "Иванов"), enrol("olga", "10a-g1", "Орлова"),  # olga: only in 10А's subgroup
        enrol("petr", "8b", "Петров"),  # 8Б: the journal assigned it no period
        _rec("guardian.linked", "gl-ivan", {"guardian_id": "ivan-mother", "student_id": "ivan", "relation": "parent"}),
        _rec("guardian.linked", "gl-olga", {"guardian_id": "olga-mother", "student_id": "olga", "relation": "parent"}),
        _rec("guardian.linked", "gl-petr", {"guardian_id": "petr-mother", "student_id": "petr", "relation": "parent"}),
        _period("q1", "quarter", 1, "1 четверть", "2026-09-01", "2026-10-24"),
        _period("q2", "quarter", 2, "2 четверть", "2026-11-04", "2026-12-28"),
        _period("y6", "year", 1, "Год", "2026-09-01", "2027-05-31"),
        _period("h1", "half_year", 1, "1 полугодие", "2026-09-01", "2026-12-28"),
        _period("y10", "year", 1, "Год", "2026-09-01", "2027-05-25"),
        _period("exam", "exam", 1, "Э", None, None),
        _period("s1", "semester", 1, "Итоговая", "2026-09-01", "2026-12-31"),  # assigned to no class: everyone's
    ]


def assignments() -> list[dict]:
    return [_assign("q1", "6v"), _assign("q2", "6v"), _assign("y6", "6v"), _assign("h1", "10a"),
            _assign("y10", "10a"), _assign("exam", "10a")]


def diary() -> list[dict]:
    """Math lessons on 10-20 (q1, h1) and 11-05 (q2, h1); ivan 5 then 3 (absent on 11-05), olga 4 then 2 (late),
    olga's exam mark 5."""
    lesson = lambda lid, cls, date: _rec("lesson.scheduled", lid, {  # noqa: E731
        "lesson_id": lid, "class_id": cls, "subject_id": "math", "date": date, "slot": 1})
    grade = lambda gid, sid, lid, value: _rec("grade.recorded", gid, {  # noqa: E731
        "grade_id": gid, "student_id": sid, "lesson_id": lid, "value": value, "scale": "five_point"})
    attend = lambda sid, lid, status: _rec("attendance.marked", f"a-{sid}-{lid}", {  # noqa: E731
        "student_id": sid, "lesson_id": lid, "status": status})
    return [
        lesson("l6-1", "6v", "2026-10-20"), lesson("l6-2", "6v", "2026-11-05"),
        lesson("l10-1", "10a", "2026-10-20"), lesson("l10-2", "10a", "2026-11-05"),
        grade("g-ivan-1", "ivan", "l6-1", "5"), grade("g-ivan-2", "ivan", "l6-2", "3"),
        grade("g-olga-1", "olga", "l10-1", "4"), grade("g-olga-2", "olga", "l10-2", "2"),
        attend("ivan", "l6-2", "absent"), attend("olga", "l10-2", "late"),
        _rec("final_grade.recorded", "fg-olga-exam", {
            "final_grade_id": "fg-olga-exam", "student_id": "olga", "subject_id": "math", "period_id": "exam",
            "value": "5", "scale": "five_point"}),
    ]


def everything() -> list[dict]:
    return [*roster(), *assignments(), *diary()]


async def _final_grades(running, student: str, guardian: str) -> dict:
    response = await running.http.get(f"/v1/students/{p(student)}/final-grades", params={"year": "2026"},
                                      headers=sc.bearer(running, p(guardian), Role.GUARDIAN))
    assert response.status_code == 200, response.text
    body = response.json()
    answers.FinalGradesAnswer.model_validate(body)
    return body


def _cells(body: dict) -> dict[str, dict]:
    math = next(s for s in body["subjects"] if s["subject"]["id"] == p("math"))
    return {cell["period_id"]: cell for cell in math["periods"]}


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, everything(), [P])


async def test_each_pupil_sees_only_the_periods_of_their_class(seeded):
    ivan = await _final_grades(seeded, "ivan", "ivan-mother")
    olga = await _final_grades(seeded, "olga", "olga-mother")
    assert [x["period_id"] for x in ivan["periods"]] == [p("q1"), p("q2"), p("s1"), p("y6")]
    assert [x["period_id"] for x in olga["periods"]] == [p("s1"), p("h1"), p("y10"), p("exam")]
    for body in (ivan, olga):
        for subject in body["subjects"]:
            assert [c["period_id"] for c in subject["periods"]] == [x["period_id"] for x in body["periods"]]


async def test_a_class_the_journal_assigned_no_period_sees_every_period_of_the_year(seeded):
    """An Elzhur school whose sync job asked getperiods for one pupil of 6В and one of 10А: 8Б was assigned
    nothing, so its pupils see what every pupil saw before periods were per class."""
    petr = await _final_grades(seeded, "petr", "petr-mother")
    assert [x["period_id"] for x in petr["periods"]] == [p(x) for x in ("q1", "q2", "s1", "h1", "y10", "y6", "exam")]


async def test_the_averages_and_missed_lessons_are_those_of_the_pupils_own_periods(seeded):
    ivan = _cells(await _final_grades(seeded, "ivan", "ivan-mother"))
    assert (ivan[p("q1")]["average"]["value"], ivan[p("q1")]["marks_count"]) == (5.0, 1)
    assert (ivan[p("q2")]["average"]["value"], ivan[p("q2")]["missed_lessons"]["absent"]) == (3.0, 1)
    assert ivan[p("y6")]["average"]["value"] == 4.0 and ivan[p("y6")]["missed_lessons"]["total"] == 1
    olga = _cells(await _final_grades(seeded, "olga", "olga-mother"))
    assert (olga[p("h1")]["average"]["value"], olga[p("h1")]["marks_count"], olga[p("h1")]["late"]) == (3.0, 2, 1)
    assert olga[p("y10")]["average"]["value"] == 3.0
    exam = olga[p("exam")]
    assert [f["value"] for f in exam["final_marks"]] == ["5"] and exam["average"] is None
    assert olga[p("s1")]["marks_count"] == 2  # the period no class was assigned counts for everyone


async def test_the_quarter_selector_takes_the_pupils_own_periods(seeded):
    async def span(student: str, guardian: str, selector: str) -> tuple[str, str, str]:
        response = await seeded.http.get(f"/v1/students/{p(student)}/grades",
                                         params={"period": selector, "date": "2026-10-20"},
                                         headers=sc.bearer(seeded, p(guardian), Role.GUARDIAN))
        assert response.status_code == 200, response.text
        period = response.json()["period"]
        return period["period_id"], period["starts_on"], period["ends_on"]

    assert await span("ivan", "ivan-mother", "quarter") == (p("q1"), "2026-09-01", "2026-10-24")
    assert await span("olga", "olga-mother", "quarter") == (p("h1"), "2026-09-01", "2026-12-28")  # no quarters
    assert await span("olga", "olga-mother", "year") == (p("y10"), "2026-09-01", "2027-05-25")
    assert await span("ivan", "ivan-mother", "year") == (p("y6"), "2026-09-01", "2027-05-31")


async def test_class_statistics_take_the_year_of_the_class(seeded):
    for cls, year in (("10a", "y10"), ("6v", "y6"), ("10a-g1", "y10")):
        response = await seeded.http.get(f"/v1/classes/{p(cls)}/statistics", params={"period": "year"},
                                         headers=sc.bearer(seeded, "head", Role.HEAD_TEACHER, P))
        assert response.status_code == 200, response.text
        assert response.json()["period"]["id"] == p(year), cls


async def test_late_changes_list_a_grade_only_under_the_periods_of_its_pupil(seeded):
    """Every grade here was recorded after 6В's first quarter ended (2026-10-24): ivan's is late for it, olga's
    (10А, on half-years) is not."""
    response = await seeded.http.get("/v1/audit/late-changes", params={"school": P, "period": p("q1")},
                                     headers=sc.bearer(seeded, "aud", Role.AUDITOR, P))
    assert response.status_code == 200, response.text
    assert {c["student_id"] for c in response.json()["changes"]} == {p("ivan")}


async def test_a_school_that_assigns_no_period_shows_every_period_to_everyone(running):
    await sc.seed(running, [*roster(), *diary()], [P])
    for student, guardian in (("ivan", "ivan-mother"), ("olga", "olga-mother")):
        body = await _final_grades(running, student, guardian)
        assert [x["period_id"] for x in body["periods"]] == [p(x) for x in ("q1", "q2", "s1", "h1", "y10", "y6",
                                                                            "exam")]


async def test_a_pupil_who_left_a_class_before_the_year_does_not_see_its_periods(running):
    moved = [_rec("student.enrolled", "e-ivan-10a", {"student_id": "ivan", "class_id": "10a",
                                                     "enrolled_on": "2025-09-01",
                                                     "name": {"last_name": "Иванов", "first_name": "Тест"}}),
             _rec("student.withdrawn", "w-ivan-10a", {"student_id": "ivan", "class_id": "10a",
                                                      "withdrawn_on": "2026-09-01"})]
    await sc.seed(running, [*everything(), *moved], [P])
    body = await _final_grades(running, "ivan", "ivan-mother")
    assert [x["period_id"] for x in body["periods"]] == [p("q1"), p("q2"), p("s1"), p("y6")]


async def test_a_class_of_last_year_gives_no_period_of_this_year(running):
    """Found by contracts/journeys/elzhur_21: a pupil of last year's 9Б (a class of 2025/26) who left over the
    summer, whose enrolment no answer ended, saw this year's periods through it (9Б was assigned none of them, so
    it read as a class the journal said nothing about)."""
    left = [_rec("class.defined", "9b-2025", {"class_id": "9b-2025", "name": "9Б", "academic_year": 2025}),
            _rec("student.enrolled", "e-vera-9b", {"student_id": "vera", "class_id": "9b-2025",
                                                   "enrolled_on": "2025-09-01",
                                                   "name": {"last_name": "Белова", "first_name": "Вера"}}),
            _rec("guardian.linked", "gl-vera", {"guardian_id": "vera-mother", "student_id": "vera",
                                                "relation": "parent"})]
    await sc.seed(running, [*everything(), *left], [P])
    body = await _final_grades(running, "vera", "vera-mother")
    assert [x["period_id"] for x in body["periods"]] == [p("s1")]  # only the period assigned to no class


def _views(engine) -> dict:
    tables = [table for projection in ALL_PROJECTIONS for table in projection.tables]
    with engine.connect() as conn:
        found = {}
        for local in ("ivan", "olga"):
            student = progress.student_context(conn, p(local))
            found[local] = read_final_grades(conn, student, 2026)
        return {"digest": table_digest(conn, tables), "answers": found}


async def test_rebuild_from_the_log_equals_the_incremental_views(running, fresh_engine):
    """Assignments first (before their periods and classes), then the diary shuffled, then the roster."""
    shuffled = diary()
    random.Random(11).shuffle(shuffled)
    vendor = running.vendor([P])
    for batch in (assignments(), shuffled, roster()):
        body = (await running.http.post("/v1/ingest/native", json=batch, headers=vendor)).json()
        assert body["summary"]["rejected"] == 0, body
        await project_all(running.hub.log, running.hub.views, batch_size=3)
    incremental = _views(running.hub.views)
    await project_all(running.hub.log, fresh_engine)
    rebuilt = _views(fresh_engine)
    assert rebuilt["digest"] == incremental["digest"]
    assert rebuilt["answers"] == incremental["answers"]
    assert [x["period_id"] for x in incremental["answers"]["olga"]["periods"]] == [p("s1"), p("h1"), p("y10"),
                                                                                 p("exam")]
    assert dt.date.fromisoformat(incremental["answers"]["ivan"]["periods"][-1]["ends_on"]) == dt.date(2027, 5, 31)

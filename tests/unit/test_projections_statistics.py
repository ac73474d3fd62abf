"""Known answers for the statistics: a small class with known marks and attendance (mean, distribution,
failing share, attendance rate, missed lessons, weekly trend), subject-teacher scope, periods, and partial sums of
classes and schools combining into the school's and the city's figures; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from hub.api.access_scopes import find_class
from hub.events.scales import is_failing, mark_bucket
from hub.reports.statistics_report import class_report, school_report
from projections.statistics import Period, UnknownPeriod, partial, resolve_period
from projections.statistics_sums import combine, fold
from tests.unit.test_projections_schedule import ev, project  # noqa: F401 (project is a fixture)

Q1 = Period("q1", "1 четверть", "quarter", dt.date(2026, 9, 1), dt.date(2026, 10, 24))
NAME = {"last_name": "Иванова", "first_name": "Анна"}


def grade(grade_id: str, student: str, lesson: str | None, value: str, weight: float = 1.0, scale: str = "five_point",
          norm: float | None = None, counts: bool = True, **extra) -> dict:
    return {"grade_id": grade_id, "student_id": student, "lesson_id": lesson, "value": value, "scale": scale,
            "normalised": norm, "conversion": f"{scale}.v1", "counts_in_average": counts, "weight": weight, **extra}


def lesson(lesson_id: str, date: str, class_id: str = "5a", subject: str = "math", teacher: str = "t1") -> object:
    return ev("lesson.scheduled", lesson_id=lesson_id, class_id=class_id, subject_id=subject, date=date, slot=1,
              teacher_id=teacher)


def school(school_id: str = "s1") -> list:
    def e(type_: str, **data):  # noqa: ANN202
        return ev(type_, school=school_id, **data)

    p = "" if school_id == "s1" else f"{school_id}-"
    return [
        e("school.registered", name="Школа 1", average_rule="weighted"),
        e("reporting_period.defined", period_id=f"{p}q1", kind="quarter", number=1, name="1 четверть",
          academic_year=2026, starts_on="2026-09-01", ends_on="2026-10-24"),
        e("subject.defined", subject_id=f"{p}math", name="Математика"),
        e("subject.defined", subject_id=f"{p}eng", name="Английский язык"),
        e("class.defined", class_id=f"{p}5a", name="5А", academic_year=2026),
        e("class.defined", class_id=f"{p}5a-1", name="5А/1", academic_year=2026, parent_class_id=f"{p}5a"),
        *(e("student.enrolled", student_id=f"{p}{s}", class_id=f"{p}5a", name={**NAME, "first_name": s},
            enrolled_on=on) for s, on in (("anna", "2026-09-01"), ("boris", "2026-09-01"), ("vera", "2026-09-01"),
                                          ("gleb", "2026-09-10"))),
        e("student.enrolled", student_id=f"{p}anna", class_id=f"{p}5a-1", name={**NAME, "first_name": "anna"},
          enrolled_on="2026-09-01"),
    ]


def class_events() -> list:
    """Math: L1 (W37), L2 (W38), L4 cancelled, L5 after the quarter; English: L3 in the subgroup (W37)."""
    return [
        lesson("L1", "2026-09-07"), lesson("L2", "2026-09-14"), lesson("L4", "2026-09-15"), lesson("L5", "2026-10-26"),
        ev("lesson.cancelled", lesson_id="L4"),
        lesson("L3", "2026-09-08", class_id="5a-1", subject="eng", teacher="t2"),
        ev("grade.recorded", **grade("G1", "anna", "L1", "5", norm=100.0)),
        ev("grade.recorded", **grade("G2", "boris", "L1", "4-", weight=2, norm=68.75)),
        ev("grade.recorded", **grade("G3", "vera", "L1", "2", norm=25.0)),
        ev("grade.recorded", **grade("G4", "anna", "L2", "3+", norm=56.25)),
        ev("grade.recorded", **grade("G5", "boris", "L2", "5", weight=3, norm=100.0)),
        ev("grade.amended", **grade("G5", "boris", "L2", "4", weight=3, norm=75.0), reason="Ошибка"),
        ev("grade.recorded", **grade("G6", "vera", "L2", "2", norm=25.0)),
        ev("grade.retracted", grade_id="G6", student_id="vera"),
        ev("grade.recorded", **grade("G7", "anna", "L5", "5", norm=100.0)),
        ev("grade.recorded", **grade("G8", "vera", "L2", "pass", scale="pass_fail", norm=100.0, counts=False)),
        ev("grade.recorded", **grade("G9", "boris", "L2", "exempt", scale="status", counts=False)),
        ev("grade.recorded", **grade("G10", "anna", "L3", "4", norm=75.0, teacher_id="t2")),
        ev("grade.recorded", **grade("G11", "anna", None, "5", norm=100.0, subject_id="math", date="2026-09-16")),
        ev("attendance.marked", student_id="anna", lesson_id="L1", status="late", minutes_late=5),
        ev("attendance.marked", student_id="boris", lesson_id="L1", status="absent"),
        ev("attendance.marked", student_id="vera", lesson_id="L2", status="ill"),
        ev("attendance.marked", student_id="gleb", lesson_id="L2", status="present"),
        ev("attendance.marked", student_id="boris", lesson_id="L2", status="absent"),
        ev("attendance.corrected", student_id="boris", lesson_id="L2", status="excused"),
        ev("attendance.marked", student_id="anna", lesson_id="L4", status="absent"),  # a cancelled lesson: ignored
    ]


def report(engine, subjects: frozenset[str] | None = None, class_id: str = "5a") -> dict:
    with engine.connect() as conn:
        return class_report(conn, find_class(conn, class_id), Q1, subjects)


def test_a_class_with_known_marks_and_attendance(engine, project):
    project(school() + class_events())
    body = report(engine)
    assert [row["subject"] for row in body["subjects"]] == [{"id": "eng", "name": "Английский язык"},
                                                            {"id": "math", "name": "Математика"}]
    math = body["subjects"][1]
    assert (math["marks"], math["graded"], math["in_average"]) == (8, 7, 6)  # G6 retracted, G7 after the quarter
    # weighted: (100 + 2 x 68.75 + 25 + 56.25 + 3 x 75 + 100) / (1 + 2 + 1 + 1 + 3 + 1)
    assert math["mean"] == {"normalised": 71.5278, "on_scale": 3.8611, "scale": "five_point"}
    assert math["distribution"] == [
        {"scale": "five_point", "counts": {"5": 2, "4": 2, "3": 1, "2": 1, "1": 0}},
        {"scale": "pass_fail", "counts": {"pass": 1, "fail": 0}},
        {"scale": "status", "counts": {"exempt": 1, "not_assessed": 0}}]
    assert math["failing"] == {"count": 1, "share": round(1 / 7, 4)}
    assert math["attendance"] == {"student_lessons": 7, "marked": 5, "present": 1, "late": 1, "absent": 1, "ill": 1,
                                  "excused": 1, "missed": 3, "rate": round(4 / 7, 4), "rate_of_marked": 0.4}
    assert (math["students"], math["missed_per_student"]) == (4, 0.75)
    assert math["trend"] == [
        {"week": "2026-W37", "marks": 3, "mean": {"normalised": 65.625, "on_scale": 3.625, "scale": "five_point"}},
        {"week": "2026-W38", "marks": 5, "mean": {"normalised": 76.25, "on_scale": 4.05, "scale": "five_point"}}]
    eng = body["subjects"][0]
    assert (eng["marks"], eng["mean"]["on_scale"], eng["attendance"]["student_lessons"], eng["attendance"]["rate"],
            eng["attendance"]["rate_of_marked"]) == (1, 4.0, 1, 1.0, None)
    total = body["total"]
    assert (total["marks"], total["mean"]["on_scale"], total["attendance"]["student_lessons"]) == (9, 3.875, 8)
    assert [(row["student"]["id"], row["missed"], row["missed_by_subject"]) for row in body["students"]] == [
        ("anna", 0, {}), ("boris", 2, {"math": 2}), ("gleb", 0, {}), ("vera", 1, {"math": 1})]


def test_a_subject_teacher_sees_only_their_subjects(engine, project):
    project(school() + class_events())
    body = report(engine, frozenset({"eng"}))
    assert [row["subject"]["id"] for row in body["subjects"]] == ["eng"]
    assert (body["total"]["marks"], body["total"]["attendance"]["student_lessons"]) == (1, 1)


def test_the_subgroup_alone_and_the_simple_average_rule(engine, project):
    project(school() + class_events() + [ev("school.registered", name="Школа 1", average_rule="simple")])
    assert [(r["subject"]["id"], r["marks"]) for r in report(engine, class_id="5a-1")["subjects"]] == [("eng", 1)]
    math = report(engine)["subjects"][1]
    assert math["mean"]["normalised"] == round((100 + 68.75 + 25 + 56.25 + 75 + 100) / 6, 4)


def test_an_empty_period_has_zero_counts_and_no_means(engine, project):
    project(school())
    body = report(engine)
    assert body["subjects"] == []
    assert (body["total"]["marks"], body["total"]["mean"], body["total"]["failing"]["share"],
            body["total"]["attendance"]["rate"]) == (0, None, None, None)


def test_school_figures_are_its_classes_combined_and_a_city_is_its_schools_combined(engine, project):
    other_class = [ev("class.defined", class_id="6a", name="6А", academic_year=2026),
                   ev("student.enrolled", student_id="dina", class_id="6a", name=NAME, enrolled_on="2026-09-01"),
                   lesson("M1", "2026-09-09", class_id="6a"),
                   ev("grade.recorded", **grade("H1", "dina", "M1", "3", weight=2, norm=50.0))]
    second = [*school("s2"), ev("lesson.scheduled", school="s2", lesson_id="s2-L1", class_id="s2-5a",
                                subject_id="s2-math", date="2026-09-07", slot=1),
              ev("grade.recorded", school="s2", **grade("s2-G1", "s2-anna", "s2-L1", "2", norm=25.0))]
    project(school() + class_events() + other_class + second)
    with engine.connect() as conn:
        whole = partial(conn, "s1", Q1)
        parts = combine([partial(conn, "s1", Q1, ["5a", "5a-1"]), partial(conn, "s1", Q1, ["6a"])])
        city = combine([whole, partial(conn, "s2", Q1)])
        by_parts, direct = school_report(conn, "s1", Q1, parts), school_report(conn, "s1", Q1)
    assert by_parts == direct
    math = next(row for row in direct["subjects"] if row["subject"]["id"] == "math")
    assert (math["marks"], math["mean"]["normalised"]) == (9, round((643.75 + 100) / 11, 4))
    assert [(row["class"]["id"], row["marks"]) for row in direct["classes"]] == [("5a", 9), ("6a", 1)]  # 5А/1 in 5А
    assert [(row["teacher"]["id"], row["marks"]) for row in direct["teachers"]] == [(None, 1), ("t1", 8), ("t2", 1)]
    [total] = fold(city, (), scale="five_point", rule="weighted").values()
    assert (total["marks"], total["failing"]["count"]) == (11, 2)
    assert total["mean"]["normalised"] == round((643.75 + 75 + 100 + 25) / (10 + 2 + 1), 4)


def test_periods_current_year_named_and_unknown(engine, project):
    project(school() + [
        ev("reporting_period.defined", period_id="h1", kind="half_year", number=1, name="1 полугодие",
           academic_year=2026, starts_on="2026-09-01", ends_on="2026-12-27"),
        ev("reporting_period.defined", period_id="q2", kind="quarter", number=2, name="2 четверть",
           academic_year=2026, starts_on="2026-11-03", ends_on="2026-12-27")])
    with engine.connect() as conn:
        def resolve(period: str, today: str) -> tuple:
            found = resolve_period(conn, "s1", period, dt.date.fromisoformat(today))
            return found.period_id, found.starts_on.isoformat(), found.ends_on.isoformat()

        assert resolve("current", "2026-10-01") == ("q1", "2026-09-01", "2026-10-24")  # the shortest containing
        assert resolve("current", "2026-10-28") == ("h1", "2026-09-01", "2026-12-27")  # holidays: in h1 only
        assert resolve("current", "2027-01-10") == ("q2", "2026-11-03", "2026-12-27")  # the last one ended
        assert resolve("year", "2026-10-01") == ("year-2026", "2026-09-01", "2026-12-27")
        assert resolve("q2", "2026-10-01")[0] == "q2"
        for period, today in (("nope", "2026-10-01"), ("current", "2026-08-01")):
            with pytest.raises(UnknownPeriod):
                resolve(period, today)


@pytest.mark.parametrize("scale, value, failing, bucket", [
    ("five_point", "2+", True, "2"), ("five_point", "3-", False, "3"), ("five_point", "1", True, "1"),
    ("ten_point", "3", True, "3"), ("ten_point", "4-", False, "4"), ("hundred_point", "49,5", True, "40-49"),
    ("hundred_point", "50", False, "50-59"), ("hundred_point", "100", False, "90-100"),
    ("pass_fail", "fail", True, "fail"), ("pass_fail", "pass", False, "pass"), ("status", "exempt", False, "exempt"),
    # no published pass mark for these scales: their marks are never counted as failing
    ("six_point", "1", False, "1"), ("seven_point", "6+", False, "6"), ("twelve_point", "12", False, "12"),
    ("letter", "F", False, "F"), ("letter", "B+", False, "B"),
])
def test_failing_rule_and_buckets(scale, value, failing, bucket):
    assert (is_failing(scale, value), mark_bucket(scale, value)) == (failing, bucket)

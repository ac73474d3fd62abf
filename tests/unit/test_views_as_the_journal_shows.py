"""The views show what the journal shows (issue 11, part A): the journal's own text of a mark and its number, the
attendance code, the teacher's name from ``teacher.defined``, the group a lesson is for, the class teacher, a
day's holidays and the text of a final mark. Events are stated in their latest version, as ``decode`` gives them to
the projections; each answer must not depend on the order or the batching of the events."""

from __future__ import annotations

import datetime as dt
import uuid

import orjson
import pytest
from sqlalchemy import select

from hub.events.envelope import LoggedEvent
from hub.events.registry import latest_version, model_for
from projections import children, final_grades, names, progress, roster, schedule
from projections.diary_reads import read_diary
from projections.student_views import read_subject
from projections.periods import school_period
from tests.projecting import project

SCHOOL = "s1"
MON, TUE = dt.date(2026, 9, 7), dt.date(2026, 9, 8)
NAME = {"last_name": "Иванова", "first_name": "Анна"}


def ev(type_: str, **data) -> LoggedEvent:
    version = latest_version(type_)
    payload = orjson.loads(orjson.dumps(model_for(type_, version).model_validate(data).model_dump(mode="json")))
    return LoggedEvent(str(uuid.uuid4()), type_, version, SCHOOL, "2026-09-01T08:00:00+00:00",
                       "2026-09-01T08:00:00+00:00", {"system": "native"}, payload)


def school() -> list[LoggedEvent]:
    """5А with its English group "1 группа" (anna) and 6А (vera); a lesson of each on Monday 7 September 2026."""
    return [
        ev("school.registered", name="Школа 1", modifier_step=0.5),
        ev("subject.defined", subject_id="math", name="Математика"),
        ev("subject.defined", subject_id="eng", name="Английский язык"),
        ev("class.defined", class_id="5a", name="5А", academic_year=2026),
        ev("class.defined", class_id="5a-1", name="1 группа", academic_year=2026, parent_class_id="5a"),
        ev("class.defined", class_id="6a", name="6А", academic_year=2026),
        ev("student.enrolled", student_id="anna", class_id="5a", name=NAME, enrolled_on="2026-09-01"),
        ev("student.enrolled", student_id="anna", class_id="5a-1", name=NAME, enrolled_on="2026-09-01"),
        ev("student.enrolled", student_id="vera", class_id="6a", name=NAME, enrolled_on="2026-09-01"),
        ev("lesson.scheduled", lesson_id="L1", class_id="5a", subject_id="math", date="2026-09-07", slot=1,
           teacher_id="t1"),
        ev("lesson.scheduled", lesson_id="L2", class_id="5a-1", subject_id="eng", date="2026-09-07", slot=2,
           teacher_id="t2"),
        ev("reporting_period.defined", period_id="q1", kind="quarter", number=1, name="1 четверть",
           academic_year=2026, starts_on="2026-09-01", ends_on="2026-10-24"),
    ]


def diary(engine, student: str = "anna", start: dt.date = MON, end: dt.date = MON) -> list[dict]:
    with engine.connect() as conn:
        return read_diary(conn, student, start, end)


@pytest.mark.parametrize("per_event", [False, True])
def test_marks_show_the_journals_text_and_number_beside_the_canonical_value(engine, per_event):
    project(engine, school() + [
        ev("grade.recorded", grade_id="G1", student_id="anna", lesson_id="L1", value="5/4", text="5/4",
           vendor_number=4.5, scale="five_point", normalised=87.5, conversion="five_point.vendor_number.v1",
           counts_in_average=True, work_type={"code": "test", "name": "Контрольная работа"}),
        ev("grade.recorded", grade_id="G2", student_id="anna", lesson_id="L1", value="pass", text="зачёт",
           scale="pass_fail", normalised=100.0, conversion="pass_fail.binary.v1", counts_in_average=False),
        ev("attendance.marked", student_id="anna", lesson_id="L1", status="excused", code="УП"),
    ], per_event)
    [monday] = diary(engine)
    l1 = monday["lessons"][0]
    assert [(m["value"], m["text"], m["vendor_number"], m["work_type_name"]) for m in l1["marks"]] == [
        ("5/4", "5/4", 4.5, "Контрольная работа"), ("pass", "зачёт", None, None)]
    assert (l1["attendance"]["status"], l1["attendance"]["code"]) == ("excused", "УП")
    with engine.connect() as conn:
        student = progress.student_context(conn, "anna")
        subject = read_subject(conn, student, "math", school_period(conn, SCHOOL, "q1"))
    [day] = subject["days"]
    assert [m["text"] for m in day["marks"]] == ["5/4", "зачёт"]
    assert day["lessons"][0]["attendance"]["code"] == "УП"


@pytest.mark.parametrize("defined_first", [False, True])
def test_the_teachers_name_comes_from_teacher_defined_whatever_the_order(engine, defined_first):
    defined = [ev("teacher.defined", teacher_id="t1", display_name="Петрова А. С."),
               ev("teacher.defined", teacher_id="t2", name={"last_name": "Смит", "first_name": "Джон"})]
    assigned = [ev("teacher.assigned", teacher_id=t, role="subject_teacher", class_id="5a", subject_id="math",
                   name={"last_name": "Другая", "first_name": "Фамилия"}) for t in ("t1", "t2", "t3")]
    third = ev("lesson.scheduled", lesson_id="L3", class_id="5a", subject_id="math", date="2026-09-07", slot=3,
               teacher_id="t3")
    project(engine, school() + [third] + (defined + assigned if defined_first else assigned + defined),
            per_event=True)
    [monday] = diary(engine)
    assert [lesson["teacher"]["name"] for lesson in monday["lessons"]] == [
        "Петрова А. С.", "Смит Джон", "Другая Фамилия"]  # display name, the defined parts, the assignment's
    with engine.connect() as conn:
        week = schedule.class_week(conn, "5a", MON)
        assert names.teacher_names(conn, ["t1", "t2", "t3", "t9"]) == {
            "t1": "Петрова А. С.", "t2": "Смит Джон", "t3": "Другая Фамилия"}
    assert [lesson["teacher"]["name"] for lesson in week[0]["lessons"]] == [
        "Петрова А. С.", "Смит Джон", "Другая Фамилия"]


def test_a_lesson_names_the_group_it_is_for(engine):
    project(engine, school() + [
        ev("timetable.defined", entry_id="tt-eng", class_id="5a-1", subject_id="eng", weekday=2, slot=2,
           valid_from="2026-09-01")])
    [l1, l2] = diary(engine)[0]["lessons"]
    assert (l1["group"], l2["group"]) == (None, {"id": "5a-1", "name": "1 группа"})
    with engine.connect() as conn:
        week = schedule.class_week(conn, "5a", MON)
    assert [(lesson["lesson_id"], lesson["group"]) for day in week for lesson in day["lessons"]] == [
        ("L1", None), ("L2", {"id": "5a-1", "name": "1 группа"}),
        ("tt:tt-eng:2026-09-08", {"id": "5a-1", "name": "1 группа"})]


def test_a_day_lists_the_holidays_of_the_classes_the_student_is_in(engine):
    holiday = lambda hid, name, start, end, **extra: ev(  # noqa: E731
        "holiday.defined", holiday_id=hid, name=name, academic_year=2026, starts_on=start, ends_on=end, **extra)
    project(engine, school() + [
        holiday("school", "День учителя", "2026-09-08", "2026-09-08"),
        holiday("5a", "Экскурсия 5А", "2026-09-06", "2026-09-07", class_id="5a"),
        holiday("6a", "Каникулы 6А", "2026-09-07", "2026-09-08", class_id="6a"),
    ])
    anna = diary(engine, "anna", MON, TUE)
    assert [[h["name"] for h in day["holidays"]] for day in anna] == [["Экскурсия 5А"], ["День учителя"]]
    vera = diary(engine, "vera", MON, TUE)
    assert [[h["name"] for h in day["holidays"]] for day in vera] == [  # by start
        ["Каникулы 6А"], ["Каникулы 6А", "День учителя"]]
    assert vera[0]["holidays"][0] == {"id": "6a", "name": "Каникулы 6А", "class_id": "6a"}


def test_the_class_teacher_of_a_class_its_subgroups_and_a_guardians_children(engine):
    project(engine, school() + [
        ev("teacher.defined", teacher_id="t-ct", display_name="Сидорова Мария Ивановна"),
        ev("teacher.assigned", teacher_id="t-ct", role="class_teacher", class_id="5a"),
        ev("guardian.linked", guardian_id="mother", student_id="anna", relation="parent"),
        ev("guardian.linked", guardian_id="mother", student_id="vera", relation="parent"),
    ])
    expected = {"id": "t-ct", "name": "Сидорова Мария Ивановна"}
    with engine.connect() as conn:
        assert names.class_teachers(conn, ["5a", "5a-1", "6a"]) == {"5a": expected, "5a-1": expected}
        kids = {kid["student_id"]: kid["class_teacher"] for kid in children.children_of(conn, "mother")}
    assert kids == {"anna": expected, "vera": None}


@pytest.mark.parametrize("first, second", [("t-a", "t-z"), ("t-z", "t-a")])
def test_a_new_class_teacher_replaces_the_one_before_whatever_their_ids(engine, first, second):
    """Found by dnevnik_ru_6 (class-teacher-02): a class has one class teacher, and the one assigned last (in log
    order) is it; two assignments used to show the first by teacher id."""
    project(engine, school() + [
        ev("teacher.defined", teacher_id=first, display_name="Семёнов Игорь Петрович"),
        ev("teacher.defined", teacher_id=second, display_name="Нуриев Тимур Ренатович"),
        ev("teacher.assigned", teacher_id=first, role="class_teacher", class_id="5a"),
        ev("teacher.assigned", teacher_id=second, role="class_teacher", class_id="5a"),
    ])
    with engine.connect() as conn:
        assert names.class_teachers(conn, ["5a", "5a-1"]) == {
            "5a": {"id": second, "name": "Нуриев Тимур Ренатович"}, "5a-1": {"id": second, "name": "Нуриев Тимур Ренатович"}}


def test_final_marks_show_the_journals_text_and_the_school_keeps_its_modifier_step(engine):
    project(engine, school() + [
        ev("final_grade.recorded", final_grade_id="F1", student_id="anna", subject_id="math", period_id="q1",
           value="not_assessed", text="н/а", scale="status", normalised=None, conversion="status.none.v1")])
    with engine.connect() as conn:
        student = progress.student_context(conn, "anna")
        body = final_grades.read_final_grades(conn, student, 2026)
        step = conn.execute(select(roster.schools.c.modifier_step)).scalar_one()
    [math] = [s for s in body["subjects"] if s["subject"]["id"] == "math"]
    assert [(f["value"], f["text"]) for p in math["periods"] for f in p["final_marks"]] == [("not_assessed", "н/а")]
    assert [p["name"] for p in body["periods"]] == ["1 четверть"]
    assert step == 0.5

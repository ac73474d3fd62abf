"""The schedule and statistics API over views built by the projector: answers, formats (JSON, XLSX, PDF, SVG,
PNG), parameters, and who may read what (a foreign class or school is 404). The first test runs on both stacks
(embedded; Kafka + PostgreSQL), the rest on the embedded one."""

from __future__ import annotations

import datetime as dt
import io
import struct
import xml.etree.ElementTree as ET

import pytest

from hub import clock
from hub.auth.readers import Role
from hub.projector.runner import project_all
from tests import views_scenario as sc
from tests.samples import OTHER, SCHOOL, name, q, rec

EMBEDDED = pytest.mark.parametrize("stack", [{}], ids=["embedded"])
SVG = "{http://www.w3.org/2000/svg}"


def records() -> list[dict]:
    """School 1: 5А (anna, boris; anna also in 5А/1) with a timetable and two explicit math lessons in W37, 6А
    (vera); the autumn holidays; a head teacher, a class teacher, subject teachers; school 2 exists too."""
    grade = {"scale": "five_point", "teacher_id": "t-math"}
    return [
        rec("school.registered", "school", {"name": "Школа 1", "timezone": "Europe/Moscow"}),
        rec("school.registered", "school-2", {"name": "Школа 2"}, school=OTHER),
        rec("reporting_period.defined", "q1", {"period_id": "q1", "kind": "quarter", "number": 1,
                                               "name": "1 четверть", "academic_year": 2026,
                                               "starts_on": "2026-09-01", "ends_on": "2026-10-24"}),
        rec("subject.defined", "s-math", {"subject_id": "math", "name": "Математика"}),
        rec("subject.defined", "s-eng", {"subject_id": "eng", "name": "Английский язык"}),
        rec("class.defined", "c-5a", {"class_id": "5a", "name": "5А", "academic_year": 2026}),
        rec("class.defined", "c-5a-1", {"class_id": "5a-1", "name": "5А англ. 1", "academic_year": 2026,
                                        "parent_class_id": "5a"}),
        rec("class.defined", "c-6a", {"class_id": "6a", "name": "6А", "academic_year": 2026}),
        *(rec("student.enrolled", f"e-{s}-{c}", {"student_id": s, "class_id": c, "enrolled_on": "2026-09-01",
                                                  "name": name("Смирнова", s.title())})
          for s, c in (("anna", "5a"), ("anna", "5a-1"), ("boris", "5a"), ("vera", "6a"))),
        rec("guardian.linked", "gl-1", {"guardian_id": "mother", "student_id": "anna", "relation": "parent"}),
        rec("guardian.linked", "gl-2", {"guardian_id": "aunt", "student_id": "vera", "relation": "parent"}),
        rec("teacher.assigned", "ta-1", {"teacher_id": "t-math", "role": "subject_teacher", "class_id": "5a",
                                         "subject_id": "math", "name": name("Петрова", "Анна")}),
        rec("teacher.assigned", "ta-2", {"teacher_id": "t-eng", "role": "subject_teacher", "class_id": "5a-1",
                                         "subject_id": "eng"}),
        rec("teacher.assigned", "ta-3", {"teacher_id": "t-class", "role": "class_teacher", "class_id": "5a"}),
        rec("holiday.defined", "h-autumn", {"holiday_id": "autumn", "name": "Осенние каникулы", "academic_year": 2026,
                                            "starts_on": "2026-10-26", "ends_on": "2026-11-03"}),
        rec("timetable.defined", "tt-1", {"entry_id": "5a-mon-1", "class_id": "5a", "subject_id": "math",
                                          "weekday": 1, "slot": 1, "valid_from": "2026-09-01",
                                          "starts_at": "08:30", "ends_at": "09:15", "teacher_id": "t-math"}),
        rec("timetable.defined", "tt-2", {"entry_id": "5a-tue-2", "class_id": "5a", "subject_id": "math",
                                          "weekday": 2, "slot": 2, "valid_from": "2026-09-01"}),
        rec("timetable.defined", "tt-3", {"entry_id": "5a1-wed-3", "class_id": "5a-1", "subject_id": "eng",
                                          "weekday": 3, "slot": 3, "valid_from": "2026-09-07",
                                          "frequency": "every_other_week"}),
        rec("lesson.scheduled", "l1", {"lesson_id": "l1", "class_id": "5a", "subject_id": "math",
                                       "date": "2026-09-07", "slot": 1, "teacher_id": "t-math", "topic": "Дроби"}),
        rec("lesson.scheduled", "l2", {"lesson_id": "l2", "class_id": "5a", "subject_id": "math",
                                       "date": "2026-09-14", "slot": 1, "teacher_id": "t-math"}),
        rec("grade.recorded", "g1", {**grade, "grade_id": "g1", "student_id": "anna", "lesson_id": "l1", "value": "5"}),
        rec("grade.recorded", "g2", {**grade, "grade_id": "g2", "student_id": "boris", "lesson_id": "l1",
                                     "value": "2", "weight": 2}),
        rec("grade.recorded", "g3", {**grade, "grade_id": "g3", "student_id": "anna", "lesson_id": "l2", "value": "4"}),
        rec("attendance.marked", "a1", {"student_id": "boris", "lesson_id": "l2", "status": "ill"}),
    ]


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, records(), [SCHOOL, OTHER])


def bearer(running, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
    """A reader token for the person of ``sub``, a local id of ``SCHOOL`` (auditor and operator names as given)."""
    person = sub if role in (Role.AUDITOR, Role.OPERATOR) else q(sub)
    return {"Authorization": f"Bearer {running.hub.tokens.issue(person, role, school)}"}


def tt(entry: str, date: str) -> str:
    """The id of the lesson a timetable entry (its local id) puts on a date."""
    return f"tt:{q(entry)}:{date}"


CLASS_5A = f"/v1/classes/{q('5a')}"


HEAD = ("head", Role.HEAD_TEACHER, SCHOOL)


async def get(running, path: str, who: tuple = HEAD, **params):  # noqa: ANN201
    return await running.http.get(path, params=params, headers=bearer(running, *who))


async def test_schedule_and_statistics_on_both_stacks(seeded):
    body = (await get(seeded, f"{CLASS_5A}/schedule", week="2026-W37")).json()
    assert (body["class"], body["week"], body["from"], body["to"]) == (
        {"id": q("5a"), "name": "5А", "parent_id": None, "class_teacher": {"id": q("t-class"), "name": None}},
        "2026-W37", "2026-09-07", "2026-09-13")
    week = [(d["date"], l["slot"], l["source"], l["lesson_id"], l["class"]["id"], l["group"]) for d in body["days"]
            for l in d["lessons"]]
    assert week == [("2026-09-07", 1, "lesson", q("l1"), q("5a"), None),  # explicit wins over 5a-mon-1
                    ("2026-09-08", 2, "timetable", tt("5a-tue-2", "2026-09-08"), q("5a"), None),
                    ("2026-09-09", 3, "timetable", tt("5a1-wed-3", "2026-09-09"), q("5a-1"),
                     {"id": q("5a-1"), "name": "5А англ. 1"})]
    group = (await get(seeded, f"/v1/classes/{q('5a-1')}/schedule", week="2026-W37")).json()["class"]
    assert group == {"id": q("5a-1"), "name": "5А англ. 1", "parent_id": q("5a"),  # its class's class teacher
                     "class_teacher": {"id": q("t-class"), "name": None}}
    assert body["caught_up"] is True and body["log_positions"]
    stats = (await get(seeded, f"{CLASS_5A}/statistics", period=q("q1"))).json()
    [math] = stats["subjects"]
    assert (math["marks"], math["mean"]["on_scale"], math["failing"]["count"]) == (3, 3.25, 1)  # (5 + 2x2 + 4) / 4
    assert math["attendance"]["student_lessons"] == 4 and math["attendance"]["missed"] == 1
    pdf = await get(seeded, f"{CLASS_5A}/statistics", period=q("q1"), format="pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@EMBEDDED
async def test_student_schedule_for_a_guardian_and_the_holidays(seeded):
    mother = ("mother", Role.GUARDIAN, None)
    body = (await get(seeded, f"/v1/students/{q('anna')}/schedule", mother, week="2026-W37")).json()
    assert [l["lesson_id"] for d in body["days"] for l in d["lessons"]] == [
        q("l1"), tt("5a-tue-2", "2026-09-08"), tt("5a1-wed-3", "2026-09-09")]
    boris = (await get(seeded, f"/v1/students/{q('boris')}/schedule", ("boris", Role.STUDENT), week="2026-W37")).json()
    assert [l["lesson_id"] for d in boris["days"] for l in d["lessons"]] == [q("l1"), tt("5a-tue-2", "2026-09-08")]
    holidays = (await get(seeded, f"/v1/students/{q('anna')}/schedule", mother, week="2026-W44")).json()
    assert all(d["lessons"] == [] and d["holidays"][0]["name"] == "Осенние каникулы" for d in holidays["days"])


@EMBEDDED
async def test_the_default_week_is_the_current_one_in_the_school_time_zone(seeded):
    body = (await get(seeded, f"{CLASS_5A}/schedule")).json()
    year, week, _ = clock.today("Europe/Moscow").isocalendar()
    assert body["week"] == f"{year}-W{week:02d}"


@EMBEDDED
@pytest.mark.parametrize("week", ["2026-37", "2026-W1", "2026-W00", "2025-W53", "2026-W54", "W37", "2026-W37x"])
async def test_a_bad_week_is_422(seeded, week):
    for path in (f"{CLASS_5A}/schedule", f"/v1/students/{q('anna')}/schedule"):
        response = await get(seeded, path, week=week)
        assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_week", response.text


@EMBEDDED
@pytest.mark.parametrize("who, class_id, status", [
    (("mother", Role.GUARDIAN, None), "5a", 200), (("mother", Role.GUARDIAN, None), "5a-1", 200),
    (("mother", Role.GUARDIAN, None), "6a", 404), (("aunt", Role.GUARDIAN, None), "5a", 404),
    (("anna", Role.STUDENT, None), "5a", 200), (("vera", Role.STUDENT, None), "5a", 404),
    (("t-math", Role.TEACHER, SCHOOL), "5a", 200), (("t-math", Role.TEACHER, SCHOOL), "5a-1", 200),
    (("t-math", Role.TEACHER, SCHOOL), "6a", 404), (("t-math", Role.TEACHER, OTHER), "5a", 404),
    (HEAD, "6a", 200), (("head", Role.HEAD_TEACHER, OTHER), "5a", 404), (HEAD, "nope", 404),
    (("aud", Role.AUDITOR, None), "5a", 404), (("op", Role.OPERATOR, None), "5a", 404),
])
async def test_who_may_read_a_class_schedule(seeded, who, class_id, status):
    response = await get(seeded, f"/v1/classes/{q(class_id)}/schedule", who, week="2026-W37")
    assert response.status_code == status, response.text
    if status == 404:
        assert response.json() == {"error": {"code": "not_found", "message": "class not found"}}


@EMBEDDED
@pytest.mark.parametrize("who, subjects", [
    (HEAD, ["eng", "math"]), (("t-class", Role.CLASS_TEACHER, SCHOOL), ["eng", "math"]),
    (("t-math", Role.TEACHER, SCHOOL), ["math"]), (("t-eng", Role.TEACHER, SCHOOL), ["eng"]),
    (("t-math", Role.TEACHER, OTHER), None), (("head", Role.HEAD_TEACHER, OTHER), None),
    (("mother", Role.GUARDIAN, None), None), (("anna", Role.STUDENT, None), None), (("aud", Role.AUDITOR, None), None),
])
async def test_who_may_read_class_statistics_and_which_subjects(seeded, who, subjects):
    response = await get(seeded, f"{CLASS_5A}/statistics", who, period=q("q1"))
    if subjects is None:
        assert response.status_code == 404 and response.json()["error"]["message"] == "class not found"
        return
    assert response.status_code == 200, response.text
    visible = sorted(row["subject"]["id"] for row in response.json()["subjects"])
    assert visible == [q(s) for s in subjects if s == "math"]  # only math has marks in Q1; eng rows are not invented
    chart = await get(seeded, f"{CLASS_5A}/statistics/charts/distribution.svg", who, period=q("q1"),
                      subject=q("math"))
    assert chart.status_code == (200 if "math" in subjects else 404)


@EMBEDDED
@pytest.mark.parametrize("who, status", [
    (HEAD, 200), (("head", Role.HEAD_TEACHER, OTHER), 404), (("t-class", Role.CLASS_TEACHER, SCHOOL), 404),
    (("aud", Role.AUDITOR, None), 404), (("op", Role.OPERATOR, None), 404), (("mother", Role.GUARDIAN, None), 404),
])
async def test_who_may_read_school_statistics(seeded, who, status):
    response = await get(seeded, f"/v1/schools/{SCHOOL}/statistics", who, period=q("q1"))
    assert response.status_code == status, response.text


@EMBEDDED
async def test_school_statistics_per_subject_teacher_and_class(seeded):
    body = (await get(seeded, f"/v1/schools/{SCHOOL}/statistics", period=q("q1"))).json()
    assert (body["school"]["name"], body["period"]["id"], body["total"]["marks"], body["total"]["students"]) == (
        "Школа 1", q("q1"), 3, 3)
    assert [(r["teacher"]["name"], r["marks"], [s["id"] for s in r["subjects"]]) for r in body["teachers"]] == [
        ("Петрова Анна", 3, [q("math")])]
    assert [(r["class"]["name"], r["marks"], r["students"]) for r in body["classes"]] == [("5А", 3, 2)]
    unknown = await get(seeded, "/v1/schools/nowhere/statistics")
    assert unknown.status_code == 404


IN_THE_FIRST_QUARTER = dt.datetime(2026, 10, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))


@EMBEDDED
@pytest.mark.parametrize("params, status, code", [
    ({"period": q("q9")}, 404, "not_found"), ({"format": "odt"}, 422, "invalid_request"),
    ({"period": ""}, 422, "invalid_request"), ({"min_position": "x"}, 422, "invalid_position"),
    ({"period": "year"}, 200, None), ({}, 200, None),
])
async def test_statistics_parameters(seeded, params, status, code):
    with clock.using(clock.PinnedClock(IN_THE_FIRST_QUARTER)):  # "current" and "year" are taken around this day
        response = await get(seeded, f"{CLASS_5A}/statistics", **params)
    assert response.status_code == status, response.text
    if code:
        assert response.json()["error"]["code"] == code


@EMBEDDED
async def test_xlsx_reads_back(seeded):
    from openpyxl import load_workbook

    response = await get(seeded, f"{CLASS_5A}/statistics", period=q("q1"), format="xlsx")
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="statistics-native_sch-1_5a.xlsx"' in response.headers["content-disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Сводка", "Распределение", "Динамика", "Ученики"]
    summary = list(book["Сводка"].values)
    assert summary[0][0] == "Статистика успеваемости: 5А"
    assert summary[2][0] == "Шкала: пятибалльная; средний балл: взвешенный"  # words, not the hub's codes
    assert summary[5][:4] == ("Математика", 3, 3.25, 0.3333)
    assert list(book["Распределение"].values)[1] == ("Математика", 1, 1, 0, 1, 0, None)
    assert list(book["Ученики"].values)[1:] == [("Смирнова Anna", 0, 0), ("Смирнова Boris", 1, 1)]
    school = load_workbook(io.BytesIO((await get(seeded, f"/v1/schools/{SCHOOL}/statistics", period=q("q1"),
                                                 format="xlsx")).content))
    assert school.sheetnames == ["Сводка", "Распределение", "Динамика", "Учителя", "Классы"]


@EMBEDDED
async def test_pdf_report_has_the_class_subjects_and_charts(seeded):
    from pypdf import PdfReader

    response = await get(seeded, f"{CLASS_5A}/statistics", period=q("q1"), format="pdf")
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Статистика успеваемости: 5А" in text and "Математика" in text and "Смирнова Boris" in text
    assert sum(len(page.images) for page in reader.pages) == 2  # the distribution and the trend
    students_page = reader.pages[-1].extract_text()
    assert "Математика" in students_page and "Математ." not in students_page  # column headers whole, not cut
    assert "five_point" not in text and "пятибалльная" in text
    school = await get(seeded, f"/v1/schools/{SCHOOL}/statistics", period=q("q1"), format="pdf")
    assert "Школа 1" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(school.content)).pages)


@EMBEDDED
async def test_docx_report_has_the_tables_and_charts_in_words(seeded):
    import docx

    response = await get(seeded, f"{CLASS_5A}/statistics", period=q("q1"), format="docx")
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessing")
    assert 'filename="statistics-native_sch-1_5a.docx"' in response.headers["content-disposition"]
    document = docx.Document(io.BytesIO(response.content))
    assert document.core_properties.title == "Статистика успеваемости: 5А"
    summary, distribution, students = document.tables
    assert [c.text for c in summary.rows[1].cells][:3] == ["Математика", "3", "3.25"]
    assert [c.text for c in distribution.rows[0].cells] == ["Предмет", "5", "4", "3", "2", "1"]
    assert [c.text for c in students.rows[0].cells] == ["Ученик", "Всего", "Математика"]
    assert len(document.inline_shapes) == 2  # the distribution and the trend
    words = "\n".join(p.text for p in document.paragraphs)
    assert "пятибалльная" in words and "five_point" not in words
    school = await get(seeded, f"/v1/schools/{SCHOOL}/statistics", period=q("q1"), format="docx")
    assert len(docx.Document(io.BytesIO(school.content)).tables) == 4  # subjects, distribution, teachers, classes


@EMBEDDED
async def test_svg_charts_are_accessible_xml(seeded):
    bars = await get(seeded, f"{CLASS_5A}/statistics/charts/distribution.svg", period=q("q1"), subject=q("math"))
    assert bars.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(bars.content)
    assert root.get("role") == "img" and root.find(f"{SVG}title").text == "Распределение отметок: Математика"
    assert "5: 1, 4: 1, 3: 0, 2: 1, 1: 0" in root.find(f"{SVG}desc").text
    assert [r.find(f"{SVG}title").text for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"] == [
        "5: 1", "4: 1", "3: 0", "2: 1", "1: 0"]
    trend = ET.fromstring((await get(seeded, f"/v1/schools/{SCHOOL}/statistics/charts/trend.svg",
                                     period=q("q1"))).content)
    assert len(trend.findall(f"{SVG}polyline")) == 1  # W37 and W38 adjacent: one segment
    assert [c.find(f"{SVG}title").text for c in trend.iter(f"{SVG}circle")] == ["W37: 3", "W38: 4"]  # (5 + 2x2) / 3, then 4


@EMBEDDED
@pytest.mark.parametrize("chart", ["distribution.png", "trend.png"])
async def test_png_charts(seeded, chart):
    response = await get(seeded, f"{CLASS_5A}/statistics/charts/{chart}", period=q("q1"))
    assert response.headers["content-type"] == "image/png"
    assert response.content[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", response.content[16:24])
    assert (width, height) == (1080, 540) and len(response.content) > 5_000


@EMBEDDED
@pytest.mark.parametrize("path, status", [
    (f"{CLASS_5A}/statistics/charts/pie.svg", 422), (f"{CLASS_5A}/statistics/charts/trend.gif", 422),
    (f"{CLASS_5A}/statistics/charts/trend.svg?subject={q('history')}", 404),
    (f"/v1/classes/{q('6a')}/statistics/charts/trend.svg?period={q('nope')}", 404),
])
async def test_chart_errors(seeded, path, status):
    response = await seeded.http.get(path, headers=bearer(seeded, *HEAD))
    assert response.status_code == status, response.text


@EMBEDDED
async def test_schedule_waits_for_min_position(running):
    headers = running.vendor([SCHOOL, OTHER])
    body = (await running.http.post("/v1/ingest/native", json=records(), headers=headers)).json()
    last_per_partition = {}
    for position in (e["position"] for r in body["results"] for e in r["events"]):
        partition, offset = map(int, position.split(":"))
        last_per_partition[partition] = max(offset, last_per_partition.get(partition, 0))
    last = ",".join(f"{p}:{o}" for p, o in last_per_partition.items())
    before = await get(running, f"{CLASS_5A}/schedule", week="2026-W37", min_position=last)
    assert before.status_code == 404  # nothing projected yet: the class is unknown
    await project_all(running.hub.log, running.hub.views)
    after = (await get(running, f"{CLASS_5A}/schedule", week="2026-W37", min_position=last)).json()
    assert after["caught_up"] is True

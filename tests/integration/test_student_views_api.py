"""The student views over HTTP on both stacks (embedded; Kafka + PostgreSQL): final grades, one subject, all grades
as JSON, CSV and XLSX, and the parameter errors. Known answers come from ``tests/views_scenario.py``."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from hub.auth.readers import Role
from tests import views_scenario as sc
from tests.views_scenario import q


@pytest.fixture
async def seeded(running):
    return await sc.seed(running, sc.all_records(), [sc.Q, sc.T])


def mother(running) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.hub.tokens.issue(q('mother'), Role.GUARDIAN)}"}


async def get(running, path: str, **params):
    return await running.http.get(f"/v1/students/{q('anna')}/{path}", params=params, headers=mother(running))


def period_cell(body: dict, subject: str, period: str) -> dict:
    """The cell of a subject and a period, both given by their local ids in sch-q."""
    [row] = [s for s in body["subjects"] if s["subject"]["id"] == q(subject)]
    return next(p for p in row["periods"] if p["period_id"] == q(period))


async def test_final_grades(seeded):
    response = await get(seeded, "final-grades", year=2026)
    assert response.status_code == 200, response.text
    body = response.json()
    q1 = period_cell(body, "math", "q1")
    assert (q1["average"]["value"], q1["average"]["rule"], q1["marks_count"]) == (4.4375, "weighted", 5)
    assert [f["value"] for f in q1["final_marks"]] == ["4"]
    assert q1["missed_lessons"]["total"] == 2 and q1["late"] == 1
    assert [p["period_id"] for p in body["periods"]] == [q("q1"), q("q2"), q("h1"), q("y")]
    assert body["caught_up"] is True and body["log_positions"] and response.headers["X-Hub-Positions"]
    assert (await get(seeded, "final-grades")).status_code == 200  # the school's current year


async def test_selected_subject(seeded):
    body = (await get(seeded, f"subjects/{q('math')}", period="quarter", date="2026-10-28")).json()  # holidays: q1
    assert body["period"]["period_id"] == q("q1") and body["subject"]["name"] == "Математика"
    assert [d["running_average"]["value"] for d in body["days"]] == [3.75, 3.875, 3.875, 4.4375]
    assert body["days"][0]["lessons"][0]["topic"] == "Дроби"
    response = await get(seeded, f"subjects/{q('math')}", period=sc.t("t1"))  # another school's period
    assert response.status_code == 422 and response.json()["error"]["code"] == "unknown_period"
    response = await get(seeded, f"subjects/{q('no-such')}", period=q("q1"))
    assert response.status_code == 404 and response.json()["error"]["message"] == "subject not found"


async def test_grades_as_json(seeded):
    body = (await get(seeded, "grades", period="week", date="2026-10-21")).json()
    assert (body["from"], body["to"], body["period"]["kind"]) == ("2026-10-19", "2026-10-25", "week")
    assert body["dates"] == ["2026-10-20", "2026-10-21", "2026-10-24"]
    math = next(s for s in body["subjects"] if s["subject"]["id"] == q("math"))
    assert [m["value"] for m in math["marks"]] == ["4-", "pass", "4", "5", "2"]
    by_period = (await get(seeded, "grades", period=q("q2"))).json()
    assert (by_period["from"], by_period["to"]) == ("2026-11-04", "2026-12-28")


async def test_grades_as_csv(seeded):
    response = await get(seeded, "grades", **{"from": "2026-10-19", "to": "2026-10-28", "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert 'filename="grades_native-sch-q-anna_2026-10-19_2026-10-28.csv"' in response.headers["content-disposition"]
    assert "filename*=UTF-8''grades_%D0%A1" in response.headers["content-disposition"]  # "Смирнова_Анна"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))  # Excel, Russian
    assert rows[0] == ["Предмет", "20.10.2026", "21.10.2026", "24.10.2026", "28.10.2026", "Средний балл", "Оценок"]
    assert rows[1:] == [["Английский язык", "5", "", "", "", "5,00", "1"],
                        ["Математика", "4- зачёт", "4", "5 2", "5", "4,55", "6"]]
    assert response.headers["X-Hub-Caught-Up"] == "true" and response.headers["X-Hub-Positions"]
    program = await get(seeded, "grades", **{"from": "2026-10-19", "to": "2026-10-28", "format": "csv",
                                             "dialect": "rfc4180"})
    rows = list(csv.reader(io.StringIO(program.content.decode("utf-8-sig"))))
    assert rows[0] == ["subject_id", "subject", "2026-10-20", "2026-10-21", "2026-10-24", "2026-10-28", "average",
                       "marks_count"]
    assert rows[1:] == [[q("eng"), "Английский язык", "5", "", "", "", "5.0", "1"],
                        [q("math"), "Математика", "4- pass", "4", "5 2", "5", "4.55", "6"]]  # canonical, as the JSON
    assert response.headers["X-Hub-Caught-Up"] == "true" and response.headers["X-Hub-Positions"]


async def test_grades_as_xlsx(seeded):
    response = await get(seeded, "grades", **{"from": "2026-10-19", "to": "2026-10-28", "format": "xlsx"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="grades_native-sch-q-anna_2026-10-19_2026-10-28.xlsx"' in response.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Оценки"]
    sheet = book.active
    assert sheet["A1"].value == "Оценки: Смирнова Анна, 19.10.2026–28.10.2026" and sheet["A1"].font.bold
    header = [c.value for c in sheet[2]]
    assert header[0] == "Предмет" and header[-2:] == ["Средний балл", "Оценок"]
    assert [d.date().isoformat() for d in header[1:-2]] == ["2026-10-20", "2026-10-21", "2026-10-24", "2026-10-28"]
    assert sheet["B2"].number_format == "DD.MM"
    assert [c.value for c in sheet[4]] == ["Математика", "4- зачёт", "4", "5 2", "5", 4.55, 6]
    assert sheet["F4"].number_format == "0.00" and sheet.freeze_panes == "B3"
    widths = {col: sheet.column_dimensions[col].width for col in "ABCDEFG"}
    assert all(width > 6 for width in widths.values()) and widths["A"] >= len("Английский язык")
    assert sheet.max_row == 4 and sheet.max_column == 7


@pytest.mark.parametrize("path, params, code", [
    ("grades", {"format": "odt"}, "invalid_format"), ("grades", {"format": "csv", "dialect": "excel"}, "invalid_format"),
    ("grades", {"from": "2026-10-28", "to": "2026-10-19"}, "invalid_range"),
    ("grades", {"from": "2026-10-28"}, "invalid_range"),
    ("grades", {"from": "2026-01-01", "to": "2027-01-02"}, "range_too_long"),
    ("grades", {"from": "2026-10-01", "to": "2026-10-02", "period": "week"}, "conflicting_parameters"),
    ("grades", {"period": "nope"}, "unknown_period"),
    ("grades", {"period": "week", "date": "tomorrow"}, "invalid_request"),
    ("grades", {"period": "week", "date": "9999-12-31"}, "invalid_request"),  # outside the calendar, 1900..2199
    ("grades", {"period": "x" * 200}, "invalid_request"),
    ("final-grades", {"year": "1999"}, "invalid_request"),
    ("final-grades", {"min_position": "banana"}, "invalid_position"),
    (f"subjects/{q('math')}", {"period": "quarter", "date": "2026-08-01"}, "unknown_period"),
])
async def test_bad_parameters_are_422(seeded, path, params, code):
    response = await get(seeded, path, **params)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code and response.json()["error"]["message"]


async def test_openapi_lists_the_views(running):
    spec = (await running.http.get("/openapi.json")).json()
    assert {"/v1/students/{student_id}/final-grades", "/v1/students/{student_id}/subjects/{subject_id}",
            "/v1/students/{student_id}/grades"} <= set(spec["paths"])

"""Text the hub stores, end to end: hostile text that ingest accepts (control characters, markup, a noncharacter, a
formula, matplotlib's math syntax) comes out of every view and export readable and harmless (README: "Text the
hub stores"): ingest -> projection -> diary JSON, grades CSV (both dialects), XLSX, DOCX and PDF, statistics XLSX,
PDF and DOCX, SVG and PNG charts.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from hub.auth.readers import Role
from hub.projector.runner import project_all
from tests.views_scenario import Q, T, all_records, q, rec

EMBEDDED = pytest.mark.parametrize("stack", [{}], ids=["embedded"])
CONTROL = "Химия\x07\x1b"
MARKUP = "a<b & c>d"
NONCHARACTER = "Физика\ufffe"
FORMULA = '=HYPERLINK("http://evil.example/","x")'
MATH = r"$\frac{1}{$ Алгебра"
SUBJECTS = {"s-ctl": CONTROL, "s-markup": MARKUP, "s-nonchar": NONCHARACTER, "s-formula": FORMULA, "s-math": MATH}
STORED = {"s-ctl": "Химия\ufffd\ufffd", "s-markup": MARKUP, "s-nonchar": "Физика\ufffd", "s-formula": FORMULA,
          "s-math": MATH}


def hostile_records() -> list[dict]:
    """A subject of each hostile name with a lesson and a mark of anna on 2026-10-20 (so q1's statistics and the
    grades grid include them), and a mark whose comment starts with '-' and holds a control character."""
    out = []
    for n, (subject, name) in enumerate(SUBJECTS.items(), start=6):
        out += [rec("subject.defined", f"sd-{subject}", {"subject_id": subject, "name": name}),
                rec("lesson.scheduled", f"l-{subject}", {"lesson_id": f"l-{subject}", "class_id": "5a",
                                                         "subject_id": subject, "date": "2026-10-20", "slot": n}),
                rec("grade.recorded", f"g-{subject}", {"grade_id": f"g-{subject}", "student_id": "anna",
                                                       "lesson_id": f"l-{subject}", "value": "4-",
                                                       "scale": "five_point", "comment": "-1\x01+"})]
    return out


@pytest.fixture
async def hostile(running):
    answer = await running.http.post("/v1/ingest/native", json=all_records() + hostile_records(),
                                     headers=running.vendor([Q, T]))
    assert answer.json()["summary"]["rejected"] == 0, answer.text
    await project_all(running.hub.log, running.hub.views)
    head = {"Authorization": f"Bearer {running.hub.tokens.issue('head', Role.HEAD_TEACHER, Q)}"}

    async def get(path: str, **params):  # noqa: ANN202
        response = await running.http.get(path, params=params, headers=head)
        assert response.status_code == 200, (path, params, response.text[:500])
        return response

    return get


@EMBEDDED
async def test_the_views_show_the_text_the_hub_stored(hostile):
    diary = (await hostile(f"/v1/students/{q('anna')}/diary", **{"from": "2026-10-20", "to": "2026-10-20"})).json()
    shown = {lesson["subject"]["id"]: lesson["subject"]["name"] for lesson in diary["days"][0]["lessons"]}
    assert {subject: shown[q(subject)] for subject in STORED} == STORED
    marks = [m for lesson in diary["days"][0]["lessons"] for m in lesson["marks"] if lesson["subject"]["id"] == q("s-ctl")]
    assert marks[0]["comment"] == "-1\ufffd+"


@EMBEDDED
async def test_grades_csv_neutralises_formulas_and_keeps_marks(hostile):
    span = {"from": "2026-10-01", "to": "2026-10-31"}
    text = (await hostile(f"/v1/students/{q('anna')}/grades", format="csv", dialect="rfc4180", **span)).text
    rows = {row[0]: row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")))}
    assert rows[q("s-formula")][1] == "'" + FORMULA  # OWASP: a leading ' so that no spreadsheet runs it
    assert rows[q("s-markup")][1] == MARKUP and rows[q("s-ctl")][1] == "Химия\ufffd\ufffd"
    assert "4-" in rows[q("s-formula")][2:]  # marks stay readable
    text = (await hostile(f"/v1/students/{q('anna')}/grades", format="csv", **span)).text  # excel-ru, by name
    names = {row[0]: row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")}
    assert "'" + FORMULA in names and MARKUP in names and "4-" in names["'" + FORMULA][1:]


@EMBEDDED
async def test_grades_docx_and_pdf_hold_the_names_as_text(hostile):
    span = {"from": "2026-10-01", "to": "2026-10-31"}
    content = (await hostile(f"/v1/students/{q('anna')}/grades", format="docx", **span)).content
    _assert_well_formed_xml(content)
    names = {row.cells[0].text for table in docx.Document(io.BytesIO(content)).tables for row in table.rows[1:]}
    assert {"Химия\ufffd\ufffd", "Физика\ufffd", MARKUP, FORMULA, MATH} <= names
    pdf = (await hostile(f"/v1/students/{q('anna')}/grades", format="pdf", **span)).content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert MARKUP in text and "HYPERLINK" in text


@EMBEDDED
async def test_statistics_docx_opens_and_holds_the_names_as_text(hostile):
    for path in (f"/v1/classes/{q('5a')}/statistics", "/v1/schools/sch-q/statistics"):
        content = (await hostile(path, period=q("q1"), format="docx")).content
        _assert_well_formed_xml(content)
        document = docx.Document(io.BytesIO(content))
        names = {row.cells[0].text for row in document.tables[0].rows[1:]}
        assert {"Химия\ufffd\ufffd", "Физика\ufffd", MARKUP, FORMULA, MATH} <= names


@EMBEDDED
async def test_grades_xlsx_opens_and_holds_text_not_formulas(hostile):
    content = (await hostile(f"/v1/students/{q('anna')}/grades", format="xlsx",
                             **{"from": "2026-10-01", "to": "2026-10-31"})).content
    _assert_well_formed_xml(content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    names = {row[0].value for row in sheet.iter_rows(min_row=3)}
    assert {"Химия\ufffd\ufffd", "Физика\ufffd", MARKUP, FORMULA} <= names
    formula = next(row[0] for row in sheet.iter_rows(min_row=3) if row[0].value == FORMULA)
    assert formula.data_type == "s"  # text, never a formula


@EMBEDDED
async def test_statistics_xlsx_opens_and_holds_the_names_as_text(hostile):
    for path in (f"/v1/classes/{q('5a')}/statistics", "/v1/schools/sch-q/statistics"):
        content = (await hostile(path, period=q("q1"), format="xlsx")).content
        _assert_well_formed_xml(content)
        book = openpyxl.load_workbook(io.BytesIO(content))
        names = {row[0].value for row in book["Сводка"].iter_rows(min_row=6)}
        assert {"Химия\ufffd\ufffd", "Физика\ufffd", MARKUP, FORMULA, MATH} <= names
        assert all(cell.data_type != "f" for sheet in book for row in sheet.iter_rows() for cell in row)


@EMBEDDED
async def test_statistics_pdf_prints_markup_as_text(hostile):
    for path in (f"/v1/classes/{q('5a')}/statistics", "/v1/schools/sch-q/statistics"):
        pdf = (await hostile(path, period=q("q1"), format="pdf")).content
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert "a<b & c>d" in text and "HYPERLINK" in text


@EMBEDDED
async def test_svg_charts_of_hostile_subjects_are_well_formed(hostile):
    for subject in SUBJECTS:
        svg = (await hostile(f"/v1/classes/{q('5a')}/statistics/charts/distribution.svg", period=q("q1"),
                             subject=q(subject)))
        title = ET.fromstring(svg.content).find("{http://www.w3.org/2000/svg}title").text
        assert STORED[subject] in title


@EMBEDDED
async def test_png_charts_of_hostile_subjects_draw(hostile):
    for subject in SUBJECTS:
        png = await hostile(f"/v1/classes/{q('5a')}/statistics/charts/trend.png", period=q("q1"), subject=q(subject))
        assert png.content.startswith(b"\x89PNG")


def _assert_well_formed_xml(xlsx: bytes) -> None:
    """Every part of the workbook or document is XML 1.0 that a strict parser reads (Excel and Word refuse U+FFFE
    and controls)."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as book:
        for name in book.namelist():
            if name.endswith(".xml"):
                text = book.read(name).decode("utf-8")
                assert "\ufffe" not in text and not any("\x00" <= ch < " " and ch not in "\t\n\r" for ch in text), name
                ET.fromstring(book.read(name))

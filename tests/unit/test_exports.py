"""The grades grid as CSV (both dialects), XLSX, DOCX and PDF, from a hand-made answer: cells, control characters,
marks that are codes, the blocks of dates on paper, filenames; and the statistics reports' words."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl
from pypdf import PdfReader

from hub.api import exports
from hub.reports import grades_grid

D1, D2 = dt.date(2026, 10, 20), dt.date(2026, 10, 21)


def mark(date: dt.date, value: str) -> dict:
    return {"date": date, "value": value}


def grades() -> dict:
    return {"dates": [D1, D2], "subjects": [
        {"subject": {"id": "s1", "name": "Химия\x0b\x01"}, "marks": [mark(D1, "5"), mark(D1, "4-")],
         "average": {"value": 4.6875}, "marks_count": 2},
        {"subject": {"id": "s2", "name": None}, "marks": [], "average": None, "marks_count": 0}]}


def test_xlsx_replaces_control_characters_and_leaves_empty_cells_empty():
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(grades(), "Оценки\x07"))).active
    assert sheet["A1"].value == "Оценки\ufffd"
    assert [c.value for c in sheet[3]] == ["Химия\ufffd\ufffd", "5 4-", None, 4.6875, 2]
    assert [c.value for c in sheet[4]] == ["s2", None, None, None, 0]  # no name: the id


def test_csv_for_excel_in_a_russian_locale():
    """The default: ';', a BOM, Russian header and dates, the average with two decimals and a decimal comma."""
    content = exports.to_csv(grades())
    assert content.startswith(b"\xef\xbb\xbf")
    assert content.decode("utf-8-sig").split("\r\n") == [
        "Предмет;20.10.2026;21.10.2026;Средний балл;Оценок", "Химия\x0b\x01;5 4-;;4,69;2", "s2;;;;0", ""]


def test_csv_for_programs_keeps_ids_and_canonical_values():
    text = exports.to_csv(grades(), "rfc4180").decode("utf-8-sig")
    assert text.split("\r\n") == ["subject_id,subject,2026-10-20,2026-10-21,average,marks_count",
                                 "s1,Химия\x0b\x01,5 4-,,4.6875,2", "s2,s2,,,,0", ""]


def test_marks_that_are_codes_are_written_in_words():
    answer = grades()
    answer["subjects"][1]["marks"] = [mark(D2, "pass"), mark(D2, "exempt"), {**mark(D2, "5/4"), "text": "5/4"}]
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(answer, "t"))).active
    assert sheet["C4"].value == "зачёт освобождён 5/4"
    assert "зачёт освобождён" in exports.to_csv(answer).decode("utf-8-sig")
    assert "pass exempt" in exports.to_csv(answer, "rfc4180").decode("utf-8-sig")  # the program's dialect


def test_paper_cuts_the_dates_into_whole_months():
    september = [dt.date(2026, 9, d) for d in range(1, 31) if dt.date(2026, 9, d).weekday() < 5]  # 22 dates
    october = [dt.date(2026, 10, d) for d in (1, 2, 5)]
    dates = september + october + [dt.date(2026, 11, 3)]
    parts = grades_grid.blocks(dates, width=16)
    assert [len(p) for p in parts] == [16, 6 + 3 + 1]  # September cut; its rest shares a table with what follows
    assert sorted(i for p in parts for i in p) == list(range(len(dates)))
    assert grades_grid.block_caption(dates, parts[0]) == "сентябрь 2026"
    assert grades_grid.block_caption(dates, parts[1]) == "сентябрь – ноябрь 2026"
    assert grades_grid.blocks([], width=16) == [[]]
    assert grades_grid.blocks(october + [dt.date(2026, 11, 3)]) == [[0, 1, 2, 3]]


def test_docx_and_pdf_carry_the_title_and_the_grid():
    answer = {**grades(), "student_id": "native:s:anna", "student_name": "Смирнова Анна", "from": D1, "to": D2,
              "period": {"name": "1 четверть"}, "scale": "five_point", "average_rule": "weighted"}
    content, media = exports.render(answer, "docx")
    assert media == exports.DOCX_MEDIA_TYPE
    document = docx.Document(io.BytesIO(content))
    assert document.core_properties.title == "Оценки: Смирнова Анна, 20.10.2026–21.10.2026"
    [table] = document.tables
    assert [c.text for c in table.rows[0].cells] == ["Предмет", "20.10", "21.10", "Средний балл", "Оценок"]
    assert [c.text for c in table.rows[1].cells] == ["Химия\ufffd\ufffd", "5 4-", "", "4,69", "2"]
    assert "Шкала: пятибалльная; средний балл: взвешенный" in "\n".join(p.text for p in document.paragraphs)
    pdf, media = exports.render(answer, "pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert media == "application/pdf" and "Оценки: Смирнова Анна" in text and "Средний балл" in text


def test_content_disposition_is_ascii_with_the_name_in_utf8():
    header = exports.content_disposition("grades", "dnevnik:sch-1:person:42", "Смирнова Анна", D1, D2, "xlsx")
    assert header.startswith('attachment; filename="grades_dnevnik-sch-1-person-42_2026-10-20_2026-10-21.xlsx"')
    assert header.endswith("filename*=UTF-8''grades_%D0%A1%D0%BC%D0%B8%D1%80%D0%BD%D0%BE%D0%B2%D0%B0_"
                           "%D0%90%D0%BD%D0%BD%D0%B0_2026-10-20_2026-10-21.xlsx")
    header.encode("latin-1")
    assert "filename*" not in exports.content_disposition("grades", "a", None, D1, D2, "csv")

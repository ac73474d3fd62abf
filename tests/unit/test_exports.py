"""The grades grid as CSV and XLSX, from a hand-made answer: cells, control characters, filenames."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

from hub.api import exports

D1, D2 = dt.date(2026, 10, 20), dt.date(2026, 10, 21)


def grades() -> dict:
    mark = lambda date, value: {"date": date, "value": value}  # noqa: E731
    return {"dates": [D1, D2], "subjects": [
        {"subject": {"id": "s1", "name": "Химия\x0b\x01"}, "marks": [mark(D1, "5"), mark(D1, "4-")],
         "average": {"value": 4.6875}, "marks_count": 2},
        {"subject": {"id": "s2", "name": None}, "marks": [], "average": None, "marks_count": 0}]}


def test_xlsx_replaces_control_characters_and_leaves_empty_cells_empty():
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(grades(), "Оценки\x07"))).active
    assert sheet["A1"].value == "Оценки\ufffd"
    assert [c.value for c in sheet[3]] == ["Химия\ufffd\ufffd", "5 4-", None, 4.6875, 2]
    assert [c.value for c in sheet[4]] == ["s2", None, None, None, 0]  # no name: the id


def test_csv_rows():
    text = exports.to_csv(grades()).decode("utf-8-sig")
    assert text.split("\r\n") == ["subject_id,subject,2026-10-20,2026-10-21,average,marks_count",
                                 "s1,Химия\x0b\x01,5 4-,,4.6875,2", "s2,s2,,,,0", ""]


def test_content_disposition_is_ascii_with_the_name_in_utf8():
    header = exports.content_disposition("grades", "dnevnik:sch-1:person:42", "Смирнова Анна", D1, D2, "xlsx")
    assert header.startswith('attachment; filename="grades_dnevnik-sch-1-person-42_2026-10-20_2026-10-21.xlsx"')
    assert header.endswith("filename*=UTF-8''grades_%D0%A1%D0%BC%D0%B8%D1%80%D0%BD%D0%BE%D0%B2%D0%B0_"
                           "%D0%90%D0%BD%D0%BD%D0%B0_2026-10-20_2026-10-21.xlsx")
    header.encode("latin-1")
    assert "filename*" not in exports.content_disposition("grades", "a", None, D1, D2, "csv")

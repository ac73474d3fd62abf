"""The grades grid as files: rows = subjects, columns = the dates that have marks, then the average.

* CSV: UTF-8 **with a byte-order mark** (Excel reads a BOM-less CSV in the system code page and garbles Cyrillic;
  Python's ``utf-8-sig``, LibreOffice and pandas read the BOM transparently), RFC 4180 (comma-separated, CRLF,
  quoted where needed), a header row ``subject_id,subject,<ISO dates>,average,marks_count``. Several marks on
  one date share a cell, space-separated (``5 4-``). The average is on the school's scale, full precision.
  (Excel in a Russian locale expects ``;``: such users should take the XLSX.) A text cell that a spreadsheet would
  run as a formula (starting with ``=``, ``+``, ``-``, ``@``, TAB or CR) gets a leading ``'`` (``hub.text.csv_cell``,
  OWASP); numbers and marks stay as they are.
* XLSX (openpyxl): one sheet ``Оценки``; row 1 a title (student, span), row 2 the header (``Предмет``, the dates
  as real date cells shown ``DD.MM``, ``Средний балл``, ``Оценок``), one row per subject; panes frozen below the
  header and right of the subject; columns sized to their content; the average as a number shown ``0.00``. Text
  is written as text, XML-safe (``hub.reports.xlsx.write_cell``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import Any
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from hub.reports.xlsx import write_cell
from hub.text import csv_cell

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_TITLE = "Оценки"


def grid(grades: dict[str, Any]) -> tuple[list[dt.date], list[tuple[str, str, list[str], float | None, int]]]:
    """The dates and, per subject, ``(id, name, cell text per date, average value, marks count)``."""
    dates = grades["dates"]
    column = {date: i for i, date in enumerate(dates)}
    rows = []
    for subject in grades["subjects"]:
        cells: list[list[str]] = [[] for _ in dates]
        for mark in subject["marks"]:
            cells[column[mark["date"]]].append(mark.get("text") or mark["value"])  # as the journal shows it
        average = subject["average"]["value"] if subject["average"] else None
        rows.append((subject["subject"]["id"], subject["subject"]["name"] or subject["subject"]["id"],
                     [" ".join(values) for values in cells], average, subject["marks_count"]))
    return dates, rows


def to_csv(grades: dict[str, Any]) -> bytes:
    dates, rows = grid(grades)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["subject_id", "subject", *(d.isoformat() for d in dates), "average", "marks_count"])
    for subject_id, name, cells, average, count in rows:
        writer.writerow([csv_cell(text) for text in (subject_id, name, *cells)]
                        + ["" if average is None else repr(average), count])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(grades: dict[str, Any], title: str) -> bytes:
    """The workbook (see the module docstring); ``title`` goes into row 1."""
    dates, rows = grid(grades)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    write_cell(sheet, 1, 1, title).font = Font(bold=True, size=13)
    header = ["Предмет", *dates, "Средний балл", "Оценок"]
    for col, value in enumerate(header, start=1):
        cell = write_cell(sheet, 2, col, value)
        cell.font, cell.alignment = Font(bold=True), Alignment(horizontal="center")
        if isinstance(value, dt.date):
            cell.number_format = "DD.MM"
    for row_number, (_subject_id, name, cells, average, count) in enumerate(rows, start=3):
        write_cell(sheet, row_number, 1, name)
        for col, text in enumerate(cells, start=2):
            if text:
                write_cell(sheet, row_number, col, text).alignment = Alignment(horizontal="center")
        if average is not None:
            sheet.cell(row_number, len(dates) + 2, average).number_format = "0.00"
        sheet.cell(row_number, len(dates) + 3, count)
    sheet.freeze_panes = "B3"
    _fit_columns(sheet, [["Предмет", *(r[1] for r in rows)], *([d.strftime("%d.%m"), *(r[2][i] for r in rows)]
                                                                 for i, d in enumerate(dates)),
                         ["Средний балл", "0.00"], ["Оценок"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fit_columns(sheet: Any, columns: list[list[str]]) -> None:
    """Width of each column from its longest text (in characters, plus padding), at least 6."""
    for index, texts in enumerate(columns, start=1):
        longest = max((len(str(text)) for text in texts if text), default=0)
        sheet.column_dimensions[get_column_letter(index)].width = max(6, longest + 3)


def content_disposition(kind: str, student_id: str, student_name: str | None, start: dt.date, end: dt.date,
                        extension: str) -> str:
    """``attachment`` with an ASCII filename from the student id and span, and a UTF-8 one with the name."""
    span = f"{start.isoformat()}_{end.isoformat()}"
    ascii_name = f"{kind}_{_safe(student_id)}_{span}.{extension}"
    header = f'attachment; filename="{ascii_name}"'
    if student_name:
        readable_name = re.sub(r"[^\w-]+", "_", student_name).strip("_")
        readable = f"{kind}_{readable_name}_{span}.{extension}"
        header += f"; filename*=UTF-8''{quote(readable)}"
    return header


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:80] or "student"

"""The grades grid as files: rows = subjects, columns = the dates that have marks, then the average
(``hub.reports.grades_grid``; each mark as the journal shows it, no internal codes).

* CSV, two dialects (``dialect=``), both UTF-8 **with a byte-order mark** (Excel reads a BOM-less CSV in the
  system code page and garbles Cyrillic; Python's ``utf-8-sig``, LibreOffice and pandas read the BOM
  transparently) and CRLF:

  - ``excel-ru`` (the default; for people): what Excel in a Russian locale opens as columns by a double click:
    ``;``-separated, a header ``Предмет;DD.MM.YYYY...;Средний балл;Оценок``, the average with two decimals and a
    decimal comma (``4,69``, which that Excel reads as a number);
  - ``rfc4180`` (for programs): comma-separated, ``subject_id,subject,<ISO dates>,average,marks_count``, the
    marks and the average as the JSON answer has them (canonical values, full precision).

  Several marks on one date share a cell, space-separated (``5 4-``). A text cell that a spreadsheet would run as
  a formula (starting with ``=``, ``+``, ``-``, ``@``, TAB or CR) gets a leading ``'`` (``hub.text.csv_cell``,
  OWASP); numbers and marks stay as they are.
* XLSX (openpyxl): one sheet ``Оценки``; row 1 a title (student, span), row 2 the header (``Предмет``, the dates
  as real date cells shown ``DD.MM``, ``Средний балл``, ``Оценок``), one row per subject; panes frozen below the
  header and right of the subject; columns sized to their content; the average as a number shown ``0.00``. Text
  is written as text, XML-safe (``hub.reports.xlsx.write_cell``).
* DOCX (python-docx, ``hub.reports.word``) and PDF (reportlab, ``hub.reports.grades_pdf``): the same title and
  grid on landscape A4, the dates in tables of whole months (``grades_grid.blocks``).
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

from hub.reports.grades_grid import average_text, grid_of
from hub.reports.xlsx import write_cell
from hub.text import csv_cell

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_MEDIA_TYPE = "application/pdf"
SHEET_TITLE = "Оценки"
CSV_DIALECTS = ("excel-ru", "rfc4180")
FILE_FORMATS = ("csv", "xlsx", "docx", "pdf")


def title_of(grades: dict[str, Any]) -> str:
    """"Оценки: Смирнова Анна, 01.09.2026–24.10.2026" (the student's id when the roster has no name)."""
    name = grades.get("student_name") or grades["student_id"]
    return f"Оценки: {name}, {grades['from']:%d.%m.%Y}–{grades['to']:%d.%m.%Y}"


def render(grades: dict[str, Any], format: str, dialect: str = "excel-ru") -> tuple[bytes, str]:  # noqa: A002
    """The file of a grades answer (with ``student_id``, ``student_name``, ``from``, ``to``) and its media type."""
    if format == "csv":
        return to_csv(grades, dialect), CSV_MEDIA_TYPE
    if format == "xlsx":
        return to_xlsx(grades, title_of(grades)), XLSX_MEDIA_TYPE
    if format == "docx":
        from hub.reports import word
        return word.grades_document(grid_of(grades, title_of(grades))), DOCX_MEDIA_TYPE
    from hub.reports import grades_pdf
    return grades_pdf.document(grid_of(grades, title_of(grades))), PDF_MEDIA_TYPE


def to_csv(grades: dict[str, Any], dialect: str = "excel-ru") -> bytes:
    """The grid as CSV in ``dialect`` (``excel-ru`` or ``rfc4180``, see the module docstring)."""
    table = grid_of(grades)
    out = io.StringIO()
    if dialect == "rfc4180":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["subject_id", "subject", *(d.isoformat() for d in table.dates), "average", "marks_count"])
        for row in table.rows:
            cells = [" ".join(m["value"] for m in row.marks if m["date"] == date) for date in table.dates]
            writer.writerow([csv_cell(text) for text in (row.subject_id, row.name, *cells)]
                            + ["" if row.average is None else repr(row.average), row.count])
    else:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Предмет", *(d.strftime("%d.%m.%Y") for d in table.dates), "Средний балл", "Оценок"])
        for row in table.rows:
            average = "" if row.average is None else average_text(row.average)
            writer.writerow([csv_cell(text) for text in (row.name, *row.cells)] + [average, row.count])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(grades: dict[str, Any], title: str) -> bytes:
    """The workbook (see the module docstring); ``title`` goes into row 1."""
    table = grid_of(grades)
    dates, rows = table.dates, [(r.subject_id, r.name, r.cells, r.average, r.count) for r in table.rows]
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

"""Word documents (python-docx): a student's grades and a statistics report, as their PDFs print them.

* ``grades_document(grid)``: landscape A4; the title (student and span) as the document's heading and core title,
  the line about the period, scale and rule, then the grid (``hub.reports.grades_grid``): per block of dates a
  caption (the months) and a table ``Предмет | DD.MM ... `` whose last block ends with ``Средний балл | Оценок``.
* ``statistics_document(report)``: portrait A4 with the statistics PDF's tables (``hub.reports.labels``) and both
  charts as PNG pictures.

Every table's header row repeats on each page (``w:tblHeader``) and its columns have set widths. Text from the
data goes in through ``hub.text.xlsx_text`` (a .docx is XML: the characters XML 1.0 cannot hold, and the
noncharacters, become U+FFFD; lxml would refuse them); Word runs no formulas and python-docx escapes markup, so a
name such as ``=HYPERLINK(...)`` or ``a<b`` prints as it is.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from hub.reports import charts
from hub.reports.grades_grid import Grid, average_text, block_caption, blocks
from hub.reports.labels import (about_report, classes_rows, distribution_chart, distribution_rows, students_tables,
                                subjects_rows, teachers_rows, title_of, trend_chart, week_labels)
from hub.text import xlsx_text

MARGIN = Cm(1.5)
GRADES_FONT = Pt(9)
REPORT_FONT = Pt(8)


def grades_document(grid: Grid) -> bytes:
    doc = _document(grid.title, landscape=True)
    width = _text_width(doc)
    _paragraph(doc, grid.about)
    parts = blocks(grid.dates)
    for number, columns in enumerate(parts):
        last = number == len(parts) - 1
        caption = block_caption(grid.dates, columns)
        if caption:
            _paragraph(doc, caption.capitalize(), bold=True, space_before=6)
        header = ["Предмет", *(grid.dates[i].strftime("%d.%m") for i in columns),
                  *(["Средний балл", "Оценок"] if last else [])]
        rows = [[row.name, *(row.cells[i] for i in columns),
                 *([average_text(row.average), str(row.count)] if last else [])] for row in grid.rows]
        first = Cm(4.5)
        tail = [Cm(2.6), Cm(1.6)] if last else []
        each = (width - first - sum(tail, Cm(0))) // max(len(columns), 1)
        _table(doc, [header, *rows], [first, *([each] * len(columns)), *tail], GRADES_FONT)
    return _save(doc)


def statistics_document(report: dict[str, Any]) -> bytes:
    doc = _document(title_of(report), landscape=False)
    width = _text_width(doc)
    _paragraph(doc, about_report(report))
    _heading(doc, "Итоги по предметам")
    _even_table(doc, subjects_rows(report), width, first=0.26)
    _heading(doc, "Распределение отметок")
    _even_table(doc, distribution_rows(report), width, first=0.26)
    for chart in (distribution_chart(report, "все предметы", report["total"]),
                  trend_chart(report, "все предметы", report["total"], week_labels(report))):
        doc.add_picture(io.BytesIO(charts.png(chart)), width=width)
    if "students" in report:
        _heading(doc, "Пропуски уроков по ученикам")
        for rows in students_tables(report):
            _even_table(doc, rows, width, first=0.28)
            _paragraph(doc, "")
    else:
        _heading(doc, "По учителям")
        _even_table(doc, teachers_rows(report), width, first=0.26)
        _heading(doc, "По классам")
        _even_table(doc, classes_rows(report), width, first=0.26)
    return _save(doc)


def _document(title: str, landscape: bool) -> Any:
    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    doc.core_properties.title = xlsx_text(title)
    doc.core_properties.author = "Gradebook Hub"
    doc.core_properties.language = "ru-RU"
    doc.add_heading(xlsx_text(title), level=1)
    return doc


def _text_width(doc: Any) -> int:
    section = doc.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _paragraph(doc: Any, text: str, bold: bool = False, space_before: int = 0) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(space_before)
    run = paragraph.add_run(xlsx_text(text))
    run.bold = bold


def _heading(doc: Any, text: str) -> None:
    doc.add_heading(text, level=2)


def _even_table(doc: Any, rows: list[list[str]], width: int, first: float) -> None:
    columns = max(len(row) for row in rows)
    rest = int(width * (1 - first)) // max(columns - 1, 1)
    _table(doc, rows, [int(width * first), *([rest] * (columns - 1))], REPORT_FONT)


def _table(doc: Any, rows: list[list[str]], widths: list[int], size: Any) -> None:
    """A grid table: the header row bold, shaded and repeated on every page; the first column left-aligned, the
    others centred; every column of the given width."""
    table = doc.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for r, values in enumerate(rows):
        cells = table.rows[r].cells
        for c, value in enumerate(values):
            cell = cells[c]
            cell.width = widths[c]
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if c == 0 else WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(xlsx_text(value))
            run.font.size = size
            run.bold = r == 0
            if r == 0:
                _shade(cell)
    _repeat_header(table.rows[0])


def _shade(cell: Any) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "E8EEF6")
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _save(doc: Any) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()

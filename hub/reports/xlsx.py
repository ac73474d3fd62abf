"""A statistics answer as an Excel workbook (openpyxl): summary, distribution, weekly trend, and students (a class)
or teachers and classes (a school), one sheet each, numbers as numbers (shares formatted as percentages).

Every cell is written through ``append_row`` or ``write_cell`` (the grades export uses them too): text as
``hub.text.xlsx_text`` makes it (XML-safe), and always as text, so a name starting with ``=`` is never a formula.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from hub.events.scales import buckets
from hub.reports.labels import (SUMMARY_COLUMNS, VALUE_NAMES, period_line, rule_name, scale_name, title_of,
                                week_labels)
from hub.text import xlsx_text

PERCENT_COLUMNS = {"Неудовл., доля", "Посещаемость"}


def workbook(report: dict[str, Any]) -> bytes:
    book = Workbook()
    _summary(book.active, report)
    _distribution(book.create_sheet("Распределение"), report)
    _trend(book.create_sheet("Динамика"), report)
    if "students" in report:
        _students(book.create_sheet("Ученики"), report)
    else:
        _rows(book.create_sheet("Учителя"), ["Учитель", "Предметы"], [
            [row["teacher"]["name"] or row["teacher"]["id"] or "не указан",
             ", ".join(s["name"] or s["id"] or "" for s in row["subjects"]), *_summary_cells(row)[:-1]]
            for row in report["teachers"]], columns=SUMMARY_COLUMNS[:-1])
        _rows(book.create_sheet("Классы"), ["Класс"], [
            [row["class"]["name"] or row["class"]["id"], *_summary_cells(row)] for row in report["classes"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def append_row(sheet: Worksheet, values: list[Any]) -> None:
    """``sheet.append`` with every text value written as text (see the module docstring)."""
    sheet.append([_text_cell(sheet, value) if isinstance(value, str) else value for value in values])


def write_cell(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """``sheet.cell(row, column, value)`` with a text value written as text (see the module docstring)."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value, cell.data_type = xlsx_text(value), "s"
    else:
        cell.value = value
    return cell


def _text_cell(sheet: Worksheet, text: str) -> Cell:
    cell = Cell(sheet, value=xlsx_text(text))
    cell.data_type = "s"  # openpyxl would make text starting with "=" a formula
    return cell


def _summary(sheet: Worksheet, report: dict[str, Any]) -> None:
    sheet.title = "Сводка"
    append_row(sheet, [title_of(report)])
    sheet["A1"].font = Font(bold=True, size=14)
    append_row(sheet, [f"Период: {period_line(report)}"])
    append_row(sheet, [f"Шкала: {scale_name(report['scale'])}; средний балл: {rule_name(report['average_rule'])}"])
    append_row(sheet, [])
    rows = [[row["subject"]["name"] or row["subject"]["id"], *_summary_cells(row)] for row in report["subjects"]]
    rows.append(["Итого", *_summary_cells(report["total"])])
    _rows(sheet, ["Предмет"], rows, start=5)


def _summary_cells(figures: dict[str, Any]) -> list[Any]:
    return [value(figures) for _name, value in SUMMARY_COLUMNS]


def _rows(sheet: Worksheet, leading: list[str], rows: list[list[Any]], start: int = 1,
          columns: list = SUMMARY_COLUMNS) -> None:
    header = [*leading, *(name for name, _ in columns)]
    for column, name in enumerate(header, 1):
        cell = write_cell(sheet, start, column, name)
        cell.font = Font(bold=True)
    for offset, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            cell = write_cell(sheet, start + offset, column, value)
            if header[column - 1] in PERCENT_COLUMNS and value is not None:
                cell.number_format = "0.0%"
    sheet.column_dimensions["A"].width = 32


def _distribution(sheet: Worksheet, report: dict[str, Any]) -> None:
    labels = buckets(report["scale"])
    append_row(sheet, ["Предмет", *(VALUE_NAMES.get(label, label) for label in labels), "Другие шкалы"])
    for row in [*report["subjects"], {"subject": {"name": "Итого"}, **report["total"]}]:
        own = next((d["counts"] for d in row["distribution"] if d["scale"] == report["scale"]), {})
        others = "; ".join(f"{scale_name(d['scale'])}: "
                           + ", ".join(f"{VALUE_NAMES.get(k, k)} {v}" for k, v in d["counts"].items() if v)
                           for d in row["distribution"] if d["scale"] != report["scale"])
        append_row(sheet, [row["subject"]["name"] or row["subject"].get("id"), *(own.get(b, 0) for b in labels),
                           others or None])
    _bold_header(sheet)


def _trend(sheet: Worksheet, report: dict[str, Any]) -> None:
    weeks = week_labels(report)
    rows = [*report["subjects"], {"subject": {"name": "Все предметы"}, **report["total"]}]
    append_row(sheet, ["Неделя", *(row["subject"]["name"] or row["subject"].get("id") for row in rows)])
    means = [{p["week"]: p["mean"]["on_scale"] if p["mean"] else None for p in row["trend"]} for row in rows]
    for week in weeks:
        append_row(sheet, [week, *(m.get(week) for m in means)])
    _bold_header(sheet)


def _students(sheet: Worksheet, report: dict[str, Any]) -> None:
    subjects = [row["subject"] for row in report["subjects"]]
    append_row(sheet, ["Ученик", "Пропущено уроков", *(s["name"] or s["id"] for s in subjects)])
    for row in report["students"]:
        append_row(sheet, [row["student"]["name"] or row["student"]["id"], row["missed"],
                           *(row["missed_by_subject"].get(s["id"], 0) for s in subjects)])
    _bold_header(sheet)
    sheet.column_dimensions["A"].width = 32


def _bold_header(sheet: Worksheet) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)

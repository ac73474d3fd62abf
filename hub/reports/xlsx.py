"""A statistics answer as an Excel workbook (openpyxl): summary, distribution, weekly trend, and students (a class)
or teachers and classes (a school), one sheet each, numbers as numbers (shares formatted as percentages)."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from hub.events.scales import buckets
from hub.reports.labels import SUMMARY_COLUMNS, period_line, title_of, week_labels

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


def _summary(sheet: Worksheet, report: dict[str, Any]) -> None:
    sheet.title = "Сводка"
    sheet.append([title_of(report)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([f"Период: {period_line(report)}"])
    sheet.append([f"Шкала: {report['scale']}; средний балл: "
                  f"{'взвешенный' if report['average_rule'] == 'weighted' else 'простой'}"])
    sheet.append([])
    rows = [[row["subject"]["name"] or row["subject"]["id"], *_summary_cells(row)] for row in report["subjects"]]
    rows.append(["Итого", *_summary_cells(report["total"])])
    _rows(sheet, ["Предмет"], rows, start=5)


def _summary_cells(figures: dict[str, Any]) -> list[Any]:
    return [value(figures) for _name, value in SUMMARY_COLUMNS]


def _rows(sheet: Worksheet, leading: list[str], rows: list[list[Any]], start: int = 1,
          columns: list = SUMMARY_COLUMNS) -> None:
    header = [*leading, *(name for name, _ in columns)]
    for column, name in enumerate(header, 1):
        cell = sheet.cell(row=start, column=column, value=name)
        cell.font = Font(bold=True)
    for offset, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(row=start + offset, column=column, value=value)
            if header[column - 1] in PERCENT_COLUMNS and value is not None:
                cell.number_format = "0.0%"
    sheet.column_dimensions["A"].width = 32


def _distribution(sheet: Worksheet, report: dict[str, Any]) -> None:
    labels = buckets(report["scale"])
    sheet.append(["Предмет", *labels, "Другие шкалы"])
    for row in [*report["subjects"], {"subject": {"name": "Итого"}, **report["total"]}]:
        own = next((d["counts"] for d in row["distribution"] if d["scale"] == report["scale"]), {})
        others = "; ".join(f"{d['scale']}: " + ", ".join(f"{k} {v}" for k, v in d["counts"].items() if v)
                           for d in row["distribution"] if d["scale"] != report["scale"])
        sheet.append([row["subject"]["name"] or row["subject"].get("id"), *(own.get(b, 0) for b in labels), others or None])
    _bold_header(sheet)


def _trend(sheet: Worksheet, report: dict[str, Any]) -> None:
    weeks = week_labels(report)
    rows = [*report["subjects"], {"subject": {"name": "Все предметы"}, **report["total"]}]
    sheet.append(["Неделя", *(row["subject"]["name"] or row["subject"].get("id") for row in rows)])
    means = [{p["week"]: p["mean"]["on_scale"] if p["mean"] else None for p in row["trend"]} for row in rows]
    for week in weeks:
        sheet.append([week, *(m.get(week) for m in means)])
    _bold_header(sheet)


def _students(sheet: Worksheet, report: dict[str, Any]) -> None:
    subjects = [row["subject"] for row in report["subjects"]]
    sheet.append(["Ученик", "Пропущено уроков", *(s["name"] or s["id"] for s in subjects)])
    for row in report["students"]:
        sheet.append([row["student"]["name"] or row["student"]["id"], row["missed"],
                      *(row["missed_by_subject"].get(s["id"], 0) for s in subjects)])
    _bold_header(sheet)
    sheet.column_dimensions["A"].width = 32


def _bold_header(sheet: Worksheet) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)

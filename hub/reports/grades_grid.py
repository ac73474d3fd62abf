"""The grades grid as every export draws it: rows = subjects, columns = the dates that have marks, then the average
and the number of marks; a title and a line about the span, the scale and the averaging rule.

The grid comes from a ``GET /v1/students/{id}/grades`` answer. A cell holds the marks of that date in the order
given, space-separated (``5 4-``), each as the journal shows it (``hub.reports.labels.mark_text``: its own text,
else the value with a code in words, ``pass`` -> "зачёт"). A subject without a name shows its id.

On paper (Word and PDF) a quarter's forty-odd dates do not fit one table: ``blocks`` cuts the dates into tables of
at most ``MAX_DATE_COLUMNS`` columns, month by month (a month that has more dates is cut within itself), each
table repeating the subject column; the average and the count close the last one. A spreadsheet keeps one row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hub.reports.labels import mark_text, rule_name, scale_name

MAX_DATE_COLUMNS = 16
MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь"]


@dataclass(frozen=True, slots=True)
class Row:
    subject_id: str
    name: str
    cells: list[str]  # per date of ``Grid.dates``
    marks: list[dict[str, Any]]  # the marks as answered (for a machine's CSV)
    average: float | None
    count: int


@dataclass(frozen=True, slots=True)
class Grid:
    title: str
    about: str
    dates: list[dt.date]
    rows: list[Row]


def grid_of(grades: dict[str, Any], title: str = "") -> Grid:
    """The grid of a grades answer; ``title`` heads it (the exports name the student and the span)."""
    dates = grades["dates"]
    column = {date: i for i, date in enumerate(dates)}
    rows = []
    for subject in grades["subjects"]:
        cells: list[list[str]] = [[] for _ in dates]
        for mark in subject["marks"]:
            cells[column[mark["date"]]].append(mark_text(mark))
        average = subject["average"]["value"] if subject["average"] else None
        rows.append(Row(subject["subject"]["id"], subject["subject"]["name"] or subject["subject"]["id"],
                        [" ".join(values) for values in cells], subject["marks"], average, subject["marks_count"]))
    return Grid(title, about(grades), list(dates), rows)


def about(grades: dict[str, Any]) -> str:
    """"Период: 1 четверть (01.09.2026 – 24.10.2026). Шкала: пятибалльная; средний балл: взвешенный."."""
    parts = []
    period, start, end = grades.get("period"), grades.get("from"), grades.get("to")
    if start is not None and end is not None:
        name = period.get("name") if isinstance(period, dict) else None
        span = f"{start:%d.%m.%Y} – {end:%d.%m.%Y}"
        parts.append(f"Период: {name} ({span})" if name else f"Период: {span}")
    if grades.get("scale"):
        rule = f"; средний балл: {rule_name(grades['average_rule'])}" if grades.get("average_rule") else ""
        parts.append(f"Шкала: {scale_name(grades['scale'])}{rule}")
    return ". ".join(parts) + ("." if parts else "")


def blocks(dates: list[dt.date], width: int = MAX_DATE_COLUMNS) -> list[list[int]]:
    """The date columns (indexes into ``dates``) of each printed table: whole months together while they fit in
    ``width``, a longer month cut into pieces of ``width``. No dates: one table without date columns."""
    months: list[list[int]] = []
    for index, date in enumerate(dates):
        if months and (dates[months[-1][0]].year, dates[months[-1][0]].month) == (date.year, date.month):
            months[-1].append(index)
        else:
            months.append([index])
    pieces = [month[i:i + width] for month in months for i in range(0, len(month), width)]
    out: list[list[int]] = []
    for piece in pieces:
        if out and len(out[-1]) + len(piece) <= width:
            out[-1].extend(piece)
        else:
            out.append(list(piece))
    return out or [[]]


def block_caption(dates: list[dt.date], columns: list[int]) -> str:
    """"сентябрь 2026", "сентябрь – октябрь 2026" or "" (no dates)."""
    if not columns:
        return ""
    first, last = dates[columns[0]], dates[columns[-1]]
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {first.year}"
    head = MONTHS[first.month - 1] + ("" if first.year == last.year else f" {first.year}")
    return f"{head} – {MONTHS[last.month - 1]} {last.year}"


def average_text(value: float | None, decimal: str = ",") -> str:
    """The average as printed: two decimals with a decimal comma (Russian), "—" without one."""
    return "—" if value is None else f"{value:.2f}".replace(".", decimal)

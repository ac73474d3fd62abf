"""The words of the printable and spreadsheet reports and of the charts (Russian: they are read in schools), and
the chart descriptions built from a statistics answer."""

from __future__ import annotations

from typing import Any

from hub.events.scales import ScaleId, buckets
from hub.reports.charts import BarChart, LineChart
from hub.reports.statistics_report import weeks_of
from projections.statistics import Period

SCALE_RANGE = {ScaleId.FIVE_POINT: (1.0, 5.0), ScaleId.TEN_POINT: (1.0, 10.0)}
SCALE_NAMES = {"five_point": "пятибалльная", "ten_point": "десятибалльная", "hundred_point": "стобалльная",
               "pass_fail": "зачёт/незачёт", "status": "статусы"}

SUMMARY_COLUMNS = [
    ("Отметок", lambda f: f["marks"]),
    ("Средний балл", lambda f: f["mean"]["on_scale"] if f["mean"] else None),
    ("Неудовл., доля", lambda f: f["failing"]["share"]),
    ("Посещаемость", lambda f: f["attendance"]["rate"]),
    ("Пропуски", lambda f: f["attendance"]["missed"]),
    ("Пропусков на ученика", lambda f: f.get("missed_per_student")),
]


def period_line(report: dict[str, Any]) -> str:
    period = report["period"]
    return f"{period['name']} ({period['starts_on']:%d.%m.%Y} – {period['ends_on']:%d.%m.%Y})"


def title_of(report: dict[str, Any]) -> str:
    if "class" in report:
        return f"Статистика успеваемости: {report['class']['name'] or report['class']['id']}"
    return f"Статистика успеваемости: {report['school']['name'] or report['school']['id']}"


def subject_figures(report: dict[str, Any], subject: str | None) -> tuple[str, dict[str, Any]] | None:
    """The figures of one subject of a report (or its total when ``subject`` is None) and the subject's name."""
    if subject is None:
        return "все предметы", report["total"]
    row = next((row for row in report["subjects"] if row["subject"]["id"] == subject), None)
    return None if row is None else (row["subject"]["name"] or subject, row)


def distribution_chart(report: dict[str, Any], subject_name: str, figures: dict[str, Any]) -> BarChart:
    scale = report["scale"]
    counts = next((d["counts"] for d in figures["distribution"] if d["scale"] == scale), None)
    if counts is None:
        counts = {bucket: 0 for bucket in buckets(scale)}
    labels = list(counts)
    return BarChart(title=f"Распределение отметок: {subject_name}", labels=labels,
                    values=[counts[label] for label in labels], x_label="Отметка", y_label="Количество отметок",
                    description=f"{title_of(report)}, {period_line(report)}. Отметки ({SCALE_NAMES.get(scale, scale)}"
                                f" шкала; с плюсом и минусом учтены в базовой отметке): "
                                + ", ".join(f"{label}: {counts[label]}" for label in labels))


def trend_chart(report: dict[str, Any], subject_name: str, figures: dict[str, Any], weeks: list[str]) -> LineChart:
    scale = report["scale"]
    low, high = SCALE_RANGE.get(scale, (0.0, 100.0))
    means = {point["week"]: point["mean"]["on_scale"] if point["mean"] else None for point in figures["trend"]}
    values = [means.get(week) for week in weeks]
    return LineChart(title=f"Средний балл по неделям: {subject_name}", labels=[w.split("-")[1] for w in weeks],
                     values=values, y_min=low, y_max=high, x_label="Неделя", y_label="Средний балл",
                     description=f"{title_of(report)}, {period_line(report)}. Средний балл по неделям: "
                                 + ", ".join(f"{w}: {'—' if v is None else round(v, 2)}"
                                             for w, v in zip(weeks, values)))


def week_labels(report: dict[str, Any]) -> list[str]:
    """``YYYY-Www`` of every ISO week the report's period touches (the x axis of the trend)."""
    p = report["period"]
    weeks = weeks_of(Period(p["id"], p["name"], p["kind"], p["starts_on"], p["ends_on"]))
    return [f"{m.isocalendar()[0]}-W{m.isocalendar()[1]:02d}" for m in weeks]

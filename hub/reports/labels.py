"""The words of the exports, the printable and spreadsheet reports and the charts (Russian: they are read in schools
and families), and the chart descriptions built from a statistics answer.

No export for people shows one of the hub's codes (the CSV dialect for programs, ``rfc4180``, keeps the canonical
values, as the JSON does): a scale (``five_point`` -> "пятибалльная"), a mark that is a code
(``pass`` -> "зачёт"), a work type (``lesson_work`` -> "Работа на уроке": the journal's own name when it sent one,
else ``WORK_TYPE_NAMES``), an attendance status or an averaging rule is written in words through the functions
below (``scale_name``, ``mark_text``, ``work_type_name``, ``attendance_name``, ``rule_name``), which the pages can
share. A code the tables do not know is shown as it is (a vendor's own word is better than nothing).
"""

from __future__ import annotations

from typing import Any

from hub.events.scales import ScaleId, buckets
from hub.reports.charts import BarChart, LineChart
from hub.reports.statistics_report import weeks_of
from projections.statistics import Period

SCALE_RANGE = {ScaleId.FIVE_POINT: (1.0, 5.0), ScaleId.TEN_POINT: (1.0, 10.0)}
SCALE_NAMES = {"five_point": "пятибалльная", "ten_point": "десятибалльная", "hundred_point": "стобалльная",
               "pass_fail": "зачёт/незачёт", "status": "статусы", "six_point": "шестибалльная",
               "seven_point": "семибалльная", "twelve_point": "двенадцатибалльная", "letter": "буквенная"}
VALUE_NAMES = {"pass": "зачёт", "fail": "незачёт", "exempt": "освобождён", "not_assessed": "н/а"}
WORK_TYPE_NAMES = {
    "lesson_work": "Работа на уроке", "oral_answer": "Ответ на уроке", "homework_check": "Проверка домашнего задания",
    "homework": "Домашняя работа", "test": "Тест", "control_work": "Контрольная работа", "exam": "Экзамен",
    "essay": "Сочинение", "by_heart": "Наизусть", "laboratory_work": "Лабораторная работа",
    "independent_work": "Самостоятельная работа", "dictation": "Диктант", "project": "Проект",
    "creative_work": "Творческая работа", "period_mark": "Итоговая отметка", "other": "Другое",
}
ATTENDANCE_NAMES = {"present": "присутствие", "absent": "отсутствие", "ill": "болезнь", "late": "опоздание",
                    "excused": "уважительная причина"}
RULE_NAMES = {"weighted": "взвешенный", "simple": "простой"}
PERIOD_KIND_NAMES = {"quarter": "четверть", "trimester": "триместр", "semester": "полугодие",
                     "half_year": "полугодие", "year": "год", "exam": "экзамен",
                     "final": "итоговая"}


def scale_name(scale: str | None) -> str:
    return SCALE_NAMES.get(scale or "", scale or "")


def mark_text(mark: dict[str, Any]) -> str:
    """A mark as the journal shows it: its own text when it sent one, else the value (a code in words)."""
    text = mark.get("text")
    if text:
        return text
    value = mark.get("value") or ""
    return VALUE_NAMES.get(value, value)


def work_type_name(mark: dict[str, Any]) -> str | None:
    """The journal's name of the mark's work type, else the name of its code; None without either."""
    name = mark.get("work_type_name")
    if name:
        return name
    code = mark.get("work_type")
    if isinstance(code, dict):  # an event's payload: {code, name}
        return code.get("name") or WORK_TYPE_NAMES.get(code.get("code") or "", code.get("code"))
    return WORK_TYPE_NAMES.get(code, code) if code else None


def attendance_name(status: str | None) -> str:
    return ATTENDANCE_NAMES.get(status or "", status or "")


def rule_name(rule: str | None) -> str:
    return RULE_NAMES.get(rule or "", rule or "")

SUMMARY_COLUMNS = [
    ("Отметок", lambda f: f["marks"]),
    ("Средний балл", lambda f: f["mean"]["on_scale"] if f["mean"] else None),
    ("Неудовл., доля", lambda f: f["failing"]["share"]),
    ("Посещаемость", lambda f: f["attendance"]["rate"]),
    ("Пропуски", lambda f: f["attendance"]["missed"]),
    ("Пропусков на ученика", lambda f: f.get("missed_per_student")),
]


PERCENT_COLUMNS = {"Неудовл., доля", "Посещаемость"}
SUBJECTS_PER_TABLE = 8  # the students' missed lessons per subject: at most this many subject columns per table


def figure_text(name: str, value: Any) -> str:
    """A figure of ``SUMMARY_COLUMNS`` as printed: shares in percent, means with two decimals, "—" for none."""
    if value is None:
        return "—"
    if name in PERCENT_COLUMNS:
        return f"{value * 100:.1f} %"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def summary_cells(figures: dict[str, Any], columns: list = SUMMARY_COLUMNS) -> list[str]:
    return [figure_text(name, value(figures)) for name, value in columns]


def about_report(report: dict[str, Any]) -> str:
    """The paragraph under a printed report's title: school, period, scale, rule, and what the figures count."""
    school = report["school"]["name"] or report["school"]["id"]
    return (f"{school}. Период: {period_line(report)}. Шкала: {scale_name(report['scale'])}; "
            f"средний балл {rule_name(report['average_rule'])}. Неудовлетворительные отметки: ниже 3 (пятибалльная), "
            f"ниже 4 (десятибалльная), ниже 50 (стобалльная), «незачёт». Посещаемость: доля проведённых уроков без "
            f"пропуска (отсутствие, болезнь, уважительная причина); опоздание пропуском не считается.")


def distribution_rows(report: dict[str, Any]) -> list[list[str]]:
    """A header (``Предмет`` and the scale's marks in words) and per subject, then in total, the count of each."""
    labels = buckets(report["scale"])
    rows = [["Предмет", *(VALUE_NAMES.get(label, label) for label in labels)]]
    for row in [*report["subjects"], {"subject": {"name": "Итого", "id": ""}, **report["total"]}]:
        own = next((d["counts"] for d in row["distribution"] if d["scale"] == report["scale"]), {})
        rows.append([row["subject"]["name"] or row["subject"]["id"], *(str(own.get(b, 0)) for b in labels)])
    return rows


def students_tables(report: dict[str, Any], per_table: int = SUBJECTS_PER_TABLE) -> list[list[list[str]]]:
    """A class report's missed lessons per student as printed tables: ``Ученик``, ``Всего`` and at most
    ``per_table`` subjects each, with their full names (a class with more subjects gets more tables)."""
    subjects = [row["subject"] for row in report["subjects"]]
    chunks = [subjects[i:i + per_table] for i in range(0, len(subjects), per_table)] or [[]]
    return [[["Ученик", "Всего", *(s["name"] or s["id"] for s in chunk)],
             *([row["student"]["name"] or row["student"]["id"], str(row["missed"]),
                *(str(row["missed_by_subject"].get(s["id"], 0)) for s in chunk)] for row in report["students"])]
            for chunk in chunks]


def teachers_rows(report: dict[str, Any]) -> list[list[str]]:
    per_teacher = SUMMARY_COLUMNS[:-1]  # students are counted per class, not per teacher
    return [["Учитель", *(name for name, _ in per_teacher)],
            *([row["teacher"]["name"] or row["teacher"]["id"] or "не указан", *summary_cells(row, per_teacher)]
              for row in report["teachers"])]


def classes_rows(report: dict[str, Any]) -> list[list[str]]:
    return [["Класс", *(name for name, _ in SUMMARY_COLUMNS)],
            *([row["class"]["name"] or row["class"]["id"], *summary_cells(row)] for row in report["classes"])]


def subjects_rows(report: dict[str, Any]) -> list[list[str]]:
    return [["Предмет", *(name for name, _ in SUMMARY_COLUMNS)],
            *([row["subject"]["name"] or row["subject"]["id"], *summary_cells(row)] for row in report["subjects"]),
            ["Итого", *summary_cells(report["total"])]]


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
    shown = [VALUE_NAMES.get(label, label) for label in labels]
    return BarChart(title=f"Распределение отметок: {subject_name}", labels=shown,
                    values=[counts[label] for label in labels], x_label="Отметка", y_label="Количество отметок",
                    description=f"{title_of(report)}, {period_line(report)}. Отметки ({scale_name(scale)}"
                                f" шкала; с плюсом и минусом учтены в базовой отметке): "
                                + ", ".join(f"{name}: {counts[label]}" for name, label in zip(shown, labels)))


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

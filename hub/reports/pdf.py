"""A statistics answer as a printable A4 PDF (reportlab): the figures per subject, the distribution, the two
charts of all subjects together (PNG from ``charts.png``), and the students' missed lessons (a class) or the
teachers and classes (a school).

reportlab's built-in fonts have no Cyrillic, so DejaVu Sans (shipped with matplotlib, already a dependency for the
PNG charts) is registered once under the names ``HubSans`` and ``HubSans-Bold``.

reportlab's ``Paragraph`` parses a mini-HTML: every text from the data goes in through ``hub.text.markup`` (``&``,
``<`` and ``>`` escaped, characters XML cannot carry replaced), so a subject named ``a<b`` prints as such; plain
table cells through ``hub.text.xlsx_text``.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from hub.events.scales import buckets
from hub.reports import charts
from hub.reports.labels import (SCALE_NAMES, SUMMARY_COLUMNS, distribution_chart, period_line, title_of, trend_chart,
                                week_labels)
from hub.text import markup, xlsx_text

FONT, BOLD = "HubSans", "HubSans-Bold"


@cache
def _fonts() -> None:
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def document(report: dict[str, Any]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    _fonts()
    styles = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=xlsx_text(title_of(report)), author="Gradebook Hub")
    width = A4[0] - 3 * cm
    story = [Paragraph(markup(title_of(report)), styles["title"]),
             Paragraph(markup(_about(report)), styles["body"]), Spacer(1, 0.3 * cm),
             Paragraph("Итоги по предметам", styles["heading"]),
             _table([["Предмет", *(name for name, _ in SUMMARY_COLUMNS)],
                     *([row["subject"]["name"] or row["subject"]["id"], *_cells(row)] for row in report["subjects"]),
                     ["Итого", *_cells(report["total"])]], width, first=0.26),
             Spacer(1, 0.3 * cm), Paragraph("Распределение отметок", styles["heading"]),
             _table(_distribution_rows(report), width, first=0.26)]
    for chart in (distribution_chart(report, "все предметы", report["total"]),
                  trend_chart(report, "все предметы", report["total"], week_labels(report))):
        story += [Spacer(1, 0.3 * cm), Image(io.BytesIO(charts.png(chart)), width=width, height=width / 2)]
    story.append(PageBreak())
    if "students" in report:
        story += [Paragraph("Пропуски уроков по ученикам", styles["heading"]), _students_table(report, width)]
    else:
        per_teacher = SUMMARY_COLUMNS[:-1]  # students are counted per class, not per teacher
        story += [Paragraph("По учителям", styles["heading"]),
                  _table([["Учитель", *(name for name, _ in per_teacher)],
                          *([row["teacher"]["name"] or row["teacher"]["id"] or "не указан", *_cells(row, per_teacher)]
                            for row in report["teachers"])], width, first=0.26),
                  Spacer(1, 0.3 * cm), Paragraph("По классам", styles["heading"]),
                  _table([["Класс", *(name for name, _ in SUMMARY_COLUMNS)],
                          *([row["class"]["name"] or row["class"]["id"], *_cells(row)] for row in report["classes"])],
                         width, first=0.26)]
    doc.build(story)
    return out.getvalue()


def _about(report: dict[str, Any]) -> str:
    school = report["school"]["name"] or report["school"]["id"]
    rule = "взвешенный" if report["average_rule"] == "weighted" else "простой"
    return (f"{school}. Период: {period_line(report)}. Шкала: {SCALE_NAMES.get(report['scale'], report['scale'])}; "
            f"средний балл {rule}. Неудовлетворительные отметки: ниже 3 (пятибалльная), ниже 4 (десятибалльная), "
            f"ниже 50 (стобалльная), «незачёт». Посещаемость: доля проведённых уроков без пропуска "
            f"(отсутствие, болезнь, уважительная причина); опоздание пропуском не считается.")


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    return {"title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=6),
            "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
            "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)}


def _cells(figures: dict[str, Any], columns: list = SUMMARY_COLUMNS) -> list[str]:
    return [_show(name, value(figures)) for name, value in columns]


def _show(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if name in ("Неудовл., доля", "Посещаемость"):
        return f"{value * 100:.1f} %"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _distribution_rows(report: dict[str, Any]) -> list[list[str]]:
    labels = buckets(report["scale"])
    rows = [["Предмет", *labels]]
    for row in [*report["subjects"], {"subject": {"name": "Итого", "id": ""}, **report["total"]}]:
        own = next((d["counts"] for d in row["distribution"] if d["scale"] == report["scale"]), {})
        rows.append([row["subject"]["name"] or row["subject"]["id"], *(str(own.get(b, 0)) for b in labels)])
    return rows


def _students_table(report: dict[str, Any], width: float):  # noqa: ANN202
    subjects = [row["subject"] for row in report["subjects"]]
    rows = [["Ученик", "Всего", *(_abbreviated(s["name"] or s["id"]) for s in subjects)]]
    rows += [[row["student"]["name"] or row["student"]["id"], str(row["missed"]),
              *(str(row["missed_by_subject"].get(s["id"], 0)) for s in subjects)] for row in report["students"]]
    return _table(rows, width, first=0.28, size=7)


def _abbreviated(name: str) -> str:
    """A subject's name short enough for a column of the students' table (the full names are in the tables above)."""
    return name if len(name) <= 9 else name[:7] + "."


def _table(rows: list[list[str]], width: float, first: float, size: int = 8):  # noqa: ANN202
    """A grid with a header row whose labels wrap (they are longer than the numbers under them)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    columns = max(len(row) for row in rows)
    rest = (1 - first) / max(columns - 1, 1)
    header = [Paragraph(markup(label), ParagraphStyle("th", fontName=BOLD, fontSize=size - 1.5, leading=size + 0.5,
                                              alignment=TA_LEFT if n == 0 else TA_RIGHT))
              for n, label in enumerate(rows[0])]
    table = Table([header, *([xlsx_text(cell) for cell in row] for row in rows[1:])], colWidths=[width * first, *([width * rest] * (columns - 1))], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size), ("FONT", (0, 0), (-1, 0), BOLD, size),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table

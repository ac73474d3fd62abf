"""A statistics answer as a printable A4 PDF (reportlab): the figures per subject, the distribution, the two
charts of all subjects together (PNG from ``charts.png``), and the students' missed lessons (a class) or the
teachers and classes (a school): a class with many subjects gets its students' table in several parts
(``labels.students_tables``), so every column header prints the subject's whole name.

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

from hub.reports import charts
from hub.reports.labels import (about_report, classes_rows, distribution_chart, distribution_rows, students_tables,
                                subjects_rows, teachers_rows, title_of, trend_chart, week_labels)
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
             Paragraph(markup(about_report(report)), styles["body"]), Spacer(1, 0.3 * cm),
             Paragraph("Итоги по предметам", styles["heading"]), _table(subjects_rows(report), width, first=0.26),
             Spacer(1, 0.3 * cm), Paragraph("Распределение отметок", styles["heading"]),
             _table(distribution_rows(report), width, first=0.26)]
    for chart in (distribution_chart(report, "все предметы", report["total"]),
                  trend_chart(report, "все предметы", report["total"], week_labels(report))):
        story += [Spacer(1, 0.3 * cm), Image(io.BytesIO(charts.png(chart)), width=width, height=width / 2)]
    story.append(PageBreak())
    if "students" in report:
        story.append(Paragraph("Пропуски уроков по ученикам", styles["heading"]))
        for rows in students_tables(report):
            story += [_table(rows, width, first=0.24, size=7), Spacer(1, 0.3 * cm)]
    else:
        story += [Paragraph("По учителям", styles["heading"]), _table(teachers_rows(report), width, first=0.26),
                  Spacer(1, 0.3 * cm), Paragraph("По классам", styles["heading"]),
                  _table(classes_rows(report), width, first=0.26)]
    doc.build(story)
    return out.getvalue()


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    return {"title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=6),
            "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
            "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)}


def _header_size(labels: list[str], widths: list[float], size: float, smallest: float = 4.5) -> float:
    """The header's font size: ``size``, or smaller (down to ``smallest``) until each label's longest word fits its
    column, so that labels wrap between words; below that a word is split, never cut."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _fonts()
    room = [w - 6 for w in widths]  # 3 points of padding on each side
    while size > smallest and any(stringWidth(word, BOLD, size) > space
                                  for label, space in zip(labels, room) for word in label.split()):
        size -= 0.25
    return size


def _table(rows: list[list[str]], width: float, first: float, size: int = 8):  # noqa: ANN202
    """A grid with a header row whose labels wrap, whole (they are longer than the numbers under them; a word
    longer than its column is split, never cut short)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    columns = max(len(row) for row in rows)
    rest = (1 - first) / max(columns - 1, 1)
    widths = [width * first, *([width * rest] * (columns - 1))]
    heading = _header_size(rows[0], widths, size - 1.5)
    header = [Paragraph(markup(label), ParagraphStyle("th", fontName=BOLD, fontSize=heading, leading=heading + 2,
                                              alignment=TA_LEFT if n == 0 else TA_RIGHT))
              for n, label in enumerate(rows[0])]
    name = ParagraphStyle("td", fontName=FONT, fontSize=size, leading=size + 2)  # a long name wraps, whole
    body = [[Paragraph(markup(row[0]), name), *(xlsx_text(cell) for cell in row[1:])] for row in rows[1:]]
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size), ("FONT", (0, 0), (-1, 0), BOLD, size),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table

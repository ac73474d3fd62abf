"""A student's grades as a printable PDF (reportlab): the Word document's page (``hub.reports.word``) on landscape
A4, in the statistics report's fonts and table style (``hub.reports.pdf``): the title, the line about the period,
scale and rule, and the grid in blocks of whole months (``hub.reports.grades_grid.blocks``), the last block ending
with the average and the number of marks. Text from the data goes through ``hub.text.markup`` (headings and names,
which ``Paragraph`` parses) or ``hub.text.xlsx_text`` (plain cells).
"""

from __future__ import annotations

import io

from hub.reports.grades_grid import Grid, average_text, block_caption, blocks
from hub.reports.pdf import BOLD, FONT, _fonts, _styles
from hub.text import markup, xlsx_text


def document(grid: Grid) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    _fonts()
    styles = _styles()
    page = landscape(A4)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=xlsx_text(grid.title), author="Gradebook Hub")
    width = page[0] - 3 * cm
    story = [Paragraph(markup(grid.title), styles["title"]), Paragraph(markup(grid.about), styles["body"])]
    parts = blocks(grid.dates)
    for number, columns in enumerate(parts):
        last = number == len(parts) - 1
        caption = block_caption(grid.dates, columns)
        header = ["Предмет", *(grid.dates[i].strftime("%d.%m") for i in columns),
                  *(["Средний балл", "Оценок"] if last else [])]
        rows = [[row.name, *(row.cells[i] for i in columns),
                 *([average_text(row.average), str(row.count)] if last else [])] for row in grid.rows]
        first, tail = 4.5 * cm, ([2.6 * cm, 1.6 * cm] if last else [])
        each = (width - first - sum(tail)) / max(len(columns), 1)
        table = _grid_table([header, *rows], [first, *([each] * len(columns)), *tail])
        heading = [Paragraph(markup(caption.capitalize()), styles["heading"])] if caption else []
        story += [Spacer(1, 0.3 * cm), KeepTogether([*heading, table])]
    doc.build(story)
    return out.getvalue()


def _grid_table(rows: list[list[str]], widths: list[float]):  # noqa: ANN202
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    name = ParagraphStyle("subject", fontName=FONT, fontSize=9, leading=11)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10, alignment=1)
    header = [Paragraph(markup(label), head) for label in rows[0]]
    body = [[Paragraph(markup(row[0]), name), *(xlsx_text(cell) for cell in row[1:])] for row in rows[1:]]
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table

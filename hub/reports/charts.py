"""Charts of statistics: a distribution bar chart and a weekly trend line, as SVG (written directly) or PNG.

A chart is a plain description (``BarChart``, ``LineChart``); ``svg(chart)`` writes a standalone SVG 1.1 document
(UTF-8, so Cyrillic labels need nothing special; ``<title>`` and ``<desc>`` with ``role="img"`` for screen readers;
axis labels, grid lines and the values at the bars or points), ``png(chart)`` draws the same with matplotlib's
Agg backend (DejaVu Sans, which has Cyrillic), at 150 dpi; the PDF report embeds those PNGs.

Labels come from the data (subject names): the SVG writes them through ``hub.text.markup`` (XML-escaped, characters
XML cannot carry replaced); matplotlib gets them XML-safe too, with its ``$...$`` math parsing off.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from hub.text import markup as escape
from hub.text import xlsx_text

WIDTH, HEIGHT = 720, 360
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 56, 64
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
BAR, LINE, GRID, INK = "#3b6ea8", "#c0392b", "#d9d9d9", "#222222"


@dataclass(frozen=True)
class BarChart:
    title: str
    labels: list[str]
    values: list[int]
    x_label: str
    y_label: str
    description: str = ""


@dataclass(frozen=True)
class LineChart:
    title: str
    labels: list[str]
    values: list[float | None]  # None: no point that week
    y_min: float
    y_max: float
    x_label: str
    y_label: str
    description: str = ""


def svg(chart: BarChart | LineChart) -> str:
    top = max(chart.values, default=0) if isinstance(chart, BarChart) else chart.y_max
    low = 0.0 if isinstance(chart, BarChart) else chart.y_min
    ticks = _ticks(low, top or 1, integers=isinstance(chart, BarChart))
    body = _axes(chart, ticks) + (_bars(chart, ticks) if isinstance(chart, BarChart) else _line(chart, ticks))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" '
            f'font-family={quoteattr(FONT)} font-size="12">\n'
            f'<title id="chart-title">{escape(chart.title)}</title>\n'
            f'<desc id="chart-desc">{escape(chart.description or _describe(chart))}</desc>\n'
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>\n'
            f'<text x="{WIDTH / 2}" y="28" text-anchor="middle" font-size="16" font-weight="bold" '
            f'fill="{INK}">{escape(chart.title)}</text>\n{body}</svg>\n')


def _describe(chart: BarChart | LineChart) -> str:
    pairs = ", ".join(f"{label}: {_fmt(value)}" for label, value in zip(chart.labels, chart.values))
    return f"{chart.x_label} / {chart.y_label}: {pairs or 'нет данных'}"


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def _ticks(low: float, high: float, integers: bool) -> list[float]:
    """About five round steps from ``low`` to at least ``high``."""
    span = max(high - low, 1e-9)
    step = 10 ** math.floor(math.log10(span / 5))
    for factor in (1, 2, 2.5, 5, 10):
        if span / (step * factor) <= 6:
            step *= factor
            break
    if integers:
        step = max(1.0, math.ceil(step))
    count = math.ceil(span / step - 1e-9)
    return [round(low + n * step, 6) for n in range(count + 1)]


def _y(value: float, ticks: list[float]) -> float:
    low, high = ticks[0], ticks[-1]
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / ((high - low) or 1))


def _axes(chart: BarChart | LineChart, ticks: list[float]) -> str:
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    parts = []
    for tick in ticks:
        y = _y(tick, ticks)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}"/>'
                     f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}">{_fmt(tick)}</text>')
    parts.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="{INK}"/>'
                 f'<line x1="{LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}"/>')
    parts.append(f'<text x="{(LEFT + right) / 2}" y="{HEIGHT - 12}" text-anchor="middle" fill="{INK}">'
                 f'{escape(chart.x_label)}</text>')
    parts.append(f'<text x="16" y="{(TOP + bottom) / 2}" text-anchor="middle" fill="{INK}" '
                 f'transform="rotate(-90 16 {(TOP + bottom) / 2})">{escape(chart.y_label)}</text>')
    return "\n".join(parts) + "\n"


def _slots(count: int) -> tuple[float, list[float]]:
    width = (WIDTH - LEFT - RIGHT) / max(count, 1)
    return width, [LEFT + width * (n + 0.5) for n in range(count)]


def _x_labels(labels: list[str], centres: list[float]) -> str:
    every = max(1, math.ceil(len(labels) / 14))  # at most ~14 labels fit
    return "\n".join(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" fill="{INK}">'
                     f'{escape(label)}</text>' for n, (label, x) in enumerate(zip(labels, centres)) if n % every == 0)


def _bars(chart: BarChart, ticks: list[float]) -> str:
    width, centres = _slots(len(chart.values))
    bottom, parts = HEIGHT - BOTTOM, []
    for label, value, x in zip(chart.labels, chart.values, centres):
        y = _y(value, ticks)
        parts.append(f'<rect class="bar" x="{x - width * 0.35:.1f}" y="{y:.1f}" width="{width * 0.7:.1f}" '
                     f'height="{bottom - y:.1f}" fill="{BAR}"><title>{escape(label)}: {value}</title></rect>'
                     f'<text class="value" x="{x:.1f}" y="{y - 6:.1f}" text-anchor="middle" fill="{INK}">'
                     f'{value}</text>')
    return "\n".join(parts) + "\n" + _x_labels(chart.labels, centres) + "\n"


def _line(chart: LineChart, ticks: list[float]) -> str:
    _width, centres = _slots(len(chart.values))
    segments: list[list[tuple[float, float]]] = [[]]
    points = []
    for label, value, x in zip(chart.labels, chart.values, centres):
        if value is None:
            segments.append([])
            continue
        y = _y(value, ticks)
        segments[-1].append((x, y))
        points.append(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{LINE}">'
                      f'<title>{escape(label)}: {_fmt(value)}</title></circle>'
                      f'<text class="value" x="{x:.1f}" y="{y - 9:.1f}" text-anchor="middle" font-size="10" '
                      f'fill="{INK}">{_fmt(value)}</text>')
    lines = [f'<polyline fill="none" stroke="{LINE}" stroke-width="2" points="'
             + " ".join(f"{x:.1f},{y:.1f}" for x, y in segment) + '"/>' for segment in segments if segment]
    return "\n".join(lines + points) + "\n" + _x_labels(chart.labels, centres) + "\n"


def png(chart: BarChart | LineChart, dpi: int = 150) -> bytes:
    """The chart drawn by matplotlib (Agg, no display) as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(chart.labels)))
    if isinstance(chart, BarChart):
        bars = axes.bar(positions, chart.values, color=BAR)
        axes.bar_label(bars, labels=[str(v) for v in chart.values])
        axes.set_ylim(0, max(max(chart.values, default=0) * 1.15, 1))
    else:
        axes.plot(positions, [math.nan if v is None else v for v in chart.values], color=LINE, marker="o")
        for x, y in ((x, v) for x, v in zip(positions, chart.values) if v is not None):
            axes.annotate(_fmt(y), (x, y), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=7)
        axes.set_ylim(chart.y_min, chart.y_max)
    axes.set_xlim(-0.5, max(len(positions), 1) - 0.5)  # a half slot of margin each side, as in the SVG
    every = max(1, math.ceil(len(chart.labels) / 14))
    axes.set_xticks(positions[::every], [xlsx_text(label) for label in chart.labels[::every]], fontsize=8,
                    parse_math=False)
    axes.set_title(xlsx_text(chart.title), fontsize=11, fontweight="bold", parse_math=False)
    axes.set_xlabel(xlsx_text(chart.x_label), parse_math=False)
    axes.set_ylabel(xlsx_text(chart.y_label), parse_math=False)
    axes.grid(axis="y", color=GRID)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()

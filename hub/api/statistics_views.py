"""The statistics API: a class's and a school's figures for a reporting period, as JSON, XLSX, PDF or DOCX, and
charts.

* ``GET /v1/classes/{id}/statistics?period=&format=json|xlsx|pdf|docx``: per subject and in total (the class with its
  subgroups), and every student's missed lessons;
* ``GET /v1/schools/{id}/statistics?period=&format=``: per subject, per teacher, per class and in total;
* ``GET /v1/classes/{id}/statistics/charts/{distribution|trend}.{svg|png}?period=&subject=`` and the same under
  ``/v1/schools/{id}``: the distribution of marks (bars) or the weekly mean (line) of one subject, or of all.

``period`` is a ``period_id`` of the school, ``current`` (default: the shortest period containing today in the
school's time zone, else the last one ended) or ``year`` (see ``projections.statistics.resolve_period``).
Who may read what: ``hub.api.access_scopes``; anything else is 404, as is an unknown class, school or period.
JSON answers carry ``log_positions`` and ``caught_up``; files carry them in ``X-Hub-Positions``.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Connection, Engine, select
from starlette.responses import Response

from hub.api.access_scopes import can_read_school_statistics, class_statistics_scope, find_class
from hub.api.errors import ApiError, not_found
from hub.api.read import MinPosition, ReaderDep, _answer
from hub.api.view_positions import school_today, wait_for
from hub.auth.readers import Reader
from hub.bootstrap import Hub
from hub.reports import charts
from hub.reports.labels import distribution_chart, subject_figures, trend_chart, week_labels
from hub.reports.statistics_report import class_report, school_report
from hub.store.db import reading
from projections import diary, roster, subject_links
from projections.statistics import Period, UnknownPeriod, resolve_period

STATISTICS_VIEWS = (roster.PROJECTION, diary.PROJECTION)
MEDIA = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "svg": "image/svg+xml", "png": "image/png"}


class Format(StrEnum):
    JSON = "json"
    XLSX = "xlsx"
    PDF = "pdf"
    DOCX = "docx"


class Chart(StrEnum):
    DISTRIBUTION_SVG = "distribution.svg"
    DISTRIBUTION_PNG = "distribution.png"
    TREND_SVG = "trend.svg"
    TREND_PNG = "trend.png"


PeriodQuery = Query("current", description="A period_id of the school, 'current' or 'year'",
                    examples=["current", "year", "2026-q1"], min_length=1, max_length=128)
FormatQuery = Query(Format.JSON, description="json, xlsx (a workbook), pdf (a printable A4 report) or docx (the "
                    "same report as a Word document)")
SubjectQuery = Query(None, description="One subject's chart; all subjects together if absent", max_length=128)

REPORT_RESPONSES = {
    200: {"description": "The figures (JSON), or the workbook or printable report",
          "content": {"application/json": {}, MEDIA["xlsx"]: {}, MEDIA["pdf"]: {}, MEDIA["docx"]: {}}},
    401: {"description": "Missing or bad reader token"},
    404: {"description": "Unknown, or not readable by this reader (class, school or period)"},
    422: {"description": "Bad parameters"},
}
CHART_RESPONSES = {**REPORT_RESPONSES, 200: {"description": "The chart", "content": {"image/svg+xml": {},
                                                                                   "image/png": {}}}}

router = APIRouter(tags=["statistics"])


@router.get("/v1/classes/{class_id}/statistics", summary="A class's marks and attendance per subject in a period",
            responses=REPORT_RESPONSES)
async def class_statistics(request: Request, class_id: str, reader: ReaderDep, period: str = PeriodQuery,
                           format: Format = FormatQuery, min_position: str | None = MinPosition) -> Response:
    report, caught_up, positions = await _report(request, min_position, _class_report, reader, class_id, period)
    return await _render(report, format, caught_up, positions, f"statistics-{class_id}")


@router.get("/v1/schools/{school_id}/statistics", summary="A school's figures per subject, teacher and class",
            responses=REPORT_RESPONSES)
async def school_statistics(request: Request, school_id: str, reader: ReaderDep, period: str = PeriodQuery,
                            format: Format = FormatQuery, min_position: str | None = MinPosition) -> Response:
    report, caught_up, positions = await _report(request, min_position, _school_report, reader, school_id, period)
    return await _render(report, format, caught_up, positions, f"statistics-{school_id}")


@router.get("/v1/classes/{class_id}/statistics/charts/{chart}", summary="A chart of a class's statistics",
            responses=CHART_RESPONSES)
async def class_chart(request: Request, class_id: str, chart: Chart, reader: ReaderDep, period: str = PeriodQuery,
                      subject: str | None = SubjectQuery, min_position: str | None = MinPosition) -> Response:
    report, _caught_up, positions = await _report(request, min_position, _class_report, reader, class_id, period)
    return await _chart(report, chart, subject, positions, request.app.state.hub.views)


@router.get("/v1/schools/{school_id}/statistics/charts/{chart}", summary="A chart of a school's statistics",
            responses=CHART_RESPONSES)
async def school_chart(request: Request, school_id: str, chart: Chart, reader: ReaderDep, period: str = PeriodQuery,
                       subject: str | None = SubjectQuery, min_position: str | None = MinPosition) -> Response:
    report, _caught_up, positions = await _report(request, min_position, _school_report, reader, school_id, period)
    return await _chart(report, chart, subject, positions, request.app.state.hub.views)


async def _report(request: Request, min_position: str | None, build, *args) -> tuple[dict, bool, dict]:  # noqa: ANN001
    hub: Hub = request.app.state.hub
    caught_up, positions = await wait_for(hub, min_position, STATISTICS_VIEWS)
    report = await asyncio.to_thread(build, hub.views, *args)
    return report, caught_up, positions


def _class_report(engine: Engine, reader: Reader, class_id: str, period: str) -> dict[str, Any]:
    with reading(engine) as conn:
        cls = find_class(conn, class_id)
        scope = class_statistics_scope(conn, reader, cls) if cls else None
        if cls is None or scope is None:
            raise not_found("class")
        return class_report(conn, cls, _period(conn, cls.school_id, period, cls.class_id), scope.subjects)


def _school_report(engine: Engine, reader: Reader, school_id: str, period: str) -> dict[str, Any]:
    with reading(engine) as conn:
        known = conn.execute(select(roster.schools.c.school_id).where(roster.schools.c.school_id == school_id))
        if not can_read_school_statistics(reader, school_id) or known.first() is None:
            raise not_found("school")
        return school_report(conn, school_id, _period(conn, school_id, period))


def _counts_under(engine: Engine, subject: str) -> str:
    with reading(engine) as conn:
        return subject_links.canonical_of(conn, {subject}).get(subject, subject)


def _period(conn: Connection, school_id: str, period: str, class_id: str | None = None) -> Period:
    """The period ``period`` names for the school (or, given ``class_id``, for that class); 404 if none."""
    try:
        return resolve_period(conn, school_id, period, school_today(conn, school_id), class_id)
    except UnknownPeriod as exc:
        raise ApiError(404, "not_found", f"period not found: {exc}") from None


async def _render(report: dict[str, Any], fmt: Format, caught_up: bool, positions: dict[int, int],
                  name: str) -> Response:
    if fmt is Format.JSON:
        return _answer(report, caught_up, positions)
    if fmt is Format.XLSX:
        from hub.reports.xlsx import workbook

        content = await asyncio.to_thread(workbook, report)
    elif fmt is Format.DOCX:
        from hub.reports.word import statistics_document

        content = await asyncio.to_thread(statistics_document, report)
    else:
        from hub.reports.pdf import document

        content = await asyncio.to_thread(document, report)
    return _file(content, fmt.value, positions, f'attachment; filename="{_safe(name)}.{fmt.value}"')


async def _chart(report: dict[str, Any], chart: Chart, subject: str | None, positions: dict[int, int],
                 views: Engine | None = None) -> Response:
    if subject is not None and views is not None:  # a subject linked to another is charted in that one's row
        subject = await asyncio.to_thread(_counts_under, views, subject)
    found = subject_figures(report, subject)
    if found is None:
        raise not_found("subject")
    subject_name, figures = found
    kind, fmt = chart.value.split(".")
    description = (distribution_chart(report, subject_name, figures) if kind == "distribution"
                   else trend_chart(report, subject_name, figures, week_labels(report)))
    if fmt == "svg":
        return _file(charts.svg(description).encode(), fmt, positions, None)
    return _file(await asyncio.to_thread(charts.png, description), fmt, positions, None)


def _file(content: bytes, fmt: str, positions: dict[int, int], disposition: str | None) -> Response:
    headers = {"X-Hub-Positions": ",".join(f"{p}:{o}" for p, o in sorted(positions.items()))}
    if disposition:
        headers["Content-Disposition"] = disposition
    media = MEDIA[fmt] + ("; charset=utf-8" if fmt == "svg" else "")
    return Response(content, media_type=media, headers=headers)


def _safe(name: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in name)

"""Student-level read views beside the diary: final grades, one subject, all grades (JSON, CSV, XLSX, DOCX, PDF).

Same conventions as the diary (``hub/api/read.py``): a reader token, ``log_positions`` / ``caught_up`` /
``?min_position=``, a refused or unknown student is ``404 student not found``, and what a reader sees is limited
by ``hub.api.access.student_scope`` (a subject teacher sees only their subjects).

Parameters are checked before anything is read (422 ``invalid_request`` / ``invalid_range`` / ``range_too_long``
/ ``invalid_format`` / ``conflicting_parameters``); then the student (404); then the period: a ``period`` that is
not a selector nor one of the student's school's period ids is **422 ``unknown_period``** (a query parameter,
not the resource, is wrong; another school's period id gets the same answer as a made-up one).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Connection, Engine, select
from starlette.background import BackgroundTask
from starlette.responses import Response

from hub import clock
from hub.api import answer_cache, exports
from hub.api.access import EVERYTHING, Scope, student_scope
from hub.api.answers import FinalGradesAnswer, documented
from hub.api.errors import ApiError, not_found
from hub.api.params import ApiDate
from hub.api.read import MinPosition, ReaderDep, _answer, _positions
from hub.auth.readers import Reader, Role
from hub.bootstrap import Hub
from hub.store.db import reading
from projections import diary, final_grades, periods, progress, roster, student_views
from projections.base import full_name

VIEWS = (roster.PROJECTION, diary.PROJECTION, final_grades.PROJECTION)
MAX_GRADES_DAYS = 366
FORMATS = ("json", *exports.FILE_FORMATS)
DEFAULT_SELECTOR = "quarter"

router = APIRouter(tags=["student views"])

PeriodParam = Query(None, max_length=128, description="day | week | month | quarter | year (the school's own "
                    "quarter or trimester, academic year, of the student's class), or a reporting period id of the "
                    "student's school")
AnchorParam = Query(None, alias="date", description="The date the period selector is taken around, YYYY-MM-DD "
                    "(default: today in the school's time zone)")


@router.get("/v1/students/{student_id}/final-grades", summary="Per subject and reporting period: average, "
            "marks, the teacher's period/year mark, exemptions, missed lessons",
            responses=documented(FinalGradesAnswer, "The year's periods, and per subject a cell per period"))
async def student_final_grades(
    request: Request, student_id: str, reader: ReaderDep,
    year: int | None = Query(None, ge=2000, le=2100, description="Academic year (the calendar year it starts "
                             "in); default: the school's current one"),
    min_position: str | None = MinPosition,
) -> Response:
    hub: Hub = request.app.state.hub
    caught_up, positions = await _positions(hub, min_position, VIEWS)
    body, keep = await asyncio.to_thread(_final_grades, hub.views, reader, student_id, year)
    return _answer(body, caught_up, positions, keep)


@router.get("/v1/students/{student_id}/subjects/{subject_id}", summary="One subject over a period: lessons, "
            "topics, homework, marks, attendance and the running average")
async def student_subject(
    request: Request, student_id: str, subject_id: str, reader: ReaderDep,
    period: str | None = PeriodParam, anchor: ApiDate | None = AnchorParam, min_position: str | None = MinPosition,
) -> Response:
    hub: Hub = request.app.state.hub
    caught_up, positions = await _positions(hub, min_position, VIEWS)
    body = await asyncio.to_thread(_subject, hub.views, reader, student_id, subject_id, period, anchor)
    return _answer(body, caught_up, positions)


@router.get("/v1/students/{student_id}/grades", summary="All marks by subject over a span, as JSON, CSV, XLSX, "
            "DOCX or PDF")
async def student_grades(
    request: Request, student_id: str, reader: ReaderDep,
    date_from: ApiDate | None = Query(None, alias="from", description="First day, YYYY-MM-DD (with 'to')"),
    date_to: ApiDate | None = Query(None, alias="to", description="Last day, YYYY-MM-DD (with 'from')"),
    period: str | None = PeriodParam, anchor: ApiDate | None = AnchorParam,
    format: str = Query("json", description="json | csv | xlsx | docx | pdf"),  # noqa: A002 - the public name
    dialect: str = Query("excel-ru", description="CSV only: excel-ru (';', what Excel in a Russian locale opens "
                         "as columns; for people) or rfc4180 (',', ids and canonical values; for programs)"),
    min_position: str | None = MinPosition,
) -> Response:
    hub: Hub = request.app.state.hub
    _check_grades_params(date_from, date_to, period, anchor, format)
    if dialect not in exports.CSV_DIALECTS:
        raise ApiError(422, "invalid_format", f"dialect must be one of: {', '.join(exports.CSV_DIALECTS)}",
                       details=[{"pointer": "/query/dialect", "message": "not a CSV dialect"}])
    caught_up, positions = await _positions(hub, min_position, VIEWS)
    body = await asyncio.to_thread(_grades, hub.views, reader, student_id, date_from, date_to, period, anchor)
    if format == "json":
        body.pop("student_name")
        return _answer(body, caught_up, positions)
    return await asyncio.to_thread(_file, body, format, dialect, caught_up, positions)


# Parameters ---------------------------------------------------------------------------------------------------


def _check_grades_params(date_from: dt.date | None, date_to: dt.date | None, period: str | None,
                         anchor: dt.date | None, format: str) -> None:  # noqa: A002
    if format not in FORMATS:
        raise ApiError(422, "invalid_format", f"format must be one of: {', '.join(FORMATS)}")
    if (date_from is None) != (date_to is None):
        raise ApiError(422, "invalid_range", "give both 'from' and 'to', or a 'period'")
    if date_from is not None and (period is not None or anchor is not None):
        raise ApiError(422, "conflicting_parameters", "give either 'from' and 'to', or 'period' (with 'date')")
    if date_from is not None and date_to is not None:
        if date_to < date_from:
            raise ApiError(422, "invalid_range", "'to' is before 'from'")
        if (date_to - date_from).days >= MAX_GRADES_DAYS:
            raise ApiError(422, "range_too_long", f"ask for at most {MAX_GRADES_DAYS} days at a time")


# Reading (in a worker thread) ---------------------------------------------------------------------------------


def _readable(conn: Connection, reader: Reader, student_id: str) -> tuple[progress.StudentContext, Scope]:
    """The student and what the reader may see of them; 404 for a refused or unknown student. A guardian's check
    (``hub.api.access``: every subject of a child they are linked to) is made by the context's own statement."""
    if reader.role is Role.GUARDIAN:
        scope: Scope | None = EVERYTHING
        student = progress.student_context(conn, student_id, guardian_id=reader.sub)
    else:
        scope = student_scope(conn, reader, student_id)
        student = progress.student_context(conn, student_id) if scope is not None else None
    if scope is None or student is None:
        raise not_found("student")
    return student, scope


def _final_grades(engine: Engine, reader: Reader, student_id: str, year: int | None
                  ) -> tuple[dict[str, Any] | bytes, BackgroundTask | None]:
    """The answer (a dict, or the bytes kept for it: ``hub.api.answer_cache``) and, for one computed for a reader
    allowed every subject, the task that keeps it."""
    with reading(engine) as conn:
        student, scope = _readable(conn, reader, student_id)
        if year is None:
            today = _today(student)
            year = periods.academic_year_of(periods.school_periods(conn, student.school_id), today)
            year = year if year is not None else (today.year if today.month >= 9 else today.year - 1)
        if scope.subjects is not None:  # a teacher's subjects only: not kept
            body = final_grades.read_final_grades(conn, student, year, scope.subjects)
            return {"student_id": student_id, **body}, None
        key = f"{student_id}|{year}"
        kept = answer_cache.stamp_and_kept(conn, student_id, answer_cache.FINAL_GRADES, key)
        if kept.body is not None:
            return kept.body, None
        body = answer_cache.encode({"student_id": student_id, **final_grades.read_final_grades(conn, student, year)})
    return body, BackgroundTask(answer_cache.store, engine, answer_cache.FINAL_GRADES, key, kept.stamp, body)


def _subject(engine: Engine, reader: Reader, student_id: str, subject_id: str, selector: str | None,
             anchor: dt.date | None) -> dict[str, Any]:
    with reading(engine) as conn:
        student, scope = _readable(conn, reader, student_id)
        if not scope.allows(subject_id):
            raise not_found("subject")
        span = _resolve(conn, student, selector or DEFAULT_SELECTOR, anchor)
        body = student_views.read_subject(conn, student, subject_id, span)
        if body is None:
            raise not_found("subject")
        return {"student_id": student_id, **body}


def _grades(engine: Engine, reader: Reader, student_id: str, date_from: dt.date | None, date_to: dt.date | None,
            selector: str | None, anchor: dt.date | None) -> dict[str, Any]:
    with reading(engine) as conn:
        student, scope = _readable(conn, reader, student_id)
        if date_from is not None and date_to is not None:
            span = periods.Period("range", date_from, date_to)
        else:
            span = _resolve(conn, student, selector or DEFAULT_SELECTOR, anchor)
        grades = student_views.read_grades(conn, student, span.starts_on, span.ends_on, scope.subjects)
        return {"student_id": student_id, "student_name": _student_name(conn, student_id),
                "period": span.as_json(), "from": span.starts_on, "to": span.ends_on, **grades}


def _resolve(conn: Connection, student: progress.StudentContext, selector: str,
             anchor: dt.date | None) -> periods.Period:
    try:
        return periods.resolve(conn, student.school_id, selector, anchor or _today(student), student.spans)
    except periods.UnknownPeriod as exc:
        raise ApiError(422, "unknown_period", str(exc)) from exc


def _today(student: progress.StudentContext) -> dt.date:
    return clock.today(student.timezone)


def _student_name(conn: Connection, student_id: str) -> str | None:
    s = roster.students
    row = conn.execute(select(s.c.last_name, s.c.first_name, s.c.middle_name)
                       .where(s.c.student_id == student_id)).first()
    return full_name(*row) if row else None


def _file(body: dict[str, Any], format: str, dialect: str, caught_up: bool,  # noqa: A002
          positions: dict[int, int]) -> Response:
    start, end, name = body["from"], body["to"], body["student_name"]
    content, media_type = exports.render(body, format, dialect)
    headers = {
        "Content-Disposition": exports.content_disposition("grades", body["student_id"], name, start, end, format),
        "X-Hub-Positions": ",".join(f"{p}:{o}" for p, o in sorted(positions.items())),
        "X-Hub-Caught-Up": "true" if caught_up else "false",
    }
    return Response(content, media_type=media_type, headers=headers)

"""Audit reads (auditor role): what exactly did a vendor send, when, with which client, and what the views showed.

Only ``auditor`` tokens read here; any other role gets 404, as for a thing that does not exist. An auditor token
with a ``school`` claim sees that school only (another school's events, grades, students and raw records are
404 or absent from listings); one without a ``school`` claim sees every school. Everything is read from the
``audit`` projection (``projections.audit``; late changes also from the roster and the diary); JSON answers carry
the ``log_positions`` of the views they read.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from sqlalchemy import Engine
from starlette.responses import Response, StreamingResponse

from hub.api.errors import ApiError, json_response, not_found
from hub.api.params import ApiDate
from hub.api.read import MAX_DIARY_DAYS, ReaderDep, _answer, applied_positions
from hub.audit import as_of, history, late, query
from hub.auth.readers import Reader, Role
from hub.bootstrap import Hub
from hub.events.registry import EVENT_TYPES
from hub.store.db import reading
from projections import audit, diary, diary_reads, roster

router = APIRouter(tags=["audit"])
AUDIT_VIEWS = (audit.PROJECTION,)
LATE_VIEWS = (roster.PROJECTION, diary.PROJECTION, audit.PROJECTION)  # periods, the grades' dates, the changes
STREAM_CHUNK = 500
AsOf = Annotated[str, Query(alias="as_of", description="The moment, ISO 8601 with its offset, e.g. "
                                                       "2026-11-20T18:00:00+03:00")]
MAX_PAGE = 5000


def scope_of(reader: Reader, what: str) -> str | None:
    """The school an auditor may see (None: every school); 404 ``what`` for any other role."""
    if reader.role is not Role.AUDITOR:
        raise not_found(what)
    return reader.school


def _invalid(exc: query.InvalidParameter) -> ApiError:
    return ApiError(422, "invalid_parameter", str(exc), details=[{"pointer": f"/query/{exc.name}",
                                                                  "message": str(exc)}])


@router.get("/v1/audit/raw/{batch_id}/{index}", summary="The vendor record an event came from, exactly as sent")
async def raw_record(request: Request, batch_id: str, index: int, reader: ReaderDep) -> Response:
    """``source.raw`` of every event is ``<batch_id>#<index>``: this answers it with the record and who sent it."""
    hub: Hub = request.app.state.hub
    scope = scope_of(reader, "record")
    found = await asyncio.to_thread(hub.raw.record, f"{batch_id}#{index}")
    if found is None or (scope is not None and school_of_raw(found) != scope):
        raise not_found("record")
    return json_response(found)


def school_of_raw(found: dict) -> str | None:
    """The school a raw record was sent for: its batch's (``?school=``, or the client's only school), else the
    record's own ``school_id`` (native records name theirs)."""
    if found["school_id"] is not None:
        return found["school_id"]
    record = found["record"]
    return record.get("school_id") if isinstance(record, dict) else None


@router.get("/v1/audit/events", summary="The history of events, with who sent each, when, and the vendor record")
async def audit_events(
    request: Request, reader: ReaderDep,
    school: str | None = Query(None, description="Only this school's events"),
    student: str | None = Query(None, description="Only events about this student (or the ids linked to it)"),
    type: str | None = Query(None, description="Only these event types, comma-separated"),  # noqa: A002
    recorded_from: str | None = Query(None, alias="from", description="Recorded at or after (ISO time with offset)"),
    recorded_to: str | None = Query(None, alias="to", description="Recorded at or before (ISO time with offset)"),
    format: Literal["ndjson", "json"] = Query("ndjson", description="ndjson: one stream; json: pages"),  # noqa: A002
    after: str | None = Query(None, description="json: the 'next' cursor of the previous page"),
    limit: int = Query(500, ge=1, le=MAX_PAGE, description="json: events per page"),
    with_raw: bool = Query(True, alias="raw", description="false: leave the vendor records out (null; each "
                           "event's source.raw names its record for /v1/audit/raw)"),
) -> Response:
    """``ndjson`` (the default) streams every matching event, one JSON object per line, in recorded order
    (then log position); ``json`` answers one page ``{"events", "next"}``; pass ``next`` back as ``after``.
    An auditor of every school names a school or a student."""
    hub: Hub = request.app.state.hub
    scope = scope_of(reader, "events")
    if scope is not None and school not in (None, scope):
        raise not_found("school")
    if school is None and scope is None and student is None:
        raise ApiError(422, "filter_required", "name a school (?school=ID) or a student (?student=ID)")
    try:
        filters = query.Filters(
            schools=None if (school or scope) is None else (school or scope,),
            types=_types(type),
            recorded_from_us=None if recorded_from is None else query.parse_time("from", recorded_from),
            recorded_to_us=None if recorded_to is None else query.parse_time("to", recorded_to))
        cursor = None if after is None else query.parse_cursor(after)
    except query.InvalidParameter as exc:
        raise _invalid(exc) from exc
    if student is not None:
        ids = await asyncio.to_thread(_student_ids, hub.views, student)
        filters = query.Filters(filters.schools, tuple(ids), filters.types, filters.recorded_from_us,
                                filters.recorded_to_us)
    raw = query.RawRecords(hub.raw) if with_raw else None
    if format == "json":
        lines, cursor = await asyncio.to_thread(_lines, hub, filters, cursor, limit, raw)
        body = b'{"events":[' + b",".join(line.rstrip(b"\n") for line in lines) + b'],"next":'
        body += b"null}" if cursor is None else b'"' + query.format_cursor(cursor).encode() + b'"}'
        return Response(body, media_type="application/json")
    first = await asyncio.to_thread(_lines, hub, filters, None, STREAM_CHUNK, raw)  # any failure before byte one
    return StreamingResponse(_stream(hub, filters, raw, first), media_type="application/x-ndjson")


def _types(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    types = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [name for name in types if name not in EVENT_TYPES]
    if unknown or not types:
        raise query.InvalidParameter("type", f"unknown event type(s) {unknown or [text]}; "
                                             f"known: {', '.join(EVENT_TYPES)}")
    return types


def _student_ids(views: Engine, student_id: str) -> list[str]:
    with reading(views) as conn:
        return roster.student_ids(conn, student_id)


def _lines(hub: Hub, filters: query.Filters, after: query.Cursor | None, limit: int,
           raw: query.RawRecords | None) -> tuple[list[bytes], query.Cursor | None]:
    """One page as lines (``raw`` None: without the vendor records), and the cursor to continue from (None when
    it was the last page)."""
    with reading(hub.views) as conn:
        rows = query.page(conn, filters, after, limit)
    lines = [query.line(row, raw) for row in rows]
    return lines, (query.cursor_of(rows[-1]) if len(rows) == limit else None)


async def _stream(hub: Hub, filters: query.Filters, raw: query.RawRecords | None,
                  first: tuple[list[bytes], query.Cursor | None]) -> AsyncIterator[bytes]:
    """The lines of ``first`` (the first page, read before the answer started), then the following pages."""
    lines, cursor = first
    while True:
        if lines:
            yield b"".join(lines)
        if cursor is None:
            return
        lines, cursor = await asyncio.to_thread(_lines, hub, filters, cursor, STREAM_CHUNK, raw)


@router.get("/v1/audit/grades/{grade_id}/history", summary="Every event about one grade, with what each changed")
async def grade_history(request: Request, grade_id: str, reader: ReaderDep) -> Response:
    hub: Hub = request.app.state.hub
    scope = scope_of(reader, "grade")
    entries = await asyncio.to_thread(_grade_history, hub, grade_id, None if scope is None else (scope,))
    if not entries:
        raise not_found("grade")
    positions = await asyncio.to_thread(applied_positions, hub.views, AUDIT_VIEWS)
    return _answer({"grade_id": grade_id, "events": entries}, True, positions)


def _grade_history(hub: Hub, grade_id: str, schools: tuple[str, ...] | None) -> list[dict]:
    with reading(hub.views) as conn:
        rows = history.grade_events(conn, grade_id, schools)
    return history.history(rows, query.RawRecords(hub.raw))


@router.get("/v1/audit/students/{student_id}/diary", summary="A student's diary as it stood at a moment")
async def diary_as_of(
    request: Request, student_id: str, reader: ReaderDep,
    moment: AsOf,
    date_from: Annotated[ApiDate, Query(alias="from", description="First day, YYYY-MM-DD")],
    date_to: Annotated[ApiDate, Query(alias="to", description="Last day, YYYY-MM-DD")],
) -> Response:
    """What ``GET /v1/students/{id}/diary`` answered at ``as_of``: rebuilt from the events recorded up to then."""
    hub: Hub = request.app.state.hub
    scope = scope_of(reader, "student")
    if date_to < date_from:
        raise ApiError(422, "invalid_range", "'to' is before 'from'")
    if (date_to - date_from).days >= MAX_DIARY_DAYS:
        raise ApiError(422, "range_too_long", f"ask for at most {MAX_DIARY_DAYS} days at a time")
    as_of_us = _as_of(moment)
    days = await _rebuilt(hub, scope, student_id, as_of_us, diary_reads.read_diary, date_from, date_to)
    body = {"student_id": student_id, "as_of": moment, "from": date_from.isoformat(), "to": date_to.isoformat(),
            "days": days}
    positions = await asyncio.to_thread(applied_positions, hub.views, AUDIT_VIEWS)
    return _answer(body, True, positions)


@router.get("/v1/audit/students/{student_id}/final-grades", summary="A student's final grades as they stood "
            "at a moment")
async def final_grades_as_of(
    request: Request, student_id: str, reader: ReaderDep,
    moment: str = Query(alias="as_of", description="The moment, ISO 8601 with its offset, e.g. "
                                                   "2026-11-20T18:00:00+03:00"),
    year: int | None = Query(None, ge=2000, le=2100, description="Academic year (the calendar year it starts in); "
                             "default: the one of that moment"),
) -> Response:
    """What ``GET /v1/students/{id}/final-grades`` answered at ``as_of`` (every subject), rebuilt from the events
    recorded up to then; 404 if the views did not know the student then."""
    hub: Hub = request.app.state.hub
    scope = scope_of(reader, "student")
    as_of_us = _as_of(moment)
    body = await _rebuilt(hub, scope, student_id, as_of_us, as_of.final_grades_at, as_of_us, year)
    positions = await asyncio.to_thread(applied_positions, hub.views, AUDIT_VIEWS)
    return _answer({**body, "as_of": moment}, True, positions)


def _as_of(text: str) -> int:
    try:
        return query.parse_time("as_of", text)
    except query.InvalidParameter as exc:
        raise _invalid(exc) from exc


async def _rebuilt(hub: Hub, scope: str | None, student_id: str, as_of_us: int, read, *args):  # noqa: ANN001, ANN202
    """``read(conn, student_id, *args)`` as of the moment (``hub.audit.as_of.read_as_of``), or the API error."""
    try:
        found = await asyncio.to_thread(as_of.read_as_of, hub.views, scope, student_id, as_of_us, read, *args,
                                        max_events=hub.settings.audit_as_of_max_events)
    except as_of.HistoryTooLarge as exc:
        raise ApiError(422, "history_too_large", str(exc)) from exc
    if found is None:
        raise not_found("student")
    return found


@router.get("/v1/audit/late-changes", summary="Grade changes recorded after their reporting period had ended")
async def late_changes(
    request: Request, reader: ReaderDep,
    school: str | None = Query(None, description="The school (an auditor scoped to one school: that one)"),
    period: str | None = Query(None, description="Only this reporting period (period_id)"),
) -> Response:
    hub: Hub = request.app.state.hub
    scope = scope_of(reader, "school")
    school = school or scope
    if school is None:
        raise ApiError(422, "school_required", "name the school: ?school=ID")
    if scope is not None and school != scope:
        raise not_found("school")
    try:
        body = await asyncio.to_thread(_late, hub.views, school, period)
    except late.UnknownPeriod:
        raise not_found("period") from None
    if body is None:
        raise not_found("school")
    positions = await asyncio.to_thread(applied_positions, hub.views, LATE_VIEWS)
    return _answer(body, True, positions)


def _late(views: Engine, school_id: str, period_id: str | None) -> dict | None:
    with reading(views) as conn:
        return late.late_changes(conn, school_id, period_id)

"""The schedule API: a week of lessons of a class or of a student, explicit lessons and the timetable's.

``?week=YYYY-Www`` (ISO week; default: the current week in the school's time zone). Each day lists its holidays
and its lessons by slot; a lesson says ``source``: ``"lesson"`` (sent by the journal; ``topic`` and
``cancelled`` as sent) or ``"timetable"`` (generated from a ``timetable.defined`` entry, id
``tt:<entry_id>:<date>``), and its ``group`` (the subgroup it is for, or null). A class's answer names the class
(``{id, name, parent_id, class_teacher}``). The expansion rule is in ``projections.schedule``; who may read what in
``hub.api.access`` (students) and ``hub.api.access_scopes`` (classes). Answers carry ``log_positions`` and
``caught_up`` like the diary; ``?min_position=`` waits for the roster, diary and schedule views.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Engine
from starlette.responses import Response

from hub.api.access import student_scope
from hub.api.answers import ClassWeek, StudentWeek, documented
from hub.api.access_scopes import can_read_class_schedule, find_class
from hub.api.errors import not_found
from hub.api.read import MinPosition, ReaderDep, _answer
from hub.api.view_positions import iso_week, parse_week, school_today, wait_for
from hub.auth.readers import Reader
from hub.bootstrap import Hub
from hub.store.db import reading
from projections import diary, names, roster, schedule

SCHEDULE_VIEWS = (roster.PROJECTION, diary.PROJECTION, schedule.PROJECTION)
Week = Query(None, description="ISO week YYYY-Www; default: the current week in the school's time zone",
             examples=["2026-W47"])

RESPONSES = {401: {"description": "Missing or bad reader token"},
             404: {"description": "Unknown, or not readable by this reader"},
             422: {"description": "Bad parameters (e.g. not an ISO week)"}}

router = APIRouter(tags=["schedule"])


@router.get("/v1/classes/{class_id}/schedule", summary="A class's week: its and its subgroups' lessons",
            responses={**RESPONSES, **documented(ClassWeek, "The class and its week, its groups' lessons labelled")})
async def class_schedule(request: Request, class_id: str, reader: ReaderDep, week: str | None = Week,
                         min_position: str | None = MinPosition) -> Response:
    hub: Hub = request.app.state.hub
    monday = parse_week(week) if week else None
    caught_up, positions = await wait_for(hub, min_position, SCHEDULE_VIEWS)
    body = await asyncio.to_thread(_class_week, hub.views, reader, class_id, monday)
    if body is None:
        raise not_found("class")
    return _answer(body, caught_up, positions)


@router.get("/v1/students/{student_id}/schedule", summary="A student's week: lessons of all their classes",
            responses={**RESPONSES, **documented(StudentWeek, "The student's week")})
async def student_schedule(request: Request, student_id: str, reader: ReaderDep, week: str | None = Week,
                           min_position: str | None = MinPosition) -> Response:
    hub: Hub = request.app.state.hub
    monday = parse_week(week) if week else None
    caught_up, positions = await wait_for(hub, min_position, SCHEDULE_VIEWS)
    body = await asyncio.to_thread(_student_week, hub.views, reader, student_id, monday)
    if body is None:
        raise not_found("student")
    return _answer(body, caught_up, positions)


def _class_week(engine: Engine, reader: Reader, class_id: str, monday: dt.date | None) -> dict[str, Any] | None:
    with reading(engine) as conn:
        cls = find_class(conn, class_id)
        if cls is None or not can_read_class_schedule(conn, reader, cls):
            return None
        monday = monday or schedule.monday_of(school_today(conn, cls.school_id))
        days = schedule.read_week(conn, cls.family, monday)
        class_teacher = names.class_teachers(conn, [class_id]).get(class_id)
    return {"class": {"id": class_id, "name": cls.name, "parent_id": cls.parent_class_id,
                      "class_teacher": class_teacher}, **_week(monday, days)}


def _student_week(engine: Engine, reader: Reader, student_id: str, monday: dt.date | None) -> dict[str, Any] | None:
    with reading(engine) as conn:
        scope = student_scope(conn, reader, student_id)
        if scope is None:
            return None
        monday = monday or schedule.monday_of(school_today(conn, roster.student_school(conn, student_id)))
        days = schedule.student_week(conn, student_id, monday)
    for day in days:  # a subject teacher sees the lessons of their subjects only, as in the diary
        day["lessons"] = [lesson for lesson in day["lessons"] if scope.allows(_subject_id(lesson))]
    return {"student_id": student_id, **_week(monday, days)}


def _subject_id(lesson: dict[str, Any]) -> str | None:
    subject = lesson.get("subject")
    return subject.get("id") if isinstance(subject, dict) else subject


def _week(monday: dt.date, days: list[dict[str, Any]]) -> dict[str, Any]:
    for day in days:
        for lesson in day["lessons"]:
            del lesson["class_id"]  # said by lesson["class"]
    return {"week": iso_week(monday), "from": monday, "to": monday + dt.timedelta(days=6), "days": days}

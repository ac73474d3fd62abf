"""The diary read API: what the MRKO diary (and the reference page) reads.

Every answer says which log positions it reflects (``log_positions``: for each partition, how many events the
views have applied; also in the ``X-Hub-Positions`` header). ``?min_position=P:O[,P:O...]`` (positions returned by ingest)
waits up to ``HUB_READ_WAIT_MS`` for the views to apply those events, so a writer can read its own writes; if they have not
caught up by then the answer says ``"caught_up": false``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import weakref
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import Engine
from starlette.background import BackgroundTask
from starlette.responses import Response

from hub.api import answer_cache, answers
from hub.api.access import Scope, student_scope
from hub.api.answers import documented
from hub.api.errors import ApiError, json_response, not_found
from hub.api.params import ApiDate, check_ids
from hub.auth.readers import InvalidToken, Reader, Role
from hub.bootstrap import Hub
from hub.log.port import Position
from hub.projector import versions
from hub.store.db import reading
from projections import children as guardian_children
from projections import diary, diary_reads, roster

MAX_DIARY_DAYS = 93
DIARY_VIEWS = (roster.PROJECTION, diary.PROJECTION)

router = APIRouter(tags=["diary"])


async def reader_from(request: Request) -> Reader:
    """The reader the bearer token names. ``async``: FastAPI runs a plain ``def`` dependency in its thread pool,
    a hop per dependency per request. A hub token is checked here, on the event loop (a signature and a few
    claims: ~40 us); an OIDC token in a thread, as its issuer's keys may have to be fetched first."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthenticated", "send a reader token as 'Authorization: Bearer <jwt>'",
                       headers={"WWW-Authenticate": "Bearer"})
    tokens, token = request.app.state.hub.tokens, token.strip()
    try:
        if tokens.oidc is not None and tokens.oidc.handles(token):
            return await asyncio.to_thread(tokens.verify, token)
        return tokens.verify(token)
    except InvalidToken as exc:
        raise ApiError(401, "unauthenticated", str(exc), headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


async def checked_reader(request: Request, reader: Reader = Depends(reader_from)) -> Reader:
    """The reader, once the path's and query's ids are ones the hub can hold (``hub.api.params.check_ids``)."""
    check_ids(request)
    return reader


ReaderDep = Annotated[Reader, Depends(checked_reader)]
MinPosition = Query(None, description="Wait until the views include these log positions (PARTITION:OFFSET, "
                    "comma-separated), as returned by ingest", examples=["3:1042", "0:17,3:1042"])


@router.get("/v1/me/children", summary="The children this guardian may see",
            responses=documented(answers.ChildrenAnswer, "Each child once, with their main class and its class "
                                 "teacher"))
async def my_children(request: Request, reader: ReaderDep, min_position: str | None = MinPosition) -> Response:
    hub: Hub = request.app.state.hub
    if reader.role is not Role.GUARDIAN:
        return _answer({"children": []}, *await _positions(hub, min_position))
    caught_up, positions = await _positions(hub, min_position)
    children = await asyncio.to_thread(_query, hub.views, guardian_children.children_of, reader.sub)
    return _answer({"children": [_child(c) for c in children]}, caught_up, positions)


@router.get("/v1/students/{student_id}/diary", summary="A student's diary: days, lessons, homework, marks, attendance",
            responses=documented(answers.DiaryAnswer, "Every day of the range, as the journal shows it"))
async def student_diary(
    request: Request, student_id: str, reader: ReaderDep,
    date_from: Annotated[ApiDate, Query(alias="from", description="First day, YYYY-MM-DD")],
    date_to: Annotated[ApiDate, Query(alias="to", description="Last day, YYYY-MM-DD")],
    min_position: str | None = MinPosition,
) -> Response:
    hub: Hub = request.app.state.hub
    if date_to < date_from:
        raise ApiError(422, "invalid_range", "'to' is before 'from'")
    if (date_to - date_from).days >= MAX_DIARY_DAYS:
        raise ApiError(422, "range_too_long", f"ask for at most {MAX_DIARY_DAYS} days at a time")
    caught_up, positions = await _positions(hub, min_position)
    body, keep = await asyncio.to_thread(_diary, hub.views, reader, student_id, date_from, date_to)
    if body is None:
        raise not_found("student")
    return _answer(body, caught_up, positions, keep)


Diary = tuple[dict[str, Any] | bytes | None, BackgroundTask | None]


def _diary(engine: Engine, reader: Reader, student_id: str, date_from: dt.date, date_to: dt.date) -> Diary:
    """The answer (a dict, or the bytes kept for it: ``hub.api.answer_cache``), or None for a student the reader
    may not see (``hub.api.access.student_scope``; a guardian's check is made by the statement of the stamp and
    the kept answer, and again by the diary's own, ``diary_reads.read_diary(..., guardian_id=)``), and for an
    answer computed for a reader allowed every subject, the task that keeps it."""
    key, kept = f"{student_id}|{date_from}|{date_to}", None
    with reading(engine) as conn:
        if reader.role is Role.GUARDIAN:  # every subject of a child they are linked to
            kept = answer_cache.stamp_and_kept(conn, student_id, answer_cache.DIARY, key, guardian_id=reader.sub)
            if not kept.allowed or kept.body is not None:
                return kept.body, None
            days = diary_reads.read_diary(conn, student_id, date_from, date_to, guardian_id=reader.sub)
            if days is None:  # unlinked in between
                return None, None
        else:
            scope = student_scope(conn, reader, student_id)
            if scope is None:
                return None, None
            if scope.subjects is None:
                kept = answer_cache.stamp_and_kept(conn, student_id, answer_cache.DIARY, key)
                if kept.body is not None:
                    return kept.body, None
            days = diary_reads.read_diary(conn, student_id, date_from, date_to)
            if scope.subjects is not None:  # a teacher's subjects only: not kept
                return _diary_body(student_id, date_from, date_to, [_in_scope(day, scope) for day in days]), None
    body = answer_cache.encode(_diary_body(student_id, date_from, date_to, days))
    return body, BackgroundTask(answer_cache.store, engine, answer_cache.DIARY, key, kept.stamp, body)


def _diary_body(student_id: str, date_from: dt.date, date_to: dt.date, days: list) -> dict[str, Any]:
    return {"student_id": student_id, "from": date_from.isoformat(), "to": date_to.isoformat(), "days": days}


def _in_scope(day: dict[str, Any], scope: Scope) -> dict[str, Any]:
    """The day as a subject teacher may see it: only lessons, homework and marks of their subjects."""
    def allowed(item: dict[str, Any]) -> bool:
        return scope.allows((item.get("subject") or {}).get("id"))

    return {**day, "lessons": [lesson for lesson in day["lessons"] if allowed(lesson)],
            "homework_due": [item for item in day["homework_due"] if allowed(item)],
            "marks_without_lesson": [mark for mark in day["marks_without_lesson"] if allowed(mark)]}


def _query(engine: Engine, fn, *args):  # noqa: ANN001, ANN202
    with reading(engine) as conn:
        return fn(conn, *args)


def applied_positions(engine: Engine, views: tuple) -> dict[int, int]:
    """Per partition, how many events every view in ``views`` has applied (the minimum over them)."""
    with reading(engine) as conn:
        per_view = list(versions.live_positions_of(conn, [view.name for view in views]).values())
    partitions = set().union(*per_view)
    return {p: min(applied.get(p, 0) for applied in per_view) for p in partitions}


def _child(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("student_id", "school_id", "last_name", "first_name", "middle_name", "relation", "class_id", "class_name",
            "class_teacher")
    return {k: row.get(k) for k in keys}


async def _positions(hub: Hub, min_position: str | None, views: tuple = DIARY_VIEWS) -> tuple[bool, dict[int, int]]:
    """The positions ``views`` (default: the diary's) reflect; with ``min_position``, first wait (bounded) until
    they include it."""
    wanted: list[Position] = []
    if min_position is not None:
        try:
            wanted = [Position.parse(part.strip()) for part in min_position.split(",")]
        except ValueError as exc:
            raise ApiError(422, "invalid_position", str(exc)) from exc
    deadline = asyncio.get_running_loop().time() + hub.settings.read_wait_ms / 1000
    while True:
        positions = await (_shared_positions(hub.views, views, hub.settings.read_positions_max_age_ms / 1000)
                           if not wanted else asyncio.to_thread(applied_positions, hub.views, views))
        if all(positions.get(w.partition, 0) > w.offset for w in wanted):
            return True, positions
        if asyncio.get_running_loop().time() >= deadline:
            return False, positions
        await asyncio.sleep(0.02)


_shared: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # event loop -> {key: query | (started, answer)}


async def _shared_positions(engine: Engine, views: tuple, max_age_s: float = 0.0) -> dict[int, int]:
    """``applied_positions`` of ``views``, one query for all the requests that ask while it runs (without
    ``min_position``), and its answer for those that ask less than ``max_age_s`` after it started
    (``HUB_READ_POSITIONS_MAX_AGE_MS``). The answer stays a lower bound of what each of them then reads: views
    only move forward. Under a read load this is one query per ``max_age_s`` instead of one per request
    (~0.6 ms of API CPU per read: a thread hop and a statement). Once the query is done only its answer is kept,
    not the task (which would keep its event loop, the weak key, alive)."""
    loop = asyncio.get_running_loop()
    shared = _shared.setdefault(loop, {})
    key = (engine, tuple(view.name for view in views))
    entry = shared.get(key)
    if isinstance(entry, tuple) and loop.time() - entry[0] < max_age_s:
        return entry[1]
    if not isinstance(entry, asyncio.Future):
        started = loop.time()
        entry = shared[key] = asyncio.ensure_future(asyncio.to_thread(applied_positions, engine, views))
        entry.add_done_callback(lambda done: _settle(shared, key, done, started))
    return await asyncio.shield(entry)


def _settle(shared: dict, key: tuple, done: asyncio.Future, started: float) -> None:
    """Keep a query's answer (with when it started); forget a failed one, so the next request asks again."""
    if shared.get(key) is not done:
        return
    if done.cancelled() or done.exception() is not None:
        del shared[key]
    else:
        shared[key] = (started, done.result())


def _answer(body: dict[str, Any] | bytes, caught_up: bool, positions: dict[int, int],
            background: BackgroundTask | None = None) -> Response:
    """A read's answer with the positions it reflects; ``body`` may be the bytes of one already encoded (a kept
    answer, ``hub.api.answer_cache``), ``background`` runs after it was sent."""
    extra = {"log_positions": {str(p): o for p, o in sorted(positions.items())}, "caught_up": caught_up}
    header = ",".join(f"{p}:{o}" for p, o in sorted(positions.items()))
    if isinstance(body, bytes):
        return Response(answer_cache.spliced(body, extra), media_type="application/json",
                        headers={"X-Hub-Positions": header}, background=background)
    response = json_response({**body, **extra}, headers={"X-Hub-Positions": header})
    response.background = background
    return response

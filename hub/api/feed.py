"""``GET /v1/me/feed``: what changed for the reader's children (marks, final marks, homework, attendance), as
Server-Sent Events or as JSON pages. What it reads and how a cursor works: ``hub.feed``.

Who: a guardian follows their linked children, a student themself (``?student=`` narrows to one of them; another
student is ``404 student not found``, as everywhere). Every other role has no feed: ``404 feed not found``.

* ``format=sse`` (the default): ``text/event-stream``. It starts after ``Last-Event-ID`` (the header a browser's
  ``EventSource`` sends when it reconnects), else after ``?after=``, else at the head ("from now on"). Each item is
  one message: ``id:`` the cursor after it, ``data:`` the item as JSON (no ``event:`` name: ``onmessage`` gets
  them all). Where the stream reads past events that are not the reader's, a message with only an ``id:`` moves
  the resume point on without an event (browsers dispatch nothing for it). An idle stream sends a comment every
  ``HUB_FEED_HEARTBEAT_S``, looks for new events every ``HUB_FEED_POLL_MS``, and ends after
  ``HUB_FEED_MAX_CONNECTION_S`` or when the token expires, whichever is first; the client reconnects (``retry:``
  says after how long) and resumes. The first page is read before the answer starts, so an error is a status, not
  a cut stream. One connection holds one page in memory at a time and no database connection between pages.
* ``format=json&after=&limit=``: one page ``{"events", "next", "more", "log_positions"}``; pass ``next`` back as
  ``after``; ``more`` says the views hold further events already (ask again at once). Without ``after``: no
  events and ``next`` at the head.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Literal

import orjson
from fastapi import APIRouter, Header, Query, Request
from sqlalchemy import Engine
from starlette.responses import Response, StreamingResponse

from hub import clock, feed
from hub.api.access import student_scope
from hub.api.errors import ApiError, json_response, not_found
from hub.api.read import ReaderDep, _shared_positions, applied_positions
from hub.auth.readers import Reader, Role
from hub.bootstrap import Hub
from hub.log.port import Position
from hub.store.db import reading
from projections import audit, roster
from projections import children as guardian_children

router = APIRouter(tags=["diary"])
FEED_VIEWS = (audit.PROJECTION,)
RETRY_MS = 3000
FEED_ROLES = (Role.GUARDIAN, Role.STUDENT)
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.get("/v1/me/feed", summary="New and changed marks, homework and attendance of the reader's children "
            "(Server-Sent Events, or JSON pages)", responses={200: {"content": {
                "text/event-stream": {}, "application/json": {}}, "description": "The feed"}})
async def my_feed(
    request: Request, reader: ReaderDep,
    student: str | None = Query(None, description="Only this child (a guardian's) or the student themself"),
    format: Literal["sse", "json"] = Query("sse", description="sse: a stream of events; json: one page"),  # noqa: A002
    after: str | None = Query(None, description="Start after this cursor (an earlier 'next' or event id: "
                              "PARTITION:COUNT[,...]); default: now", examples=["1:5362"]),
    limit: int = Query(100, ge=1, le=feed.MAX_LIMIT, description="Items per page (per partition)"),
    last_event_id: str | None = Header(None, alias="Last-Event-ID", description="SSE: resume after this id"),
) -> Response:
    hub: Hub = request.app.state.hub
    if reader.role not in FEED_ROLES:
        raise not_found("feed")
    cursor = _cursor(last_event_id, after)
    family = await asyncio.to_thread(_family, hub.views, reader, student)
    applied = await asyncio.to_thread(applied_positions, hub.views, FEED_VIEWS)
    start = feed.start(family, hub.log.partition_for, cursor, applied)
    first = await asyncio.to_thread(_page, hub, family, start, applied, limit)
    if format == "json":
        return json_response({"events": first.items, "next": feed.format_cursor(first.next), "more": first.more,
                              "log_positions": {str(p): n for p, n in sorted(applied.items())}})
    stream = _stream(hub, reader, student, start, first, limit)
    return StreamingResponse(stream, media_type="text/event-stream", headers=SSE_HEADERS)


def _cursor(last_event_id: str | None, after: str | None) -> feed.Cursor | None:
    """The cursor to start after: ``Last-Event-ID`` wins over ``after`` (a reconnecting stream has moved on)."""
    for text, pointer in ((last_event_id, "/header/Last-Event-ID"), (after, "/query/after")):
        if text is not None and text.strip():
            try:
                return feed.parse_cursor(text)
            except feed.InvalidCursor as exc:
                raise ApiError(422, "invalid_position", str(exc),
                               details=[{"pointer": pointer, "message": str(exc)}]) from None
    return None


def _family(engine: Engine, reader: Reader, student: str | None) -> list[feed.Child]:
    """The children the reader follows (``student``: that one only, 404 unless it is one of them)."""
    with reading(engine) as conn:
        if reader.role is Role.GUARDIAN:
            ids = [row["student_id"] for row in guardian_children.children_of(conn, reader.sub)]
        else:
            ids = [reader.sub]
        if student is not None:
            if student_scope(conn, reader, student) is None:
                raise not_found("student")
            ids = [i for i in ids if i == student or student in roster.student_ids(conn, i)] or [student]
        children = [feed.child(conn, student_id) for student_id in ids]
    return [c for c in children if c is not None]


def _page(hub: Hub, family: list[feed.Child], cursor: feed.Cursor, applied: feed.Cursor, limit: int) -> feed.Page:
    with reading(hub.views) as conn:
        return feed.page(conn, family, hub.log.partition_for, cursor, applied, limit)


async def _stream(hub: Hub, reader: Reader, student: str | None, cursor: feed.Cursor, first: feed.Page,
                  limit: int) -> AsyncIterator[bytes]:
    """The messages of ``first``, then of every page after it, until the connection's time or token runs out."""
    settings = hub.settings
    deadline = time.monotonic() + settings.feed_max_connection_s
    yield f"retry: {RETRY_MS}\n\n".encode()
    page, position, quiet_since = first, dict(cursor), time.monotonic()
    while True:
        for item in page.items:
            at = Position.parse(item["position"])
            position[at.partition] = at.offset + 1
            yield b"id: " + feed.format_cursor(position).encode() + b"\ndata: " + orjson.dumps(item) + b"\n\n"
            quiet_since = time.monotonic()
        if page.next != position:
            position = dict(page.next)
            yield f"id: {feed.format_cursor(position)}\n\n".encode()
        while not page.more:
            if time.monotonic() >= deadline or _expired(reader):
                return
            if time.monotonic() - quiet_since >= settings.feed_heartbeat_s:
                yield b": keep-alive\n\n"
                quiet_since = time.monotonic()
            await asyncio.sleep(settings.feed_poll_ms / 1000)
            applied = await _shared_positions(hub.views, FEED_VIEWS)
            if any(applied.get(p, 0) > n for p, n in position.items()):
                break
        if time.monotonic() >= deadline or _expired(reader):
            return
        try:
            family = await asyncio.to_thread(_family, hub.views, reader, student)
        except ApiError:
            return  # the child is no longer the reader's: the stream ends (a reconnect gets the 404)
        applied = await _shared_positions(hub.views, FEED_VIEWS)
        page = await asyncio.to_thread(_page, hub, family, feed.start(family, hub.log.partition_for, position,
                                                                      applied), applied, limit)


def _expired(reader: Reader) -> bool:
    return reader.expires is not None and clock.now().timestamp() >= reader.expires

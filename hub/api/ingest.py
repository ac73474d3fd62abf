"""``POST /v1/ingest/{adapter}``: a batch of vendor records, as a JSON array or JSON Lines.

The answer is 200 with every record's outcome; 202 with ``Retry-After`` when some records are ``pending`` (the hub
holds them, but their log positions are not known yet: the same batch sent again after that many seconds answers
them as duplicates with their positions); 422 when an atomic batch was not applied; 503 with ``Retry-After`` when the
log did not confirm the append within ``HUB_LOG_APPEND_TIMEOUT_S`` (``log_unavailable``) or the hub's database is
unreachable (``store_unavailable``).
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from adapters.registry import all_adapters
from hub.api.errors import ApiError, json_response
from hub.bootstrap import Hub
from hub.ingest.service import Client

JSON_TYPES = frozenset({"application/json"})
JSONL_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/json-lines",
                         "application/x-jsonlines", "application/jsonlines"})


class BadLine:
    """A JSON Lines line that is not JSON: rejected as a record (by its line number), not the whole batch."""

    def __init__(self, line: int) -> None:
        self.line = line


router = APIRouter(tags=["ingest"])


@router.post("/v1/ingest/{adapter}", summary="Push a batch of vendor records",
             responses={200: {"description": "Per-record outcome: accepted, duplicate, rejected or parked"},
                        202: {"description": "As 200, and some records are pending: held, their positions not known "
                                             "yet; send the batch again after Retry-After seconds to get them"},
                        401: {"description": "Missing or bad client token"}, 413: {"description": "Body too large"},
                        415: {"description": "Not JSON or JSON Lines"}, 422: {"description": "Not a batch"},
                        503: {"description": "The log did not confirm the append in time (log_unavailable), or the "
                                             "hub's database is unreachable (store_unavailable); retry after "
                                             "Retry-After seconds (nothing is stored twice)"}})
async def ingest(adapter: str, request: Request, atomic: bool = Query(False),
                 school: str | None = Query(None, description="The hub school the batch is for (vendor formats "
                                            "whose records do not name it); default: the client's only school")
                 ) -> Response:
    hub: Hub = request.app.state.hub
    client = await _authenticate(hub, request)
    chosen = all_adapters().get(adapter)
    if chosen is None:
        raise ApiError(404, "unknown_adapter", f"no adapter {adapter!r}; known: {', '.join(sorted(all_adapters()))}")
    if client.adapter != adapter:
        raise ApiError(403, "wrong_adapter", f"this client is registered for adapter {client.adapter!r}")
    if school is not None and school not in client.schools:
        raise ApiError(403, "not_authorised", f"client {client.client_id} is not connected to school {school!r}")
    records = _parse_batch(await _read_body(request, hub.settings.max_body_bytes), _content_type(request),
                           hub.settings.max_batch_records)
    bad_lines = {i: r.line for i, r in enumerate(records) if isinstance(r, BadLine)}
    report = await hub.ingest.ingest(client, chosen, [None if i in bad_lines else r for i, r in enumerate(records)],
                                     atomic, school)
    hub.metrics.ingest_batch(adapter, report.counts())
    body = report.as_dict()
    for index, line in bad_lines.items():
        body["results"][index]["errors"] = [{"pointer": "", "message": f"line {line} is not valid JSON"}]
    if not report.applied:
        return json_response(body, 422)
    retry_after = report.retry_after_s
    return json_response(body, 200) if retry_after is None else json_response(
        body, 202, headers={"Retry-After": str(retry_after)})


@router.get("/v1/ingest/{adapter}/quarantine", summary="Records parked until what they refer to arrives")
async def quarantine(adapter: str, request: Request) -> Response:
    hub: Hub = request.app.state.hub
    client = await _authenticate(hub, request)
    if client.adapter != adapter:
        raise ApiError(403, "wrong_adapter", f"this client is registered for adapter {client.adapter!r}")
    parked = await asyncio.to_thread(hub.vendor_state.listing, adapter, sorted(client.schools))
    return json_response({"adapter": adapter, "count": len(parked), "parked": [
        {"parked_id": p.parked_id, "school_id": p.school_id, "client_id": p.client_id, "parked_at_ms": p.parked_at_ms,
         "waiting_for": p.missing, "record": p.record} for p in parked]})


async def _authenticate(hub: Hub, request: Request) -> Client:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthenticated", "send the client token as 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})
    client = await hub.clients.authenticate(token.strip())
    if client is None:
        raise ApiError(401, "unauthenticated", "the client token is unknown or revoked",
                       headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return client


def _content_type(request: Request) -> str:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in JSON_TYPES | JSONL_TYPES:
        raise ApiError(415, "unsupported_media_type",
                       "send application/json (an array of records) or application/x-ndjson (one record per line)")
    return media


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "body_too_large", f"the body exceeds {limit} bytes; split the batch")


def _parse_batch(body: bytes, media: str, max_records: int) -> list[Any]:
    if media in JSONL_TYPES:
        records = [_parse_line(text, n) for n, text in enumerate(body.splitlines(), 1) if text.strip()]
    else:
        try:
            records = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise ApiError(422, "invalid_json", f"the body is not valid JSON: {exc}") from exc
        if not isinstance(records, list):
            raise ApiError(422, "not_a_batch", "the body must be a JSON array of records (or send JSON Lines)")
    if not records:
        raise ApiError(422, "empty_batch", "the batch has no records")
    if len(records) > max_records:
        raise ApiError(422, "batch_too_long", f"the batch has {len(records)} records; at most {max_records} per request")
    return records


def _parse_line(text: bytes, number: int) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return BadLine(number)

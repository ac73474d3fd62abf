"""Audit reads (auditor role): what exactly did a vendor send, when, and with which client."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from starlette.responses import Response

from hub.api.errors import json_response, not_found
from hub.api.read import ReaderDep
from hub.auth.readers import Role
from hub.bootstrap import Hub

router = APIRouter(tags=["audit"])


@router.get("/v1/audit/raw/{batch_id}/{index}", summary="The vendor record an event came from, exactly as sent")
async def raw_record(request: Request, batch_id: str, index: int, reader: ReaderDep) -> Response:
    """``source.raw`` of every event is ``<batch_id>#<index>``: this answers it with the record and who sent it."""
    hub: Hub = request.app.state.hub
    if reader.role is not Role.AUDITOR:
        raise not_found("record")
    found = await asyncio.to_thread(hub.raw.record, f"{batch_id}#{index}")
    if found is None:
        raise not_found("record")
    return json_response(found)

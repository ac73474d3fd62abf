"""Operator endpoints: what the hub's operators watch that no school reader may see across schools.

* ``GET /v1/operator/transfers``: pupils moving between schools. A transfer is an explicit pair of events, one
  per school (``student.transferred_out`` from the school the pupil leaves, ``student.transferred_in`` from the
  one they join, with the same ``transfer_id``); each school keeps its own id of the child, and no event of one
  school can touch the other's records (``hub.events.tenancy``). The list pairs the halves and says which pairs
  are complete, which wait for their other half, and which disagree.

Operators only; every other role gets 404, as for any resource it may not see.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Engine
from starlette.responses import Response

from hub.api.errors import not_found
from hub.api.read import ReaderDep, _answer, _positions
from hub.auth.readers import Role
from hub.bootstrap import Hub
from hub.store.db import reading
from projections import roster
from projections import transfers as transfer_pairs

router = APIRouter(tags=["operator"])
STATUSES = ("complete", "awaiting_arrival", "awaiting_departure", "mismatch")


@router.get("/v1/operator/transfers", summary="Pupils moving between schools: the pairs of transfer events")
async def transfers(request: Request, reader: ReaderDep,
                    status: str | None = Query(None, pattern="^(complete|awaiting_arrival|awaiting_departure|"
                                               "mismatch)$", description="Only transfers in this state")) -> Response:
    if reader.role is not Role.OPERATOR:
        raise not_found("resource")
    hub: Hub = request.app.state.hub
    caught_up, positions = await _positions(hub, None, (roster.PROJECTION,))
    found = await asyncio.to_thread(_transfers, hub.views)
    listed = [t for t in found if status in (None, t["status"])]
    return _answer({"transfers": listed}, caught_up, positions)


def _transfers(views: Engine) -> list[dict[str, Any]]:
    with reading(views) as conn:
        return transfer_pairs.transfers_between_schools(conn)

"""Operator endpoints: what the hub's operators watch that no school reader may see across schools.

* ``GET /v1/operator/transfers``: pupils moving between schools. A transfer is an explicit pair of events, one
  per school (``student.transferred_out`` from the school the pupil leaves, ``student.transferred_in`` from the
  one they join, with the same ``transfer_id``); each school keeps its own id of the child, and no event of one
  school can touch the other's records (``hub.events.tenancy``). The list pairs the halves and says which pairs
  are complete, which wait for their other half, and which disagree.
* ``GET /v1/operator/average-disagreements``: where a journal's own average (``average.reported``: Dnevnik.ru
  ``avg-marks`` / ``wa-marks``, Elzhur getmarks ``average``) differs from the hub's figure for the same student,
  subject and period, compared at the journal's precision (``projections.vendor_averages``). The metric
  ``hub_average_disagreements{school}`` counts the same rows.

Operators only; every other role gets 404, as for any resource it may not see.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Engine
from starlette.responses import Response

from hub.api.answers import DisagreementsAnswer, documented
from hub.api.errors import not_found
from hub.api.read import ReaderDep, _answer, _positions
from hub.auth.readers import Role
from hub.bootstrap import Hub
from hub.store.db import reading
from hub.events.tenancy import SCHOOL_ID_PATTERN
from projections import diary, final_grades, roster
from projections import transfers as transfer_pairs
from projections import vendor_averages

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


@router.get("/v1/operator/average-disagreements",
            summary="Journals' own averages that differ from the hub's figure (student, subject, period)",
            responses=documented(DisagreementsAnswer, "Every disagreement, by school, student, subject and period"))
async def average_disagreements(request: Request, reader: ReaderDep,
                                school: str | None = Query(None, pattern=SCHOOL_ID_PATTERN.pattern,
                                                           description="Only this school's (the hub's school id)")
                                ) -> Response:
    if reader.role is not Role.OPERATOR:
        raise not_found("resource")
    hub: Hub = request.app.state.hub
    caught_up, positions = await _positions(hub, None, (roster.PROJECTION, diary.PROJECTION, final_grades.PROJECTION))
    found = await asyncio.to_thread(_disagreements, hub.views, school)
    return _answer({"disagreements": found}, caught_up, positions)


def _disagreements(views: Engine, school: str | None) -> list[dict[str, Any]]:
    with reading(views) as conn:
        return vendor_averages.disagreements(conn, school)

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

* ``GET /v1/operator/subject-links?school=``: the school's subject crosswalk (``subject.linked``) and suggestions
  of subjects to link: subjects of two journals whose names agree once normalised (``projections.subject_links``).
* ``POST /v1/operator/subject-links``: link two subjects of one school. The operator's link is an ordinary
  ``subject.linked`` event: the hub writes it through the ingest path as a native record of that school (client
  ``operator:<operator>``; the record id names the alias, the revision is the hub time in ms, so a later link of
  the same alias replaces the earlier one), with the same checks as any record (tenancy: both ids must be the
  school's).

Operators only; every other role gets 404, as for any resource it may not see.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from starlette.responses import Response

from adapters.registry import get_adapter
from hub import clock
from hub.api.answers import documented
from hub.api.operator_answers import DisagreementsAnswer, SubjectLinksAnswer
from hub.api.errors import ApiError, json_response, not_found
from hub.events.types import ID_PATTERN
from hub.ingest.results import Client
from hub.api.read import ReaderDep, _answer, _positions
from hub.auth.readers import Role
from hub.bootstrap import Hub
from hub.store.db import reading
from hub.events.tenancy import SCHOOL_ID_PATTERN
from projections import diary, final_grades, roster
from projections import transfers as transfer_pairs
from projections import subject_links, vendor_averages

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


SchoolQuery = Query(pattern=SCHOOL_ID_PATTERN.pattern, description="The hub's school id")


@router.get("/v1/operator/subject-links", summary="A school's subject crosswalk and suggested links",
            responses=documented(SubjectLinksAnswer, "The links, and subjects whose names agree but are not linked"))
async def subject_links_of_school(request: Request, reader: ReaderDep, school: str = SchoolQuery) -> Response:
    if reader.role is not Role.OPERATOR:
        raise not_found("resource")
    hub: Hub = request.app.state.hub
    caught_up, positions = await _positions(hub, None, (roster.PROJECTION, diary.PROJECTION))
    found = await asyncio.to_thread(_subject_links, hub.views, school)
    return _answer({"school_id": school, **found}, caught_up, positions)


def _subject_links(views: Engine, school: str) -> dict[str, Any]:
    with reading(views) as conn:
        return {"links": subject_links.links_of_school(conn, school),
                "suggestions": subject_links.suggestions(conn, school)}


class SubjectLinkRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    school_id: str = Field(pattern=SCHOOL_ID_PATTERN.pattern, max_length=64)
    subject_id: str = Field(pattern=ID_PATTERN, max_length=128, description="The subject the other counts under")
    alias_id: str = Field(pattern=ID_PATTERN, max_length=128, description="The other journal's id of that subject")


@router.post("/v1/operator/subject-links", summary="Link two journals' ids of one subject of a school",
             responses={200: {"description": "The link's record outcome (accepted, or duplicate)"},
                        404: {"description": "Not an operator"},
                        422: {"description": "Not subjects of that school, the same subject, or a link to an alias; "
                                             "or the record was rejected (its errors)"}})
async def link_subjects(request: Request, reader: ReaderDep, link: SubjectLinkRequest) -> Response:
    if reader.role is not Role.OPERATOR:
        raise not_found("resource")
    hub: Hub = request.app.state.hub
    await asyncio.to_thread(_check_link, hub.views, link)
    record = {"type": "subject.linked", "school_id": link.school_id, "occurred_at": clock.now().isoformat(),
              "record_id": f"operator-subject-link:{link.alias_id}"[:256], "revision": clock.now_ms(),
              "data": {"subject_id": link.subject_id, "alias_id": link.alias_id}}
    client = Client(f"operator:{reader.sub}"[:128], "native", frozenset({link.school_id}))
    native = get_adapter("native")
    assert native is not None
    report = await hub.ingest.ingest(client, native, [record], True, link.school_id)
    hub.metrics.ingest_batch("native", report.counts())
    result = report.results[0].as_dict()
    return json_response({"link": link.model_dump(), **result}, 200 if report.applied else 422)


def _check_link(views: Engine, link: SubjectLinkRequest) -> None:
    if link.subject_id == link.alias_id:
        raise ApiError(422, "same_subject", "subject_id and alias_id name the same subject")
    with reading(views) as conn:
        known = subject_links.names_in_school(conn, link.school_id, {link.subject_id, link.alias_id})
        missing = sorted({link.subject_id, link.alias_id} - set(known))
        if missing:
            raise ApiError(422, "unknown_subject", f"not subjects of school {link.school_id}: {', '.join(missing)}")
        counts_under = subject_links.canonical_of(conn, {link.subject_id})
        if link.subject_id in counts_under:
            raise ApiError(422, "linked_subject", f"{link.subject_id} counts under {counts_under[link.subject_id]}: "
                           "link to that subject")
        if link.subject_id in subject_links.aliases_of(conn, link.alias_id)[1:]:
            raise ApiError(422, "cycle", f"{link.subject_id} already counts under {link.alias_id}")

"""``/console``: the operator's page. Projections (versions, state, lag, rebuild progress), open dead letters, the
log's size, ingest per adapter and quarantine sizes, transfers between schools, the averages journals and the hub
disagree on (student, subject, period, hub, journal), subjects to link across journals, refreshed every ``REFRESH_S`` seconds. Operators only; any
other reader gets the not-found page, as the API answers foreign resources."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import Response

from hub import clock
from hub.auth.readers import Role
from hub.bootstrap import Hub
from hub.projector import dead_letters, offsets
from hub.projector.status import projection_status
from hub.store.db import reading
from hub.web import i18n
from hub.web.pages import not_found_page, render
from hub.web.session import page_reader
from projections import transfers as transfer_pairs
from projections import subject_links, vendor_averages

REFRESH_S = 10
DEAD_LETTERS_SHOWN = 50

router = APIRouter(include_in_schema=False)


@router.get("/console")
async def console(request: Request) -> Response:
    reader = page_reader(request)
    if reader.role is not Role.OPERATOR:
        return not_found_page(request)
    hub: Hub = request.app.state.hub
    from projections import ALL_PROJECTIONS

    watermarks = await hub.log.high_watermarks()
    rows = [_with_progress(row, watermarks) for row in await projection_status(hub.log, hub.views, ALL_PROJECTIONS)]
    letters = await asyncio.to_thread(_open_dead_letters, hub)
    quarantine = await asyncio.to_thread(hub.vendor_state.quarantine_sizes)
    ingest = await asyncio.to_thread(ingest_rates, hub)
    transfers = await asyncio.to_thread(_transfers, hub)
    disagreements = await asyncio.to_thread(_disagreements, hub)
    suggestions = await asyncio.to_thread(_subject_suggestions, hub)
    return render(request, "console.html", locale=i18n.CONSOLE_LOCALE, reader=reader, projections=rows,
                  dead_letters=letters, quarantine=sorted(quarantine.items()), ingest=ingest, transfers=transfers,
                  disagreements=disagreements, suggestions=suggestions, log_events=sum(watermarks.values()),
                  partitions=len(watermarks), refresh=REFRESH_S, now=clock.now(),
                  ms_to_time=_ms_to_time)


def _with_progress(row: dict[str, Any], watermarks: dict[int, int]) -> dict[str, Any]:
    total = sum(watermarks.values())
    applied = sum(row["positions"].values())
    return {**row, "applied": applied, "progress": 100.0 if total == 0 else round(100 * applied / total, 1)}


def _transfers(hub: Hub) -> list[dict[str, Any]]:
    with reading(hub.views) as conn:
        try:
            return transfer_pairs.transfers_between_schools(conn, limit=DEAD_LETTERS_SHOWN)
        except SQLAlchemyError:  # the views are not created yet (no projector has started)
            return []


def _disagreements(hub: Hub) -> list[dict[str, Any]]:
    with reading(hub.views) as conn:
        try:
            return vendor_averages.disagreements(conn, limit=DEAD_LETTERS_SHOWN)
        except SQLAlchemyError:  # the views are not created yet
            return []


def _subject_suggestions(hub: Hub) -> list[dict[str, Any]]:
    with reading(hub.views) as conn:
        try:
            return subject_links.suggestions(conn, None, limit=DEAD_LETTERS_SHOWN)
        except SQLAlchemyError:  # the views are not created yet
            return []


def _open_dead_letters(hub: Hub) -> list[dict[str, Any]]:
    with reading(hub.views) as conn:
        if not offsets.table_exists(conn):
            return []
        return dead_letters.list_letters(conn)[:DEAD_LETTERS_SHOWN]


def ingest_rates(hub: Hub) -> list[dict[str, Any]]:
    """Per adapter: batches and records received in the last 5 minutes, the last hour and in all (from the raw
    batches kept for provenance)."""
    return hub.raw.rates()


def _ms_to_time(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")

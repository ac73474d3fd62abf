"""Operations endpoints: ``/readyz`` (the log and both databases answer) and ``/metrics`` (Prometheus text).

``/healthz`` (the process is alive) lives in ``hub.api.app``. None of these needs a reader or client token;
``/metrics`` is meant to be scraped on the internal network, and asks for ``Authorization: Bearer
<HUB_METRICS_TOKEN>`` when that setting is given. Metric names: ``hub.metrics``.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Awaitable

from fastapi import APIRouter, Request
from sqlalchemy import Engine, text
from starlette.responses import Response

from hub.api.errors import ApiError, json_response
from hub.bootstrap import Hub
from hub.metrics import CONTENT_TYPE, in_probe_thread, scrape
from hub.obs import Ev, log
from hub.store.db import reading

READY_TIMEOUT_S = 2.0

router = APIRouter(tags=["health"])


@router.get("/readyz", summary="The log and both databases answer",
            responses={200: {"description": '`{"status": "ready", "checks": {"log": "ok", "state": "ok", '
                                            '"views": "ok"}}`'},
                       503: {"description": "Not ready: `checks` says which check failed and why"}})
async def readyz(request: Request) -> Response:
    hub: Hub = request.app.state.hub
    names = ("log", "state", "views")
    results = await asyncio.gather(_check("log", hub.log.high_watermarks()),
                                   _check("state", in_probe_thread(_select_one, hub.state)),
                                   _check("views", in_probe_thread(_select_one, hub.views)))
    checks = dict(zip(names, results))
    ready = all(result == "ok" for result in checks.values())
    return json_response({"status": "ready" if ready else "not_ready", "checks": checks}, 200 if ready else 503)


@router.get("/metrics", summary="Prometheus metrics (text exposition format)",
            responses={200: {"description": "Metric names and labels: see the README", "content": {"text/plain": {}}},
                       401: {"description": "HUB_METRICS_TOKEN is set and the request does not carry it"}})
async def metrics(request: Request) -> Response:
    hub: Hub = request.app.state.hub
    _authorise_scrape(hub.settings.metrics_token.get_secret_value(), request)
    scraped = await scrape(hub.metrics, hub.log, hub.views)
    return Response(hub.metrics.exposition(scraped), media_type=CONTENT_TYPE)


async def _check(source: str, work: Awaitable[object]) -> str:
    """``"ok"``, or why not in words that carry no secret (the detail goes to the log)."""
    try:
        await asyncio.wait_for(work, READY_TIMEOUT_S)
        return "ok"
    except TimeoutError:
        reason = f"timed out after {READY_TIMEOUT_S:g} s"
        log(Ev.READINESS_CHECK_FAILED, level="warning", source=source, error=reason)
        return reason
    except Exception as exc:
        log(Ev.READINESS_CHECK_FAILED, level="warning", source=source, error=repr(exc)[:300])
        return f"failed: {type(exc).__name__}"


def _select_one(engine: Engine) -> None:
    with reading(engine) as conn:
        conn.execute(text("SELECT 1"))


def _authorise_scrape(expected: str, request: Request) -> None:
    if not expected:
        return
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise ApiError(401, "unauthenticated", "send the metrics token as 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})

"""``hub demo``: the main job on the embedded default, end to end in one process.

1. Build the hub on ``<data dir>`` (embedded log, SQLite views) and register a demo vendor client.
2. Serve the API with the projection workers running beside it.
3. Push the demo school through ``POST /v1/ingest/native`` in batches of 500, as a vendor would.
4. Wait until the diary has applied the last accepted event (read-your-writes), then print tokens and URLs.
5. Keep serving until Ctrl-C. Run it again: the data is kept, and the re-sent records come back as duplicates.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
from collections import Counter
from typing import Any

import httpx
import uvicorn

from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.config import ConfigError, Settings
from hub.demo.dataset import SCHOOL, records
from hub.log.port import Position
from hub.obs import Ev, log
from hub.projector.runner import run_projections

BATCH = 500


async def run_demo(settings: Settings, until: dt.date | None = None, serve_forever: bool = True) -> dict[str, Any]:
    ensure_port_free(settings.host, settings.port)
    hub = build_hub(settings)
    _client, vendor_token = hub.clients.create("native", [SCHOOL], "demo seeder")
    app = create_app(hub, background=[lambda stop: run_projections((hub.log, hub.views), stop=stop)])
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning",
                                           access_log=False))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            serving.result()  # re-raises why the server could not start (e.g. the port is taken)
        await asyncio.sleep(0.05)
    base = f"http://{settings.host}:{settings.port}"
    counts, last = await _seed(base, vendor_token, until)
    guardian = "gu-001"
    token = hub.tokens.issue(guardian, Role.GUARDIAN)
    caught_up = await _wait_for_views(base, token, last)
    summary = {"base": base, "counts": counts, "caught_up": caught_up, "guardian": guardian, "token": token,
               "vendor_token": vendor_token}
    log(Ev.DEMO_SEEDED, accepted=counts["accepted"], duplicate=counts["duplicate"], rejected=counts["rejected"])
    print(_banner(summary), flush=True)
    if serve_forever:
        await serving
    else:
        server.should_exit = True
        await serving
    return summary


def ensure_port_free(host: str, port: int) -> None:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no obstacle
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(f"{host}:{port} is already in use ({exc.strerror}); stop what holds it or choose "
                              "another port with --port or HUB_PORT") from exc


async def _seed(base: str, vendor_token: str, until: dt.date | None) -> tuple[Counter, Position | None]:
    counts: Counter = Counter(accepted=0, duplicate=0, rejected=0)
    last: Position | None = None
    batch: list[dict[str, Any]] = []
    async with httpx.AsyncClient(base_url=base, timeout=60, headers={"Authorization": f"Bearer {vendor_token}"}) as http:
        for record in (records(until) if until else records()):
            batch.append(record)
            if len(batch) == BATCH:
                last = _max(last, await _push(http, batch, counts))
                batch = []
        if batch:
            last = _max(last, await _push(http, batch, counts))
    return counts, last


async def _push(http: httpx.AsyncClient, batch: list[dict[str, Any]], counts: Counter) -> Position | None:
    response = await http.post("/v1/ingest/native", json=batch)
    response.raise_for_status()
    body = response.json()
    counts.update(body["summary"])
    positions = [Position.parse(e["position"]) for r in body["results"] for e in r.get("events", []) if e["position"]]
    return max(positions, default=None)


def _max(a: Position | None, b: Position | None) -> Position | None:
    return b if a is None else a if b is None else max(a, b)


async def _wait_for_views(base: str, token: str, last: Position | None) -> bool:
    params = {"min_position": str(last)} if last else {}
    async with httpx.AsyncClient(base_url=base, timeout=60, headers={"Authorization": f"Bearer {token}"}) as http:
        for _ in range(30):
            body = (await http.get("/v1/me/children", params=params)).json()
            if body.get("caught_up"):
                return True
    return False


def _banner(s: dict[str, Any]) -> str:
    base, token, counts = s["base"], s["token"], s["counts"]
    return f"""
Gradebook Hub demo is running (embedded log and SQLite views under the data dir).
Seeded through POST /v1/ingest/native: {counts['accepted']} accepted, {counts['duplicate']} duplicate, \
{counts['rejected']} rejected.  Views caught up: {s['caught_up']}.

  API docs (OpenAPI):   {base}/docs
  Health:               {base}/healthz

Guardian {s['guardian']} (two children) - reader token:
  {token}

Try:
  curl -H 'Authorization: Bearer {token}' {base}/v1/me/children
  curl -H 'Authorization: Bearer {token}' '{base}/v1/students/st-5b-01/diary?from=2026-11-16&to=2026-11-20'

Vendor token of the demo client (native adapter, school {SCHOOL}):
  {s['vendor_token']}
Press Ctrl-C to stop; run it again and the data is still there.
"""

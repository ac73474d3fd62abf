"""``hub demo``: the main job on the embedded default, end to end in one process.

1. Build the hub on ``<data dir>`` (embedded log, SQLite views) and register a demo vendor client.
2. Serve the API with the projection workers running beside it.
3. Push the demo school as its journals would: class 5Б through ``POST /v1/ingest/dnevnik_ru`` (Dnevnik.ru v2
   records), class 6А through ``POST /v1/ingest/elzhur`` (Eljur API responses), the rest (the school, 5А with its
   subgroups, every guardian link) through ``POST /v1/ingest/native``; one demo client per format, roster first.
   The vendor payloads are translated from the same generated records (``hub.demo.vendor_formats``).
   The records arrive as the journals would have sent them: on the evening of the last school day sent (the clock
   is pinned to 18:00 in Moscow of that day while seeding, ``seeding_clock``), whatever today is; then the demo
   runs on the process's clock (``HUB_CLOCK``). So the demo works at any date: its data has fixed dates in the
   2026/27 school year, and Elzhur dates its enrolments by arrival (1 September of the school year the hub
   received them in), which puts 6А's students in that school year only if they arrive in it.
4. Wait until the diary has applied the last accepted event (read-your-writes), then print tokens and URLs.
5. Keep serving until Ctrl-C. Run it again: the data is kept, and the re-sent records come back as duplicates.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
from pathlib import Path
from collections import Counter
from typing import Any

import httpx
import uvicorn

from hub import clock
from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.config import ConfigError, Settings
from hub.demo.dataset import DEMO_DATE, SCHOOL, TZ, records
from hub.demo.vendor_formats import FORMATS, dnevnik_student, native_id, split
from hub.log.port import Position
from hub.obs import Ev, log
from hub.projector.supervisor import run_projections

BATCH = {"native": 500, "dnevnik_ru": 500, "elzhur": 20}  # an Elzhur getdiary holds a whole class-day
ORDER = ("dnevnik_ru", "elzhur", "native")  # vendor rosters first: native guardian links name their students
SEEDED_AT = dt.time(18)  # the demo's records arrive at 18:00 (Moscow) of the last school day sent


# What the demo's data dir was written by: a dir of another format is set aside (its records would no longer be
# duplicates of what the demo sends now). 2: school-qualified ids (hub.events.tenancy).
DATA_FORMAT = "2"
FORMAT_FILE = "demo-format"


async def run_demo(settings: Settings, until: dt.date | None = None, serve_forever: bool = True) -> dict[str, Any]:
    ensure_port_free(settings.host, settings.port)
    set_aside_older_data(settings.data_dir)
    hub = build_hub(settings)
    (settings.data_dir / FORMAT_FILE).write_text(DATA_FORMAT + "\n")
    vendor_tokens = {fmt: hub.clients.create(fmt, [SCHOOL], f"demo seeder ({fmt})")[1] for fmt in FORMATS}
    app = create_app(hub, background=[lambda stop: run_projections((hub.log, hub.views), stop=stop)])
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning",
                                           access_log=False))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            serving.result()  # re-raises why the server could not start (e.g. the port is taken)
        await asyncio.sleep(0.05)
    base = f"http://{settings.host}:{settings.port}"
    with clock.using(seeding_clock(until or DEMO_DATE)):
        by_format, last = await _seed(base, vendor_tokens, until)
    counts: Counter = sum(by_format.values(), Counter(accepted=0, duplicate=0, rejected=0, parked=0))
    guardian = native_id("gu-001")  # linked natively: the hub qualifies its id with the school
    token = hub.tokens.issue(guardian, Role.GUARDIAN)
    caught_up = await _wait_for_views(base, token, last)
    quarantined = await _quarantined(base, vendor_tokens)
    summary = {"base": base, "counts": counts, "by_format": by_format, "quarantined": quarantined,
               "caught_up": caught_up, "guardian": guardian, "token": token, "vendor_tokens": vendor_tokens,
               "vendor_token": vendor_tokens["native"], "diary_student": dnevnik_student("st-5b-01"),
               "operator_token": hub.tokens.issue("ops-demo", Role.OPERATOR),
               "head_token": hub.tokens.issue("head-demo", Role.HEAD_TEACHER, SCHOOL)}
    log(Ev.DEMO_SEEDED, accepted=counts["accepted"], duplicate=counts["duplicate"], rejected=counts["rejected"])
    print(_banner(summary), flush=True)
    if serve_forever:
        await serving
    else:
        server.should_exit = True
        await serving
    return summary


def set_aside_older_data(data_dir: Path) -> Path | None:
    """Move a demo data dir written by an older demo (another ``DATA_FORMAT``) to ``<dir>.format-<old>``, so the
    demo starts afresh instead of answering its own records as changed; returns where it went."""
    marker = data_dir / FORMAT_FILE
    if not data_dir.is_dir() or not any(data_dir.iterdir()):
        return None
    found = marker.read_text().strip() if marker.is_file() else "1"
    if found == DATA_FORMAT:
        return None
    target = data_dir.with_name(f"{data_dir.name}.format-{found}")
    suffix = 1
    while target.exists():
        suffix += 1
        target = data_dir.with_name(f"{data_dir.name}.format-{found}-{suffix}")
    data_dir.rename(target)
    print(f"The demo data in {data_dir} was written by an older demo (format {found}); moved it to {target} and "
          "starting afresh.", flush=True)
    return target


def seeding_clock(until: dt.date) -> clock.PinnedClock:
    """The clock the demo's records arrive by: 18:00 in Moscow on ``until``, the last school day sent."""
    return clock.PinnedClock(dt.datetime.combine(until, SEEDED_AT, TZ))


def ensure_port_free(host: str, port: int) -> None:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no obstacle
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(f"{host}:{port} is already in use ({exc.strerror}); stop what holds it or choose "
                              "another port with --port or HUB_PORT") from exc


async def _seed(base: str, tokens: dict[str, str], until: dt.date | None) -> tuple[dict[str, Counter], Position | None]:
    by_format = {fmt: Counter(accepted=0, duplicate=0, rejected=0, parked=0) for fmt in FORMATS}
    last: Position | None = None
    per_format = split(records(until) if until else records())
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        for fmt in ORDER:
            headers = {"Authorization": f"Bearer {tokens[fmt]}"}
            batch_size, pending = BATCH[fmt], per_format[fmt]
            for start in range(0, len(pending), batch_size):
                batch = pending[start:start + batch_size]
                last = _max(last, await _push(http, fmt, headers, batch, by_format[fmt]))
    return by_format, last


async def _push(http: httpx.AsyncClient, fmt: str, headers: dict[str, str], batch: list[dict[str, Any]],
                counts: Counter) -> Position | None:
    response = await http.post(f"/v1/ingest/{fmt}", params={"school": SCHOOL}, json=batch, headers=headers)
    response.raise_for_status()
    body = response.json()
    counts.update(body["summary"])
    positions = [Position.parse(e["position"]) for r in body["results"] for e in r.get("events", []) if e["position"]]
    return max(positions, default=None)


async def _quarantined(base: str, tokens: dict[str, str]) -> dict[str, int]:
    """How many records each format still has parked (the demo must end with none)."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        return {fmt: (await http.get(f"/v1/ingest/{fmt}/quarantine",
                                     headers={"Authorization": f"Bearer {tokens[fmt]}"})).json()["count"]
                for fmt in FORMATS}


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
    base, token = s["base"], s["token"]
    lines = "\n".join(
        f"  {fmt:<11} {c['accepted']:>6} accepted {c['duplicate']:>6} duplicate {c['rejected']:>3} rejected "
        f"{c['parked']:>3} parked  ({s['quarantined'][fmt]} in quarantine)" for fmt, c in s["by_format"].items())
    tokens = "\n".join(f"  {fmt:<11} {t}" for fmt, t in s["vendor_tokens"].items())
    return f"""
Gradebook Hub demo is running (embedded log and SQLite views under the data dir).
Seeded school {SCHOOL} through POST /v1/ingest/<format>: 5А native, 5Б as Dnevnik.ru, 6А as Elzhur.
Every id is school-qualified (native:{SCHOOL}:5a, dnevnik:{SCHOOL}:person:...): see "Tenancy" in the README.
{lines}
Views caught up: {s['caught_up']}.

  The diary (web page): {base}/diary      sign in with the guardian token below
  Operator console:     {base}/console    sign in with the operator token below
  API docs (OpenAPI):   {base}/docs
  Health and metrics:   {base}/healthz  {base}/readyz  {base}/metrics

Guardian {s['guardian']} (two children: one in 5Б from Dnevnik.ru, one in 6А from Elzhur) - reader token:
  {token}

Try:
  curl -H 'Authorization: Bearer {token}' {base}/v1/me/children
  curl -H 'Authorization: Bearer {token}' '{base}/v1/students/{s['diary_student']}/diary?from=2026-11-16&to=2026-11-20'

Operator token (for /console):
  {s['operator_token']}
Head teacher token (class and school statistics, e.g. {base}/v1/schools/{SCHOOL}/statistics?format=pdf):
  {s['head_token']}

Vendor tokens of the demo clients (school {SCHOOL}):
{tokens}
Press Ctrl-C to stop; run it again and the data is still there.
"""

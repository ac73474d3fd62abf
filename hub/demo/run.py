"""``hub demo``: the main job on the embedded default, end to end in one process.

1. Build the hub on ``<data dir>`` (embedded log, SQLite views) and its demo vendor clients, one per format,
   registered on the first run and reused after (their tokens are kept in ``<data dir>/demo-clients.json``).
   The hub's log lines go to ``<data dir>/demo.log`` (JSON lines), so the terminal shows the banner alone.
2. Serve the API with the projection workers running beside it.
3. Push the demo school as its journals would: class 5Б through ``POST /v1/ingest/dnevnik_ru`` (Dnevnik.ru v2
   records), class 6А through ``POST /v1/ingest/elzhur`` (Eljur API responses), the rest (the school, 5А with its
   subgroups, every guardian link) through ``POST /v1/ingest/native``; one demo client per format, roster first.
   The vendor payloads are translated from the same generated records (``hub.demo.vendor_formats``). Native
   grades go as schema version 2, with each work type's name (``hub.reports.labels.WORK_TYPE_NAMES``), as a
   journal names them. The vendor formats as the demo writes them carry no period marks, so the teachers' quarter
   marks of 5Б and 6А go natively, with the canonical ids the vendor adapters give those pupils and subjects
   (``vendor_final_marks``).
   The records arrive as the journals would have sent them: on the evening of the last school day sent (the clock
   is pinned to 18:00 in Moscow of that day while seeding, ``seeding_clock``), whatever today is; then the demo
   runs on the process's clock (``HUB_CLOCK``). So the demo works at any date: its data has fixed dates in the
   2026/27 school year, and Elzhur dates its enrolments by arrival (1 September of the school year the hub
   received them in), which puts 6А's students in that school year only if they arrive in it.
4. Wait until the diary has applied the last accepted event (read-your-writes), then print tokens and URLs (last).
5. Keep serving until Ctrl-C. Run it again: the data is kept, and the re-sent records come back as duplicates.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import socket
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import structlog
import uvicorn

from adapters.base import namespaced_id
from adapters.elzhur.ids import name_key

from hub import clock
from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.config import ConfigError, Settings
from hub.demo.dataset import DEMO_DATE, SCHOOL, SUBJECTS, TEACHERS, TZ, records
from hub.demo.operator import accept_subject_suggestions
from hub.demo.vendor_formats import (DN_SUBJECT, DN_TEACHER, FORMATS, SUBJECT_INDEX, VENDOR_CLASSES, canonical_student,
                                     dnevnik_student, native_id, split)
from hub.log.port import Position
from hub.obs import Ev, configure_logging, log
from hub.projector.supervisor import run_projections
from hub.reports.labels import WORK_TYPE_NAMES

BATCH = {"native": 500, "dnevnik_ru": 500, "elzhur": 20}  # an Elzhur getdiary holds a whole class-day
ORDER = ("dnevnik_ru", "elzhur", "native")  # vendor rosters first: native guardian links name their students
SEEDED_AT = dt.time(18)  # the demo's records arrive at 18:00 (Moscow) of the last school day sent


# What the demo's data dir was written by: a dir of another format is set aside (its records would no longer be
# duplicates of what the demo sends now). 2: school-qualified ids (hub.events.tenancy); 3: the school as a parent
# believes it (names, topics, homework, quarter marks, weights), native grades v2 with work type names.
DATA_FORMAT = "3"
FORMAT_FILE = "demo-format"
CLIENTS_FILE = "demo-clients.json"
LOG_FILE = "demo.log"
SHUTDOWN_GRACE_S = 3  # open change-feed streams (GET /v1/me/feed) are cut this long after Ctrl-C


async def run_demo(settings: Settings, until: dt.date | None = None, serve_forever: bool = True) -> dict[str, Any]:
    ensure_port_free(settings.host, settings.port)
    set_aside_older_data(settings.data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with logging_to(settings.data_dir / LOG_FILE, settings.log_level):
        print(f"Seeding the demo school {SCHOOL} through the API (the hub's log: {settings.data_dir / LOG_FILE}) ...",
              flush=True)
        return await _run(settings, until, serve_forever)


async def _run(settings: Settings, until: dt.date | None, serve_forever: bool) -> dict[str, Any]:
    hub = build_hub(settings)
    (settings.data_dir / FORMAT_FILE).write_text(DATA_FORMAT + "\n")
    vendor_tokens = await demo_clients(hub, settings.data_dir / CLIENTS_FILE)
    app = create_app(hub, background=[lambda stop: run_projections((hub.log, hub.views), stop=stop)])
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning",
                                           access_log=False, timeout_graceful_shutdown=SHUTDOWN_GRACE_S))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            serving.result()  # re-raises why the server could not start (e.g. the port is taken)
        await asyncio.sleep(0.05)
    base = f"http://{settings.host}:{settings.port}"
    with clock.using(seeding_clock(until or DEMO_DATE)):  # tokens issued inside are valid at that time
        by_format, last = await _seed(base, vendor_tokens, until)
        await _wait_for_views(base, hub.tokens.issue(native_id("gu-001"), Role.GUARDIAN), last)
        links, linked_at = await accept_subject_suggestions(base, hub.tokens.issue("ops-demo", Role.OPERATOR),
                                                            SCHOOL)
        last = _max(last, linked_at)
    counts: Counter = sum(by_format.values(), Counter(accepted=0, duplicate=0, rejected=0, parked=0))
    guardian = native_id("gu-001")  # linked natively: the hub qualifies its id with the school
    token = hub.tokens.issue(guardian, Role.GUARDIAN)
    caught_up = await _wait_for_views(base, token, last)
    quarantined = await _quarantined(base, vendor_tokens)
    summary = {"base": base, "counts": counts, "by_format": by_format, "quarantined": quarantined,
               "caught_up": caught_up, "guardian": guardian, "token": token, "vendor_tokens": vendor_tokens,
               "vendor_token": vendor_tokens["native"], "diary_student": dnevnik_student("st-5b-01"),
               "operator_token": hub.tokens.issue("ops-demo", Role.OPERATOR), "subject_links": links,
               "head_token": hub.tokens.issue("head-demo", Role.HEAD_TEACHER, SCHOOL),
               "log_file": settings.data_dir / LOG_FILE, "clients_file": settings.data_dir / CLIENTS_FILE,
               "feed_start": f"{hub.log.partition_for(SCHOOL)}:0"}
    log(Ev.DEMO_SEEDED, accepted=counts["accepted"], duplicate=counts["duplicate"], rejected=counts["rejected"])
    print(_banner(summary), flush=True)
    if serve_forever:
        await serving
    else:
        server.should_exit = True
        await serving
    return summary


@contextmanager
def logging_to(path: Path, level: str = "info") -> Iterator[None]:
    """The hub's log lines (structlog, JSON) appended to ``path`` instead of the terminal, for as long as it lasts;
    then the logging set up before comes back."""
    before = structlog.get_config()
    with path.open("a", encoding="utf-8") as sink:
        configure_logging("json", level)
        structlog.configure(logger_factory=structlog.WriteLoggerFactory(file=sink))
        try:
            yield
        finally:
            structlog.configure(**before)


async def demo_clients(hub: Any, path: Path) -> dict[str, str]:
    """One vendor client per format: the ones whose tokens ``path`` keeps, while the hub still knows them (not
    revoked, same adapter and school), else newly registered; ``path`` then keeps the tokens (mode 600)."""
    kept = json.loads(path.read_text()) if path.is_file() else {}
    tokens = {}
    for fmt in FORMATS:
        token = kept.get(fmt) if isinstance(kept, dict) else None
        client = await hub.clients.authenticate(token) if isinstance(token, str) else None
        if client is None or client.adapter != fmt or SCHOOL not in client.schools:
            token = hub.clients.create(fmt, [SCHOOL], f"demo seeder ({fmt})")[1]
        tokens[fmt] = token
    path.write_text(json.dumps(tokens, indent=2) + "\n")
    path.chmod(0o600)
    return tokens


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
    generated = list(records(until) if until else records())
    per_format = split(generated)
    per_format["native"] = [*named_work_types(per_format["native"]), *vendor_final_marks(generated)]
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        for fmt in ORDER:
            headers = {"Authorization": f"Bearer {tokens[fmt]}"}
            batch_size, pending = BATCH[fmt], per_format[fmt]
            for start in range(0, len(pending), batch_size):
                batch = pending[start:start + batch_size]
                last = _max(last, await _push(http, fmt, headers, batch, by_format[fmt]))
    return by_format, last


def named_work_types(native: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The native records, grades as schema version 2: the work type as ``{code, name}`` (its name in words)."""
    for record in native:
        work_type = record["data"].get("work_type")
        if record["type"] in ("grade.recorded", "grade.amended") and isinstance(work_type, str):
            named = {"code": work_type, "name": WORK_TYPE_NAMES.get(work_type, work_type)}
            record = {**record, "schema_version": 2, "data": {**record["data"], "work_type": named}}
        yield record


def vendor_final_marks(generated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The quarter marks of the vendor classes (5Б, 6А) as native records, with the ids the vendor adapters give
    the pupil, the subject and the teacher (the school's own period). The vendor formats as ``split`` writes them
    carry no period marks; once they do, this goes."""
    out = []
    for record in generated:
        data = record["data"]
        owner = VENDOR_CLASSES.get(data.get("student_id", "-").split("-")[1]) if record["type"] == \
            "final_grade.recorded" else None
        if owner is None:
            continue
        subject, teacher = data["subject_id"], data["teacher_id"].removeprefix("t-")
        if owner == "dnevnik_ru":
            subject_id = namespaced_id("dnevnik", SCHOOL, "subject", DN_SUBJECT + SUBJECT_INDEX[subject])
            teacher_id = namespaced_id("dnevnik", SCHOOL, "person", DN_TEACHER + SUBJECT_INDEX[teacher])
        else:
            subject_id = namespaced_id("elzhur", SCHOOL, "subject", name_key(dict(SUBJECTS)[subject]))
            teacher_id = namespaced_id("elzhur", SCHOOL, "teacher", name_key(" ".join(TEACHERS[teacher])))
        out.append({**record, "data": {**data, "student_id": canonical_student(data["student_id"]),
                                       "subject_id": subject_id, "teacher_id": teacher_id}})
    return out


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
Subject links accepted from the hub's suggestions (one subject across journals): {s['subject_links']}.
Views caught up: {s['caught_up']}.

  The diary (web page): {base}/          sign in as one of the demo people listed there, or with the guardian token below
  Operator console:     {base}/console    sign in as ops-demo there, or with the operator token below
  API docs (OpenAPI):   {base}/docs  {base}/redoc   (served by the hub: no internet needed)
  Health and metrics:   {base}/healthz  {base}/readyz  {base}/metrics
  The hub's log:        {s['log_file']}

Guardian {s['guardian']} (two children: one in 5Б from Dnevnik.ru, one in 6А from Elzhur) - reader token:
  {token}

Try:
  curl -H 'Authorization: Bearer {token}' {base}/v1/me/children
  curl -H 'Authorization: Bearer {token}' '{base}/v1/students/{s['diary_student']}/diary?from=2026-11-16&to=2026-11-20'
  curl -OJ -H 'Authorization: Bearer {token}' '{base}/v1/students/{s['diary_student']}/grades?period=quarter&date=2026-10-01&format=docx'
  curl -H 'Authorization: Bearer {token}' '{base}/v1/me/feed?format=json&after={s['feed_start']}&limit=5'
  curl -N -H 'Authorization: Bearer {token}' '{base}/v1/me/feed'     # changes as they arrive (Server-Sent Events)

Operator token (for /console):
  {s['operator_token']}
Head teacher token (class and school statistics, e.g. {base}/v1/schools/{SCHOOL}/statistics?format=pdf):
  {s['head_token']}

Vendor tokens of the demo clients (school {SCHOOL}):
{tokens}
(kept in {s['clients_file']} and used again by the next run; `make token` prints more reader tokens)
Press Ctrl-C to stop; run it again and the data is still there.
"""

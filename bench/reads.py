"""Section 5 (reads): read latency of the diary API under concurrent load, on a city of 100,000 students.

1. The dataset (``bench.city``): generated into an embedded log and projected with every registered projection
   into a PostgreSQL database, both cached between runs; the projection is timed when it happens (the
   "projection events/s, all views, on PostgreSQL" figure of the city).
2. The server: ``hub serve`` as an operator runs it (``HUB_MODE=production``, ``HUB_DB_URL`` = that database, a
   random ``HUB_JWT_SECRET``, ``HUB_WORKERS`` processes, log level warning) on a free loopback port.
3. The endpoints: those of ``ENDPOINTS`` whose route the server's ``/openapi.json`` lists (another build may lack
   one: it is skipped and said so); each is probed once (it must answer 200, the diary with lessons in it).
4. The clients: ``clients`` x ``students_per_client`` distinct random students, each with its own guardian token
   (``TokenService`` with the server's secret) and a random diary week of the dataset; every request is one
   student's week or year.
5. The runs, each by ``bench.loadgen`` in its own process: the closed loop with ``clients`` connections (the
   target: p99 of the diary <= 50 ms at 100 clients), then the open loop at each of ``rates`` req/s. Each has
   an untimed warm-up; the CPU of the API, PostgreSQL's backends of the database and the load generator is
   measured over the timed part.
6. The floor: the closed loop once more, every request ``GET /healthz`` (no work at all). By Little's law the
   target (p99 <= 50 ms at 100 clients) needs at least 100 / 0.050 s = 2,000 answers per second; the floor
   shows how close to that the HTTP stack alone comes on this machine.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import random
import secrets
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, NamedTuple

from bench.city import Dataset, prepare_city
from bench.ingest_http import ApiServer, hub_env, launch_api, stop_api
from bench.machine import Window, process_cpu_seconds, processes_named
from bench.workload import YEAR, City, hub_guardian_of
from hub.devtools.tansu import free_port

REPO = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_S = 60.0  # beyond warm-up + duration


@dataclass(frozen=True)
class Endpoint:
    name: str
    route: str  # as /openapi.json lists it
    path: Callable[[str, Any, int], str]  # (student id, Monday of the week, academic year) -> request path


ENDPOINTS = (
    Endpoint("diary", "/v1/students/{student_id}/diary",
             lambda student, monday, _year: f"/v1/students/{student}/diary?from={monday}&to="
                                            f"{monday + dt.timedelta(days=6)}"),
    Endpoint("final-grades", "/v1/students/{student_id}/final-grades",
             lambda student, _monday, year: f"/v1/students/{student}/final-grades?year={year}"),
)
TARGET_ENDPOINT = "diary"
FLOOR_ENDPOINT, FLOOR_PATH = "no-op", "/healthz"


@dataclass
class ReadsOptions:
    city: City = field(default_factory=City)
    clients: int = 100
    duration_s: float = 20.0
    warmup_s: float = 5.0
    rates: tuple[int, ...] = (50, 100, 300)
    workers: int = 2
    students_per_client: int = 10
    fresh: bool = False
    reproject: bool = False
    partitions: int = 8
    batch_size: int = 2000
    server_url: str = ""
    profiler: Any = None  # bench.profile.Profiler: one extra closed-loop run under py-spy


def run_reads(opts: ReadsOptions, say: Callable[[str], None] = print) -> dict[str, Any]:
    dataset = prepare_city(opts.city, opts.server_url, fresh=opts.fresh, reproject=opts.reproject,
                           partitions=opts.partitions, batch_size=opts.batch_size, say=say)
    result: dict[str, Any] = {"dataset": _describe(dataset), "projection": dataset.projection,
                              "api_workers": opts.workers, "runs": {}}
    secret = secrets.token_urlsafe(48)
    data_dir = Path(tempfile.mkdtemp(prefix="hub-bench-reads-"))
    server = _serve(dataset, secret, opts.workers, data_dir)
    try:
        endpoints, missing = available_endpoints(server.port)
        result["endpoints"], result["endpoints_missing"] = [e.name for e in endpoints], missing
        plan = _plan(opts, dataset.city, endpoints, secret)
        result["probe"] = {e.name: _probe(server.port, plan[0], e.name) for e in endpoints}
        result["students_sampled"] = len({r.path.split("/")[3] for reqs in plan for r in reqs})
        runs = [("closed", None)] + [("open", rate) for rate in opts.rates]
        if opts.profiler is not None:
            result["profiled_run"] = _load(server, dataset, plan, opts, "closed", None, opts.profiler)
        for mode, rate in runs:
            result["runs"][_run_name(mode, rate, opts.clients)] = _load(server, dataset, plan, opts, mode, rate)
        result["floor"] = _load(server, dataset, _floor_plan(plan), opts, "closed", None)
    finally:
        stop_api(server)
        result["api_peak_rss_mib"] = server.peak_rss_mib
        result["api_total_peak_rss_mib"] = server.total_peak_rss_mib
        result["api_output_tail"] = server.output_tail(1500) if server.proc.returncode not in (0, -15) else ""
        _remove(data_dir)
    return result


def target_run(result: dict[str, Any], clients: int) -> dict[str, Any] | None:
    return result.get("runs", {}).get(_run_name("closed", None, clients))


def _run_name(mode: str, rate: int | None, clients: int) -> str:
    return f"closed_{clients}_clients" if mode == "closed" else f"open_{rate}_rps"


def _describe(dataset: Dataset) -> dict[str, Any]:
    city = dataset.city
    return {"schools": city.schools, "classes_per_school": city.classes, "students_per_class": city.students,
            "students": city.student_count, "school_days": [d.isoformat() for d in city.days()],
            "weeks_read": [m.isoformat() for m in city.weeks()], "events": dataset.events,
            "log": str(dataset.log_path), "database": dataset.db_name, "generation": dataset.generation}


def _serve(dataset: Dataset, secret: str, workers: int, data_dir: Path) -> ApiServer:
    port = free_port()
    env = hub_env(data_dir, f"sqlite:///{dataset.log_path}?partitions={dataset.partitions}", port, workers)
    env.update({"HUB_MODE": "production", "HUB_DB_URL": dataset.db_url, "HUB_JWT_SECRET": secret,
                "HUB_STATE_URL": f"sqlite:///{data_dir / 'state.db'}", "HUB_WORKERS": str(workers)})
    return launch_api(env, port, data_dir)


def available_endpoints(port: int) -> tuple[list[Endpoint], list[str]]:
    """The endpoints whose route this build serves (from its OpenAPI document), and the names of the others."""
    status, body = _get(port, "/openapi.json", {})
    if status != 200:
        raise RuntimeError(f"/openapi.json answered {status}: {body[:300]!r}")
    routes = set(json.loads(body).get("paths", {}))
    return [e for e in ENDPOINTS if e.route in routes], [e.name for e in ENDPOINTS if e.route not in routes]


class Request(NamedTuple):
    endpoint: str
    path: str
    token: str

    def raw(self, port: int) -> str:
        """The request as the load generator sends it (HTTP/1.1, keep-alive)."""
        return (f"GET {self.path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {self.token}\r\n"
                "Accept: application/json\r\n\r\n")


def _plan(opts: ReadsOptions, city: City, endpoints: list[Endpoint], secret: str) -> list[list[Request]]:
    """Per client: a request of each endpoint for each of its students (step 4)."""
    from hub.auth.readers import Role, TokenService
    from hub.config import Settings

    tokens = TokenService(Settings(mode="production", jwt_secret=secret))
    rng = random.Random(city.seed)
    wanted = opts.clients * opts.students_per_client
    picked = rng.sample(range(city.student_count), min(wanted, city.student_count))
    weeks = city.weeks()
    plan: list[list[Request]] = [[] for _ in range(opts.clients)]
    for n in range(wanted):
        student = city.hub_student(picked[n % len(picked)])
        token = tokens.issue(hub_guardian_of(student), Role.GUARDIAN, ttl_seconds=24 * 3600)
        monday = rng.choice(weeks)
        plan[n % opts.clients] += [Request(e.name, e.path(student, monday, YEAR), token) for e in endpoints]
    return plan


def _floor_plan(plan: list[list[Request]]) -> list[list[Request]]:
    """Step 6: the same clients and tokens asking ``FLOOR_PATH``, which does no work: what the HTTP stack alone
    (uvicorn, the middleware, routing; the load generator beside it) costs on this machine under the closed loop.
    No endpoint that reads the database can answer faster than this."""
    return [[Request(FLOOR_ENDPOINT, FLOOR_PATH, r.token) for r in requests] for requests in plan]


def _probe(port: int, requests: list[Request], name: str) -> dict[str, Any]:
    """One request of ``name`` before the load: it must answer 200 (the diary with at least one lesson)."""
    path, token = next((r.path, r.token) for r in requests if r.endpoint == name)
    status, body = _get(port, path, {"Authorization": f"Bearer {token}"})
    if status != 200:
        raise RuntimeError(f"{name}: GET {path} answered {status}: {body[:500]!r}")
    answer = json.loads(body)
    if name == "diary" and not any(day["lessons"] for day in answer.get("days", [])):
        raise RuntimeError(f"diary: GET {path} has no lessons: the dataset is not what the bench generated")
    return {"path": path, "status": status, "body_bytes": len(body)}


def _get(port: int, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _load(server: ApiServer, dataset: Dataset, plan: list[list[Request]], opts: ReadsOptions, mode: str,
          rate: int | None, profiler=None) -> dict[str, Any]:  # noqa: ANN001 - bench.profile.Profiler | None
    """One run of ``bench.loadgen`` (step 5), with the CPU of every process involved over its timed part."""
    folder = Path(tempfile.mkdtemp(prefix="hub-bench-loadgen-"))
    spec, out = folder / "spec.json", folder / "result.json"
    spec.write_text(json.dumps({"port": server.port, "mode": mode, "clients": opts.clients, "rate": rate,
                                "warmup_s": opts.warmup_s, "duration_s": opts.duration_s,
                                "requests": [[(r.endpoint, r.raw(server.port)) for r in reqs] for reqs in plan]}))
    marker = f" {dataset.db_name} "  # PostgreSQL backends name their database in the process title
    with open(folder / "stderr.log", "wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "bench.loadgen", str(spec), str(out)], cwd=REPO,
                                stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if line.strip() != b"MEASURE":
            proc.wait(RUN_TIMEOUT_S)
            raise RuntimeError(f"the load generator failed: {(folder / 'stderr.log').read_text()[-2000:]}")
        if profiler is not None:
            pids = server.pids()
            profiler.start(pids[-1], f"api-reads-{opts.workers}-workers")
        sampled = {"api": server.pids(), **(profiler.pids if profiler else {})}
        with BackendCpu(marker) as backends, Window(sampled) as window:
            proc.wait(opts.duration_s + RUN_TIMEOUT_S)
        window.add_cpu("postgres", backends.seconds)
        if profiler is not None:
            profiler.stop()
        if proc.returncode != 0:
            raise RuntimeError(f"the load generator failed: {(folder / 'stderr.log').read_text()[-2000:]}")
        result = json.loads(out.read_text())
        window.add_cpu("loadgen", result["loadgen_cpu_s"])  # it measured itself: it is gone by now
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        _remove(folder)
    result["window"], result["window_text"] = window.as_dict(), window.describe()
    if result["non_2xx"]:
        result["server_said"] = server.output_tail(1500)
    return result


class BackendCpu:
    """CPU seconds of the PostgreSQL backends of one database over a window. The API's pool opens and closes
    overflow connections meanwhile, so each backend is sampled every ``interval`` s and counted from its first
    sample (or from 0 if it started inside the window) to its last one."""

    def __init__(self, marker: str, interval: float = 0.25) -> None:
        self.marker, self.interval = marker, interval
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="backend-cpu", daemon=True)

    def _sample(self, first: bool = False) -> None:
        for pid in processes_named(self.marker):
            seconds = process_cpu_seconds(pid)
            if seconds is not None:
                self.first.setdefault(pid, seconds if first else 0.0)
                self.last[pid] = seconds

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> BackendCpu:
        self._sample(first=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    @property
    def seconds(self) -> float:
        return sum(max(0.0, self.last[pid] - self.first[pid]) for pid in self.last)


def _remove(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)

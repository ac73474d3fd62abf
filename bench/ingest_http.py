"""Section 1: ingest events/s through the HTTP API, with the API in its own process (``hub serve``).

The server is started exactly as an operator would: ``python -m hub.cli serve`` with ``HUB_MODE=dev``, its data
dir in a temp dir, ``HUB_LOG_URL`` naming the engine, a free loopback port and log level warning; the vendor
client is registered with ``hub clients create --adapter native --schools ...`` against the same data dir.

The load generator costs the client as little CPU as possible: bodies are serialised once beforehand (orjson),
each of ``connections`` threads keeps one ``http.client`` keep-alive connection, and of each response only the
``summary`` object is parsed. The run is bounded in count (every batch once) and in time (``max_seconds``).
The first ``warmup`` batches are sent before the clock starts (imports, caches, SQLite pages) and not counted.
"""

from __future__ import annotations

import http.client
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from bench.machine import Window, descendants, process_peak_rss_mib, process_rss_mib
from hub.devtools.tansu import free_port, wait_for_port

REPO = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT_S = 60.0
REQUEST_TIMEOUT_S = 120.0


@dataclass
class ApiServer:
    proc: subprocess.Popen
    port: int
    token: str
    data_dir: Path
    log_url: str
    output_path: Path
    peak_rss_mib: float | None = None  # the largest of its processes
    total_peak_rss_mib: float | None = None  # the sum of each process's peak (supervisor and workers)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def pids(self) -> list[int]:
        return [self.pid, *descendants(self.pid)]

    def output_tail(self, chars: int = 3000) -> str:
        try:
            return self.output_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


PASSED_THROUGH = ("HUB_GC_GEN0_THRESHOLD",)  # what a run may vary to compare (hub.heap)


def hub_env(data_dir: Path, log_url: str, port: int, workers: int = 1) -> dict[str, str]:
    """The server's environment: the caller's, minus any HUB_* setting but ``PASSED_THROUGH``, plus the bench's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_") or k in PASSED_THROUGH}
    env.update({
        "HUB_MODE": "dev", "HUB_DATA_DIR": str(data_dir), "HUB_LOG_URL": log_url, "HUB_HOST": "127.0.0.1",
        "HUB_PORT": str(port), "HUB_LOG_LEVEL": "warning", "HUB_KAFKA_IDEMPOTENCE": "off",
        "PYTHONUNBUFFERED": "1",
    })
    if workers > 1:
        env["HUB_WORKERS"] = str(workers)  # hub serve --workers
    return env


def hub_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "hub.cli", *args]


def register_client(env: dict[str, str], schools: list[str]) -> str:
    done = subprocess.run(hub_command("clients", "create", "--adapter", "native", "--schools", ",".join(schools),
                                      "--description", "bench load generator"),
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"hub clients create failed ({done.returncode}): {done.stderr[-2000:]}")
    for line in done.stdout.splitlines():
        if line.startswith("token:"):
            return line.split(":", 1)[1].strip()
    raise RuntimeError(f"hub clients create printed no token: {done.stdout[-2000:]}")


def start_api(log_url: str, schools: list[str], data_dir: Path, workers: int = 1,
              state_url: str | None = None) -> ApiServer:
    """``state_url``: the hub's state database (the ingest ledger), default a SQLite file in ``data_dir``."""
    port = free_port()
    env = hub_env(data_dir, log_url, port, workers)
    if state_url:
        env["HUB_STATE_URL"] = state_url
    return launch_api(env, port, data_dir, register_client(env, schools))


def launch_api(env: dict[str, str], port: int, data_dir: Path, token: str = "") -> ApiServer:
    """Start ``hub serve`` with ``env`` on ``port`` and wait until /healthz answers (its output goes to a file in
    ``data_dir``); ``token`` is the vendor token the caller registered, if any."""
    log_url = env["HUB_LOG_URL"]
    output_path = data_dir / "api-output.log"
    with open(output_path, "wb") as output:
        proc = subprocess.Popen(hub_command("serve", "--port", str(port)), env=env,
                                cwd=REPO, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = ApiServer(proc, port, token, data_dir, log_url, output_path)
    if not wait_for_port("127.0.0.1", port, STARTUP_TIMEOUT_S, proc) or not _healthy(port):
        stop_api(server)
        raise RuntimeError(f"hub serve did not come up on port {port}: {server.output_tail()}")
    return server


def _healthy(port: int) -> bool:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.1)
        finally:
            conn.close()
    return False


def stop_api(server: ApiServer) -> None:
    """Read the server's peak RSS while it is alive, then stop it (SIGTERM: uvicorn shuts down gracefully)."""
    peaks = [p for p in (process_peak_rss_mib(pid) for pid in server.pids()) if p is not None]
    if peaks:
        server.peak_rss_mib, server.total_peak_rss_mib = max(peaks), round(sum(peaks), 1)
    if server.proc.poll() is None:
        server.proc.send_signal(signal.SIGTERM)
        try:
            server.proc.wait(30)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()


# Load generation ------------------------------------------------------------------------------------------------


@dataclass
class LoadResult:
    requests: int = 0
    records: int = 0
    accepted: int = 0
    duplicate: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    timed_out: bool = False

    def latency(self, q: float) -> float | None:
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def _summary(body: bytes) -> dict[str, int]:
    start = body.find(b'"summary":')
    if start >= 0:
        start += len(b'"summary":')
        end = body.find(b"}", start)
        if end > start:
            return orjson.loads(body[start:end + 1])
    return orjson.loads(body)["summary"]


def send_batches(port: int, token: str, bodies: list[bytes], connections: int, max_seconds: float) -> LoadResult:
    """POST every body once over ``connections`` keep-alive connections; stops early at ``max_seconds``."""
    result, lock = LoadResult(), threading.Lock()
    indices = itertools.count()
    deadline = time.monotonic() + max_seconds
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Connection": "keep-alive"}

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
        try:
            while True:
                index = next(indices)  # atomic under the GIL
                if index >= len(bodies):
                    return
                if time.monotonic() > deadline:
                    result.timed_out = True
                    return
                body = bodies[index]
                started = time.perf_counter()
                conn.request("POST", "/v1/ingest/native", body=body, headers=headers)
                response = conn.getresponse()
                payload = response.read()
                elapsed_ms = (time.perf_counter() - started) * 1000
                if response.status != 200:
                    with lock:
                        result.errors.append(f"HTTP {response.status}: {payload[:500]!r}")
                    return
                summary = _summary(payload)
                with lock:
                    result.requests += 1
                    result.records += sum(summary.values())
                    result.accepted += summary.get("accepted", 0)
                    result.duplicate += summary.get("duplicate", 0)
                    result.rejected += summary.get("rejected", 0)
                    result.latencies_ms.append(elapsed_ms)
        except Exception as exc:  # connection reset, timeout: report, do not hang the bench
            with lock:
                result.errors.append(repr(exc))
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, name=f"load-{n}", daemon=True) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result


# The section ----------------------------------------------------------------------------------------------------


def run_ingest(engine: str, bodies: list[bytes], schools: list[str], batch: int, connections: int, warmup: int,
               max_seconds: float, *, partitions: int = 8, kafka_bootstrap: str | None = None,
               extra_pids: dict[str, int] | None = None, workers: int = 1, state_url: str | None = None,
               profiler=None) -> dict[str, Any]:  # noqa: ANN001 - profiler: bench.profile.Profiler | None
    """Start an API on a fresh log of ``engine`` (and ``state_url``, the ledger's database, when given), warm it
    up, time the remaining batches; returns the figures."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"hub-bench-api-{engine}-"))
    if engine == "embedded":
        log_url = f"sqlite:///{data_dir / 'log.db'}?partitions={partitions}"
    else:
        log_url = f"kafka://{kafka_bootstrap}?topic=hub-bench-ingest-{uuid.uuid4().hex[:8]}&partitions={partitions}"
    server = start_api(log_url, schools, data_dir, workers, state_url)
    try:
        warm = send_batches(server.port, server.token, bodies[:warmup], 1, max_seconds)
        if warm.errors:
            raise RuntimeError(f"warm-up failed: {warm.errors[0]}; server said: {server.output_tail()}")
        measured = bodies[warmup:]
        warm_rss = process_rss_mib(server.pid)  # the API's memory before the measured events (one process)
        api_pids = server.pids()
        if profiler is not None:  # the serving process: the only one, or a worker under uvicorn's supervisor
            profiler.start(api_pids[-1] if workers > 1 else server.pid, f"api-{engine}")
        sampler = profiler.pids if profiler is not None else {}
        with Window({"api": api_pids, **(extra_pids or {}), **sampler}) as window:
            load = send_batches(server.port, server.token, measured, connections, max_seconds)
        if profiler is not None:
            profiler.stop()
        if load.errors:
            raise RuntimeError(f"ingest failed: {load.errors[0]}; server said: {server.output_tail()}")
        if load.rejected:
            raise RuntimeError(f"{load.rejected} records were rejected: the workload must be valid")
    finally:
        stop_api(server)
        _remove(data_dir)
    rate = load.accepted / window.wall if window.wall > 0 else 0.0
    return {
        "engine": engine, "events_per_s": round(rate, 1), "events": load.accepted, "requests": load.requests,
        "records_sent": load.records, "duplicate": load.duplicate, "rejected": load.rejected,
        "timed_out": load.timed_out, "batch": batch, "connections": connections, "warmup_batches": warmup,
        "api_workers": workers, "api_processes": len(api_pids), "api_total_peak_rss_mib": server.total_peak_rss_mib,
        "latency_ms": {"p50": load.latency(0.5), "p95": load.latency(0.95), "max": load.latency(1.0)},
        "api_peak_rss_mib": server.peak_rss_mib, "api_rss_after_warmup_mib": warm_rss if workers == 1 else None,
        "log_url": log_url,
        "ledger": "PostgreSQL" if state_url else ("SQLite" if engine != "embedded" else "the log's id index"),
        "window": window.as_dict(),
        "window_text": window.describe(),
    }



def _remove(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)

"""The read load generator: ``python -m bench.loadgen SPEC.json RESULT.json``, a process of its own beside the API.

SPEC (written by ``bench.reads``): ``port``, ``mode`` (``closed`` or ``open``), ``clients``, ``warmup_s``,
``duration_s``, ``rate`` (open loop only) and ``requests``: one list per client of ``[endpoint, raw request]``
(an HTTP/1.1 GET with its own guardian token, pre-encoded).

* closed loop: each of the ``clients`` keep-alive connections sends its next request as soon as the previous
  answer is in (latency = send to last byte). What 100 concurrent users cost the server, queueing included.
* open loop: requests are sent at ``rate`` per second on a fixed schedule, each on an idle connection of the pool
  (``clients`` of them); latency counts from the scheduled time, so a server that falls behind shows it
  (no coordinated omission).

Every run first sends untimed for ``warmup_s``, then prints ``MEASURE`` on stdout (the parent starts its CPU
window there) and measures requests sent during the next ``duration_s``. Responses are parsed with httptools (the
parser uvicorn uses) on uvloop, and only counted, so the generator costs a fraction of what the server does; its
own CPU is in the result. Bounded in time: nothing is sent after ``warmup_s + duration_s``.
"""

from __future__ import annotations

import asyncio
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httptools
import orjson

ERROR_SAMPLES = 5
CONNECT_TIMEOUT_S = 10.0
REQUEST_TIMEOUT_S = 30.0


class Connection(asyncio.Protocol):
    """One HTTP/1.1 keep-alive connection: ``await request(raw)`` -> (status, body bytes, error body or b'')."""

    def __init__(self) -> None:
        self.parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future | None = None
        self.size, self.status, self.error_body, self.closed = 0, 0, b"", False

    @classmethod
    async def open(cls, port: int) -> Connection:
        loop = asyncio.get_running_loop()
        _transport, conn = await asyncio.wait_for(loop.create_connection(cls, "127.0.0.1", port), CONNECT_TIMEOUT_S)
        return conn

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(ConnectionError(f"bad response: {exc}"))

    def on_headers_complete(self) -> None:
        self.status = self.parser.get_status_code()

    def on_body(self, body: bytes) -> None:
        self.size += len(body)
        if self.status >= 300 and len(self.error_body) < 500:
            self.error_body += body[:500]

    def on_message_complete(self) -> None:
        if not self.parser.should_keep_alive():
            self.closed = True
            if self.transport is not None:
                self.transport.close()
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result((self.status, self.size, self.error_body))

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._fail(ConnectionError(f"connection lost: {exc!r}"))

    def _fail(self, exc: Exception) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(exc)

    async def request(self, raw: bytes) -> tuple[int, int, bytes]:
        self.waiter = asyncio.get_running_loop().create_future()
        self.size, self.status, self.error_body = 0, 0, b""
        self.transport.write(raw)  # type: ignore[union-attr]
        return await asyncio.wait_for(self.waiter, REQUEST_TIMEOUT_S)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class Recorder:
    """Latencies and statuses per endpoint of the requests sent inside the measured window."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter] = defaultdict(Counter)
        self.bytes: Counter = Counter()
        self.errors: list[str] = []
        self.last_done = 0.0

    def add(self, endpoint: str, status: int, size: int, latency_s: float, error: bytes = b"") -> None:
        self.latencies[endpoint].append(latency_s * 1000)
        self.statuses[endpoint][status] += 1
        self.bytes[endpoint] += size
        self.last_done = time.perf_counter()
        if not 200 <= status < 300 and len(self.errors) < ERROR_SAMPLES:
            self.errors.append(f"{endpoint}: HTTP {status} {error[:300]!r}")

    def failed(self, endpoint: str, exc: BaseException) -> None:
        self.statuses[endpoint][0] += 1  # status 0: no answer (connection lost, timeout)
        if len(self.errors) < ERROR_SAMPLES:
            self.errors.append(f"{endpoint}: {exc!r}")


async def _send(conn: Connection, port: int, raw: bytes) -> tuple[Connection, tuple[int, int, bytes]]:
    if conn.closed:
        conn = await Connection.open(port)
    return conn, await conn.request(raw)


async def closed_client(port: int, requests: list[tuple[str, bytes]], measure_at: float, end_at: float,
                        recorder: Recorder) -> None:
    conn = await Connection.open(port)
    try:
        for index in range(sys.maxsize):
            started = time.perf_counter()
            if started >= end_at:
                return
            endpoint, raw = requests[index % len(requests)]
            try:
                conn, (status, size, error) = await _send(conn, port, raw)
            except (OSError, asyncio.TimeoutError) as exc:
                if started >= measure_at:
                    recorder.failed(endpoint, exc)
                conn.close()
                conn.closed = True
                continue
            if started >= measure_at:
                recorder.add(endpoint, status, size, time.perf_counter() - started, error)
    finally:
        conn.close()


async def open_loop(port: int, requests: list[tuple[str, bytes]], clients: int, rate: float, start_at: float,
                    measure_at: float, end_at: float, recorder: Recorder) -> tuple[int, int]:
    """Send ``requests`` (cycled) at ``rate`` per second from ``start_at``; returns how many were sent late by
    more than 10 ms because no connection was idle (those latencies include the wait), and how many of the
    measured ones had no answer ``REQUEST_TIMEOUT_S`` after the end (a server that cannot keep up)."""
    idle: asyncio.Queue[Connection] = asyncio.Queue()
    for conn in await asyncio.gather(*(Connection.open(port) for _ in range(clients))):
        idle.put_nowait(conn)
    late, tasks = 0, set()

    async def fire(scheduled: float, endpoint: str, raw: bytes) -> None:
        nonlocal late
        conn = await idle.get()
        if time.perf_counter() - scheduled > 0.010 and scheduled >= measure_at:
            late += 1
        try:
            conn, (status, size, error) = await _send(conn, port, raw)
        except (OSError, asyncio.TimeoutError) as exc:
            if scheduled >= measure_at:
                recorder.failed(endpoint, exc)
            conn.close()
            conn.closed = True
        else:
            if scheduled >= measure_at:
                recorder.add(endpoint, status, size, time.perf_counter() - scheduled, error)
        idle.put_nowait(conn)

    for index in range(sys.maxsize):
        scheduled = start_at + index / rate
        if scheduled >= end_at:
            break
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        endpoint, raw = requests[index % len(requests)]
        task = asyncio.create_task(fire(scheduled, endpoint, raw))
        task.measured = scheduled >= measure_at  # type: ignore[attr-defined]
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    unanswered = 0
    if tasks:
        _done, pending = await asyncio.wait(tasks, timeout=REQUEST_TIMEOUT_S)
        unanswered = sum(1 for task in pending if getattr(task, "measured", False))
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    while not idle.empty():
        idle.get_nowait().close()
    return late, unanswered


def percentiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p90": None, "p99": None, "max": None, "mean": None}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {"p50": at(0.50), "p90": at(0.90), "p99": at(0.99), "max": round(ordered[-1], 2),
            "mean": round(sum(ordered) / len(ordered), 2)}


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    port, clients = spec["port"], spec["clients"]
    per_client = [[(endpoint, raw.encode()) for endpoint, raw in reqs] for reqs in spec["requests"]]
    recorder = Recorder()
    start_at = time.perf_counter() + 0.2
    measure_at = start_at + spec["warmup_s"]
    end_at = measure_at + spec["duration_s"]
    cpu: dict[str, float] = {}

    async def mark_measure() -> None:
        await asyncio.sleep(max(0.0, measure_at - time.perf_counter()))
        cpu["start"] = _cpu_seconds()
        sys.stdout.write("MEASURE\n")
        sys.stdout.flush()

    marker = asyncio.create_task(mark_measure())
    late = unanswered = 0
    if spec["mode"] == "closed":
        await asyncio.gather(*(closed_client(port, per_client[i % len(per_client)], measure_at, end_at, recorder)
                               for i in range(clients)))
    else:
        cycled = [request for reqs in per_client for request in reqs]
        late, unanswered = await open_loop(port, cycled, clients, float(spec["rate"]), start_at, measure_at, end_at,
                                           recorder)
    await marker
    wall = max(recorder.last_done, end_at) - measure_at
    cpu_s = _cpu_seconds() - cpu["start"]
    endpoints = {}
    for endpoint, statuses in recorder.statuses.items():
        values = recorder.latencies.get(endpoint, [])
        ok = sum(n for status, n in statuses.items() if 200 <= status < 300)
        endpoints[endpoint] = {"requests": sum(statuses.values()), "ok": ok, "non_2xx": sum(statuses.values()) - ok,
                               "statuses": {str(k): v for k, v in sorted(statuses.items())},
                               "req_per_s": round(sum(statuses.values()) / wall, 1),
                               "mean_body_bytes": round(recorder.bytes[endpoint] / max(1, len(values))),
                               "latency_ms": percentiles(values)}
    total = sum(e["requests"] for e in endpoints.values())
    return {"mode": spec["mode"], "clients": clients, "rate": spec.get("rate"), "warmup_s": spec["warmup_s"],
            "duration_s": spec["duration_s"], "wall_s": round(wall, 3), "requests": total,
            "req_per_s": round(total / wall, 1) if wall > 0 else 0.0,
            "non_2xx": sum(e["non_2xx"] for e in endpoints.values()), "error_samples": recorder.errors,
            "late_sends": late, "unanswered": unanswered,
            "latency_ms": percentiles([v for vs in recorder.latencies.values() for v in vs]),
            "endpoints": endpoints, "loadgen_cpu_s": round(cpu_s, 3),
            "loadgen_cpu_percent": round(100 * cpu_s / wall, 1) if wall > 0 else None}


def main(argv: list[str]) -> int:
    spec_path, result_path = Path(argv[0]), Path(argv[1])
    spec = orjson.loads(spec_path.read_bytes())
    try:
        import uvloop

        result = uvloop.run(run(spec))
    except ImportError:
        result = asyncio.run(run(spec))
    result_path.write_bytes(orjson.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

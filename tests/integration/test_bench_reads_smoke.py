"""The reads benchmark must not rot: ``python -m bench --only reads`` at a tiny scale runs every step for real.

A 200-student city is generated into an embedded log, projected into PostgreSQL, served by ``hub serve``
(2 workers) and read by the load generator process (closed loop of 5 clients, one open-loop rate) for 2 s each.
The latencies are not asserted (a shared 2-core machine makes them noisy); that every step produced its figure,
that every answer was 200, and that a second run reuses the cached dataset are.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[2]
NUMBER = r"[\d,]+(?:\.\d+)?"

pytestmark = pytest.mark.slow


CITY = ("--schools", "1", "--classes", "4", "--students-per-class", "50")


def _bench(tmp_path: Path, postgres_url: str, results: Path) -> str:
    return _run(tmp_path, ["bench", "--only", "reads", "--engines", "postgres", "--postgres", postgres_url, *CITY,
                           "--school-days", "5", "--clients", "5", "--students-per-client", "4", "--duration", "2",
                           "--read-warmup", "1", "--rates", "20", "--json", str(results)], timeout=240)


def _in_process(tmp_path: Path, postgres_url: str) -> str:
    """``bench.reads_in_process`` on the city the bench just built (the same cache): figures per read."""
    return _run(tmp_path, ["bench.reads_in_process", "--postgres", postgres_url, *CITY, "--reads", "30",
                           "--repeat", "1"], timeout=120)


def _run(tmp_path: Path, module_and_args: list[str], timeout: int) -> str:
    """``python -m <module> <args>`` with the bench cache in ``tmp_path`` and no HUB_ settings of this process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    env["HUB_BENCH_CACHE"] = str(tmp_path / "cache")
    done = subprocess.run([sys.executable, "-m", *module_and_args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env=env)
    assert done.returncode == 0, (f"{module_and_args[0]} failed ({done.returncode}):\n{done.stdout[-4000:]}\n"
                                  f"{done.stderr[-3000:]}")
    return done.stdout


def test_reads_bench_runs_every_step_and_reuses_its_dataset(tmp_path: Path, postgres_url: str) -> None:
    results = tmp_path / "bench.json"
    database = None
    try:
        printed = _bench(tmp_path, postgres_url, results)
        data = json.loads(results.read_text())
        reads = data["reads"]
        database = reads["dataset"]["database"]
        for pattern in (
            r"generating 200 students",
            rf"\[5\] project\s+postgres\s+all views, city dataset\s+({NUMBER}) events/s\s+(PASS|MISS)",
            rf"\[5\] reads\s+closed loop, 5 clients: ({NUMBER}) req/s, ({NUMBER}) requests .* non-2xx 0",
            rf"diary\s+p50\s+({NUMBER}) ms\s+p90\s+({NUMBER}) ms\s+p99\s+({NUMBER}) ms\s+max\s+({NUMBER}) ms"
            r".*(PASS|MISS) \(target p99 <= 50 ms\)",
            rf"\[5\] reads\s+open loop, 20 req/s \(5 connections\): ({NUMBER}) req/s",
            rf"CPU per request: .*api ({NUMBER}) ms",
            r"(PASS|MISS)\s+read p99, diary week, 5 clients",
            rf"\[5\] reads\s+floor, closed loop, 5 clients, GET /healthz \(no work\): ({NUMBER}) req/s",
            rf"p99 <= 50 ms at 5 clients needs >= ({NUMBER}) answers/s .* gives ({NUMBER}) with p99 ({NUMBER}) ms",
        ):
            match = re.search(pattern, printed)
            assert match, f"the report lacks {pattern!r}:\n{printed}"
            numbers = [g for g in match.groups() if g and g[0].isdigit()]
            assert all(float(n.replace(",", "")) > 0 for n in numbers), f"{pattern!r} printed a zero:\n{printed}"

        assert reads["dataset"]["students"] == 200
        assert reads["projection"]["events"] == reads["dataset"]["events"] > 1000
        assert reads["probe"]["diary"]["status"] == 200
        closed, opened = reads["runs"]["closed_5_clients"], reads["runs"]["open_20_rps"]
        for run in (closed, opened):
            assert run["non_2xx"] == 0 and run["error_samples"] == []
            assert run["endpoints"]["diary"]["ok"] == run["endpoints"]["diary"]["requests"] > 0
            assert run["window"]["cpu_percent"]["api"] > 0 and run["window"]["cpu_percent"]["loadgen"] is not None
        floor = reads["floor"]
        assert floor["non_2xx"] == 0 and floor["endpoints"]["no-op"]["ok"] == floor["requests"] > 0
        assert 20 <= opened["requests"] <= 41  # 2 s at 20 req/s (plus one scheduled at the edge)
        assert "final-grades" in reads["endpoints"] + reads["endpoints_missing"]
        if "final-grades" in reads["endpoints_missing"]:
            assert "final-grades: endpoint not available in this build" in printed
        assert any(row["name"] == "read p99, diary week, 5 clients" and row["op"] == "<="
                   for row in data["targets"])

        in_process = _in_process(tmp_path, postgres_url)
        for endpoint, statements in (("diary", 2), ("diary kept", 1), ("final-grades", 3), ("final-grades kept", 2)):
            # the stamp with the kept answer (hub.api.answer_cache; the diary's with the guardian's check), then the
            # diary week (its guardian check inside); final grades: the context, the stamp, the year; kept: no week
            # and no year
            match = re.search(rf"{endpoint}\s+run 1: CPU ({NUMBER}) ms, wall ({NUMBER}) ms, ({NUMBER}) statements",
                              in_process)
            assert match, f"bench.reads_in_process printed no {endpoint} figures:\n{in_process}"
            assert float(match[1]) > 0 and float(match[2]) >= float(match[1]) * 0.5
            assert float(match[3]) == statements  # a read that gains or loses a statement should say so here

        again = _bench(tmp_path, postgres_url, results)  # the cached log and database are used as they are
        assert "generating" not in again and "projecting" not in again
        assert "[cached, built" in again and "[cached: measured" in again
        assert json.loads(results.read_text())["reads"]["dataset"]["database"] == database
    finally:
        if database:
            admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            admin.dispose()

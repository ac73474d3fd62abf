"""Crash test: ``python -m hub.projector`` is SIGKILLed at random moments over a ~20k-event log, restarted each
time, then allowed to catch up; its views must equal a clean rebuild, event for event (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from hub.log.embedded import EmbeddedLog
from hub.projector.runner import positions, project_all
from hub.store.db import make_engine
from projections import ALL_PROJECTIONS
from projections.base import table_digest
from tests.brokers import fresh_database
from tests.integration.projector_workload import fill_log

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EVENTS, PARTITIONS, KILLS = 20_000, 4, 6
TOTAL = EVENTS * len(ALL_PROJECTIONS)  # every projection consumes every event


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def view_urls(request, tmp_path):
    """Two fresh view databases: one for the crashing projector, one for the clean rebuild."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            yield f"sqlite:///{tmp_path / 'views.db'}", f"sqlite:///{tmp_path / 'rebuilt.db'}"
        else:
            server = request.getfixturevalue("postgres_url")
            yield stack.enter_context(fresh_database(server)), stack.enter_context(fresh_database(server))


def applied(url: str) -> int:
    """Events consumed so far, summed over projections and partitions (read without taking any write lock)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("projection_offsets"):
                return 0
            return int(conn.execute(text("SELECT COALESCE(SUM(next_offset), 0) FROM projection_offsets")).scalar())
    finally:
        engine.dispose()


def spawn(log_path: Path, url: str, stderr) -> subprocess.Popen:
    env = {**os.environ, "HUB_LOG_URL": f"sqlite:///{log_path}?partitions={PARTITIONS}", "HUB_DB_URL": url,
           "HUB_PROJECTOR_BATCH": "250", "HUB_PROJECTOR_POLL_MS": "20", "HUB_LOG_LEVEL": "warning",
           "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "hub.projector"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=stderr)


def wait_for(condition, proc: subprocess.Popen, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert proc.poll() is None, f"the projector exited ({proc.returncode}) while waiting for {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


async def rebuild_digest(log_path: Path, url: str) -> str:
    log, engine = EmbeddedLog(log_path, PARTITIONS), make_engine(url)
    await log.start()
    try:
        await project_all(log, engine, batch_size=2000)
        return digest(engine)
    finally:
        await log.close()
        engine.dispose()


def digest(engine) -> str:
    with engine.connect() as conn:
        return table_digest(conn, [table for p in ALL_PROJECTIONS for table in p.tables])


async def test_sigkill_at_random_moments_then_catch_up_equals_a_clean_rebuild(tmp_path, view_urls):
    url, rebuild_url = view_urls
    log_path = tmp_path / "log.db"
    log = EmbeddedLog(log_path, PARTITIONS)
    await log.start()
    assert await fill_log(log, EVENTS) == EVENTS
    rng = random.Random(int(os.environ.get("HUB_TEST_SEED", "20240902")))
    kills_mid_stream = 0
    with open(tmp_path / "projector.stderr", "wb") as stderr:
        for kill in range(KILLS):
            before = applied(url)
            proc = spawn(log_path, url, stderr)
            if kill % 3 == 0:  # any moment: while starting, creating tables, or applying
                time.sleep(rng.uniform(0.05, 1.5))
            else:  # while applying: after the first commit of this run
                wait_for(lambda: applied(url) > before, proc, 60, "progress")
                time.sleep(rng.uniform(0, 0.2))
            proc.kill()
            assert proc.wait(10) == -signal.SIGKILL
            at_kill = applied(url)
            assert at_kill < TOTAL, "the projector finished before it was killed; the test proves nothing"
            kills_mid_stream += 0 < at_kill
        proc = spawn(log_path, url, stderr)
        wait_for(lambda: applied(url) == TOTAL, proc, 120, "catching up")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0, (tmp_path / "projector.stderr").read_text()[-3000:]
    assert kills_mid_stream >= KILLS - 2
    engine = make_engine(url)
    try:
        marks = await log.high_watermarks()
        for projection in ALL_PROJECTIONS:
            assert await positions(engine, projection) == marks
        crashed = digest(engine)
    finally:
        engine.dispose()
    await log.close()
    assert crashed == await rebuild_digest(log_path, rebuild_url)

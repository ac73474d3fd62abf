"""``/metrics`` and ``/readyz`` on both stacks: exact ingest counters, latency by route template, projection lag
and throughput, dead letters, scrape errors instead of 500s, readiness; and the two multi-process set-ups
(``hub serve --workers 2`` sums its workers' counters; ``hub project`` serves its own on ``HUB_METRICS_PORT``)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine

from adapters.registry import all_adapters
from hub import clock
from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from hub.ingest.service import Client
from hub.projector.dead_letters import dead_letters
from hub.projector.runner import project_all
from projections import get

from tests.samples import SCHOOL, q, rec, school_records

ELZHUR_SCHOOL = "sch-elzhur"
DIARY_ROUTE = "/v1/students/{student_id}/diary"


# Helpers ----------------------------------------------------------------------------------------------------------


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(scraped: dict, name: str, **labels: str) -> float | None:
    return scraped.get((name, frozenset(labels.items())))


def names(scraped: dict) -> set[str]:
    return {name for name, _ in scraped}


async def scrape(running, headers: dict | None = None) -> dict:
    response = await running.http.get("/metrics", headers=headers or {})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return samples(response.text)


def _elzhur(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def elzhur_batch() -> list:
    """A diary for a student the hub does not know yet (parked), the roster naming her (accepted, and it releases
    the diary), the roster again (duplicate) and a record that is no Elzhur response (rejected)."""
    rules = _elzhur({"roles": ["parent"], "relations": {
        "students": {"70123": {"rel": "child", "name": "70123", "title": "Соколова Дарья", "class": "5А"}},
        "groups": {"5А": {"rel": "homeclass", "parallel": "5", "balls": 5}}}})
    lesson = {"num": "1", "name": "Математика", "room": "214", "teacher": "Миронова Ольга Петровна", "sort": 100,
              "lesson_id": "884102", "topic": "Дроби", "is_control": False, "starttime": "08:30:00",
              "endtime": "09:15:00", "homework": {}, "files": [], "resources": [], "assessments": []}
    diary = _elzhur({"students": {"70123": {"name": "70123", "title": "Соколова Дарья", "days": {
        "20261116": {"name": "20261116", "title": "Понедельник", "items": {"1": lesson}}}}}})
    return [diary, rules, rules, {"response": "not a result"}]


async def total_events(running) -> int:
    return sum((await running.hub.log.high_watermarks()).values())


# Counters ---------------------------------------------------------------------------------------------------------


async def test_ingest_outcomes_and_appended_events_are_counted_exactly(running):
    native = running.vendor([SCHOOL])
    bad = rec("grade.recorded", "g-bad", {"grade_id": "g-bad"})  # misses most fields: rejected
    first = await running.http.post("/v1/ingest/native", json=[*school_records(), bad], headers=native)
    again = await running.http.post("/v1/ingest/native", json=school_records()[:3], headers=native)
    assert first.json()["summary"] == {"accepted": 15, "duplicate": 0, "pending": 0, "rejected": 1, "parked": 0}
    assert again.json()["summary"] == {"accepted": 0, "duplicate": 3, "pending": 0, "rejected": 0, "parked": 0}
    elzhur = running.vendor([ELZHUR_SCHOOL], adapter="elzhur")
    mixed = await running.http.post("/v1/ingest/elzhur", params={"school": ELZHUR_SCHOOL}, json=elzhur_batch(),
                                    headers=elzhur)
    assert [r["status"] for r in mixed.json()["results"]] == ["parked", "accepted", "duplicate", "rejected"]

    scraped = await scrape(running)
    expected = {("native", "accepted"): 15, ("native", "duplicate"): 3, ("native", "rejected"): 1,
                ("native", "parked"): 0, ("elzhur", "accepted"): 1, ("elzhur", "duplicate"): 1,
                ("elzhur", "rejected"): 1, ("elzhur", "parked"): 1}
    for (adapter, outcome), count in expected.items():
        assert value(scraped, "hub_ingest_records_total", adapter=adapter, outcome=outcome) == count, (adapter, outcome)
    native_events = value(scraped, "hub_events_appended_total", adapter="native")
    elzhur_events = value(scraped, "hub_events_appended_total", adapter="elzhur")
    assert native_events == 15  # one event per accepted native record; duplicates append nothing
    assert elzhur_events > 1  # the roster's events and the released diary's
    assert native_events + elzhur_events == await total_events(running)


async def test_request_latency_is_recorded_by_route_template_never_by_raw_path(running):
    body = (await running.http.post("/v1/ingest/native", json=school_records(),
                                    headers=running.vendor([SCHOOL]))).json()
    assert body["summary"]["accepted"] == 15
    await project_all(running.hub.log, running.hub.views)
    reader = {"Authorization": f"Bearer {running.hub.tokens.issue(q('mother'), Role.GUARDIAN)}"}
    diary = await running.http.get(f"/v1/students/{q('anna')}/diary", params={"from": "2026-09-07",
                                                                              "to": "2026-09-09"}, headers=reader)
    assert diary.status_code == 200, diary.text
    assert (await running.http.get(f"/v1/students/{q('vera')}/diary", params={"from": "2026-09-07",
                                                                              "to": "2026-09-07"},
                                   headers=reader)).status_code == 404
    assert (await running.http.get("/no/such/path")).status_code == 404

    scraped = await scrape(running)
    name = "hub_http_request_duration_seconds"
    assert value(scraped, f"{name}_count", method="GET", route=DIARY_ROUTE, status="200") == 1
    assert value(scraped, f"{name}_count", method="GET", route=DIARY_ROUTE, status="404") == 1
    assert value(scraped, f"{name}_count", method="POST", route="/v1/ingest/{adapter}", status="200") == 1
    assert value(scraped, f"{name}_count", method="GET", route="unmatched", status="404") == 1
    assert value(scraped, f"{name}_bucket", method="GET", route=DIARY_ROUTE, status="200", le="+Inf") == 1
    assert value(scraped, f"{name}_bucket", method="GET", route=DIARY_ROUTE, status="200", le="0.001") in (0, 1)
    routes = {dict(labels).get("route") for n, labels in scraped if n.startswith(name)}
    assert not any("anna" in r or "vera" in r or "no/such" in r for r in routes), routes


# Projections ------------------------------------------------------------------------------------------------------


async def test_projection_lag_goes_to_zero_and_throughput_counts_the_batches(running):
    await running.http.post("/v1/ingest/native", json=school_records(), headers=running.vendor([SCHOOL]))
    events = await total_events(running)
    before = await scrape(running)
    for projection in ("roster", "diary"):
        assert value(before, "hub_projection_lag_events", projection=projection, version=str(get(projection).version)) == events
        assert value(before, "hub_projection_lag_seconds", projection=projection, version=str(get(projection).version)) > 0

    await project_all(running.hub.log, running.hub.views)
    after = await scrape(running)
    for projection in ("roster", "diary"):
        assert value(after, "hub_projection_lag_events", projection=projection, version=str(get(projection).version)) == 0
        assert value(after, "hub_projection_lag_seconds", projection=projection, version=str(get(projection).version)) == 0
        consumed = value(after, "hub_projection_events_total", projection=projection)
        assert consumed - (value(before, "hub_projection_events_total", projection=projection) or 0) == events
        batches = value(after, "hub_projection_batches_total", projection=projection)
        assert batches - (value(before, "hub_projection_batches_total", projection=projection) or 0) >= 1
    applied = value(after, "hub_projection_events_applied_total", projection="roster") - (
        value(before, "hub_projection_events_applied_total", projection="roster") or 0)
    assert 0 < applied < events  # the roster skips lessons, marks, homework and attendance


async def test_open_dead_letters_are_reported_per_projection(running):
    views = running.hub.views
    assert value(await scrape(running), "hub_projection_dead_letters", projection="diary") == 0
    row = {"version": 1, "partition": 0, "event_type": "grade.recorded", "error": "boom", "failed_at": clock.now(),
           "attempts": 1}
    with views.begin() as conn:
        for offset, (projection, resolved) in enumerate([("diary", None), ("diary", None), ("diary", clock.now())]):
            conn.execute(dead_letters.insert().values(**row, projection=projection, offset=offset,
                                                      event_id=f"e{offset}", resolved_at=resolved))
    scraped = await scrape(running)
    assert value(scraped, "hub_projection_dead_letters", projection="diary") == 2
    assert value(scraped, "hub_projection_dead_letters", projection="roster") == 0
    assert value(scraped, "hub_scrape_errors_total", source="views") == 0


# Health -----------------------------------------------------------------------------------------------------------


async def test_readyz_is_ready_when_the_log_and_both_databases_answer(running):
    response = await running.http.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"log": "ok", "state": "ok", "views": "ok"}}
    assert (await running.http.get("/healthz")).json() == {"status": "ok"}


async def test_unreachable_views_database_is_not_ready_and_metrics_still_answer(running, tmp_path, stack):
    unreachable = ("postgresql+psycopg://postgres@127.0.0.1:1/hub" if stack else
                   f"sqlite:///{tmp_path / 'removed-dir' / 'views.db'}")
    views, running.hub.views = running.hub.views, create_engine(unreachable)
    try:
        response = await running.http.get("/readyz")
        scraped = await scrape(running)
    finally:
        running.hub.views.dispose()
        running.hub.views = views
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not_ready" and body["checks"]["log"] == "ok" and body["checks"]["state"] == "ok"
    assert body["checks"]["views"] == "failed: OperationalError"
    assert "127.0.0.1" not in response.text and "removed-dir" not in response.text
    assert value(scraped, "hub_scrape_errors_total", source="views") == 1
    assert value(scraped, "hub_scrape_errors_total", source="averages") == 1  # the disagreements: read apart
    assert value(scraped, "hub_scrape_errors_total", source="log") == 0
    assert "hub_projection_lag_events" not in names(scraped) and "hub_average_disagreements" not in names(scraped)


async def test_closed_log_is_not_ready_and_metrics_never_500(running):
    await running.http.post("/v1/ingest/native", json=school_records()[:2], headers=running.vendor([SCHOOL]))
    await running.hub.log.close()
    response = await running.http.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"log": "failed: RuntimeError", "state": "ok", "views": "ok"}
    scraped = await scrape(running)
    assert value(scraped, "hub_scrape_errors_total", source="log") == 1
    assert value(scraped, "hub_ingest_records_total", adapter="native", outcome="accepted") == 2
    assert not {"hub_projection_lag_events", "hub_projection_lag_seconds"} & names(scraped)


async def test_metrics_token_when_configured(hub_settings):
    hub = build_hub(hub_settings(metrics_token="metrics-" + "x" * 24))
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
            for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "metrics-" + "x" * 24}):
                response = await http.get("/metrics", headers=headers)
                assert response.status_code == 401 and response.json()["error"]["code"] == "unauthenticated"
            good = await http.get("/metrics", headers={"Authorization": "Bearer metrics-" + "x" * 24})
            assert good.status_code == 200 and "hub_scrape_errors_total" in good.text
            assert (await http.get("/readyz")).status_code == 200  # readiness needs no token
    finally:
        await hub.close()


# Processes --------------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answering(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read().decode()[-3000:] if process.stdout else "exited"
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def hub_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    env["HUB_CLOCK"] = os.environ["HUB_CLOCK"]  # the session's pinned clock
    return {**env, "HUB_MODE": "dev", "HUB_DATA_DIR": str(data_dir), "HUB_LOG_LEVEL": "warning", **extra}


@pytest.mark.slow
def test_serve_with_two_workers_sums_every_workers_counters(tmp_path):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path)
    hub = build_hub(settings)
    _client, token = hub.clients.create("native", [SCHOOL])
    hub.state.dispose()
    hub.views.dispose()
    port = free_port()
    stale = tmp_path / f"metrics-{port}"
    stale.mkdir()
    (stale / "counter_1.db").write_bytes(b"left over from an earlier run")
    server = subprocess.Popen([sys.executable, "-m", "hub.cli", "serve", "--workers", "2", "--port", str(port)],
                              env=hub_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(f"{base}/healthz", server)
        headers = {"Authorization": f"Bearer {token}"}
        sent = 0
        while len({p.name.split("_")[-1] for p in stale.glob("histogram_*.db")}) < 2:  # both workers have served
            assert sent < 200, "the second worker never got a request"
            record = rec("subject.defined", f"s-{sent}", {"subject_id": f"s{sent}", "name": f"Предмет {sent}"})
            response = httpx.post(f"{base}/v1/ingest/native", json=[record], headers=headers, timeout=10)
            assert response.status_code == 200 and response.json()["summary"]["accepted"] == 1, response.text
            sent += 1
        for _ in range(8):  # whichever worker answers, it reports all of them
            scraped = samples(httpx.get(f"{base}/metrics", timeout=10).text)
            assert value(scraped, "hub_ingest_records_total", adapter="native", outcome="accepted") == sent
            assert value(scraped, "hub_events_appended_total", adapter="native") == sent
            assert value(scraped, "hub_http_request_duration_seconds_count", method="POST",
                         route="/v1/ingest/{adapter}", status="200") == sent
            assert value(scraped, "hub_projection_lag_events", projection="diary", version=str(get("diary").version)) == sent
    finally:
        stop(server)
    assert not (stale / "counter_1.db").exists()


@pytest.mark.slow
async def test_project_serves_its_counters_on_the_metrics_port(tmp_path):
    hub = build_hub(Settings(mode=Mode.DEV, data_dir=tmp_path))
    await hub.start()
    report = await hub.ingest.ingest(Client("c-metrics", "native", frozenset({SCHOOL})), all_adapters()["native"],
                                     school_records(), False)
    assert report.counts()["accepted"] == 15
    events = sum((await hub.log.high_watermarks()).values())
    await hub.close()
    port = free_port()
    projector = subprocess.Popen([sys.executable, "-m", "hub.cli", "project"], env=hub_env(
        tmp_path, HUB_METRICS_PORT=str(port)), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/metrics"
        wait_until_answering(url, projector)
        deadline = time.monotonic() + 30
        while True:
            scraped = samples(httpx.get(url, timeout=5).text)
            done = [value(scraped, "hub_projection_events_total", projection=p) for p in ("roster", "diary")]
            if done == [events, events] or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.2)
        assert done == [events, events]
        assert value(scraped, "hub_projection_batches_total", projection="diary") >= 1
    finally:
        stop(projector)

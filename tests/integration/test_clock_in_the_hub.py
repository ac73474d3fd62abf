"""The hub goes by its clock (``hub.clock``), on both stacks: what it records carries the clock's time (the envelope's
``recorded_at``, the log record's timestamp, the raw batch, the client), and "now" in the read API (the current
week, the current period, a session cookie's lifetime) is the clock's, not the machine's. Each test pins the
clock to dates of its own, far from the session's and from the wall clock."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from hub import clock
from hub.auth.readers import Role
from hub.events.envelope import decode
from hub.projector.runner import project_all
from tests.samples import SCHOOL, q, rec, school_records

UTC = dt.timezone.utc
MSK = dt.timezone(dt.timedelta(hours=3))
QUARTERS = [rec("reporting_period.defined", f"q{n}", {
    "period_id": f"q{n}", "kind": "quarter", "number": n, "name": f"{n} четверть", "academic_year": 2026,
    "starts_on": start, "ends_on": end}) for n, start, end in [(1, "2026-09-01", "2026-10-25"),
                                                              (2, "2026-11-03", "2026-12-27")]]


def at(instant: dt.datetime):  # noqa: ANN201
    return clock.using(clock.PinnedClock(instant))


def head(running) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.hub.tokens.issue('head', Role.HEAD_TEACHER, SCHOOL)}"}


@pytest.mark.parametrize("start", [dt.datetime(2025, 6, 15, 9, tzinfo=UTC), dt.datetime(2031, 2, 28, 21, tzinfo=UTC)])
async def test_what_the_hub_records_carries_the_time_of_its_clock(running, start):
    with at(start):
        client, token = running.hub.clients.create("native", [SCHOOL])
        body = (await running.http.post("/v1/ingest/native", json=school_records(),
                                        headers={"Authorization": f"Bearer {token}"})).json()
        finished = clock.now()
    assert body["summary"]["accepted"] == len(school_records()), body
    start_ms, finished_ms = int(start.timestamp() * 1000), int(finished.timestamp() * 1000)
    marks = await running.hub.log.high_watermarks()
    records = [r for p, end in marks.items() for r in await running.hub.log.read(p, 0, end)]
    assert len(records) == len(school_records())
    for record in records:
        recorded = dt.datetime.fromisoformat(decode(record.value).recorded_at)
        assert start <= recorded <= finished
        assert record.timestamp_ms == int(recorded.timestamp() * 1000)  # the log's own time is the envelope's
    raw = running.hub.raw.batch(decode(records[0].value).source["raw"].partition("#")[0])
    assert start_ms <= raw["received_at_ms"] <= finished_ms
    [row] = [c for c in running.hub.clients.list() if c["client_id"] == client.client_id]
    assert start_ms <= row["created_at_ms"] <= finished_ms


async def test_the_current_week_and_period_are_those_of_the_clock_in_the_school_zone(running):
    body = (await running.http.post("/v1/ingest/native", json=school_records() + QUARTERS,
                                    headers=running.vendor([SCHOOL]))).json()
    assert body["summary"]["rejected"] == 0, body
    await project_all(running.hub.log, running.hub.views)
    # Sunday 8 November 2026, 22:30 UTC: already Monday 9 November (ISO week 46) in Moscow, in the second quarter
    for instant, week, period in [(dt.datetime(2026, 11, 8, 22, 30, tzinfo=UTC), "2026-W46", "q2"),
                                  (dt.datetime(2026, 9, 8, 12, tzinfo=MSK), "2026-W37", "q1"),
                                  (dt.datetime(2026, 10, 30, 12, tzinfo=MSK), "2026-W44", "q1"),  # holidays
                                  (dt.datetime(2031, 2, 28, 12, tzinfo=MSK), "2031-W09", "q2")]:  # the last ended
        with at(instant):
            headers = head(running)
            schedule = await running.http.get(f"/v1/classes/{q('5a')}/schedule", headers=headers)
            statistics = await running.http.get(f"/v1/classes/{q('5a')}/statistics", headers=headers)
        assert schedule.status_code == statistics.status_code == 200, (schedule.text, statistics.text)
        assert schedule.json()["week"] == week, instant
        assert statistics.json()["period"]["id"] == q(period), (instant, statistics.json()["period"])


@pytest.mark.parametrize("stack", ["embedded"], indirect=True)
async def test_a_session_cookie_lives_as_long_as_its_token_by_the_clock(running):
    issued = dt.datetime(2025, 6, 15, 9, tzinfo=UTC)
    with at(issued):
        token = running.hub.tokens.issue(q("mother"), Role.GUARDIAN, ttl_seconds=600)
    with at(issued + dt.timedelta(seconds=100)):
        response = await running.http.post("/login", data={"token": token, "next": "/diary"})
    assert response.status_code == 303, response.text
    assert int(re.search(r"Max-Age=(\d+)", response.headers["set-cookie"])[1]) in (499, 500)
    with at(issued + dt.timedelta(seconds=600)):
        expired = await running.http.post("/login", data={"token": token, "next": "/diary"})
    assert expired.status_code == 401 and "срок действия токена истёк" in expired.text  # the sign-in page is Russian

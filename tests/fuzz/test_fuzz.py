"""The fuzz suite at a small budget, in ``make test``: on both stacks, the hostile-ingest corpus to every adapter
about ``HUB_FUZZ_REQUESTS`` (default 400) generated requests over the published API, and a tenth of that
over the pages (``tests.fuzz.pages``); ``make fuzz`` runs the
same at a large budget (``python -m tests.fuzz``). Any 5xx, answer cut short, hostile ingest answered otherwise
than "200, that record rejected with pointers, the rest processed", or dead letter fails the test with the
requests that caused it."""

from __future__ import annotations

import os

import pytest
import structlog

from hub.config import Mode, Settings
from hub.obs import configure_logging
from tests.fuzz.api import fuzz_api
from tests.fuzz.api_report import Report
from tests.fuzz.corpus import hostile_ingest
from tests.fuzz.pages import fuzz_pages
from tests.fuzz.stack import FuzzStack

REQUESTS = int(os.environ.get("HUB_FUZZ_REQUESTS", "400"))
# a change-feed stream (GET /v1/me/feed) ends after a second here, not after HUB_FEED_MAX_CONNECTION_S
FEED = {"feed_max_connection_s": 1.0, "feed_poll_ms": 50}


@pytest.fixture(params=["embedded", pytest.param("kafka", marks=[pytest.mark.kafka, pytest.mark.postgres])])
def fuzz_stack(request, tmp_path) -> tuple[str, Settings]:
    base = {"mode": Mode.DEV, "data_dir": tmp_path, "read_wait_ms": 50, **FEED}
    if request.param == "embedded":
        return "embedded", Settings(**base)
    broker, topic = request.getfixturevalue("kafka_broker"), request.getfixturevalue("kafka_topic")
    return "kafka", Settings(**base, db_url=request.getfixturevalue("postgres_db_url"), **broker.settings(topic))


def test_no_5xx_for_hostile_ingest_and_generated_requests(fuzz_stack):
    kind, settings = fuzz_stack
    configure_logging("console", "critical")  # findings are in the report below, not one log line per request
    try:
        report = Report(kind)
        with FuzzStack(settings, kind) as stack:
            hostile_ingest(stack, report)
            ingest_requests = report.requests
            fuzz_api(stack, REQUESTS, report)
            fuzz_pages(stack, REQUESTS // 10, report)
            report.dead_letters = stack.dead_letters()
    finally:
        structlog.reset_defaults()
    print(report.line())
    assert report.failures == 0 and not report.dead_letters, "\n".join(
        [report.line(), *map(str, report.findings), *report.dead_letters])
    assert ingest_requests >= 100 and report.requests >= ingest_requests + REQUESTS
    assert report.statuses[200] >= REQUESTS // 20, "the generated requests should reach real rows"


async def test_an_answer_cut_short_is_seen_although_its_status_was_200():
    """The oracle for streams: the app raising after ``http.response.start`` reaches no client as a 5xx."""
    import httpx

    from tests.fuzz.stack import Watch

    async def cut(scope, receive, send):  # noqa: ANN001, ANN202
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}\n", "more_body": True})
        raise RuntimeError("the database refused the filter")

    watch = Watch(cut)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=watch, raise_app_exceptions=False),
                                 base_url="http://hub") as http:
        answer = await http.get("/v1/audit/events")
    assert answer.status_code == 200 and "refused the filter" in (watch.last_error or "")

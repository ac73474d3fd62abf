"""The change feed over real HTTP: a guardian's open ``/v1/me/feed`` stream (uvicorn, the projectors running beside
the API as in ``hub demo``) receives a mark within seconds of the vendor sending it, and not another child's; the
stream ends by itself after ``HUB_FEED_MAX_CONNECTION_S`` with the resume point in its last id."""

from __future__ import annotations

import asyncio
import time

import httpx
import orjson

from hub.auth.readers import Role, TokenService
from hub.bootstrap import build_hub
from hub.config import Mode, Settings
from tests.pages import LiveServer
from tests.views_scenario import Q, T, _grade, all_records, q


async def _seed(server: LiveServer, settings: Settings) -> dict[str, str]:
    hub = build_hub(settings)
    _client, token = hub.clients.create("native", [Q, T])
    hub.state.dispose()
    hub.views.dispose()
    vendor = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        answer = (await http.post("/v1/ingest/native", json=all_records(), headers=vendor)).json()
        assert answer["summary"]["rejected"] == 0, answer
    return vendor


async def test_an_open_stream_receives_a_new_mark(tmp_path):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, feed_poll_ms=50, feed_max_connection_s=8)
    with LiveServer(settings) as server:
        vendor = await _seed(server, settings)
        mother = {"Authorization": f"Bearer {TokenService(settings).issue(q('mother'), Role.GUARDIAN)}"}
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
            await _wait_for_views(http, mother)
            started = time.monotonic()
            async with http.stream("GET", "/v1/me/feed", headers=mother) as stream:
                assert stream.headers["content-type"].startswith("text/event-stream")
                lines = stream.aiter_lines()
                assert await anext(lines) == "retry: 3000"
                later = [_grade("g-live-b", "boris", "3", lesson_id="le2"), _grade("g-live-a", "anna", "5",
                                                                                    lesson_id="le1")]
                sent = (await http.post("/v1/ingest/native", json=later, headers=vendor)).json()
                assert sent["summary"]["accepted"] == 2
                event_id, item = await asyncio.wait_for(_first_item(lines), timeout=15)
                assert item["mark"]["grade_id"] == q("g-live-a") and item["student_ids"] == [q("anna")]
                assert event_id.endswith(f":{int(item['position'].split(':')[1]) + 1}")
                rest = [line async for line in lines]  # the server ends the stream after feed_max_connection_s
        assert 7 <= time.monotonic() - started < 20
        assert not any(line.startswith("data:") for line in rest)  # boris's mark never came


async def _first_item(lines) -> tuple[str, dict]:  # noqa: ANN001
    event_id = None
    async for line in lines:
        if line.startswith("id: "):
            event_id = line[4:]
        elif line.startswith("data: "):
            return event_id, orjson.loads(line[6:])
    raise AssertionError("the stream ended without an item")


async def _wait_for_views(http: httpx.AsyncClient, headers: dict[str, str]) -> None:
    """Until the projectors have applied the seeded records (the feed starts at the head: "from now on")."""
    for _ in range(200):
        children = (await http.get("/v1/me/children", headers=headers)).json()["children"]
        page = (await http.get("/v1/me/feed", params={"format": "json"}, headers=headers)).json()
        if children and sum(page["log_positions"].values()) >= len(all_records()):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the views did not catch up")

